"""An outlet that reports talks is no side of them: "the agency reported ... It said negotiations with
foreign lenders open in June". The talks are those of the story's actor, the borrower or firm the lede
is about, and the agency or newspaper only relays them.
"""

from __future__ import annotations

from streams.enrich.cast.lexicon import lexicon
from streams.enrich.cast.reading.kinds import names_press
from streams.enrich.extractors.meetings.names import PLURAL, NameIndex
from streams.enrich.model import Participant

_AGENCY_WORDS = ("news", "press")  # "news agency", "press agency": an agency that is an outlet
_BORROWER_KINDS = ("country", "organization")  # whose talks an outlet relays: a state's or a firm's, no person's


def relayed_for(side: Participant | None, names: NameIndex) -> Participant | None:
    """The side a reporting body stands for: the lede's actor when the body is an outlet, else itself."""
    if side is None or not is_outlet(side, names):
        return side
    return lede_subject(names, _BORROWER_KINDS, ("nsubj",))


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


def lede_subject(names: NameIndex, kinds: tuple[str, ...] = ("country", "organization", "person"),
                 deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> Participant | None:
    """The first named subject of the article's first sentence, of one of `kinds`, an outlet aside: whom the
    story is about ("X has cut its debt, the agency reported"). One reading of the lede for every rule that
    needs the story's actor; the outlet is skipped because it only relays the story, a bare title because it
    names no one."""
    for token in names.sentence(0):
        if token.dep_ not in deps:
            continue
        found = names.participant(token)
        if found is not None and found is not PLURAL and found.kind in kinds and found.name != found.title and (
                not is_outlet(found, names)):
            return found
    return None
