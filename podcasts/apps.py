from django.apps import AppConfig


class PodcastsConfig(AppConfig):
    name = "podcasts"
