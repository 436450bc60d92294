"""The second step's addresses: under /admin/ (the admin's headers, no compression) but outside
Wagtail's own URLs, whose access check would send a half-logged-in account back to the login.
The admin has no language prefix, so neither do they: Swedish, like the admin's own."""

from django.urls import path

from regionsite.two_factor import views

urlpatterns = [
    path("tvastegsverifiering/", views.verify, name="two_factor_verify"),
    path("tvastegsverifiering/aktivera/", views.enrol, name="two_factor_enrol"),
    path(
        "tvastegsverifiering/reservkoder/", views.recovery_codes, name="two_factor_recovery_codes"
    ),
]
