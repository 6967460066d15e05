"""Bounces and complaints: the mail provider's webhook (django-anymail's
tracking events) suppresses the address, which is never sent to again."""

from . import services

# Anymail's normalised event types that mean "do not send here again".
SUPPRESSING_EVENTS = {"bounced", "complained", "rejected"}


def suppress_on_bounce(sender, event, esp_name, **kwargs):
    if not event.recipient:
        return
    if event.event_type in SUPPRESSING_EVENTS:
        services.suppress(event.recipient, f"{esp_name}: {event.event_type}")
    elif event.event_type == "unsubscribed":
        # Left through the provider's own link: leaving deletes the address.
        services.leave_by_address(event.recipient)
