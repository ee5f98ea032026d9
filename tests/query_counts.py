"""Asserts that a page's SQL query count does not grow with the number of rows it shows."""

from collections.abc import Callable

from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.host_map import host_map


def count_queries(render: Callable[[], object]) -> int:
    return len(captured_queries(render))


def captured_queries(render: Callable[[], object]) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        render()
    return [query["sql"] for query in captured.captured_queries]


def _captured_with_hosts_reread(render: Callable[[], object]) -> list[str]:
    # The host map rereads the networks once its snapshot is two seconds old: on a busy machine one of the two
    # renders compared could pay for that and the other not. Both pay for it here.
    host_map.invalidate()
    return captured_queries(render)


def assert_queries_do_not_grow(render: Callable[[], object], add_rows: Callable[[int], None], few=3, many=30):
    """Render with `few` rows, then with `many`: the count of SQL queries must be the same."""
    add_rows(few)
    render()  # warm caches that are filled once per process, not per request
    with_few = _captured_with_hosts_reread(render)
    add_rows(many - few)
    render()  # the new rows may have cleared a cache (spoken languages): warm it again, as above
    with_many = _captured_with_hosts_reread(render)
    extra = "\n".join(sql[:300] for sql in with_many if sql not in with_few)
    assert len(with_few) == len(with_many), (
        f"{len(with_few)} queries with {few} rows, {len(with_many)} with {many}; new ones:\n{extra}"
    )
    return len(with_few)
