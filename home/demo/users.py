"""One demo user per editorial role, with printed passwords (never in production).

The users and their roles are in data/site.yaml."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from .loader import read_yaml

DATA = Path(__file__).resolve().parent / "data"


def load_users(loader):
    if not settings.EQUALCITY_DEMO_USERS:
        loader.log("demo users are not created with these settings (production)")
        return
    users = get_user_model()
    for username, data in read_yaml(DATA / "site.yaml")["users"].items():
        if users.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(9)
        user = users.objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password=password,
            first_name=username.replace("-", " ").title(),
        )
        user.groups.add(Group.objects.get(name=data["group"]))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = data["language"]
        profile.save()
        loader.log(f"demo user {username} ({data['group']}) password: {password}")
