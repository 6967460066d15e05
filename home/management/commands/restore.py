"""Restore an archive of `manage.py backup`: the database, then the media.

    manage.py restore backups/equalcity-20250101-120000.tar.gz [--yes]

Stop the application servers and workers first (their connections would hold
the tables pg_restore replaces). The database is restored with
`pg_restore --clean --if-exists --no-owner` in one transaction: onto an empty
database, or over an existing one, which stays as it was if anything fails.
A database that has tables is replaced only with --yes, or after typing "yes"
at the prompt. Then:

- the archive's media files are copied into MEDIA_ROOT (files that are there
  already and not in the archive stay);
- renditions whose files are missing are forgotten and made again from the
  originals (`warm_renditions`);
- `migrate` brings an archive of older code up to date;
- the cache is emptied: what it holds describes the database before.

With OpenSearch (OPENSEARCH_URL), run `manage.py update_index` afterwards;
the database search backend's index is restored with the database.
"""

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from wagtail.images import get_image_model

from .backup import (
    DUMP,
    MANIFEST,
    MEDIA,
    media_on_filesystem,
    postgres_environment,
)


class Command(BaseCommand):
    help = (
        "Restore the database and media files from an archive of "
        "`manage.py backup`, replacing the database's contents."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="An archive written by manage.py backup.")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="Replace a database that has tables without asking.",
        )

    def handle(self, *args, archive, yes, **options):
        env = postgres_environment()
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"No archive at {path}.")
        name = connection.settings_dict["NAME"]
        tables = connection.introspection.table_names()
        if tables and not yes:
            self.confirm(name, len(tables), path)
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            with tarfile.open(path) as tar:
                # The "data" filter refuses absolute paths, "..", links out of
                # the folder and device files.
                tar.extractall(folder, filter="data")
            if not (folder / DUMP).is_file() or not (folder / MANIFEST).is_file():
                raise CommandError(f"{path} is not an archive of manage.py backup.")
            manifest = json.loads((folder / MANIFEST).read_text())
            self.stdout.write(
                f"Restoring {manifest['database']} of {manifest['created']} "
                f"into {name}…"
            )
            # Django's own connection must hold no lock on the tables dropped.
            connection.close()
            result = subprocess.run(  # noqa: S603 (pg_restore with our arguments)
                [  # noqa: S607 (PostgreSQL's client from PATH)
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--single-transaction",
                    "--exit-on-error",
                    f"--dbname={name}",
                    str(folder / DUMP),
                ],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode:
                raise CommandError(
                    "pg_restore failed; the database is unchanged.\n"
                    + result.stderr.strip()
                )
            files = self.restore_media(folder / MEDIA)
        call_command("migrate", interactive=False, verbosity=0)
        forgotten = self.forget_missing_renditions()
        call_command("warm_renditions", stdout=self.stdout)
        try:
            cache.clear()
        except Exception as error:  # noqa: BLE001 (a cache that is down is empty)
            self.stderr.write(f"The cache could not be emptied: {error}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {name} and {files} media files from {path} "
                f"({forgotten} missing renditions made again)."
            )
        )

    def confirm(self, name, count, path):
        question = (
            f"Database {name} has {count} tables: replace its contents with "
            f"{path}? Type yes to go on: "
        )
        if not sys.stdin.isatty():
            raise CommandError(
                f"Database {name} is not empty: pass --yes to replace its contents."
            )
        if input(question).strip().lower() != "yes":
            raise CommandError("Nothing was restored.")

    def restore_media(self, source):
        if not source.is_dir():
            return 0
        if not media_on_filesystem():
            self.stderr.write(
                "MEDIA_ROOT is not on the filesystem (S3): the archive's media "
                "files were not copied; restore the bucket from its versions."
            )
            return 0
        shutil.copytree(source, settings.MEDIA_ROOT, dirs_exist_ok=True)
        return sum(1 for item in source.rglob("*") if item.is_file())

    def forget_missing_renditions(self):
        """Delete the rows of renditions the archive left out, so that
        `warm_renditions` (and Wagtail, on demand) makes them again."""
        model = get_image_model().get_rendition_model()
        storage = model._meta.get_field("file").storage
        if not isinstance(storage, FileSystemStorage):
            return 0  # renditions on S3 were never in the archive, nor lost
        renditions = model.objects
        missing = [
            pk
            for pk, name in renditions.values_list("pk", "file")
            if not storage.exists(name)
        ]
        renditions.filter(pk__in=missing).delete()
        return len(missing)
