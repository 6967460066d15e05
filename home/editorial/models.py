"""Which locale a group works in, and the publishers' approval task."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import GroupApprovalTask

from .languages import source_go_live_at

__all__ = ["GroupLocale", "PublisherApprovalTask"]


class GroupLocale(models.Model):
    """Limits a group's editing to one locale (staff: English; translators).

    Wagtail's page and snippet permissions cannot say "only in French"; groups
    with a GroupLocale may edit only that locale's pages and snippets. Groups
    without one (Publishers) are not limited.
    """

    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="editorial_locale"
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("group locale")

    def __str__(self):
        return f"{self.group} → {self.locale}"


class PublisherApprovalTask(GroupApprovalTask):
    """Wagtail's group approval, keeping languages together in time.

    A translation can be approved only once its English version is live or
    scheduled (approval then schedules it for the same moment): until then
    publishers may only request changes, and the review panel says why.
    """

    class Meta:
        verbose_name = _("publisher approval")
        verbose_name_plural = _("publisher approvals")

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if source_go_live_at(obj) is False:
            actions = [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if (
            action_name == "approve"
            and source_go_live_at(task_state.workflow_state.content_object) is False
        ):
            raise PermissionDenied  # a forged approval of a translation too early
        return super().on_action(task_state, user, action_name, **kwargs)
