"""The backup drill: back up, wipe, restore, and the site is as it was.

`manage.py backup` dumps the test's PostgreSQL database and its media files
into an archive; the database is then flushed and the media folder deleted;
`manage.py restore` brings both back. The same pages must answer at their
public URLs, with the same revisions (drafts too), the same original image
and document bytes, and the renditions the pages show on disk again (the
archive leaves them out; the restore makes them).

pg_dump and pg_restore are separate processes: the content must be committed
(a transactional test), and PostgreSQL is required (CI runs on it).
"""

import re
import shutil
from io import StringIO

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client

from wagtail.models import Page, Revision
from wagtail_factories import ImageFactory

import pytest

from tests.factories.content import (
    ArticlePageFactory,
    DocumentFactory,
    NewsIndexPageFactory,
)
from tests.factories.home import StandardPageFactory, make_home, paragraph

RENDITION_URL = re.compile(r'/media/(images/[^"\s,]+)')


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip(
            "the backup drill needs PostgreSQL (DATABASE_URL=postgres://…): "
            "backups are pg_dump archives"
        )
    for tool in ("pg_dump", "pg_restore"):
        if not shutil.which(tool):
            pytest.skip(f"the backup drill needs {tool} (postgresql-client)")


def body(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def document_bytes(client, document):
    response = client.get(document.url)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


# Transactional (pg_dump reads what is committed), with the rows the
# migrations make (root page, locales, groups) put back first, in case an
# earlier transactional test flushed them.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_wipe_restore_brings_back_pages_revisions_images_and_documents(
    postgres, settings, tmp_path
):
    media = tmp_path / "media"
    settings.MEDIA_ROOT = media
    home = make_home(title="Equalcity drill")
    news = NewsIndexPageFactory(parent=home)
    image = ImageFactory(title="Workshop", file__width=320, file__height=240)
    document = DocumentFactory(title="Drill report", content=b"%PDF-1.4 drill")
    link = f'<a linktype="document" id="{document.pk}">the report</a>'
    article = ArticlePageFactory(
        parent=news,
        title="Safe spaces",
        image=image,
        body=[paragraph(f"Read {link}.")],
    )
    article.title = "Safe spaces in cities"
    article.save_revision().publish()
    article.title = "A draft nobody sees yet"
    article.save_revision()
    about = StandardPageFactory(parent=home, title="About the project")
    pages = {
        home.url: "Equalcity drill",
        news.url: "News",
        article.url: "Safe spaces in cities",
        about.url: "About the project",
    }

    client = Client()
    for url, title in pages.items():
        assert title in body(client, url)
    article_html = body(client, article.url)
    renditions = set(RENDITION_URL.findall(article_html))
    assert renditions, "the article shows its image"
    revisions = Revision.objects.count()
    article_revisions = list(
        Revision.objects.filter(object_id=str(article.pk))
        .order_by("pk")
        .values_list("content__title", flat=True)
    )
    assert article_revisions[-1] == "A draft nobody sees yet"
    image_file = image.file.name
    original = (media / image_file).read_bytes()
    report = document_bytes(client, document)
    assert report == b"%PDF-1.4 drill"

    output = StringIO()
    call_command("backup", output=str(tmp_path / "backups"), stdout=output)
    [archive] = (tmp_path / "backups").glob("equalcity-*.tar.gz")
    assert oct(archive.stat().st_mode & 0o777) == "0o600"

    # A database with tables is replaced only when the operator says so.
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), stdout=output)
    assert Page.objects.filter(pk=article.pk).exists()

    # The disaster: every row and every file gone.
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media)
    cache.clear()
    assert not Page.objects.exists()
    assert not media.exists()

    call_command("restore", str(archive), yes=True, stdout=output)
    # A restored site's servers start afresh; this process forgets its ids.
    ContentType.objects.clear_cache()

    for url, title in pages.items():
        assert title in body(client, url), output.getvalue()
    assert "A draft nobody sees yet" not in body(client, article.url)
    assert Revision.objects.count() == revisions
    assert (
        list(
            Revision.objects.filter(object_id=str(article.pk))
            .order_by("pk")
            .values_list("content__title", flat=True)
        )
        == article_revisions
    )
    assert (media / image_file).read_bytes() == original
    assert document_bytes(client, document) == report
    # The renditions the page shows exist again (the web server serves them).
    for name in RENDITION_URL.findall(body(client, article.url)):
        assert (media / name).is_file(), name
