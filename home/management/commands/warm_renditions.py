"""Create every image rendition live content shows, so that no visitor waits
for one: after loading content, deploying new filter specs or restoring media."""

from django.core.management.base import BaseCommand

from wagtail.images import get_image_model

from home import renditions


class Command(BaseCommand):
    help = (
        "Create the missing renditions of every image that live pages, snippets "
        "and site settings show (publishing does this for what it publishes)."
    )

    def handle(self, *args, **options):
        rendition_model = get_image_model().get_rendition_model()
        before = rendition_model.objects.count()
        images = renditions.warm_everything()
        created = rendition_model.objects.count() - before
        self.stdout.write(f"{created} renditions created for {images} images.")
