"""The sign-up and preferences forms."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

# A field people never see; software that fills in every field gives itself away.
HONEYPOT_FIELD = "homepage_url"


def theme_choices(themes):
    """(translation key, name) of the themes as the visitor's language names them."""
    return [(str(theme.translation_key), theme.name) for theme in themes]


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of the emails"), choices=settings.LANGUAGES
    )
    english_fallback = forms.BooleanField(
        label=_("When an issue is not translated into my language, send it in English"),
        required=False,
    )
    themes = forms.MultipleChoiceField(
        label=_("Only issues about these themes"),
        help_text=_("Choose none to receive every issue."),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = theme_choices(themes)


class SubscribeForm(PreferencesForm):
    field_order = ["email", "language", "english_fallback", "themes"]

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter an email address like name@example.org."),
        },
    )
    homepage_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_trap_filled(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))
