"""The gate itself: a page with a missing label or an inline script must fail."""

import pytest
from django.test import override_settings

from tests.browser.axe import axe_violations

BROKEN_FOOTER = """<footer>
  <input type="text" name="q">
  <script>document.documentElement.dataset.inlineScript = "ran";</script>
</footer>"""


@pytest.fixture
def broken_templates(tmp_path, settings):
    (tmp_path / "components").mkdir()
    (tmp_path / "components" / "site_footer.html").write_text(BROKEN_FOOTER)
    templates = [dict(settings.TEMPLATES[0])]
    templates[0]["DIRS"] = [tmp_path, *templates[0]["DIRS"]]
    with override_settings(TEMPLATES=templates):
        yield


def test_missing_label_is_reported_with_rule_element_and_page(site, open_page, broken_templates):
    page = open_page("desktop")
    page.goto(site.url("/en/"))
    violations = axe_violations(page)
    rules = {violation["id"]: violation for violation in violations}
    assert "label" in rules
    assert rules["label"]["nodes"][0]["html"].startswith('<input type="text" name="q"')


def test_inline_script_is_blocked_by_the_content_security_policy(site, open_page, broken_templates):
    page = open_page("desktop")
    blocked = []
    page.on(
        "console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None
    )
    page.goto(site.url("/en/"))
    assert page.evaluate("document.documentElement.dataset.inlineScript") is None
    assert blocked, "the browser did not report the blocked inline script"
