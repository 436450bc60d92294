"""Site-wide settings that editors maintain: the logo, the footer's contact details and links."""

from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from pages.formatting import tel_href
from pages.site_logo import validate_svg_logo
from regionsite.identity import ORGANISATION_NAME as DEFAULT_ORGANISATION_NAME


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisationens namn"), max_length=100, default=DEFAULT_ORGANISATION_NAME
    )
    logo = models.FileField(
        _("logotyp"),
        upload_to="logo/",
        blank=True,
        validators=[FileExtensionValidator(["svg"]), validate_svg_logo],
        help_text=_(
            "En SVG-fil med organisationens namn i, högst 100 kB. Visas i sidhuvudet i stället "
            "för namnet. Tomt: webbplatsens symbol och namnet som text."
        ),
    )
    logo_alt = models.CharField(
        _("logotypens alternativtext"),
        max_length=150,
        blank=True,
        help_text=_(
            "Texten i logotypen, för den som inte ser den: oftast organisationens namn. "
            "Tomt: namnet ovan."
        ),
    )
    # The uploaded file's text, read when it is saved: pages show the logo without reading
    # the media storage (pages/site_logo.py).
    logo_svg = models.TextField(blank=True, editable=False)
    email = models.EmailField(_("e-post"), blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    postal_address = models.TextField(_("postadress"), blank=True)
    visiting_address = models.TextField(_("besöksadress"), blank=True)
    organisation_number = models.CharField(_("organisationsnummer"), max_length=20, blank=True)
    main_website = models.URLField(_("regionens huvudwebbplats"), blank=True)

    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sidan Om webbplatsen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("tillgänglighetsredogörelse"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sidan om personuppgifter och kakor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    public_records = models.ForeignKey(
        "pages.PublicRecords",
        verbose_name=_("allmänna handlingar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Registratorn, hur man begär ut handlingar och rätten att överklaga: visas på "
            "kontaktsidan, på varje språk där snutten är översatt."
        ),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("kontaktsidan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("logo_alt")],
            heading=_("Logotyp"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("postal_address"),
                FieldPanel("visiting_address"),
                FieldPanel("organisation_number"),
                FieldPanel("main_website"),
            ],
            heading=_("Kontaktuppgifter i sidfoten"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("about_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("privacy_page"),
                FieldPanel("contact_page"),
            ],
            heading=_("Länkar i sidfoten"),
        ),
        FieldPanel("public_records"),
    ]

    class Meta:
        verbose_name = _("webbplatsinställningar")

    def save(self, *args, **kwargs):
        if not self.logo:
            self.logo_svg = ""
        elif not self.logo._committed or not self.logo_svg:  # a new upload
            self.logo.open("rb")
            self.logo_svg = self.logo.read().decode("utf-8")
            self.logo.seek(0)
        super().save(*args, **kwargs)

    @property
    def phone_href(self) -> str:
        return tel_href(self.phone)
