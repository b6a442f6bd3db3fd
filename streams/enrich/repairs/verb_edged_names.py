"""A name never holds a verb, nor ends on an adverb: the model's span is cut there.

The small English model sometimes runs a name's span over the verb next to it or between two names
("X rang Y" comes out as the person "rang Y", or as one person "X rang Y"); the verb then becomes part of
a person in the cast, and the meeting or statement built on that clause names nobody the article names.
Only words the tagger reads as verbs cut a span, lower-case ones or a capitalised one opening a person's
name ("Said X Y:", the inverted attribution), and a lower-case adverb at its edge ("X later said"), so
surname particles ("van", "de", and "dos" or "do" the tagger reads as verbs) and the small words inside
organisation names ("Bank of X") stay where the model put them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from streams.enrich.repairs.glued_names import SURNAME_PARTICLES
from streams.enrich.vocabulary.english_words import unknown_to_english

FACTORY = "newswire_verb_edged_names"
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def _verb(token: Token, ent: Span) -> bool:
    """A lower-case verb anywhere, a lower-case adverb at the span's edge, or a person's span opening on a
    capitalised verb ("Said X Y:", the inverted attribution)."""
    if token.is_lower:
        if _inner_particle(token, ent):
            return False  # "Rafael dos Santos", "Maria do Carmo": the tagger reads "dos", "do" as verbs
        return token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADV" and token.i in (ent.start, ent.end - 1))
    # a capitalised auxiliary opening a name is a given name the tagger misread ("Will X"), and so is a
    # "verb" English does not know ("Rajesh X")
    return (
        token.pos_ == "VERB"
        and token.i == ent.start
        and len(ent) > 1
        and ent.label_ == "PERSON"
        and not unknown_to_english(token)
    )


def _inner_particle(token: Token, ent: Span) -> bool:
    """A surname particle inside a person's span, between capitalised words or other particles."""
    doc = ent.doc
    return (
        ent.label_ == "PERSON"
        and token.lower_ in SURNAME_PARTICLES
        and ent.start < token.i < ent.end - 1
        and all(t.is_title or t.lower_ in SURNAME_PARTICLES for t in (doc[token.i - 1], doc[token.i + 1]))
    )


def _pieces(ent: Span) -> list[Span]:
    """The runs of the span between its verbs, each with the span's label."""
    doc, pieces, start = ent.doc, [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or _verb(doc[i], ent):
            if i > start:
                pieces.append(Span(doc, start, i, label=ent.label))
            start = i + 1
    return pieces


@Language.component(FACTORY)
def verb_edged_names(doc: Doc) -> Doc:
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        if ent.label_ not in _NAME_LABELS or not any(_verb(t, ent) for t in ent):
            ents.append(ent)
            continue
        changed = True
        ents.extend(_pieces(ent))
    if changed:
        doc.ents = ents
    return doc


def use_verb_edged_names(nlp: Language) -> Language:
    """Adds the repair right after the entity recogniser (a no-op without one, or when present)."""
    if "ner" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="ner")
    return nlp
