"""Audio files of live episodes, served with HTTP byte ranges for podcast apps."""

import re

from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotModified,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from wagtail import hooks
from wagtail.documents import get_document_model

from home.restrictions import public

from .models import PodcastEpisodePage

CHUNK_SIZE = 64 * 1024
# ASCII digits only: \d would accept "١٢" (Arabic-Indic digits) as a number.
RANGE_PATTERN = re.compile(r"^bytes=([0-9]*)-([0-9]*)$")


def parse_range(header, size):
    """(start, end) inclusive for a single-range `Range` header, or None.

    Raises ValueError when the range cannot be satisfied.
    """
    match = RANGE_PATTERN.match(header.strip())
    if not match:
        return None
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":
        length = int(last)
        if length == 0:
            raise ValueError("empty suffix range")
        return max(size - length, 0), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if start >= size or end < start:
        raise ValueError("range outside the file")
    return start, min(end, size - 1)


def _read(file, start, length):
    file.seek(start)
    remaining = length
    try:
        while remaining > 0:
            chunk = file.read(min(CHUNK_SIZE, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
    finally:
        file.close()


@require_safe
def serve_audio(request, document_id, filename):
    document = get_object_or_404(get_document_model(), pk=document_id)
    if document.filename != filename:
        raise Http404
    episode = public(PodcastEpisodePage.objects.live()).filter(audio=document).first()
    if episode is None:
        raise Http404
    # The checks of Wagtail's /documents/ view: a file in a collection with a
    # view restriction gets the login (or password) page instead.
    for check in hooks.get_hooks("before_serve_document"):
        refusal = check(document, request)
        if isinstance(refusal, HttpResponse):
            return refusal
    restricted = bool(document.collection.get_view_restrictions())
    etag = f'"{document.file_hash or document.pk}-{document.file_size}"'
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified()

    size = document.file_size or document.file.size
    content_type = episode.audio_mime_type
    try:
        byte_range = parse_range(request.headers.get("Range", ""), size)
    except ValueError:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response

    start, end = byte_range or (0, size - 1)
    length = end - start + 1
    body = (
        b""
        if request.method == "HEAD"
        else _read(document.file.open("rb"), start, length)
    )
    response = StreamingHttpResponse(body, content_type=content_type)
    if byte_range:
        response.status_code = 206
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(length)
    response["Accept-Ranges"] = "bytes"
    response["ETag"] = etag
    response["Last-Modified"] = http_date(document.created_at.timestamp())
    # A restricted file is never kept by a shared cache for the next visitor.
    response["Cache-Control"] = "private" if restricted else "public, max-age=86400"
    return response
