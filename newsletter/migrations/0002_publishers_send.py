"""Publishers send newsletter issues (newsletter.send_issue); administrators
have every permission. Staff and translators get nothing of the newsletter."""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    config = apps.get_app_config("newsletter")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    publishers = Group.objects.filter(name="Publishers").first()
    if publishers is not None:
        publishers.permissions.add(
            Permission.objects.get(
                content_type__app_label="newsletter", codename="send_issue"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_initial"),
        ("editorial", "0002_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
