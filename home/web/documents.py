"""Documents: served only through Wagtail's /documents/<id>/<file> view, which
checks the collection's view restrictions first (MEDIA_ROOT's documents/ is
never served directly, by Django or nginx).

Around Wagtail's view: byte ranges when Django sends the file itself (PDF
readers and audio players ask for them; behind nginx, X-Accel-Redirect hands
the file over and nginx answers ranges), and `Cache-Control: private` for a
restricted document, so that no shared cache hands a staff member's copy to
anyone else.
"""

from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control

from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve

# The site's one parser of `Range` headers (the audio endpoint's).
from podcasts.views import parse_range

CHUNK_SIZE = 64 * 1024


def serve(request, document_id, document_filename):
    document = get_object_or_404(
        get_document_model().objects.select_related("collection"), pk=document_id
    )
    response = wagtail_serve(request, document_id, document_filename)
    if document.collection.get_view_restrictions():
        patch_cache_control(response, private=True)
    if isinstance(response, FileResponse) and response.status_code == 200:
        response = _byte_range(request, response)
    return response


def _byte_range(request, response):
    """The part of a whole-file response that a single `Range` asks for."""
    response["Accept-Ranges"] = "bytes"
    header = request.headers.get("Range")
    if not header or request.method not in ("GET", "HEAD"):
        return response
    # A range of an older version of the file is no use: send it all.
    if_range = request.headers.get("If-Range")
    if if_range and if_range not in (
        response.get("ETag"),
        response.get("Last-Modified"),
    ):
        return response
    size = int(response["Content-Length"])
    try:
        byte_range = parse_range(header, size)
    except ValueError:
        # The file only: HttpResponse.close() would also send
        # request_finished, closing the database connection mid-request.
        response.file_to_stream.close()
        refused = HttpResponse(status=416)
        refused["Content-Range"] = f"bytes */{size}"
        return refused
    if byte_range is None:
        return response
    start, end = byte_range
    file = response.file_to_stream
    file.seek(start)
    # A plain iterator (file_to_stream becomes None), so that the server's
    # wsgi.file_wrapper cannot send the file to its end; the file is still
    # closed with the response.
    response.streaming_content = _chunks(file, end - start + 1)
    response.status_code = 206
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(end - start + 1)
    return response


def _chunks(file, length):
    while length > 0:
        chunk = file.read(min(CHUNK_SIZE, length))
        if not chunk:
            return
        length -= len(chunk)
        yield chunk
