"""Each public page, with its CSS, JS and images, stays under 100 KB and asks no other host for anything."""

from urllib.parse import urlsplit

import pytest

from tests.browser.public_pages import LANGUAGES, PUBLIC_PAGES

BUDGET_BYTES = 100 * 1024

TRANSFERRED = """() => {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return entries.map(e => ({name: e.name, bytes: e.transferSize || e.encodedBodySize || 0}));
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_fit_the_weight_budget_and_stay_on_their_host(site, open_page, language):
    for name, host, path in PUBLIC_PAGES:
        page = open_page("phone")  # a fresh context: nothing comes from the cache
        requested = []
        page.on("request", lambda request, seen=requested: seen.append(request.url))
        url = site.url(path.format(lang=language), host)
        page.goto(url)
        page.wait_for_load_state("load")
        origin = urlsplit(url).netloc
        strangers = [address for address in requested if urlsplit(address).netloc != origin]
        assert not strangers, f"{name} asked other hosts for {strangers}"
        entries = page.evaluate(TRANSFERRED)
        total = sum(entry["bytes"] for entry in entries)
        assert total > 0, name
        assert total < BUDGET_BYTES, f"{name} ({language}) weighs {total} bytes: {entries}"
        page.context.close()
