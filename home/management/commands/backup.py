"""Back up the database and the media files into one dated archive.

    manage.py backup [--output backups]

writes `backups/equalcity-YYYYmmdd-HHMMSS.tar.gz` (UTC), readable by its owner
only (it holds unpublished drafts, private documents and password hashes):

    manifest.json    when, from which database, what the archive holds
    database.dump    pg_dump's custom format (`manage.py restore` reads it)
    media/           MEDIA_ROOT: original images and documents

Image renditions (`media/images/`) are left out: they are made again from
the originals, and `manage.py restore` does so. With media on S3
(AWS_STORAGE_BUCKET_NAME) the archive holds the database only; the bucket
keeps its own history (turn on versioning).

PostgreSQL only: a SQLite database is a file to copy while no one writes.
"""

import datetime
import json
import os
import platform
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

import wagtail

DUMP = "database.dump"
MANIFEST = "manifest.json"
MEDIA = "media"
# Wagtail's renditions folder in MEDIA_ROOT (original_images/ holds the uploads).
RENDITIONS = "images"


def postgres_environment():
    """pg_dump's and pg_restore's connection to the default database, passed
    through libpq's variables so that the password never shows in `ps`."""
    if connection.vendor != "postgresql":
        raise CommandError(
            f"Backups need PostgreSQL (DATABASE_URL); this database is "
            f"{connection.vendor}. A SQLite database is one file: copy it and "
            "MEDIA_ROOT while the site is stopped."
        )
    db = connection.settings_dict
    env = dict(os.environ)
    for variable, key in [
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ]:
        if db.get(key):
            env[variable] = str(db[key])
    if sslmode := db.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = sslmode
    return env


def media_on_filesystem():
    return isinstance(default_storage, FileSystemStorage)


def without_renditions(info):
    """tarfile filter: everything in MEDIA_ROOT but the renditions."""
    folder = f"{MEDIA}/{RENDITIONS}"
    if info.name == folder or info.name.startswith(f"{folder}/"):
        return None
    return info


class Command(BaseCommand):
    help = (
        "Write a dated archive of the PostgreSQL database (pg_dump) and the "
        "media files (without image renditions)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(settings.BASE_DIR / "backups"),
            help="Folder of the archive (default: backups/ in the project).",
        )

    def handle(self, *args, output, **options):
        env = postgres_environment()
        folder = Path(output)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        now = datetime.datetime.now(datetime.UTC)
        archive = folder / f"equalcity-{now:%Y%m%d-%H%M%S}.tar.gz"
        if archive.exists():
            raise CommandError(f"{archive} exists already.")
        files = 0
        with tempfile.TemporaryDirectory() as scratch:
            dump = Path(scratch) / DUMP
            # The database first: every file it names was uploaded before the
            # dump began, so the media copied next include it.
            result = subprocess.run(  # noqa: S603 (pg_dump with our arguments)
                [  # noqa: S607 (PostgreSQL's client from PATH)
                    "pg_dump",
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--file={dump}",
                ],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode:
                raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
            media_root = Path(settings.MEDIA_ROOT)
            media = media_on_filesystem() and media_root.is_dir()
            manifest = {
                "created": now.isoformat(),
                "database": connection.settings_dict["NAME"],
                "postgresql": connection.pg_version,
                "wagtail": wagtail.__version__,
                "python": platform.python_version(),
                "media": "MEDIA_ROOT"
                if media
                else "none (no MEDIA_ROOT folder, or media on S3)",
                "renditions": False,
            }
            (Path(scratch) / MANIFEST).write_text(json.dumps(manifest, indent=2))
            # Written under a temporary name, readable by the owner only, and
            # renamed once complete: a half-written archive never looks whole.
            partial = archive.with_name(archive.name + ".partial")
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with (
                    os.fdopen(descriptor, "wb") as raw,
                    tarfile.open(fileobj=raw, mode="w:gz") as tar,
                ):
                    tar.add(Path(scratch) / MANIFEST, MANIFEST)
                    tar.add(dump, DUMP)
                    if media:
                        tar.add(media_root, MEDIA, filter=without_renditions)
                    files = sum(
                        1
                        for member in tar.getmembers()
                        if member.isfile() and member.name.startswith(f"{MEDIA}/")
                    )
                partial.rename(archive)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
        if not media_on_filesystem():
            self.stderr.write(
                "Media files are not on this machine's filesystem (S3): the "
                "archive holds the database only; the bucket's versioning keeps "
                "the files."
            )
        size = archive.stat().st_size / 1_000_000
        self.stdout.write(
            self.style.SUCCESS(f"{archive} ({size:.1f} MB, {files} media files)")
        )
