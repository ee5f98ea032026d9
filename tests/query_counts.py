"""Asserts that a page's SQL query count does not grow with the number of rows it shows."""

from collections.abc import Callable

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(render: Callable[[], object]) -> int:
    with CaptureQueriesContext(connection) as captured:
        render()
    return len(captured)


def assert_queries_do_not_grow(render: Callable[[], object], add_rows: Callable[[int], None], few=3, many=30):
    """Render with `few` rows, then with `many`: the count of SQL queries must be the same."""
    add_rows(few)
    render()  # warm caches that are filled once per process, not per request
    with_few = count_queries(render)
    add_rows(many - few)
    render()  # the new rows may have cleared a cache (spoken languages): warm it again, as above
    with_many = count_queries(render)
    assert with_few == with_many, f"{with_few} queries with {few} rows, {with_many} with {many}"
    return with_few
