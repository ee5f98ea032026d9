"""Editing panels of the directory's models, kept apart from the model definitions."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface


def select(name: str) -> FieldPanel:
    # A plain select: Wagtail's chooser would list every network's rows.
    return FieldPanel(name, widget=forms.Select)


SERVICE_PANELS = TabbedInterface(
    [
        ObjectList(
            [
                select("organization"),
                FieldPanel("name"),
                FieldPanel("alternate_name"),
                FieldPanel("description"),
                FieldPanel("alert"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("url"), FieldPanel("email")]),
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Service"),
        ),
        ObjectList(
            [
                MultiFieldPanel(
                    [
                        FieldRowPanel(
                            [
                                FieldPanel("walk_in"),
                                FieldPanel("appointment_by_phone"),
                                FieldPanel("referral_required"),
                                FieldPanel("online"),
                            ]
                        ),
                        FieldPanel("application_process"),
                    ],
                    heading=_("How to get this help"),
                ),
                InlinePanel("phones", heading=_("Phones"), label=_("Phone")),
                InlinePanel("service_at_locations", heading=_("Locations"), label=_("Location")),
                InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Opening period")),
                InlinePanel("schedule_exceptions", heading=_("Closures and special hours"), label=_("Date")),
            ],
            heading=_("Access"),
        ),
        ObjectList(
            [
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                FieldPanel("eligibility_description"),
                FieldRowPanel([FieldPanel("medication_for_addiction_treatment"), FieldPanel("insurance_accepted")]),
                FieldPanel("fees_description"),
                InlinePanel("cost_options", heading=_("Costs"), label=_("Cost option")),
                InlinePanel("languages", heading=_("Languages spoken"), label=_("Language")),
                FieldPanel("interpretation_services"),
                InlinePanel("required_documents", heading=_("Documents to bring"), label=_("Document")),
            ],
            heading=_("Who it is for"),
        ),
        ObjectList(
            [
                FieldRowPanel(
                    [FieldPanel("capacity_available"), FieldPanel("capacity_unit"), FieldPanel("capacity_updated_at")]
                ),
                FieldPanel("hsds_id", read_only=True),
                FieldPanel("last_verified_at", read_only=True),
            ],
            heading=_("Openings and record"),
        ),
    ]
)

SERVICE_AT_LOCATION_PANELS = [select("location"), FieldPanel("description")]

ORGANIZATION_PANELS = [
    FieldPanel("name"),
    FieldPanel("alternate_name"),
    FieldPanel("description"),
    FieldRowPanel([FieldPanel("email"), FieldPanel("website")]),
    FieldPanel("verification_interval_days"),
]

LOCATION_PANELS = [
    select("organization"),
    FieldRowPanel([FieldPanel("location_type"), FieldPanel("name")]),
    FieldPanel("description"),
    MultiFieldPanel(
        [
            FieldPanel("address_1"),
            FieldPanel("address_2"),
            FieldRowPanel([FieldPanel("city"), FieldPanel("state_province"), FieldPanel("postal_code")]),
            FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            FieldPanel("url"),
        ],
        heading=_("Address"),
    ),
    MultiFieldPanel(
        [FieldPanel("is_confidential"), FieldPanel("confidential_contact")], heading=_("Confidential address")
    ),
    FieldPanel("transportation"),
    FieldRowPanel([FieldPanel("wheelchair_accessible")]),
    FieldPanel("accessibility"),
]

CATEGORY_PANELS = [
    select("parent"),
    FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order"), FieldPanel("is_crisis")]),
    FieldPanel("name"),
    FieldPanel("description"),
]

PLACE_PANELS = [
    FieldPanel("name"),
    FieldPanel("postal_code"),
    FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
]
