"""Volunteer pages in the browser: axe in English, Arabic and Chinese at both widths, keyboard, no JavaScript, weight.

A volunteer of the first network is signed in with their own records: a code of conduct acknowledged, an accepted
application to the site fixture's opportunity (9101), a verified training, a clear check, a shift, hours and a
supervision check-in. A second listed opportunity is left for them to apply to.
"""

from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from directory.tests.factories import translations
from portal import roles
from portal.tests.factories import UserFactory, make_staff
from tests.browser.axe import assert_accessible
from tests.browser.conftest import MODULE_NAMES, OPPORTUNITY_PK, OPPORTUNITY_TITLES, WIDTHS
from tests.browser.public_pages import PUBLIC_PAGES
from tests.browser.test_keyboard import FOCUS_STYLE
from tests.browser.test_page_weight import BUDGET_BYTES, TRANSFERRED
from volunteers.models import Application, CheckLevel, Opportunity
from volunteers.tests.factories import (
    AcknowledgementFactory,
    ApplicationFactory,
    BackgroundCheckFactory,
    CodeOfConductFactory,
    HoursEntryFactory,
    OpportunityFactory,
    ShiftFactory,
    ShiftSignupFactory,
    SupervisionCheckInFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)

LANGUAGES = ["en", "ar", "zh-hans"]
SECTION = "/{lang}/volunteer/"
CODE_TITLES = {
    "en": "Code of conduct and confidentiality agreement",
    "es": "Código de conducta y acuerdo de confidencialidad",
    "zh-hans": "行为准则和保密协议",
    "ar": "مدونة السلوك واتفاقية السرية",
}
OTHER_TITLES = {
    "en": "Co-host a peer circle",
    "es": "Coanfitrión de un círculo entre pares",
    "zh-hans": "协助主持同伴小组",
    "ar": "شارك في إدارة حلقة الأقران",
}
DISPLAY_NAME = "Noor Haddad"
HOURS_NOTE = "Drove two neighbours to the clinic."
# Every page of the volunteer map (volunteers/urls.py) a person reads, with texts of this volunteer's records it
# shows in the page's language. The export (a JSON file) and the evidence (a download) are files, not pages.
VOLUNTEER_PAGES = {
    "opportunities": ("", lambda lang: [OPPORTUNITY_TITLES[lang], MODULE_NAMES[lang]]),
    "opportunity": (f"{OPPORTUNITY_PK}/", lambda lang: [OPPORTUNITY_TITLES[lang]]),
    "profile": ("join/", lambda lang: []),
    "code of conduct": ("code-of-conduct/", lambda lang: [CODE_TITLES[lang]]),
    "my applications": ("me/applications/", lambda lang: [OPPORTUNITY_TITLES[lang]]),
    "my readiness": ("me/readiness/", lambda lang: [OPPORTUNITY_TITLES[lang], MODULE_NAMES[lang]]),
    "my training": ("me/training/", lambda lang: [MODULE_NAMES[lang]]),
    "my hours": ("me/hours/", lambda lang: [OPPORTUNITY_TITLES[lang]]),
    "my data": ("me/data/", lambda lang: []),
    "delete my data": ("me/data/delete/", lambda lang: []),
    "my shifts": ("shifts/", lambda lang: [OPPORTUNITY_TITLES[lang]]),
}
# Pages whose main content is a form the volunteer fills in or a button they press.
FORM_PAGES = ["profile", "other opportunity", "my training", "my hours", "my shifts", "delete my data"]

CONTROLS = """() => {
  const controls = [...document.querySelectorAll(
    'main form input:not([type=hidden]):not([disabled]), main form select:not([disabled]),'
    + ' main form textarea:not([disabled]), main form button:not([disabled])'
  )].filter(el => el.checkVisibility({visibilityProperty: true}));
  // Tab stops once in a group of radio buttons: the group counts as one control.
  const seen = new Set();
  const stops = [];
  for (const el of controls) {
    const key = el.type === 'radio' ? 'radio:' + el.form.id + ':' + el.name : el;
    if (seen.has(key)) continue;
    seen.add(key);
    stops.push(el);
  }
  stops.forEach((el, index) => { el.dataset.keyboardStop = String(index); });
  return stops.map(el => el.name || el.id || el.textContent.trim());
}"""
FOCUSED_STOP = """() => {
  const el = document.activeElement;
  if (el.type === 'radio') {
    const group = [...document.querySelectorAll('input[type=radio][name="' + el.name + '"]')];
    const marked = group.find(radio => radio.dataset.keyboardStop !== undefined);
    return marked ? marked.dataset.keyboardStop : null;
  }
  return el.dataset.keyboardStop ?? null;
}"""


@pytest.fixture
def volunteer(site):
    """A volunteer of the first network with a record of every kind, and an opportunity they have not applied to."""
    network = site.networks[0]
    opportunity = Opportunity.objects.get(pk=OPPORTUNITY_PK)
    code = CodeOfConductFactory(network=network, version=1, **translations("title", CODE_TITLES))
    profile = VolunteerFactory(
        network=network, user=UserFactory(), display_name=DISPLAY_NAME, languages_spoken=["en", "ar", "es"]
    )
    AcknowledgementFactory(volunteer=profile, code_of_conduct=code)
    ApplicationFactory(volunteer=profile, opportunity=opportunity, status=Application.Status.ACCEPTED)
    TrainingRecordFactory(volunteer=profile, module=opportunity.required_modules.get())
    BackgroundCheckFactory(volunteer=profile, level=CheckLevel.STANDARD)
    ShiftSignupFactory(shift=opportunity.shifts.get(), volunteer=profile)
    HoursEntryFactory(volunteer=profile, opportunity=opportunity, note=HOURS_NOTE)
    SupervisionCheckInFactory(volunteer=profile, supervisor=make_staff(network, roles.COORDINATOR))
    other = OpportunityFactory(network=network, **translations("title", OTHER_TITLES))
    ShiftFactory(opportunity=other)
    return SimpleNamespace(user=profile.user, profile=profile, other=other)


def signed_in(open_page, site, user, width: str = "desktop", javascript: bool = True):
    """A fresh browser context holding `user`'s session, as if they had just logged in."""
    page = open_page(width, javascript=javascript)
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": site.url("/")}])
    return page


def page_path(name: str, language: str, volunteer) -> str:
    if name == "other opportunity":
        return SECTION.format(lang=language) + f"{volunteer.other.pk}/apply/"
    return SECTION.format(lang=language) + VOLUNTEER_PAGES[name][0]


def open_volunteer_page(page, site, name: str, language: str, volunteer):
    response = page.goto(site.url(page_path(name, language, volunteer)))
    assert response.status == 200, f"{name}: {response.status} at {page.url}"
    assert urlsplit(page.url).path == page_path(name, language, volunteer), f"{name} sent the volunteer away"
    assert page.locator('form[action$="/accounts/logout/"]').count() == 1, f"{name} was not read signed in"
    return response


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_volunteer_page_has_no_wcag_violations(site, open_page, volunteer, language, width):
    page = signed_in(open_page, site, volunteer.user, width)
    policy_violations = []
    page.on(
        "console", lambda message: policy_violations.append(message.text) if "Security Policy" in message.text else None
    )
    for name in VOLUNTEER_PAGES:
        open_volunteer_page(page, site, name, language, volunteer)
        assert page.locator("h1").count() == 1, name
        assert page.locator("html").get_attribute("lang") == language, name
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr"), name
        assert_accessible(page)
        assert not policy_violations, f"{name}: {policy_violations}"
    # A person with an account but no volunteer profile here yet: the profile form with the code of conduct.
    page = signed_in(open_page, site, UserFactory(), width)
    join = SECTION.format(lang=language) + "join/"
    assert page.goto(site.url(join)).status == 200
    assert page.locator("main input[type=checkbox]").count() >= 1, "no box to agree to the code of conduct"
    assert page.locator("h1").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_volunteer_page_shows_the_volunteers_own_records_in_their_language(site, open_page, volunteer, language):
    page = signed_in(open_page, site, volunteer.user, "phone")
    for name, (_path, expected) in VOLUNTEER_PAGES.items():
        open_volunteer_page(page, site, name, language, volunteer)
        text = page.locator("main").inner_text()
        for words in expected(language):
            assert words in text, f"{name} does not show {words!r}"
    open_volunteer_page(page, site, "profile", language, volunteer)
    assert page.locator(f'main input[value="{DISPLAY_NAME}"]').count() == 1
    open_volunteer_page(page, site, "my data", language, volunteer)
    assert page.locator('main a[href$="me/data/export/"]').count() >= 1
    open_volunteer_page(page, site, "delete my data", language, volunteer)
    assert page.locator("main form[method=post] button").count() >= 1


def tab_through(page, name: str) -> None:
    """Tab from the top of the page until every form control of its main content had a visible focus."""
    stops = page.evaluate(CONTROLS)
    assert stops, f"{name} has no form controls in its main content"
    reached = set()
    for _ in range(len(stops) + 100):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED_STOP)
        if stop is not None:
            focused = page.evaluate(FOCUS_STYLE)
            assert focused["outline"] or focused["shadow"], f"{name}: no visible focus on {stops[int(stop)]}"
            reached.add(int(stop))
        if len(reached) == len(stops):
            return
    missed = [stops[index] for index in range(len(stops)) if index not in reached]
    raise AssertionError(f"{name}: not reachable with Tab: {missed}")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_form_control_of_a_volunteer_page_is_reached_with_tab_and_shows_focus(
    site, open_page, volunteer, language, width
):
    page = signed_in(open_page, site, volunteer.user, width)
    for name in FORM_PAGES:
        open_volunteer_page(page, site, name, language, volunteer)
        tab_through(page, name)
    newcomer = signed_in(open_page, site, UserFactory(), width)
    assert newcomer.goto(site.url(SECTION.format(lang=language) + "join/")).status == 200
    tab_through(newcomer, "profile of a newcomer")


def test_public_volunteer_pages_work_without_javascript(site, open_page):
    assert {path for _name, _host, path in PUBLIC_PAGES} >= {SECTION, SECTION + f"{OPPORTUNITY_PK}/"}
    page = open_page("phone", javascript=False)
    for name in ("opportunities", "opportunity"):
        path = SECTION.format(lang="es") + VOLUNTEER_PAGES[name][0]
        response = page.goto(site.url(path))
        assert response.status == 200, name
        text = page.locator("main").inner_text()
        for words in VOLUNTEER_PAGES[name][1]("es"):
            assert words in text, f"{name} does not show {words!r}"
        assert page.locator("h1").is_visible() and page.locator("#quick-exit").is_visible(), name


def test_a_volunteer_applies_without_javascript(site, open_page, volunteer):
    page = signed_in(open_page, site, volunteer.user, "phone", javascript=False)
    open_volunteer_page(page, site, "other opportunity", "es", volunteer)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("load")
    application = Application.objects.get(volunteer=volunteer.profile, opportunity=volunteer.other)
    assert application.status == Application.Status.PENDING
    open_volunteer_page(page, site, "my applications", "es", volunteer)
    with translation.override("es"):
        pending = str(Application.Status.PENDING.label)
    assert OTHER_TITLES["es"] in page.locator("main").inner_text()
    assert pending in page.locator("main").inner_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_volunteer_pages_fit_the_weight_budget_and_stay_on_their_host(site, open_page, volunteer, language):
    for name in VOLUNTEER_PAGES:
        page = signed_in(open_page, site, volunteer.user, "phone")  # a fresh context: nothing comes from the cache
        requested = []
        page.on("request", lambda request, seen=requested: seen.append(request.url))
        open_volunteer_page(page, site, name, language, volunteer)
        page.wait_for_load_state("load")
        origin = urlsplit(page.url).netloc
        strangers = [address for address in requested if urlsplit(address).netloc != origin]
        assert not strangers, f"{name} asked other hosts for {strangers}"
        entries = page.evaluate(TRANSFERRED)
        total = sum(entry["bytes"] for entry in entries)
        assert 0 < total < BUDGET_BYTES, f"{name} ({language}) weighs {total} bytes: {entries}"
        page.context.close()
