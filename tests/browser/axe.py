"""Runs axe-core in a page and fails with every WCAG 2.2 A/AA violation: rule, elements and page."""

from pathlib import Path

AXE_SOURCE_PATH = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

_axe_source: str | None = None


def axe_source() -> str:
    global _axe_source
    if _axe_source is None:
        if not AXE_SOURCE_PATH.exists():
            raise RuntimeError(f"axe-core is missing at {AXE_SOURCE_PATH}: run `make test`, which installs it.")
        _axe_source = AXE_SOURCE_PATH.read_text()
    return _axe_source


def axe_violations(page) -> list[dict]:
    # evaluate() runs through the DevTools protocol, so the page's own CSP does not block the engine.
    page.evaluate(axe_source())
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return results["violations"]


def describe(violations: list[dict], url: str) -> str:
    lines = [f"{len(violations)} accessibility violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    element {', '.join(map(str, node['target']))}: {node['html'][:160]}")
    return "\n".join(lines)


def assert_accessible(page) -> None:
    violations = axe_violations(page)
    assert not violations, describe(violations, page.url)
