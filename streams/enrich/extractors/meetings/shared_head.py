"""Two bodies told with one plural head: "the Aston and Belmar Stock Exchanges", "the Corlin and Dunmere Port
Authorities".

The small model reads the first word as a body of its own ("Aston") and the second as one body with a plural
name ("Belmar Stock Exchanges"), or the whole as one name. English shares the head between them: each is a body
of that head, named in the singular, so the sides are "Aston Stock Exchange" and "Belmar Stock Exchange". Only
a head that names a kind of institution counts: "Smith and Jones Associates" is one firm.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lexicon import LEX

_PLURAL_ENDINGS = (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("s", ""))
_MORE_HEADS = frozenset({"exchange", "hospital", "school", "club", "chamber", "port", "market"})


def shared_head_names(token: Token) -> list[str]:
    """The singular names of the bodies `token` stands for, when it is part of two joined names sharing a
    plural head ("Aston" or "Belmar Stock Exchanges" read apart: one each; the whole read as one name, on its
    head: both); empty otherwise."""
    if token.pos_ != "PROPN":
        return []
    pair = _pair_on_head(token)
    if pair is not None:
        return [f"{w} {pair[2]}" for w in pair[:2]]
    last = token if token.dep_ == "conj" else next((c for c in token.children if c.dep_ == "conj"), None)
    pair = _pair_in_conj(last) if last is not None else None
    if pair is None:
        return []
    return [f"{pair[0] if token.i != last.i else pair[1]} {pair[2]}"]


def _pair_in_conj(last: Token) -> tuple[str, str, str] | None:
    """"[Aston] and [Belmar Stock Exchanges]": the first word the head, the plural name its conjunct."""
    first = last.head
    if first.pos_ != "PROPN" or any(c.dep_ == "compound" for c in first.children) or not _joined_by_and(first):
        return None
    if any(c.dep_ == "poss" for c in last.lefts):
        return None  # "Ghana and its creditor banks": an owner opens a phrase of its own
    return _shared(first, last)


def _pair_on_head(last: Token) -> tuple[str, str, str] | None:
    """"[Aston and Belmar Stock Exchanges]" as one name: the first word hangs on the plural head with its
    "and"."""
    first = next((c for c in last.lefts if c.dep_ in ("nmod", "compound") and _joined_by_and(c)), None)
    return _shared(first, last) if first is not None and first.pos_ == "PROPN" else None


def _shared(first: Token, last: Token) -> tuple[str, str, str] | None:
    own = [t for t in last.doc[max(first.i + 1, last.left_edge.i) : last.i] if t.pos_ in ("PROPN", "NOUN")]
    singular = _singular(last.text)
    if not own or singular == last.text or singular.lower() not in LEX.org_heads | _MORE_HEADS:
        return None
    return first.text, own[0].text, " ".join([*(c.text for c in own[1:]), singular])


def _joined_by_and(token: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children)


def _singular(word: str) -> str:
    return next((word[: -len(plural)] + single for plural, single in _PLURAL_ENDINGS if word.endswith(plural)), word)
