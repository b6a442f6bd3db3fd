"""Person, organisation or place: judgements on a name beyond the label the recogniser gave it.

The small model labels a name it has never met by its place in the sentence, so an invented company often
comes out as a person and a person as a place. What the clause makes the name do settles it: only people
meet, resign or are phoned; only a body owns "its" plant; a plain two- or three-word name with no body,
title or place word is a person's shape.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from streams.enrich.vocabulary.given_names import is_given_name
from streams.enrich.vocabulary.places import is_known_place
from streams.enrich.vocabulary.speech import speech_verbs

from ..given_names import given_name_gender
from ..lexicon import lexicon
from ..names import is_title_in_name, is_title_word, name_words, org_shaped, place_shaped, proper_noun_run
from .acronyms import dashed_short_form
from .columns import MISREAD_LABELS, SUBJECT_DEPS
from .press_names import described_as_press, headed_as_press
from .registry import Registry, copular_title
from .titles import introduced

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
AFFILIATION_PREPS = ("of", "from", "at")  # "Ana Ruiz of X": where a person works
_BODY_VOICES = ("management", "leadership", "board", "delegation")  # singular nouns that are a body's people


def body_noun_before(ent: Span) -> str | None:
    """ "Rights group X", "the aid agency X": the lower-case body noun a name is introduced with, which makes
    it a body whatever label the model gave it, and is the word a later "the group" refers back to it by. A
    person's name opening with a given name is no body: some of those nouns are trades ("developer Karl X")."""
    if ent.start == 0 or (ent.label_ == "PERSON" and given_name_gender(ent[0].text, ent.vocab) is not None):
        return None
    noun = ent.doc[ent.start - 1]
    lemma = noun.lemma_.lower()
    if not noun.is_lower or noun.pos_ != "NOUN" or lemma not in lexicon().institution_nouns:
        return None
    # the parse may hang the noun on the name, the name on the noun, or both on the verb as two subjects
    attached = ent.start <= noun.head.i < ent.end or ent.root.head.i == noun.i or ent.root.head.i == noun.head.i
    return lemma if attached else None


def names_press(ent: Span) -> bool:
    """ "The X Herald", "the Times of X", "the daily X", "X, a local daily,", "the X newspaper", "the news
    agency X": a name the article shows is a newspaper's or an agency's, so that a later "the newspaper said" or
    "according to a report" has it to refer to even when the name itself only ever "said" (a verb any body uses)."""
    lex = lexicon()
    if ent[-1].lower_ in lex.press_name_endings and ent[-1].text[:1].isupper():
        return True
    named = ent[1:] if ent[0].lower_ == "the" else ent
    if len(named) > 2 and named[1].lower_ == "of" and named[0].lower_ in lex.press_name_endings and named[0].is_title:
        return True  # "the Times of <Country>"
    if described_as_press(ent) or headed_as_press(ent):
        return True
    if ent.start == 0:
        return False
    noun = ent.doc[ent.start - 1]
    if not noun.is_lower:
        return False
    return noun.lemma_.lower() in lex.press_nouns or (noun.lower_ == "agency" and ent.doc[noun.i - 1].lower_ == "news")


def owned_as_its(subject: Token) -> list[Token]:
    """What the subject's own clause (or a coordinated one with no subject of its own) says it owns as "its"
    ("X will close its plant", "X said in its report"): the nouns "its" qualifies there. A second subject of the
    same verb is no thing owned: in "its director of sales X Y met ..." the parse splits one subject in two, the
    title before the name, and "its" is the body's, whose director X Y is."""
    if subject.dep_ != "nsubj":
        return []
    verb = subject.head
    verbs = [verb, *(c for c in verb.conjuncts if not any(g.dep_ in SUBJECT_DEPS for g in c.children))]
    nouns = [c for v in verbs for c in v.children if c.dep_ not in SUBJECT_DEPS]
    nouns += [g for c in nouns if c.dep_ == "prep" for g in c.children]
    return [n for n in nouns if any(c.dep_ == "poss" and c.lower_ == "its" for c in n.children)]


def owner_of_its(ent: Span) -> bool:
    """ "X Y will cut 800 jobs and close its plant": a name its own clause calls "its" is a body's, never a
    person's, though NER labelled it a person (a place so written is its council acting, still a place)."""
    return ent.label_ == "PERSON" and bool(owned_as_its(ent.root))


def affiliation_read_as_person(ent: Span) -> bool:
    """ "Ana Roy of Brightline Composites", "executives at X Gold": what a named person, or the people who act
    for a body, are "of" is where they work, whatever NER calls it (the small model often says PERSON for an
    invented company)."""
    root = ent.root
    prep = root.head
    return _owner_of_named_office(ent, root) or _represented(ent) or (
        len(ent) > 1
        and root.dep_ == "pobj"
        and prep.lower_ in ("of", "from", "at")
        and prep.head.pos_ == "PROPN"
        and prep.head.i < ent.start
        and (ent.start == prep.i + 1 or ent.doc[prep.i + 1].lower_ == "the")  # "of X", "of the X", never
        and ent.start <= prep.i + 2  # a name ending a longer "of" phrase ("Minister of Tourism Ana Ruiz")
    )


def _represented(ent: Span) -> bool:
    """ "executives at X Gold", "officials from X Gold and the Y Union": what the people who act for a body are
    "at", "from" or "of" is that body, whatever NER calls it; so is each name listed with it. The parse may
    hang the preposition on the verb or the talks rather than the people written just before it. A name
    opening with a given name stays a person's ("aides of Ana Roy")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    prep = root.head
    if len(ent) < 2 or root.dep_ != "pobj" or prep.lower_ not in AFFILIATION_PREPS or prep.i == 0:
        return False
    return any(_acts_for_a_body(group) for group in (prep.head, ent.doc[prep.i - 1])) and (
        given_name_gender(ent[0].text, ent.vocab) is None)


def _acts_for_a_body(group: Token) -> bool:
    """ "executives", "officials", "management": people who speak and act for a body."""
    lemma = group.lemma_.lower()
    return group.pos_ == "NOUN" and (group.tag_ == "NNS" or lemma in _BODY_VOICES) and (
        lemma in lexicon().representative_nouns)


def _owner_of_named_office(ent: Span, root: Token) -> bool:
    """ "Brightline's managing director Ana Roy", "Ana Roy, Brightline's chief executive": the owner of an
    office whose holder is named beside it is the body she works for, whatever NER calls it, unless it opens
    with a given name ("Sam Hale's spokesman Ana Roy" speaks for a person). `root` is the span's root."""
    office = root.head
    if root.dep_ != "poss" or not is_title_word(office) or is_given_name(ent[0].text):
        return False
    holder = office.dep_ == "appos" and office.head.ent_type_ == "PERSON"
    return holder or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in office.children) or (
        office.i + 1 < len(ent.doc) and ent.doc[office.i + 1].ent_type_ == "PERSON")


def plain_name(tokens: Sequence[Token]) -> bool:
    """Two or three capitalised words (surname particles and glued hyphens between them aside: "Anouk de
    Vries") with no title, institution or company word among them and not a known place as a whole: the
    shape of a person's name ("Ana Ruiz"; many surnames are also towns)."""
    lex = lexicon()
    words = name_words(tokens)
    return (
        2 <= len(words) <= 3
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words)
        and not any(is_title_in_name(t) or t.lemma_.lower() in lex.institution_nouns for t in tokens)
        and not any(t.lower_ in lex.org_name_endings for t in tokens)
        and not place_shaped(tokens)
        and not is_known_place(tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text)
    )


def titled_by_copula(ent: Span) -> bool:
    """ "X Y is the general secretary of Z" with X Y read as an organisation: a person's title predicated of a
    plain name makes it a person's (a body is never a secretary or a coach)."""
    return ent.label_ == "ORG" and plain_name(ent) and copular_title(ent.root) is not None


def person_by_role(ent: Span) -> bool:
    """ "X Y met Z", "X Y resigned", "X Y of Kestrel Freight said": a plain name (no title, body, trade or
    place word, not a known place) the model called an organisation or a place is a person's where the
    clause gives it a person's part (`in_person_role`; a place no gazetteer knows does not speak either),
    or one who works for an organisation named right after it."""
    if ent.label_ not in MISREAD_LABELS or not 2 <= len(ent) <= 4:
        return False
    name = ent[:-1] if ent[-1].lower_ in AFFILIATION_PREPS else ent  # "Ana Ruiz of": the span ran on
    root = ent.root
    subject = root.head if root.dep_ == "conj" and root.head.dep_ in (*SUBJECT_DEPS, "dobj") else root
    acts = in_person_role(subject, speaks=ent.label_ in _PLACE_LABELS)
    return (acts or _works_for_organisation(name) or _given_name_speaks(name, subject)) and plain_name(name)


def in_person_role(token: Token, speaks: bool) -> bool:
    """The part only a person plays in the clause: the subject of a verb only people do (lexicon's person
    verbs: "met", "resigned", "discussed"), the object of one done only to people ("phoned X Y"), and where
    `speaks`, the subject or addressee of a speech verb ("said", "told": bodies speak, so callers allow it
    only for a name no body has, one the model called a place or left unlabelled)."""
    lex = lexicon()
    verb = token.head.lemma_.lower()
    if token.dep_ == "nsubj":
        return verb in lex.person_verbs or (speaks and verb in speech_verbs())
    if token.dep_ == "dobj":
        return verb in lex.person_object_verbs or (speaks and verb in lex.person_verbs | speech_verbs())
    return False


def _given_name_speaks(name: Span, subject: Token) -> bool:
    """ "'...,' Victoria Banks said": a body speaks too, but one whose name opens with a common given name
    and has two words is a person speaking. So is a three-word name opening with a given name some list gives
    one gender ("Sophie Aroha Walker said"): bodies named after a person carry a body's word or one name."""
    words = name_words(name)
    first = words[0]
    opens = is_given_name(first.text) if len(words) == 2 else given_name_gender(first.text, first.vocab) is not None
    return (
        len(words) in (2, 3)
        and opens
        and subject.dep_ == "nsubj"
        and subject.head.lemma_.lower() in speech_verbs()
    )


def _works_for_organisation(name: Span) -> bool:
    """ "X Y of Z Freight", "X Y from the Z Union": what a plain name is "of" is where it works when that is
    an organisation (by NER's label or by its company or body word)."""
    doc = name.doc
    k = name.end + 1
    if k >= len(doc) or doc[name.end].lower_ not in AFFILIATION_PREPS:
        return False
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    head = doc[k].head if doc[k].dep_ == "compound" else doc[k]
    return doc[k].ent_type_ == "ORG" or (head.pos_ == "PROPN" and org_shaped(proper_noun_run(head)))


def place_read_as_person(ent: Span, registry: Registry) -> bool:
    """ "the French city of Lyon", "travel to Santa Fe", "North Harwick voted": the small model calls a town
    a person; the gazetteer or the shape of a place's name knows better, unless the article uses its last
    word as a surname already or introduces a person by it ("Mayor X Y", "X Y, 54,")."""
    if registry.knows_surname(ent[-1].text):
        return False
    return is_known_place(ent.text) or (place_shaped(ent) and not introduced(ent))


def body_read_as_person(ent: Span) -> bool:
    """ "Redwater Prison said" with only "Prison" read as a person: a body's name by its last word, taken with
    the proper nouns the parse compounds onto the span's head; or a name wire brackets give a short form
    ("<X Y - XY>")."""
    return (
        org_shaped(ent)
        or (len(ent) == 1 and org_shaped(proper_noun_run(ent.root)))
        or dashed_short_form(ent) is not None
    )
