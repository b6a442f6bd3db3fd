"""The name that answers a lede's unnamed source: "X fell sharply, the director of the Y Agency said." /
"Z Q told a radio station: '...' He said ...".

Wire copy sources its lede to a role and names the holder in the next paragraph. There the small model may
read an unfamiliar name as an organisation; a person-shaped name speaking right after a lede a person's role
speaks for, and referred to as "he" or "she" before anyone else is named, is that person's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from streams.enrich.vocabulary.speech import speech_verbs

from ..lexicon import lexicon
from .kinds import plain_name
from .titles import lede_role

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_INITIAL = re.compile(r"[A-Z]\.?")


def answers_lede_source(ent: Span, text: str) -> bool:
    """Whether `ent`, read as an organisation, is the person a role-sourced lede introduces: a plain name (or
    initials and a surname: "J. Ruiz") as the subject of a speech verb in the second paragraph, with no
    person named before it there and a personal pronoun after it before the next sentence ends."""
    if ent.label_ != "ORG" or not _person_shaped(ent):
        return False
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    if not breaks or not breaks[0] <= ent.start_char < (breaks[1] if len(breaks) > 1 else len(text)):
        return False
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in speech_verbs():
        return False
    doc = ent.doc
    if any(e.label_ == "PERSON" and breaks[0] <= e.start_char < ent.start_char for e in doc.ents):
        return False
    return lede_role(doc[0].sent) is not None and _referred_to_as_person(ent, breaks)


def _person_shaped(ent: Span) -> bool:
    """A plain two- or three-word name, or initials before one or two such words ("J. Ruiz", "A. B. Ruiz")."""
    tokens = [t for t in ent if t.text != "."]
    k = 0
    while k < len(tokens) - 1 and _INITIAL.fullmatch(tokens[k].text):
        k += 1
    if k == 0:
        return plain_name(ent)
    rest = tokens[k:]
    lex = lexicon()
    body_words = lex.org_name_endings | lex.institution_nouns
    return len(rest) <= 2 and all(t.is_alpha and t.is_title and t.lemma_.lower() not in body_words for t in rest)


def _referred_to_as_person(ent: Span, breaks: list[int]) -> bool:
    """A he/she (him, his, her) after the name, to the end of the paragraph after its own, before another
    person's name."""
    doc = ent.doc
    later = [b for b in breaks if b > ent.end_char]
    end = later[1] if len(later) > 1 else len(doc.text)
    genders = lexicon().pronoun_genders
    for token in doc[ent.end :]:
        if token.idx >= end or token.ent_type_ == "PERSON":
            return False
        if token.lower_ in genders:
            return True
    return False
