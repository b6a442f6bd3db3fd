"""Whether the article shows a named body to be made of governments: "<body> ministers", "the <body>'s member
states", "oil ministers of the <body>". A council, a union or an association may be one town's, one trade's or
one firm's own organ, and an acronym may be any firm's, so the name alone never says it; what the article says
of the body's members does. Its session is then the members' encounter, as for a group named as such."""

from __future__ import annotations

import re
from functools import lru_cache

_MEMBER_STATES = r"member (?:countries|states|nations|governments)"
_MEMBERS = rf"(?:ministers|{_MEMBER_STATES}|countries|nations|governments)"


@lru_cache(maxsize=1024)  # bounded: a worker sees an unbounded stream of names
def _evidence(name: str) -> re.Pattern[str]:
    body = re.escape(name)
    # "ORVEX has 14 member countries", "the ORVEX oil producers": the states it is made of, or what they are
    after = rf"\b{body}(?:'s)?\s+(?:[\w-]+\s+){{0,2}}(?:{_MEMBERS}|producers|exporters)\b"
    before = rf"\b(?:ministers|{_MEMBER_STATES}) (?:of|from) (?:the )?{body}\b"  # "ministers of the ORVEX"
    # "non-ORVEX producers such as ...": those outside it are producers or states, so are those in it
    outside = rf"\bnon-{body}\s+(?:[\w-]+\s+){{0,2}}(?:members?|producers|exporters|{_MEMBERS})\b"
    return re.compile(f"{after}|{before}|{outside}")


def shown_of_governments(text: str, name: str) -> bool:
    """"ORVEX ministers agreed", "the Harn Council's member states", "non-ORVEX producers": its members
    are governments. The name's last word stands for the whole too ("the council's member states")."""
    forms = {name} | ({f"the {name.split()[-1].lower()}"} if " " in name else set())
    return any(_evidence(form).search(text) for form in forms)
