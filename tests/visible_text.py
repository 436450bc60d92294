"""The text of an admin page as a person sees it or a screen reader reads it (for the tests
that look for English in the Swedish admin)."""

from html.parser import HTMLParser


class VisibleText(HTMLParser):
    """What a person sees or a screen reader reads, without what editors typed (form values,
    text areas), without scripts, and without what is hidden (``hidden``) or marked as being in
    another language (``lang``: content, correctly tagged for screen readers)."""

    SKIPPED = {"script", "style", "template", "textarea", "noscript"}
    VOID = {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "use",
        "path",
    }

    def __init__(self):
        super().__init__()
        self.parts, self.links, self.open = [], [], []  # open: (tag, skipped?)

    def skipping(self) -> bool:
        return any(skipped for _tag, skipped in self.open)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and (attrs.get("href") or "").startswith("/admin/"):
            self.links.append(attrs["href"])
        skipped = (
            tag in self.SKIPPED
            or "hidden" in attrs
            or (attrs.get("lang") or "sv").split("-")[0] not in ("sv", "")
        )
        if not (skipped or self.skipping()):
            for name in ("aria-label", "title", "placeholder"):
                if attrs.get(name):
                    self.parts.append(attrs[name])
        if tag not in self.VOID:
            self.open.append((tag, skipped))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.open.pop()

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def handle_data(self, data):
        if not self.skipping():
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())
