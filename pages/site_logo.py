"""The site's logo in the header: an SVG file from the site settings, else the mark shipped in
static/img/logo.svg beside the organisation's name.

An uploaded logo is checked when it is saved (well-formed SVG, no script, no event handlers, no
references to other files) and shown as an <img> with its own text alternative. The <img> reads
it as a data: URL made from the text kept in the settings, so no page asks the media storage for
it, no address serves it, and even an SVG that slipped past the check could run nothing there.
"""

import base64
from dataclasses import dataclass
from functools import lru_cache

from defusedxml import ElementTree

from django.core.exceptions import ValidationError
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 100 * 1024
DEFAULT_MARK = "img/logo.svg"
DEFAULT_SIZE = 48  # the shipped mark's width and height, in CSS pixels
FORBIDDEN_ELEMENTS = {"script", "foreignObject", "iframe", "embed", "object", "audio", "video"}


@dataclass(frozen=True)
class Logo:
    src: str
    alt: str  # empty for the shipped mark: the organisation's name follows it as text
    width: int
    height: int
    uploaded: bool


def local_name(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def svg_root(data: bytes):
    """The parsed SVG, or a ValidationError that says what is wrong with it."""
    if len(data) > MAX_BYTES:
        raise ValidationError(_("Logotypen får vara högst 100 kB."))
    try:
        data.decode("utf-8")
        root = ElementTree.fromstring(data)
    except Exception as error:  # defusedxml's refusals and plain XML errors alike
        raise ValidationError(_("Filen är inte en giltig SVG-fil.")) from error
    if local_name(root.tag) != "svg":
        raise ValidationError(_("Filen är inte en giltig SVG-fil."))
    for element in root.iter():
        if local_name(element.tag) in FORBIDDEN_ELEMENTS:
            raise ValidationError(_("Logotypen får inte innehålla skript eller inbäddat innehåll."))
        for name, value in element.attrib.items():
            name = local_name(name)
            if name.lower().startswith("on"):
                raise ValidationError(
                    _("Logotypen får inte innehålla skript eller inbäddat innehåll.")
                )
            if name == "href" and not value.startswith("#"):
                raise ValidationError(_("Logotypen får inte hämta andra filer."))
        if local_name(element.tag) == "style" and "url(" in (element.text or ""):
            raise ValidationError(_("Logotypen får inte hämta andra filer."))
    return root


def validate_svg_logo(file):
    file.open("rb")
    try:
        svg_root(file.read())
    finally:
        file.seek(0)


def intrinsic_size(svg: str) -> tuple[int, int]:
    """Width and height for the <img>, from the viewBox (or width and height): no layout shift."""
    root = svg_root(svg.encode())
    view_box = root.get("viewBox", "").replace(",", " ").split()
    try:
        if len(view_box) == 4:
            return round(float(view_box[2])), round(float(view_box[3]))
        return round(float(root.get("width", ""))), round(float(root.get("height", "")))
    except ValueError:
        return DEFAULT_SIZE, DEFAULT_SIZE


@lru_cache(maxsize=8)
def data_url(svg: str) -> tuple[str, int, int]:
    """The SVG as a data: URL, with its width and height: worked out once per logo."""
    encoded = base64.b64encode(svg.encode()).decode("ascii")
    return (f"data:image/svg+xml;base64,{encoded}", *intrinsic_size(svg))


def logo_for(site_settings, organisation_name: str) -> Logo:
    svg = getattr(site_settings, "logo_svg", "") if site_settings is not None else ""
    if not svg:
        return Logo(static(DEFAULT_MARK), "", DEFAULT_SIZE, DEFAULT_SIZE, uploaded=False)
    src, width, height = data_url(svg)
    return Logo(src, site_settings.logo_alt or organisation_name, width, height, uploaded=True)
