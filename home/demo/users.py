"""One demo user per editorial role, with printed passwords (never in production)."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

DEMO_USERS = [
    ("staff", "Communications staff", "en"),
    ("publisher", "Publishers", "en"),
    ("translator-fr", "Translators (French)", "fr"),
    ("translator-ar", "Translators (Arabic)", "ar"),
    ("translator-de", "Translators (German)", "de"),
]


def load_users(loader):
    if not settings.EQUALCITY_DEMO_USERS:
        loader.log("demo users are not created with these settings (production)")
        return
    users = get_user_model()
    for username, group_name, language in DEMO_USERS:
        if users.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(9)
        user = users.objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password=password,
            first_name=username.replace("-", " ").title(),
        )
        user.groups.add(Group.objects.get(name=group_name))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        loader.log(f"demo user {username} ({group_name}) password: {password}")
