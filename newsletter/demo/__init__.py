"""Demo subscribers, confirmed, in several languages (data/subscribers.yaml),
signed up through the same service a visitor's form uses."""

from pathlib import Path

from django.utils import translation

from home.demo.loader import read_yaml
from newsletter import services
from newsletter.models import Subscriber
from newsletter.views import consent_text

ORDER = 90
DATA = Path(__file__).resolve().parent / "data"


def load(loader):
    for email, data in read_yaml(DATA / "subscribers.yaml")["subscribers"].items():
        if Subscriber.objects.filter(email__iexact=email).exists():
            continue
        with translation.override(data["language"]):
            wording = consent_text()
        subscriber = Subscriber.objects.create(
            email=email,
            language=data["language"],
            english_fallback=data["english_fallback"],
            consent_text=wording,
        )
        services.confirm(subscriber)
        loader.log(f"demo subscriber {email} ({data['language']})")
