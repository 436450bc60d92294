"""One permission row, made if Django has not made it yet (it makes model permissions only after
each app's migrations, so pages.roles may ask before it has). Takes an app registry, so a data
migration (its historical models) could share it; no model is imported here."""


def permission(apps, app_label: str, model: str, codename: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    record, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": "Can " + codename.replace("_", " ")},
    )
    return record
