"""The newsletter in the admin: "Send by email" on an issue (publishers), and
the subscribers (administrators only: translators and staff never see them)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.spreadsheets import FormulaSafeCSVMixin
from news.models import NewsletterIssuePage

from .admin_views import PreviewEmailView, SendIssueView, can_send
from .models import Subscriber


@hooks.register("register_admin_urls")
def newsletter_admin_urls():
    return [
        path(
            "newsletter/issues/<int:page_id>/send/",
            SendIssueView.as_view(),
            name="newsletter_send",
        ),
        path(
            "newsletter/issues/<int:page_id>/preview/<str:language>/",
            PreviewEmailView.as_view(),
            name="newsletter_preview",
        ),
    ]


@hooks.register("register_page_header_buttons")
def send_by_email_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, NewsletterIssuePage) and can_send(user):
        yield Button(
            _("Send by email"),
            reverse("newsletter_send", args=[page.pk]),
            icon_name="mail",
            priority=25,
        )


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Only administrators see subscribers, and nobody adds one by hand: an
    address is subscribed by its owner's confirmation only."""

    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser and action != "add"

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber))


class SubscriberIndexView(FormulaSafeCSVMixin, ModelViewSet.index_view_class):
    pass


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    menu_order = 850
    add_to_admin_menu = True
    index_view_class = SubscriberIndexView
    list_display = ["email", "language", "english_fallback", "confirmed_at"]
    list_filter = ["language", "english_fallback"]
    list_export = [
        "email",
        "language",
        "english_fallback",
        "created_at",
        "confirmed_at",
        "consent_text",
        "suppressed_at",
        "suppressed_reason",
    ]
    export_filename = "newsletter-subscribers"
    search_fields = ["email"]
    search_backend_name = None
    form_fields = ["language", "english_fallback", "themes"]
    inspect_view_enabled = True
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def subscriber_viewset():
    return SubscriberViewSet("newsletter_subscribers")
