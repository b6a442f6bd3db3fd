"""An unnamed voice of the lede that the next paragraph names: "Output will fall, a senior mill official
said. / 'Demand has dried up,' Jo Doe, operations chief of the mill, told reporters."

Wire copy opens on a role and names its holder in the paragraph after it: the named person's is the lede's
voice. Only for one person ("a", "an" and a title word), never for an anonymous voice, and only
when the next paragraph introduces the person there by name as its first speaker. A role whose noun modifier
the named person's title and body do not share ("a union official" before the firm's chief) is someone else;
a generic business word ("a company official") fits anyone the article gives a body.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...cast.entity import Entity
from ...cast.lexicon import lexicon
from ...cast.resolution.anonymity import speaks_anonymously
from ...cast.resolution.offices import words_of
from .found import Found
from .layout import Layout

Voice = tuple[Entity, str | None] | None
_ONE = frozenset({"a", "an"})
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


def name_lede_voices(
    layout: Layout, found: list[Found], speakers: list[Voice], in_content: Callable[[int], bool]
) -> list[Voice]:
    """`speakers` with each unnamed lede voice given to the person the next paragraph names."""
    named = _named_next(layout, found, speakers)
    if named is None:
        return speakers
    return [
        named
        if (who is None or _body_of_role(who, f.subject, named[0]))
        and layout.paragraph_of(f.start) == 0
        and _unnamed_one(f.subject, in_content)
        and not _elsewhere(f.subject, named[0])
        else who
        for f, who in zip(found, speakers, strict=True)
    ]


def _named_next(layout: Layout, found: list[Found], speakers: list[Voice]) -> Voice:
    """The first speaker of the second paragraph when the article first names that person there."""
    second = [(f, who) for f, who in zip(found, speakers, strict=True) if layout.paragraph_of(f.start) == 1]
    if not second:
        return None
    f, who = second[0]
    if who is None or who[0].kind != "person" or f.subject is None or f.subject.pos_ != "PROPN":
        return None
    first = who[0].mentions[0] if who[0].mentions else None
    return who if first is not None and first >= layout.paragraph_bounds(1)[0] else None


def _unnamed_one(subject: Token | None, in_content: Callable[[int], bool]) -> bool:
    """ "a senior official", "an industry banker": one person the attribution leaves unnamed, not anonymous. The
    noun is read by its lemma, so a misspelt role the parse mended ("a senior offical") is that role."""
    if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in lexicon().title_words:
        return False
    return any(c.dep_ == "det" and c.lower_ in _ONE for c in subject.children) and not speaks_anonymously(
        subject, in_content
    )


def _body_of_role(voice: Voice, subject: Token | None, person: Entity) -> bool:
    """ "a senior Acme official said" read as Acme speaking: the lede's one unnamed holder of a role at the body its
    own words name, whom the next paragraph names, unless the article places that person at another body. A
    spokesperson stays the body's voice, as the gold keeps it ("a miners union spokesman": the union)."""
    if voice is None or voice[0].kind != "org" or subject is None or subject.lemma_.lower() in lexicon().spokes_nouns:
        return False
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" and not c.is_lower for c in subject.lefts):
        return False
    return person.affiliation is None or bool(words_of(person.affiliation) & words_of(voice[0].name))


def _elsewhere(subject: Token, person: Entity) -> bool:
    """Whether the role's noun modifier places its holder where the person is not: "a union official" is no
    one whose title and body never say "union"."""
    known = set().union(*(words_of(t) for _, t in person.titles))
    if person.affiliation is not None:  # "a company official" is anyone's who works for a named firm
        known |= words_of(person.affiliation) | lexicon().business_nouns
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.ent_type_ not in _PLACE_LABELS and c.lower_ not in known
        for c in subject.lefts
    )
