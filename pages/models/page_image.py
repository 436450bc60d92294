"""A page's own picture, shown at its top: the home page's, a theme's, a news item's."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class PageImageMixin(models.Model):
    """An optional image with the alternative text of this use of it; the text defaults to the
    image library's description when the page is saved, and translators translate it."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Visas överst på sidan och när sidan delas. Liggande, helst 1600 × 900 pixlar."
        ),
    )
    image_alt_text = models.CharField(
        _("bildens alternativtext"),
        max_length=250,
        blank=True,
        help_text=_(
            "Vad bilden visar, för den som inte kan se den. Tomt: bildbibliotekets "
            "alternativtext fylls i när du sparar, och du kan ändra den."
        ),
    )

    class Meta:
        abstract = True

    @property
    def image_alt(self) -> str:
        return self.image_alt_text or (self.image.default_alt_text if self.image else "")

    def full_clean(self, *args, **kwargs):
        if self.image is not None and not self.image_alt_text.strip():
            self.image_alt_text = self.image.default_alt_text
        return super().full_clean(*args, **kwargs)


def image_panel() -> MultiFieldPanel:
    return MultiFieldPanel(
        [FieldPanel("image"), FieldPanel("image_alt_text")], heading=_("Sidans bild")
    )
