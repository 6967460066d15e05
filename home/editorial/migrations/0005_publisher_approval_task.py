"""The "Publisher approval" task becomes a PublisherApprovalTask, in place.

Its id, groups and any review in progress stay as they are; only its type
changes (editorial.models.PublisherApprovalTask keeps languages together).
"""

import django.db.models.deletion
from django.db import migrations, models


def convert_task(apps, schema_editor):
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    PublisherApprovalTask = apps.get_model("editorial", "PublisherApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="editorial", model="publisherapprovaltask"
    )
    for task in GroupApprovalTask.objects.filter(name="Publisher approval"):
        child = PublisherApprovalTask(
            groupapprovaltask_ptr_id=task.pk,
            task_ptr_id=task.pk,
            name=task.name,
            active=task.active,
            content_type_id=content_type.pk,
        )
        child.save_base(raw=True)
        apps.get_model("wagtailcore", "Task").objects.filter(pk=task.pk).update(
            content_type_id=content_type.pk
        )


class Migration(migrations.Migration):

    dependencies = [
        ('editorial', '0004_drop_snippet_review'),
        ('wagtailcore', '0098_apitoken'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='PublisherApprovalTask',
            fields=[
                ('groupapprovaltask_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.groupapprovaltask')),
            ],
            options={
                'verbose_name': 'publisher approval',
                'verbose_name_plural': 'publisher approvals',
            },
            bases=('wagtailcore.groupapprovaltask',),
        ),
        migrations.RunPython(convert_task, migrations.RunPython.noop),
    ]
