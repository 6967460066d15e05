"""Load the demo content: safe to run any number of times."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import DemoContentError, DemoLoader


def demo_modules():
    """The `demo` module of every installed app that has one, in their ORDER."""
    modules = []
    for config in apps.get_app_configs():
        name = f"{config.name}.demo"
        try:
            modules.append(import_module(name))
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return sorted(modules, key=lambda module: module.ORDER)


class Command(BaseCommand):
    help = "Create the demo pages, images and translations (idempotent)."

    def handle(self, *args, **options):
        loader = DemoLoader(self.stdout)
        self.stdout.write("Loading demo content…")
        try:
            for module in demo_modules():
                module.load(loader)
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
