"""A reader's list of services, kept in the address (`?ids=3,8,13`): no cookie, no account, easy to share."""

import re

from django.http import QueryDict

MAX_LIST_LENGTH = 50
# Any id of up to 18 digits fits a bigint (19 digits): a longer one names no service.
MAX_ID_DIGITS = 18


def list_ids(request) -> list[int]:
    """The services a reader collected, in their order, without repeats or anything that is not an id.

    One pass that stops at MAX_LIST_LENGTH ids, however long the address is.
    """
    ids: dict[int, None] = {}  # an ordered set
    for match in re.finditer(r"[^,]+", request.GET.get("ids", "")):
        part = match.group().strip()
        if part.isascii() and part.isdigit() and len(part) <= MAX_ID_DIGITS:
            ids[int(part)] = None
            if len(ids) == MAX_LIST_LENGTH:
                break
    return list(ids)


def with_ids(params: QueryDict, ids: list[int]) -> str:
    """The query string `params` with the list replaced by `ids` (and the first results page)."""
    params = params.copy()
    params.pop("ids", None)
    params.pop("page", None)
    if ids:
        params["ids"] = ",".join(map(str, ids))
    return params.urlencode()
