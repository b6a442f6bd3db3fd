"""An outlet that reports talks is no side of them: "the agency reported ... It said negotiations with
foreign lenders open in June". The talks are those of the story's actor, the borrower or firm the lede
is about, and the agency or newspaper only relays them.
"""

from __future__ import annotations

from streams.enrich.cast.lexicon import lexicon
from streams.enrich.cast.reading.kinds import names_press
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.model import Participant

_AGENCY_WORDS = ("news", "press")  # "news agency", "press agency": an agency that is an outlet


def relayed_for(side: Participant | None, names: NameIndex) -> Participant | None:
    """The side a reporting body stands for: the lede's actor when the body is an outlet, else itself."""
    if side is None or not is_outlet(side, names):
        return side
    return _lede_actor(names)


def is_outlet(side: Participant, names: NameIndex) -> bool:
    """Named as one ("the X news agency", "the X Daily"), or introduced as one where the article first names
    it ("the weekly X", "the X newspaper")."""
    if side.kind != "organization":
        return False
    words = side.name.lower().split()
    if any(w in lexicon().press_nouns for w in words) or any(
            w == "agency" and i > 0 and words[i - 1] in _AGENCY_WORDS for i, w in enumerate(words)):
        return True
    entity = next((e for e in names.cast.organisations if e.name == side.name), None)
    first = names.doc.char_span(entity.mentions[0], entity.mentions[0] + 1, alignment_mode="expand") if (
        entity is not None and entity.mentions) else None
    bounds = names.span_of.get(first[0].i) if first else None
    return bounds is not None and names_press(names.doc[bounds[0] : bounds[1]])


def _lede_actor(names: NameIndex) -> Participant | None:
    """The first country or body the first sentence has as a subject ("X has cut its debt, the agency
    reported"): whom the story is about."""
    found = (names.participant(t) for t in names.sentence(0) if t.dep_ == "nsubj")
    return next((p for p in found if p is not None and p.kind in ("country", "organization")
                 and not is_outlet(p, names)), None)
