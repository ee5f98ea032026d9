"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server."""

import os
import re
from pathlib import Path

import pytest

# Project modules are imported inside the fixtures: pytest loads this conftest before Django is set up.
# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "test-artifacts"))
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
QUICK_EXIT_TARGET = "https://www.google.com/search?q=weather"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: `make test` installs Debian's package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    pages = getattr(item, "open_pages", [])
    if report.when == "call" and report.failed and pages:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", item.nodeid)[-150:]
        for index, page in enumerate(pages):
            path = ARTIFACTS / f"{name}-{index}.png"
            try:
                page.screenshot(path=str(path), full_page=True)
            except Exception as error:  # noqa: BLE001 - a closed page must not hide the real failure
                report.sections.append(("screenshot", f"could not save: {error}"))
                continue
            report.sections.append(("screenshot", f"saved to {path}"))
            print(f"\nscreenshot of the failed browser test: {path}")
    return report


@pytest.fixture
def open_page(chromium, request):
    """Opens a page in a fresh browser context; failed tests keep a screenshot of every page opened."""
    contexts = []
    request.node.open_pages = []

    def build(width: str = "desktop", javascript: bool = True, **options):
        context = chromium.new_context(viewport=WIDTHS[width], java_script_enabled=javascript, **options)
        # The quick-exit target lies outside this machine; answer it locally so the journey is testable.
        context.route(
            re.compile(r"^https://www\.google\.com/.*"),
            lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Weather</title>"),
        )
        contexts.append(context)
        page = context.new_page()
        request.node.open_pages.append(page)
        return page

    yield build
    for context in contexts:
        context.close()


@pytest.fixture
def site(live_server, transactional_db):
    """Two networks on the live server: `localhost` (all five languages) and `second.localhost`."""
    from portal.tests.factories import make_network
    from portal.translated_fields import set_translations

    port = live_server.url.rsplit(":", 1)[1]
    first = make_network("first", "localhost", aliases=["127.0.0.1"])
    second = make_network("second", "second.localhost", languages=("en", "es", "zh-hans", "ar"), default="es")
    for network, missing in ((first, ()), (second, ("zh-hans",))):
        home = network.home_page
        intros = {code: f"Welcome [{code}]" for code in network.languages if code not in missing}
        set_translations(home, "intro", intros)
        set_translations(home, "body", {code: f"<p>About us [{code}]</p>" for code in intros})
        home.save_revision().publish()
    add_directory_services(first)
    add_volunteer_opportunity(first)

    class Site:
        networks = (first, second)

        @staticmethod
        def url(path: str, host: str = "localhost") -> str:
            return f"http://{host}:{port}{path}"

    return Site


# The published volunteer opportunity of the first network (public_pages.py links to it), and its texts.
OPPORTUNITY_PK = 9101
OPPORTUNITY_TITLES = {
    "en": "Drive neighbours to appointments",
    "es": "Lleve a sus vecinos a sus citas",
    "zh-hans": "开车送邻居去赴约就诊",
    "ar": "أوصل جيرانك إلى مواعيدهم",
}
MODULE_NAMES = {"en": "Confidentiality", "es": "Confidencialidad", "zh-hans": "保密", "ar": "السرية"}


def add_volunteer_opportunity(network) -> None:
    """A listed opportunity with a fixed id, a required training module and a check, and a shift next week."""
    from directory.tests.factories import translations
    from volunteers.models import CheckLevel
    from volunteers.tests.factories import OpportunityFactory, ShiftFactory, TrainingModuleFactory

    module = TrainingModuleFactory(network=network, valid_for_months=12, **translations("name", MODULE_NAMES))
    opportunity = OpportunityFactory(
        pk=OPPORTUNITY_PK,
        network=network,
        required_modules=[module],
        required_check_level=CheckLevel.STANDARD,
        languages_wanted=["es"],
        **translations("title", OPPORTUNITY_TITLES),
        **translations("role", {"en": "Driver", "es": "Conductor", "zh-hans": "司机", "ar": "سائق"}),
        **translations(
            "description",
            {
                "en": "Take neighbours to treatment in your own car.",
                "es": "Lleve a sus vecinos a su tratamiento en su propio auto.",
                "zh-hans": "用自己的车送邻居去接受治疗。",
                "ar": "أوصل جيرانك إلى العلاج بسيارتك.",
            },
        ),
    )
    # The factory sets the modules on the cluster in memory only: saving writes them to the database.
    opportunity.save()
    ShiftFactory(opportunity=opportunity)


def add_directory_services(network) -> None:
    """Two listed services with fixed ids (public_pages.py links to them): one with a confidential address."""
    from directory.models import Category
    from directory.tests.factories import (
        LocationFactory,
        OpeningHoursFactory,
        ServiceAtLocationFactory,
        ServiceFactory,
        ServiceLanguageFactory,
        translations,
    )

    counseling = ServiceFactory(
        pk=9001,
        network=network,
        walk_in=True,
        **translations("name", {"en": "Harbor Counseling", "es": "Consejería Harbor", "ar": "الإرشاد في هاربور"}),
        **translations("description", {"en": "Counseling for adults and families.", "zh-hans": "成人和家庭咨询。"}),
    )
    counseling.phones.create(number="555 010 2000")
    ServiceLanguageFactory(service=counseling, code="es")
    ServiceAtLocationFactory(service=counseling, location=LocationFactory(network=network, wheelchair_accessible=True))
    for weekday in range(7):
        OpeningHoursFactory(service=counseling, weekday=weekday, opens_at="08:00", closes_at="20:00")
    shelter = ServiceFactory(pk=9002, network=network, name="Safe Harbor Shelter", description="Beds tonight.")
    ServiceAtLocationFactory(
        service=shelter,
        location=LocationFactory(network=network, is_confidential=True, confidential_contact="Call intake first."),
    )
    for service, code in ((counseling, "individual-counseling"), (shelter, "emergency-shelter")):
        service.categories.set([Category.objects.get(network=network, code=code)])
        service.save()
