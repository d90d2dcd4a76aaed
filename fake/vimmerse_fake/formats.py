"""``format`` checks the fake adds to openapi-core's."""

from __future__ import annotations

import ipaddress
import re
from typing import Any

# RFC 3986's grammar (appendix A) for an absolute URI, as clients' validators read ``format: uri``
# (schemathesis' among them: "U:" is a URI, "a:b|c" is not). jsonschema checks the format only
# when the optional rfc3987 package is installed, and rfc3986 (twine's) accepts "|" and spaces.
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|{_PCT})"
_USERINFO = rf"(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|{_PCT})*"
_HOST = rf"(?:\[(?P<literal>[^\]]*)\]|(?:[A-Za-z0-9\-._~!$&'()*+,;=]|{_PCT})*)"
_AUTHORITY = rf"(?:{_USERINFO}@)?{_HOST}(?::[0-9]*)?"
_URI_RE = re.compile(
    rf"[A-Za-z][A-Za-z0-9+.\-]*:"
    rf"(?://{_AUTHORITY}(?:/{_PCHAR}*)*|(?!//)(?:{_PCHAR}|/)*)"
    rf"(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?"
)
_IP_FUTURE = re.compile(r"[vV][0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+")


def is_uri(value: Any) -> bool:
    """``format: uri``: an absolute URI by RFC 3986 (an IP literal host is an IPv6 address or
    an ``IPvFuture``)."""
    if not isinstance(value, str):
        return True
    match = _URI_RE.fullmatch(value)
    if match is None:
        return False
    literal = match.group("literal")
    if literal is None or _IP_FUTURE.fullmatch(literal):
        return True
    try:
        ipaddress.IPv6Address(literal)
    except ValueError:
        return False
    return True


#: The formats openapi-core checks beyond its own (``Config.extra_format_validators``).
FORMATS = {"uri": is_uri}
