""""will go on taking part in joint buying on markets", "is taking part in the bidding": taking part in an activity
that is no gathering is no attendance; only "take part in" talks, a summit, a ceremony or a named event is.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX

_GATHERINGS = LEX.meeting_nouns | LEX.staged_events | LEX.open_gatherings


def takes_part_in_an_activity(token: Token) -> bool:
    """Whether `token` is "take part in X" with X a common noun that names no gathering."""
    if lower_lemma(token) != "take" or not any(c.lower_ == "part" for c in token.children):
        return False
    done = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
            if o.dep_ == "pobj"]
    return bool(done) and all(o.pos_ == "NOUN" and not o.ent_type_ and lower_lemma(o) not in _GATHERINGS
                              and not any(c.pos_ == "PROPN" for c in o.children) for o in done)


def is_attended(verb: Token, obj: Token) -> bool:
    """Whether `obj` is what `verb` says is attended ("attending the meeting", "taking part in the talks"), so the
    object names the session itself, not a counterpart faced: "ministers attended the meeting" is their own
    session, where "ministers met the envoy" faces someone."""
    if lower_lemma(verb) == "take" and obj.lower_ == "part":
        return any(o.dep_ == "pobj" and lower_lemma(o) in _GATHERINGS for p in verb.children
                   if p.dep_ == "prep" and p.lower_ == "in" for o in p.children)
    return lower_lemma(verb) in ("attend", "join") and lower_lemma(obj) in _GATHERINGS
