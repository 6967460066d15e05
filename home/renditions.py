"""Renditions made when content is published, never on a visitor's request.

`warm(instance)` creates the missing renditions of every image a page,
snippet or settings object shows, with the filter specs `home.images.SOURCES`
and `USES` give for where the image sits, and of the photos and logos of the
snippets it shows (an interviewee). `connect()` runs it once the change
commits, for every publish (Wagtail sends `published` for pages and snippets
alike), every save of site settings and every save of an image (a new file or
focal point drops or misses its renditions). `manage.py warm_renditions` runs
it for everything live.

The work runs as a task (django-tasks, as Wagtail's own reference index does):
in the editor's request with the default immediate backend, in a worker with
one that has workers.
"""

import functools
import logging

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_save

from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import DraftStateMixin, Page, ReferenceIndex
from wagtail.signals import published
from wagtail.snippets.models import get_snippet_models

from django_tasks import task

from .images import specs_at

logger = logging.getLogger(__name__)


# What an object shows ----------------------------------------------------------


def references(instance, follow=frozenset(), prefix=""):
    """(model, pk, path) of the objects `instance` refers to through foreign
    keys, StreamField chooser blocks and child objects (inline panels), and
    through many-to-many relations to the models in `follow`; paths are
    written as Wagtail's reference index writes them."""
    for field in instance._meta.get_fields():
        if field.is_relation and field.concrete and field.many_to_one:
            pk = field.value_from_object(instance)
            if pk is not None:
                yield field.related_model, pk, prefix + field.name
        elif field.is_relation and field.many_to_many and field.concrete:
            if field.related_model in follow:
                for pk in getattr(instance, field.name).values_list("pk", flat=True):
                    yield field.related_model, pk, prefix + field.name
        elif hasattr(field, "extract_references"):
            value = field.value_from_object(instance)
            if value is not None:
                for model, pk, path, _content in field.extract_references(value):
                    yield model, pk, f"{prefix}{field.name}.{path}"
    if isinstance(instance, ClusterableModel):
        for relation in get_all_child_relations(instance):
            if not _may_show_images(relation.related_model):
                continue
            name = relation.get_accessor_name()
            for child in getattr(instance, name).all():
                yield from references(child, follow, f"{prefix}{name}.item.")


@functools.cache
def _may_show_images(model):
    """Whether `model` has an image field or a field that may hold one."""
    image_model = get_image_model()
    return any(
        (field.is_relation and field.related_model is image_model)
        or hasattr(field, "extract_references")
        for field in model._meta.get_fields()
        if field.concrete
    )


def image_specs(instance, follow_snippets=True):
    """{image pk: filter specs} of the images `instance` shows and, when
    `follow_snippets`, of the images of the snippets it shows."""
    image_model = get_image_model()
    follow = (
        frozenset(m for m in get_snippet_models() if _may_show_images(m))
        if follow_snippets
        else frozenset()
    )
    wanted = {}
    for model, pk, path in references(instance, follow):
        if issubclass(model, image_model):
            wanted.setdefault(int(pk), set()).update(specs_at(path))
        elif model in follow:
            snippet = model._default_manager.filter(pk=pk).first()
            if snippet is not None:
                for image_pk, specs in image_specs(snippet, False).items():
                    wanted.setdefault(image_pk, set()).update(specs)
    return {pk: specs for pk, specs in wanted.items() if specs}


def live_instances():
    """Every live page, live snippet (or snippet without drafts) and settings
    object."""
    yield from Page.objects.live().specific().iterator(chunk_size=200)
    for model in get_snippet_models():
        objects = model._default_manager.all()
        if issubclass(model, DraftStateMixin):
            objects = objects.filter(live=True)
        yield from objects.iterator(chunk_size=200)
    for model in settings_registry:
        yield from model._default_manager.all()


# Making renditions -------------------------------------------------------------


def create_renditions(wanted):
    """Create the renditions missing from {image pk: filter specs}."""
    images = get_image_model().objects.in_bulk(list(wanted))
    for pk, specs in wanted.items():
        image = images.get(pk)
        if image is None:
            continue
        try:
            image.get_renditions(*sorted(specs))
        except SourceImageIOError:
            logger.warning("Image %s has no file to make renditions from", pk)


def warm(instance):
    """Create the missing renditions of the images `instance` shows."""
    create_renditions(image_specs(instance))


def warm_image(image):
    """Create the renditions `image` needs wherever content uses it."""
    specs = set()
    for reference in ReferenceIndex.get_references_to(image):
        specs.update(specs_at(reference.model_path))
    if specs:
        create_renditions({image.pk: specs})


def warm_everything():
    """Create the missing renditions of every image live content shows;
    returns the number of images."""
    wanted = {}
    for instance in live_instances():
        # Each live snippet comes on its own: no need to follow them.
        for pk, specs in image_specs(instance, follow_snippets=False).items():
            wanted.setdefault(pk, set()).update(specs)
    create_renditions(wanted)
    return len(wanted)


# After a change ------------------------------------------------------------------


@task()
def warm_task(app_label, model_name, pk):
    """Warm what one object shows (or, for an image, where it is shown)."""
    model = apps.get_model(app_label, model_name)
    instance = model._default_manager.filter(pk=pk).first()
    if instance is None:
        return
    if isinstance(instance, get_image_model()):
        warm_image(instance)
    else:
        warm(getattr(instance, "specific", instance))


def warm_after_commit(instance, **kwargs):
    """Signal receiver: warm `instance` once the change commits."""
    if kwargs.get("raw"):
        return
    opts = instance._meta
    pk = str(instance.pk)
    transaction.on_commit(
        lambda: warm_task.enqueue(opts.app_label, opts.model_name, pk), robust=True
    )


def connect():
    """Warm after every publish, settings save and image save."""
    published.connect(warm_after_commit, dispatch_uid="renditions-published")
    for model in settings_registry:
        post_save.connect(
            warm_after_commit,
            sender=model,
            dispatch_uid=f"renditions-{model._meta.label_lower}",
        )
    post_save.connect(
        warm_after_commit, sender=get_image_model(), dispatch_uid="renditions-image"
    )
