"""Paths below a network's volunteering page (its section page). Each view takes (request, page)."""

from django.urls import path

from volunteers.views import hours, my_data, opportunities, profile, readiness, shifts, training

urlpatterns = [
    # Opportunities: public, and applying to them.
    path("", opportunities.opportunity_list, name="opportunities"),
    path("<int:pk>/", opportunities.opportunity_detail, name="opportunity"),
    path("<int:pk>/apply/", opportunities.apply, name="apply"),
    # The volunteer's profile in this network and the code of conduct.
    path("join/", profile.profile_form, name="join"),
    path("code-of-conduct/", profile.code_of_conduct, name="code_of_conduct"),
    # What the volunteer sees of their own record.
    path("me/applications/", readiness.my_applications, name="my_applications"),
    path("me/readiness/", readiness.my_readiness, name="my_readiness"),
    path("me/training/", training.my_training, name="my_training"),
    path("me/training/<int:pk>/evidence/", training.evidence, name="training_evidence"),
    path("me/hours/", hours.my_hours, name="my_hours"),
    path("me/data/", my_data.my_data, name="my_data"),
    path("me/data/export/", my_data.export, name="my_data_export"),
    path("me/data/delete/", my_data.delete, name="my_data_delete"),
    # Shifts of the opportunities the volunteer was accepted to.
    path("shifts/", shifts.shift_list, name="shifts"),
    path("shifts/<int:pk>/sign-up/", shifts.sign_up, name="shift_sign_up"),
    path("shifts/<int:pk>/withdraw/", shifts.withdraw, name="shift_withdraw"),
]
