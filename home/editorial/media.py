"""Images and documents that live content uses change only through a publisher.

Images and documents have no drafts, revisions or workflow: saving one changes
the row that live pages read when they render, so a new file, title,
description (the default alt text), focal point or collection reaches visitors
at once. The site promises that nothing reaches visitors without a publisher's
approval, so:

- Anyone with Wagtail's image/document permissions may upload new files,
  choose them in pages (which then go through review), and change or delete
  images and documents that no live content uses.
- Only a publisher may change or delete an image or document that live
  content uses. Everybody else is told to upload a new one and choose it in
  the page, which a publisher then approves.

"In use by live content": Wagtail's reference index has a row pointing to the
item whose source is live: a live page, a live object of a model with drafts
(``DraftStateMixin``), or an object of any other model (it has one state, and
that is live). ``SiteSettings`` (the EU emblem) is added to the index here,
because wagtail.contrib.settings does not index settings.

"Publisher": the user holds the "delete" permission (``delete_image``,
``delete_document``) for the item's collection, read with Wagtail's own
collection permission check (``CollectionPermissionPolicy``); active
superusers always are. Wagtail otherwise treats "delete" as "change" for
images and documents; here "delete" also means "may change or delete files
that live content uses". Wagtail's group editor has no checkbox for it: the
"Publishers" role gets it in editorial migration 0002.

Admin paths covered (Wagtail 8.0.1):

===============================================  ===================================
Path                                             Guard
===============================================  ===================================
``wagtailimages:edit``, ``wagtaildocs:edit``     form base: a form error, the form
  (file, title, description, focal point,          comes back filled in
  collection)
``wagtailimages:edit_multiple``,                 the same form base (the multi-edit
  ``wagtaildocs:edit_multiple``                    form is built on it)
``wagtailimages:delete``, ``wagtaildocs:delete``  permission policy: "delete" refused
                                                   (Wagtail's "no permission"
                                                   redirect), Delete button hidden
``wagtailimages:delete_multiple``,               permission policy (403: the
  ``wagtaildocs:delete_multiple``                  uploader posts by script)
bulk "Delete"                                    permission policy (listed as
                                                   without permission), then
                                                   ``before_bulk_action``
bulk "Add to collection"                         ``before_bulk_action``: a message,
                                                   nothing moved
bulk "Tag", image/document tags                  allowed: tags are admin-only
add, add_multiple, chooser upload                allowed: they create new items
API v3 image/document update and delete          form base and permission policy
  (not mounted in config/urls.py)
===============================================  ===================================

Not covered: collection privacy (needs collection management permissions,
which only administrators hold), and code or shell that saves an item.

Wiring (see register()): ``register()`` from home/editorial/wagtail_hooks.py,
and in settings ``WAGTAILIMAGES_IMAGE_FORM_BASE = "home.editorial.media.LiveImageForm"``
and ``WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.editorial.media.LiveDocumentForm"``.
After deploying, run ``manage.py rebuild_references_index`` once so that
existing site settings are indexed.
"""

import functools
from collections import defaultdict

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images import get_image_model
from wagtail.images.forms import BaseImageForm
from wagtail.models import DraftStateMixin, Page, ReferenceIndex
from wagtail.permission_policies.collections import (
    CollectionOwnershipPermissionPolicy,
    CollectionPermissionPolicy,
)
from wagtail.permissions import policy_registry, register_permission_policy

from home.models import SiteSettings

# Form fields visitors never see: changing them needs no publisher.
UNGUARDED_FIELDS = frozenset({"tags"})
# Bulk actions that change what visitors see ("Tag" does not).
GUARDED_BULK_ACTIONS = frozenset({"add_to_collection", "delete"})


def pks_used_by_live_content(objects):
    """The primary keys (as strings) of those `objects` that live content uses.

    One query for the references, then one per source model that has a live
    state (all page types together): the count does not grow with the number of
    references.
    """
    objects = [obj for obj in objects if obj.pk is not None]
    if not objects:
        return set()
    references = (
        ReferenceIndex.get_references_to_in_bulk(objects)
        .values_list("to_object_id", "content_type_id", "object_id")
        .distinct()
    )
    in_use = set()
    targets_by_source = defaultdict(lambda: defaultdict(set))
    for target_id, content_type_id, source_id in references:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue  # a stale row of a model no longer in the code: not shown
        if issubclass(model, Page):
            model = Page  # "live" is a field of the base page
        elif not issubclass(model, DraftStateMixin):
            in_use.add(target_id)  # its only state is the live one
            continue
        targets_by_source[model][source_id].add(target_id)
    for model, targets in targets_by_source.items():
        live_ids = model._default_manager.filter(pk__in=targets, live=True)
        for pk in live_ids.values_list("pk", flat=True):
            in_use |= targets[str(pk)]
    return in_use


def is_used_by_live_content(instance):
    return str(instance.pk) in pks_used_by_live_content([instance])


class LiveMediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's image/document policy, except for "delete" on items in use.

    "change" stays as Wagtail has it, so the edit page opens for everyone who
    could open it before (the form explains a refusal). "delete" on an item
    live content uses needs a publisher: the "delete" permission
    (``delete_image`` / ``delete_document``) on the item's collection, which
    Wagtail otherwise ignores, treating "delete" as "change". Here it also
    means "may change or delete files that live content uses".
    """

    def __init__(self, model, auth_model):
        super().__init__(
            model, auth_model=auth_model, owner_field_name="uploaded_by_user"
        )
        # Reads the "delete" permission itself, which this policy maps to "change".
        self.publisher_policy = CollectionPermissionPolicy(model, auth_model=auth_model)

    def user_is_publisher(self, user, instance):
        """Whether `user` holds "delete" on the collection of `instance`
        (superusers always do): a publisher, for images and documents."""
        return self.publisher_policy.user_has_permission_for_instance(
            user, "delete", instance
        )

    def user_may_alter(self, user, instance):
        """Whether `user` (None: unknown) may change or delete `instance` as
        visitors see it."""
        if user is not None and self.user_is_publisher(user, instance):
            return True
        return not is_used_by_live_content(instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        others = set(actions) - {"delete"}
        if others and super().user_has_any_permission_for_instance(
            user, others, instance
        ):
            return True
        return (
            "delete" in actions
            and super().user_has_any_permission_for_instance(user, ["delete"], instance)
            and self.user_may_alter(user, instance)
        )


class LiveMediaFormMixin:
    """Refuses, as a form error, changes that live content would show at once,
    unless the user is a publisher. Nothing typed is lost: the form comes back
    filled in (browsers never refill a file input)."""

    refusal_message = None

    def __init__(self, *args, user=None, **kwargs):
        # BaseCollectionMemberForm pops `user` and keeps only the collections.
        self.user = user
        super().__init__(*args, user=user, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk is None or not set(self.changed_data) - UNGUARDED_FIELDS:
            return cleaned_data
        policy = self.permission_policy
        if not isinstance(policy, LiveMediaPermissionPolicy):
            raise ImproperlyConfigured(
                "Call home.editorial.media.register() from wagtail_hooks.py."
            )
        if not policy.user_may_alter(self.user, self.instance):
            raise ValidationError(self.refusal_message, code="used_by_live_content")
        return cleaned_data


class LiveImageForm(LiveMediaFormMixin, BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: the edit, multi-edit and upload forms."""

    refusal_message = _(
        "Live pages use this image. Only a publisher can change it: upload a new "
        "image and choose it in the page instead."
    )


class LiveDocumentForm(LiveMediaFormMixin, BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE: the edit, multi-edit and upload forms."""

    refusal_message = _(
        "Live pages use this document. Only a publisher can change it: upload a "
        "new document and choose it in the page instead."
    )


def refuse_bulk_changes_to_live_media(request, action_type, objects, action_view):
    """before_bulk_action: moving or deleting images/documents that live content
    uses needs a publisher; otherwise nothing is done and the user is told why.

    Bulk delete already leaves such items out (the policy refuses "delete");
    this is the second layer, and the only one for "Add to collection".
    """
    media_models = {get_image_model(), get_document_model()}
    if action_type not in GUARDED_BULK_ACTIONS or action_view.model not in media_models:
        return None
    policy = policy_registry.get_by_type(action_view.model)
    candidates = [
        obj for obj in objects if not policy.user_is_publisher(request.user, obj)
    ]
    in_use = pks_used_by_live_content(candidates)
    refused = [obj for obj in candidates if str(obj.pk) in in_use]
    if not refused:
        return None
    messages.error(
        request,
        ngettext(
            "Live pages use %(titles)s. Only a publisher can move or delete it: "
            "nothing was changed.",
            "Live pages use %(titles)s. Only a publisher can move or delete them: "
            "nothing was changed.",
            len(refused),
        )
        % {"titles": ", ".join(f"“{obj}”" for obj in refused)},
    )
    return redirect(action_view.next_url)


@functools.cache  # the registrations below must happen once per process
def register():
    """Install the rule: call it from home/editorial/wagtail_hooks.py.

    The policies are registered with ``exact_class=True``, which Wagtail looks
    up before the policies wagtail.images and wagtail.documents register in
    ready(), whichever runs first. The form bases are named in settings
    (WAGTAILIMAGES_IMAGE_FORM_BASE, WAGTAILDOCS_DOCUMENT_FORM_BASE), which
    Wagtail reads each time it builds a form, i.e. on every request.
    """
    for model, auth_model in (
        (get_image_model(), "wagtailimages.Image"),
        (get_document_model(), "wagtaildocs.Document"),
    ):
        register_permission_policy(
            model, LiveMediaPermissionPolicy(model, auth_model), exact_class=True
        )
    if not ReferenceIndex.is_indexed(SiteSettings):
        ReferenceIndex.register_model(SiteSettings)
    hooks.register("before_bulk_action", refuse_bulk_changes_to_live_media)
