from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        # Imported here: both need the app registry to be ready.
        from home.web.page_cache import served_from_cache

        from .hits import count_cached_search

        served_from_cache.connect(count_cached_search, dispatch_uid="search-hits")
