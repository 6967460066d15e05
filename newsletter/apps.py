from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Newsletter by email"

    def ready(self):
        # Imported here: the receiver needs the models. A mail provider's
        # bounce and complaint reports (django-anymail) suppress the address.
        from anymail.signals import tracking

        from .bounces import suppress_on_bounce

        tracking.connect(suppress_on_bounce, dispatch_uid="newsletter-bounces")
