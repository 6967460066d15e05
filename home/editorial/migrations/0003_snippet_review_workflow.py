"""Snippets go through the "Editorial review" workflow, like pages.

- Publishers may publish, lock and unlock themes, people, partners and trainee
  cities; staff and translators may not publish them.
- The four snippet types are assigned to the "Editorial review" workflow.
- The old "marked ready for review" records are replaced by Wagtail's
  workflow, so their permission is taken away.
- No page in one language's tree may be an alias of a page in another: such an
  alias serves English under /xx/ and goes live again whenever its English
  page is published. Any left from before become ordinary drafts.
"""

from django.db import migrations
from django.db.models import F

REVIEWED_SNIPPETS = ["theme", "person", "partner", "traineecity"]


def review_snippets(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")
    Page = apps.get_model("wagtailcore.Page")

    publishers = Group.objects.filter(name="Publishers").first()
    workflow = Workflow.objects.filter(name="Editorial review").first()
    for model in REVIEWED_SNIPPETS:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="home", model=model
        )
        # Wagtail adds these after migrating; they are needed now.
        for action in ("publish", "lock", "unlock"):
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            if publishers is not None:
                publishers.permissions.add(permission)
        if workflow is not None:
            WorkflowContentType.objects.update_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )
    if publishers is not None:
        publishers.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="editorial", codename="change_snippetreview"
            )
        )

    Page.objects.filter(alias_of__isnull=False).exclude(
        locale_id=F("alias_of__locale_id")
    ).update(alias_of=None, live=False, has_unpublished_changes=True)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_roles_and_workflow"),
        ("home", "0008_snippet_drafts_and_review"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(review_snippets, migrations.RunPython.noop)]
