"""A group that speaks through the member it names: "analysts, including Jo Doe of Tarn Securities, said".

The group itself is nobody the reader can name; the one person the attribution names in it is the voice
annotators credit, and a "he" after it is that person.
"""

from __future__ import annotations

from spacy.tokens import Token

_INCLUDING = frozenset({"including", "among"})


def included_member(head: Token) -> Token | None:
    """The proper name a plural subject's "including"/"among them" phrase gives, else None."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _INCLUDING:
            named = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if named is not None:
                return named
    return None
