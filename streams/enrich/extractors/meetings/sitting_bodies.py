"""Which nouns stand for one deliberative body that sits to hear people: a committee, a panel, a board, one
the cast names or its own words single out. Shared by the hearing rule (who testified before whom) and by
the reading of a meeting's other side, so both agree on when "a ... committee" is a body and not any."""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.wording import is_named

_SITTING_BODIES = frozenset({"committee", "subcommittee", "panel", "commission", "council", "board", "caucus"})
# Bodies of members that sit in sessions of their own (`body_session`): a company's or a club's organs, a
# country's cabinet, a legislature and its committees. Not a panel or a commission, often a few experts set up
# for one task ("the new panel will meet in June and report to both governments").
SESSION_BODIES = frozenset({"board", "committee", "subcommittee", "council", "cabinet", "directorate", "executive",
                            "shareholder", "stockholder", "parliament", "assembly", "congress", "senate", "legislature",
                            "politburo", "synod"})


def sitting_body(noun: Token) -> bool:
    """"the Y Committee", "the Y city council", "the city council's finance committee", "a 12-bank advisory
    committee", "a Senate committee": a deliberative body the cast names or its words single out, even after
    "a" (a chamber's committee is one of a known few); a bare "the committee" could be any, and "his board"
    is the teller's own."""
    return lower_lemma(noun) in _SITTING_BODIES and (is_named(noun, ("org",)) or any(
        c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"))
        for c in noun.lefts))


def a_sitting_body(noun: Token) -> bool:
    """"a Senate committee", "a House farm subcommittee", "its creditor advisory committee": after "a" or an
    owner's pronoun the words still single out one body met as a side of its own. Not after "the" or with no
    word before it: "the whole panel" or an organisation's own "executive board" point back to a body named
    elsewhere; nor "a steering committee of residents", a crowd its members describe."""
    return sitting_body(noun) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights) and any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "poss" and c.pos_ == "PRON") for c in noun.lefts)
