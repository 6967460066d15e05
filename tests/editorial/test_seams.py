"""The overrides of Wagtail and wagtail-localize are looked at again on upgrade."""

import re
from importlib.metadata import version
from pathlib import Path

import wagtail_localize
from wagtail_localize.models import TranslationSource

from home.editorial import seams

APP_TEMPLATES = Path(seams.__file__).parent / "templates"
UPSTREAM_TEMPLATES = Path(wagtail_localize.__file__).parent / "templates"


def test_the_seams_were_written_for_the_installed_library_versions():
    """A new Wagtail or wagtail-localize fails here: read seams.py, check each
    seam against the new upstream code, then update the versions."""
    assert version("wagtail") == seams.WAGTAIL_VERSION
    assert version("wagtail-localize") == seams.WAGTAIL_LOCALIZE_VERSION


def test_the_translation_seam_is_installed():
    assert (
        TranslationSource.create_or_update_translation
        is seams.create_or_update_translation
    )


def lines_of(text):
    text = re.sub(r"{% comment %}.*?{% endcomment %}\n", "", text, flags=re.S)
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_shadowed_templates_differ_from_upstream_only_where_listed():
    for name, changes in seams.SHADOWED_TEMPLATES.items():
        ours = []
        for line in lines_of((APP_TEMPLATES / name).read_text()):
            line = changes.get(line, line)
            if line is not None:
                ours.append(line)
        upstream = lines_of((UPSTREAM_TEMPLATES / name).read_text())
        assert ours == upstream, name
