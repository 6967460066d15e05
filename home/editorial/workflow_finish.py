"""WAGTAIL_FINISH_WORKFLOW_ACTION: what approval does.

As Wagtail's own action, it publishes the latest revision (frozen while in
review, so it is the one the publisher reviewed), but kept together with the
English version (`languages.publish`).
"""


def publish_workflow_state(workflow_state, user=None):
    # Imported here: Wagtail reads this setting while wagtail.models loads,
    # before `languages` can import it.
    from .languages import publish

    publish(workflow_state.content_object.get_latest_revision(), user=user)
