"""The address of the person behind a request, trusting X-Forwarded-For only as far as our own proxies."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's IP address: the peer's, or with TRUSTED_PROXY_COUNT proxies in front, the one they saw."""
    peer = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies <= 0 or not forwarded:
        return peer
    hops = [hop.strip() for hop in forwarded.split(",")]
    # Each of our proxies appends the address it was reached from, so the entry `proxies` places from the right
    # was written by the outermost one; what lies left of it came from the client and may be forged. Fewer
    # entries mean the request entered at an inner proxy, whose first entry is then the client's own address.
    candidate = hops[max(len(hops) - proxies, 0)]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        # Not written by a proxy of ours: counting by the peer is stricter, never looser.
        return peer
