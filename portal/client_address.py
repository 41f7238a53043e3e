"""The client's address, derived once per request from what the trusted proxies say.

Behind `TRUSTED_PROXY_COUNT` reverse proxies, the nearest proxy is `REMOTE_ADDR` and each
proxy appends the address it received the request from to `X-Forwarded-For`. Only those
last entries can be trusted: everything to their left was sent by the client and may be
forged. So the client is the rightmost entry not written by one of our own proxies:

    X-Forwarded-For: <forged>, <forged>, <client>, <proxy 2>     REMOTE_ADDR: <proxy 1>
                                         ^ 2 trusted proxies: entry -2

With 0 trusted proxies (the default) the header is ignored and `REMOTE_ADDR` is the client.
Any header value (malformed, IPv6, ports, thousands of entries) gives an address, never an
error. The rate limit of the public forms (django-ratelimit), the login throttle
(django-axes) and the audit log all use `client_address(request)`.

Why not django-ipware: its defaults read some thirty headers (CF-Connecting-IP, X-Real-IP
...) that a client can set, and rank addresses as public or private; its algorithm changed
between major versions. The rule above is the whole of what this portal needs.
"""

import ipaddress

from django.conf import settings

FORWARDED_FOR = "HTTP_X_FORWARDED_FOR"
UNKNOWN = "0.0.0.0"  # noqa: S104 (a placeholder, never bound to)
# A trusted proxy writes one short entry; longer ones are not addresses at all.
MAX_ENTRY_LENGTH = 64


def trusted_proxy_count():
    return max(0, int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0))


def client_address(request):
    """The client's address as text (normalised, e.g. '2001:db8::1'), computed on first use and
    kept on the request as `request.client_address`."""
    address = getattr(request, "client_address", None)
    if address is None:
        address = address_from_meta(request.META, trusted_proxy_count())
        request.client_address = address
    return address


def address_from_meta(meta, trusted_proxies):
    """The rightmost address that none of the `trusted_proxies` wrote; REMOTE_ADDR with none.

    When the header holds fewer entries than there are trusted proxies, the leftmost entry
    is the nearest to the client we know of. When the chosen entry is not an address (a
    proxy misconfiguration), the nearest proxy's own address is used: those clients then
    share one rate limit rather than being trusted with a made-up one.
    """
    remote = parse_address(meta.get("REMOTE_ADDR")) or UNKNOWN
    if trusted_proxies <= 0:
        return remote
    forwarded = str(meta.get(FORWARDED_FOR) or "")
    # Only the last `trusted_proxies` entries are needed: never split the whole of a long header.
    entries = forwarded.rsplit(",", trusted_proxies)[-trusted_proxies:] if forwarded.strip() else []
    if not entries:
        return remote
    return parse_address(entries[0]) or remote


def parse_address(value):
    """A normalised IP address from one header entry, or None. Accepts '1.2.3.4',
    '1.2.3.4:5678', '2001:db8::1', '[2001:db8::1]:443'; IPv4-mapped IPv6 becomes IPv4."""
    if not value:
        return None
    text = str(value).strip()
    if not text or len(text) > MAX_ENTRY_LENGTH:
        return None
    if text.startswith("["):
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]  # IPv4 with a port
    try:
        address = ipaddress.ip_address(text.split("%", 1)[0])  # without an IPv6 zone ('%eth0')
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.compressed


class ClientAddressMiddleware:
    """Sets `request.client_address` before anything else looks at the client."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        client_address(request)
        return self.get_response(request)
