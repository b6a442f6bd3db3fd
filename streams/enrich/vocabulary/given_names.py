"""When two given names can be the same person's: one answer for the cast (within an article) and the
stories (across articles).

"Sergei"/"Sergey" and "Yuri"/"Yury" share their start, "J." is an initial of "John", and "Mike" is
"Michael" by the usual short forms (`given_names.json`, general vocabulary only). "Joe" and "Jill" are
two people.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files


@cache
def _short_forms() -> dict[str, str]:
    raw = json.loads(files(__package__).joinpath("given_names.json").read_text(encoding="utf-8"))
    return {short: full for full, shorts in raw["short_forms"].items() for short in [full, *shorts]}


def is_given_name(word: str) -> bool:
    """A common given name of the short-forms table ("Victoria", "Kate"): what a person's name opens with,
    even where the word is also a place's."""
    return word.lower() in _short_forms()


def same_name(a: str | None, b: str | None) -> bool:
    """True when either is unknown, they are equal, one is the other's initial, or both are forms of
    one name ("Mike", "Michael"): what stories accept across articles, whose spellings are folded."""
    if not a or not b:
        return True
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if min(len(a), len(b)) <= 1:
        return a[:1] == b[:1]
    forms = _short_forms()
    return a == b or (a in forms and forms.get(a) == forms.get(b))


def compatible(a: str | None, b: str | None) -> bool:
    """`same_name`, or spellings of one name within an article, which share their first three letters
    ("Sergei"/"Sergey", "Yuri"/"Yury")."""
    if not a or not b or same_name(a, b):
        return True
    a, b = a.lower(), b.lower()
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= min(3, len(a), len(b))
