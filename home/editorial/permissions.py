"""Who may edit which language: page permission testing scoped to locales."""

from wagtail.models import Locale, PagePermissionTester


def editable_locale_ids(user):
    """IDs of the locales `user` may edit, or None for every locale.

    Superusers and members of any group without a GroupLocale (Publishers)
    may edit every locale; staff and translators only their group's locale.
    Computed once per user object.
    """
    if not user.is_authenticated:
        return set()
    if user.is_superuser:
        return None
    if not hasattr(user, "_editorial_locale_ids"):
        groups = list(user.groups.select_related("editorial_locale"))
        scoped = [getattr(group, "editorial_locale", None) for group in groups]
        if not groups or any(scope is None for scope in scoped):
            user._editorial_locale_ids = None if groups else set()
        else:
            user._editorial_locale_ids = {scope.locale_id for scope in scoped}
    return user._editorial_locale_ids


def can_edit_locale(user, locale_id):
    locale_ids = editable_locale_ids(user)
    return locale_ids is None or locale_id in locale_ids


def reads_contact_messages(user):
    """The team (staff, who work in English, and publishers) reads what visitors
    send with the contact form; translators do not."""
    locale_ids = editable_locale_ids(user)
    return locale_ids is None or Locale.get_default().pk in locale_ids


class LocalePagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, refused outside the user's locales."""

    def in_scope(self):
        return can_edit_locale(self.user, self.page.locale_id)

    def _scoped(name):
        def method(self, *args, **kwargs):
            return self.in_scope() and getattr(PagePermissionTester, name)(
                self, *args, **kwargs
            )

        method.__name__ = name
        return method

    can_add_subpage = _scoped("can_add_subpage")
    can_edit = _scoped("can_edit")
    can_delete = _scoped("can_delete")
    can_unpublish = _scoped("can_unpublish")
    can_publish = _scoped("can_publish")
    can_submit_for_moderation = _scoped("can_submit_for_moderation")
    can_lock = _scoped("can_lock")
    can_unlock = _scoped("can_unlock")
    can_publish_subpage = _scoped("can_publish_subpage")
    can_reorder_children = _scoped("can_reorder_children")
    can_move = _scoped("can_move")
    can_copy = _scoped("can_copy")
    can_unschedule = _scoped("can_unschedule")
    del _scoped

    def can_copy_to(self, destination, recursive=False):
        """Not into another language's tree: the copy would keep its language
        and, with "Publish copies", serve English under /xx/."""
        if destination.depth > 1 and destination.locale_id != self.page.locale_id:
            return False
        return self.in_scope() and super().can_copy_to(destination, recursive)
