"""The unnamed other side of a deal: "opened talks with a lending institution", "is negotiating with an
outside bidder", "plans to begin negotiating with its creditors".

Business copy often keeps the counterparty unnamed (a lender, a buyer, an investor) while the talks themselves
are the news. Annotators keep such a side as written. It is a side only in talks facing a named one
(`participants`), as a bare group is: "a company met a buyer" is anyone, and "a buyer could emerge" no talks.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_OWNERS = ("its", "their")  # "its lenders": the reporting side's own, still unnamed


def is_deal_counterparty(token: Token) -> bool:
    """A common noun for a party to a deal, met as an object and told as one unnamed ("a buyer") or as the
    side's own ("its creditors"); "the buyer" points to one told elsewhere, but "the underwriting syndicate" to
    nobody else (`_definite_lending_body`)."""
    if token.pos_ != "NOUN" or not token.is_lower:
        return False
    if _definite_lending_body(token):
        return True
    if token.dep_ not in ("dobj", "pobj") and not (token.dep_ == "conj" and token.head.dep_ in ("dobj", "pobj")):
        return False  # "talks between X and its lenders": the conjunct of an object is one as well
    if token.lemma_.lower() not in LEX.deal_counterparties and not is_lending_body(token):
        return False
    lefts = list(token.lefts)
    if token.tag_ == "NNS" and any(c.lower_ in LEX.open_ended_modifiers for c in lefts):
        return False  # "several potential buyers", "rival bidders": a count of would-be sides stays open
    determiners = [c for c in lefts if c.dep_ in ("det", "poss")]
    if any(c.lower_ not in ("a", "an", *_OWNERS) for c in determiners):
        return False
    return bool(determiners) or token.tag_ == "NNS"


def owned_lenders(token: Token) -> bool:
    """"its lenders", "their creditors": a body's own lenders are a known group met for its business, as a body of
    lenders is, not anyone as "a buyer" is."""
    return lower_lemma(token) in LEX.lending_words and any(
        c.dep_ == "poss" and c.lower_ in _OWNERS for c in token.children)


def is_lending_body(token: Token) -> bool:
    """"a bank advisory committee", "an underwriting syndicate", "a group of banks": a body of lenders, told so
    by a word before it or by whom it is made of; "a steering committee" or "a group of residents" is no party
    to a deal."""
    if token.tag_ != "NN" or token.lemma_.lower() not in LEX.lending_bodies:
        return False
    told = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") or _whose(c)]
    told += [m for p in _of_phrases(token) for m in p.children if m.dep_ == "pobj" and m.tag_ == "NNS"]
    return any(lower_lemma(w) in LEX.lending_words or lower_lemma(w) in LEX.deal_counterparties for w in told)


def _definite_lending_body(token: Token) -> bool:
    """"the bond syndicate is due to open talks with ...", "the council and the creditors' committee could not
    agree": a body of lenders has no name but what it is, so "the" points to no one else told elsewhere, and
    it is a side as subject, conjunct or object alike."""
    if token.dep_ not in ("nsubj", "nsubjpass", "conj", "dobj", "pobj") or not is_lending_body(token):
        return False
    owners = [c for c in token.lefts if c.dep_ in ("det", "poss")]
    articles = [c.lower_ for o in owners for c in ([o] if not _whose(o) else o.lefts) if c.dep_ in ("det", "poss")]
    return articles == ["the"]


def _whose(token: Token) -> bool:
    """"the creditors' committee": the plural before the apostrophe says whom the body is made of."""
    return token.dep_ == "poss" and token.tag_ == "NNS"


def _of_phrases(token: Token) -> list[Token]:
    return [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"]


def counterparty_text(token: Token) -> str:
    """The side as written without its article or owner: "financial institution", "other possible suitors",
    "group of banks", "creditors' committee" (whom a body is made of is part of it)."""
    kept = {t.i for p in _of_phrases(token) for t in p.subtree} if is_lending_body(token) else set()
    kept |= {t.i for c in token.lefts if _whose(c) for t in c.subtree if t.dep_ != "det"}
    words = [t for t in token.subtree if t.i in kept or (t.i <= token.i and t.dep_ not in ("det", "poss"))]
    return "".join(t.text_with_ws for t in words).strip()
