"""The image library's form: every image has a description, the alternative text a page uses
when the image is chosen without one of its own (a news item's image, a share image).

Whether an image is decorative depends on where it is used, so that choice is made in the image
block (pages/blocks.py ImageBlock), not here. The multiple upload first saves the bare file
(with only a title) and then shows each image's form, where the description is required.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        description = self.fields.get("description")
        if description is None:
            return
        description.label = _("Alternativtext")
        description.help_text = _(
            "Beskriv kort vad bilden visar för den som inte kan se den, till exempel "
            "”Regionens representanter framför kontoret i Bryssel”. Inte ”Bild på …” och "
            "inte filnamnet. Används när bilden väljs utan en egen alternativtext."
        )
        bare_upload = self.is_bound and self.add_prefix("description") not in self.data
        description.required = not bare_upload
