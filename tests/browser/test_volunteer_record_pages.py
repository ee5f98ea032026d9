"""axe-core over the volunteer's record pages (training, hours, data, erasure) in three languages at both widths."""

import datetime

import pytest
from django.utils import timezone

from portal.tests.factories import PASSWORD, UserFactory
from tests.browser.axe import assert_accessible
from tests.browser.conftest import WIDTHS
from volunteers.models import Application
from volunteers.tests.factories import (
    ApplicationFactory,
    HoursEntryFactory,
    OpportunityFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)

PAGES = ("me/training/", "me/hours/", "me/data/", "me/data/delete/")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["en", "ar", "zh-hans"])
def test_record_pages_have_no_wcag_violations(site, open_page, language, width):
    network = site.networks[0]
    user = UserFactory()
    volunteer = VolunteerFactory(network=network, user=user)
    opportunity = OpportunityFactory(network=network, title="Rides")
    ApplicationFactory(volunteer=volunteer, opportunity=opportunity, status=Application.Status.ACCEPTED)
    TrainingRecordFactory(volunteer=volunteer, module=TrainingModuleFactory(network=network), verified_at=None)
    HoursEntryFactory(volunteer=volunteer, opportunity=opportunity, approved_at=timezone.now())
    HoursEntryFactory(volunteer=volunteer, opportunity=opportunity, worked_on=datetime.date(2025, 1, 2))

    page = open_page(width)
    page.goto(site.url(f"/{language}/accounts/login/"))
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site.url(f"/{language}/"))
    for path in PAGES:
        page.goto(site.url(f"/{language}/volunteer/{path}"))
        assert page.locator("h1").count() == 1, path
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr"), path
        assert_accessible(page)
    # A form sent back with its errors is as readable as the blank one.
    page.goto(site.url(f"/{language}/volunteer/me/hours/"))
    with page.expect_navigation():
        page.locator("#log-hours ~ form button[type=submit]").click()
    assert page.locator(".errorlist").count() >= 1
    assert_accessible(page)
