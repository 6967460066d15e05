"""The editorial roles and the "Editorial review" workflow, as data.

A production install gets them from `migrate`, without the demo loader:

- Communications staff: add and edit pages and snippets in English, upload
  images and documents, submit for review and for translation; no publishing,
  unpublishing or deleting of live content.
- Publishers: approve, publish, unpublish and delete in every locale.
- Translators (<language>): edit pages and translatable snippets of their own
  locale only; no publishing.

The workflow is assigned to the root page, so it covers every locale's tree,
including locales added later.
"""

from django.db import migrations

TRANSLATOR_LOCALES = {
    "fr": "French",
    "nl": "Dutch",
    "de": "German",
    "it": "Italian",
    "sv": "Swedish",
    "ar": "Arabic",
}
SNIPPETS = ["theme", "person", "partner", "traineecity"]
TRANSLATABLE_SNIPPETS = ["theme", "person", "partner"]


def create_missing_permissions(apps):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    create_missing_permissions(apps)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    Locale = apps.get_model("wagtailcore.Locale")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupLocale = apps.get_model("editorial.GroupLocale")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    ContentType = apps.get_model("contenttypes.ContentType")

    def permission(app_label, codename):
        return Permission.objects.get(
            content_type__app_label=app_label, codename=codename
        )

    root = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    def grant(group, page_perms=(), collection_perms=(), perms=()):
        group.permissions.add(
            permission("wagtailadmin", "access_admin"),
            *(permission(app, codename) for app, codename in perms),
        )
        for codename in page_perms:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission("wagtailcore", codename)
            )
        for app, codename in collection_perms:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=permission(app, codename),
            )

    media = [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ]
    choose_media = [
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "choose_document"),
    ]
    submit_translation = ("wagtail_localize", "submit_translation")

    staff, _created = Group.objects.get_or_create(name="Communications staff")
    grant(
        staff,
        page_perms=["add_page", "change_page"],
        collection_perms=media,
        perms=[
            submit_translation,
            *(("home", f"{action}_{model}") for model in SNIPPETS for action in ("add", "change")),
        ],
    )
    GroupLocale.objects.update_or_create(
        group=staff, defaults={"locale": Locale.objects.get(language_code="en")}
    )

    publishers, _created = Group.objects.get_or_create(name="Publishers")
    grant(
        publishers,
        page_perms=[
            "add_page",
            "change_page",
            "publish_page",
            "bulk_delete_page",
            "lock_page",
            "unlock_page",
        ],
        collection_perms=[
            *media,
            ("wagtailimages", "delete_image"),
            ("wagtaildocs", "delete_document"),
        ],
        perms=[
            submit_translation,
            *(
                ("home", f"{action}_{model}")
                for model in SNIPPETS
                for action in ("add", "change", "delete")
            ),
            ("editorial", "change_snippetreview"),
        ],
    )

    for code, name in TRANSLATOR_LOCALES.items():
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        translators, _created = Group.objects.get_or_create(
            name=f"Translators ({name})"
        )
        grant(
            translators,
            page_perms=["change_page"],
            collection_perms=choose_media,
            perms=[("home", f"change_{model}") for model in TRANSLATABLE_SNIPPETS],
        )
        GroupLocale.objects.update_or_create(
            group=translators, defaults={"locale": locale}
        )

    task_type = ContentType.objects.get_for_model(GroupApprovalTask)
    task, _created = GroupApprovalTask.objects.get_or_create(
        name="Publisher approval", defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(publishers)
    workflow, _created = Workflow.objects.get_or_create(
        name="Editorial review", defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0}
    )
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    # Wagtail's own starter workflow and groups would bypass these roles.
    Workflow.objects.exclude(pk=workflow.pk).update(active=False)
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("home", "0003_snippets"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
