"""A reader's list of services, kept in the address (`?ids=3,8,13`): no cookie, no account, easy to share."""

MAX_LIST_LENGTH = 50


def list_ids(request) -> list[int]:
    """The services a reader collected, in their order, without repeats or anything that is not an id."""
    ids: list[int] = []
    for part in request.GET.get("ids", "").split(","):
        part = part.strip()
        if part.isascii() and part.isdigit() and len(part) < 12 and int(part) not in ids:
            ids.append(int(part))
    return ids[:MAX_LIST_LENGTH]


def with_ids(request, ids: list[int]) -> str:
    """The current query string with the list replaced by `ids`."""
    params = request.GET.copy()
    params.pop("ids", None)
    params.pop("page", None)
    if ids:
        params["ids"] = ",".join(map(str, ids))
    return params.urlencode()
