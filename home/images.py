"""Image helpers shared by every page type."""

# The size social networks show a shared link's image at.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"


def share_image_url(request, image):
    """The absolute URL of `image` cropped for sharing, or "" without one."""
    if image is None:
        return ""
    return request.build_absolute_uri(image.get_rendition(SHARE_IMAGE_SPEC).url)
