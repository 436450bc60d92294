"""Who publishes the site. Editors keep the name current in the site settings
(``pages.SiteSettings.organisation_name``); this is its default, and the name that pages which
cannot reach the database (500, 503) and the admin's branding use."""

ORGANISATION_NAME = "Region Gävleborg"
