"""Images as renditions in modern formats with a truthful srcset.

Wagtail's ``{% picture %}`` with ``width-{480,800,1200}`` never enlarges, so a 400-pixel
original came out as three identical 400-pixel files listed as three widths. Here only the
widths smaller than the original are asked for, plus the original's own width (up to the
largest), and each rendition is described by the width it really has.
"""

from django import template

from wagtail.images.models import Picture

register = template.Library()

WIDTHS = (480, 800, 1200)
FORMATS = ("avif", "webp", "jpeg")  # the browser takes the first it supports; jpeg for the rest


def widths_for(image) -> list[int]:
    return sorted({*(w for w in WIDTHS if w < image.width), min(image.width, WIDTHS[-1])})


def picture_specs(image) -> list[str]:
    """The renditions a <picture> of ``image`` shows, every width in every format."""
    return [f"width-{width}|format-{fmt}" for fmt in FORMATS for width in widths_for(image)]


@register.simple_tag
def responsive_picture(
    image, sizes: str, alt: str = "", loading: str = "lazy", fetchpriority: str = ""
):
    """A <picture> of ``image`` (AVIF, WebP, JPEG) with width and height, for ``sizes``.
    ``loading="eager"`` for images in the first screen, such as a news item's own picture;
    ``fetchpriority="high"`` as well for the one that is the largest thing there (LCP)."""
    specs = picture_specs(image)
    attrs = {"sizes": sizes, "alt": alt, "loading": loading, "decoding": "async"}
    if fetchpriority:
        attrs["fetchpriority"] = fetchpriority
    return Picture(image.get_renditions(*specs), attrs)
