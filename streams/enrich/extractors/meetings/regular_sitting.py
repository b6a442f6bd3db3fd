"""A body's sitting told by the kind of session it is: "the weekly meeting of the Varden Commission", "an
emergency meeting of Orsk Pact envoys". A meeting noun that says how the body sits (weekly, emergency,
plenary) and is "of" one named side is that side's own session, the side as written (eval/README.md, "Sessions
of bodies"), even as the setting of another clause ("calls for calm followed an emergency meeting of X").
A bare "meeting of X" stays with the other readings: "since the last meeting of X" is a point in time.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.wording import has_party_prep
from streams.enrich.model import Participant

_SITTING_KINDS = frozenset({"emergency", "weekly", "monthly", "quarterly", "fortnightly", "regular", "plenary",
                            "special", "extraordinary"})
_SESSION_NOUNS = frozenset({"meeting", "session"})


def sitting_of_one_side(token: Token, named: list[Participant]) -> Participant | None:
    """The one named side `token` is a kind of sitting "of", as written, or None. The small model may read only
    the first words of a body's name ("the Varden Union (VU) Commission" as "Varden Union"): the side is then
    the whole phrase after "of", since gold names the body that sat, not the union it belongs to."""
    if len(named) != 1 or token.pos_ != "NOUN" or token.lower_ not in _SESSION_NOUNS or has_party_prep(token):
        return None
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in _SITTING_KINDS for c in token.lefts):
        return None
    of = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if len(of) != 1 or of[0].conjuncts:
        return None
    if of[0].text in named[0].name:
        return named[0]
    words = [t for t in of[0].subtree if t.i <= of[0].i and t.dep_ != "det"]
    phrase = "".join(t.text_with_ws for t in words).strip()
    if of[0].pos_ != "PROPN" or named[0].kind != "organization" or named[0].name not in phrase:
        return None
    return Participant(name=phrase, kind="organization")
