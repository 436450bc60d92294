"""What visitors may see: live pages outside private sections."""


def visible(queryset, request=None):
    """``queryset.live().public()``, looking up the private sections once per request.

    Wagtail's ``public()`` queries the view restrictions each time it is called; a page that
    lists menus, news, events and projects would repeat that lookup for every list.
    """
    queryset = queryset.live()
    if request is None:
        return queryset.public()
    if not hasattr(request, "_regionsite_private_q"):
        request._regionsite_private_q = queryset.private_q()
    return queryset.exclude(request._regionsite_private_q)
