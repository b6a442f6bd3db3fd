"""Short forms news gives a body after its full name, other than all-capitals initials: letters joined by
"and" ("D and P" after "Dunmore and Pell's") and a word run together from the openings of the name's words
("Pagex" after "the Pacific Grain Exchange").

Both are read only against a body already named, so that a short word is joined to the one full name it
spells and is never taken for a body of its own; a word that spells no name, or spells two, stays as written.
"""

from __future__ import annotations

import re

_JOINED_LETTERS = re.compile(r"[A-Z](?: (?:and|&) [A-Z])+")
_MIN_PIECE = 2  # "Pa-g-ex" would spell nearly anything: every opening taken is two letters or more


def joined_initials(name: str) -> str | None:
    """ "D and P" → "DP": initials written with "and" between them; None for any other name."""
    return name.replace(" and ", "").replace(" & ", "") if _JOINED_LETTERS.fullmatch(name) else None


def _name_words(name: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", name) if w[:1].isupper()]


def contracts(word: str, name: str) -> bool:
    """Whether one capitalised word runs together openings of `name`'s capitalised words, in order, from its
    first word to its last, two letters or more each ("Pagex": "Pa" of Pacific, "Ex" of Exchange): a word of
    four letters or more, of a name of two capitalised words or more, and not a word of that name itself."""
    if not (word.isalpha() and word[:1].isupper() and len(word) >= 4):
        return False
    words = _name_words(name)
    if len(words) < 2 or word.lower() in words:
        return False
    return _spells(word.lower(), words, 0, first=True)


def _spells(rest: str, words: list[str], k: int, first: bool) -> bool:
    if not rest:
        return k == len(words)
    for j in range(k, 1 if first else len(words)):
        for n in range(len(rest), _MIN_PIECE - 1, -1):
            piece = rest[:n]
            if words[j].startswith(piece) and _spells(rest[n:], words, j + 1, first=False):
                return True
    return False


def initials_of(name: str) -> str:
    """ "Harlan and Vane's" → "HV": the initials of a name's capitalised words, the form "H and V" spells."""
    return "".join(w[0].upper() for w in _name_words(name))
