"""RSS 2.0 feeds of news in one language: all of it (the news index's) or one theme's."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from pages.navigation import navigation_for


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    items_in_feed = 20

    def __init__(self, page, news, title=None):
        """``page`` is the news index or theme page the feed belongs to; ``news`` its items."""
        super().__init__()
        self.page = page
        self.news = news
        self.name = title or page.title
        self.language = page.locale.language_code  # Django reads this as a plain attribute

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.name} – {navigation_for(self.request).organisation_name}"

    def link(self):
        return self.page.get_full_url(self.request)

    def description(self):
        return self.page.intro or self.name

    def feed_url(self):
        return self.page.get_full_url(self.request) + self.page.reverse_subpage("feed")

    def items(self):
        return self.news[: self.items_in_feed]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
