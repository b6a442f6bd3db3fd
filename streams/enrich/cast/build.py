"""Builds the cast of one article right after the parse, as an ordered list of sieve passes.

Each pass is small and sees what the earlier ones gathered (Lee et al.'s multi-pass sieve):
1. named people: the parse's PERSON spans, with the small model's common slips repaired by shape (a
   person glued to the end of an organisation, a name set off before a title read as a place or a
   work, a given name read as a place), titled names it mislabelled, names coordinated with a person
   and unlabelled names as subjects, objects or list members, merged by exact name, then surname with
   compatible first names, then a first word alone ("Xi") with the one person named in full with it;
   titles from pre-nominal words and appositions;
2. a known surname written alone where the parse missed it, and a person's initials ("JMO");
3. gender: honorifics (recorded in pass 1) and a he/she with exactly one person named before it
   in its sentence;
4. organisations and places: NER's ORG spans (short forms "Brantwood" for "Brantwood Freight"; one
   company with and without its legal form, "X Inc" and "X"), what the article shows of them (an
   employer, where it is based), the subject "the ministry" referring back to a named one, GPE subjects
   for "the foreign ministry";
5. exact string: an organisation's name written again where the model did not label it;
6. focus: who the narrative is about, which in news is the subject of a recent clause outside
   quotation marks (for an organisation its owner's "X's" too, and "the company" as a subject is the
   company it refers to). Pronouns and descriptions resolve against it (`resolve.Resolver`);
7. name spans: every token of a name with the span and kind ("person", "org", "place", "other") the
   cast settled on, for readers that walk the parse (meetings).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.attrs import DEP, ENT_TYPE, IS_TITLE, IS_UPPER, LOWER, POS, SENT_START
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from streams.enrich.english_words import unknown_to_english
from streams.enrich.given_names import is_given_name
from streams.enrich.glued_names import SURNAME_PARTICLES
from streams.enrich.places import demonym_code, is_known_place

from .affiliation import role_affiliation
from .entity import Entity, Mention
from .given_names import given_name_gender
from .lexicon import lexicon
from .names import (
    is_common_plural,
    is_honorific,
    is_title_in_name,
    is_title_word,
    name_words,
    org_shaped,
    place_shaped,
    proper_noun_run,
    title_before,
    title_start,
    titled_name,
)
from .orgs import founders_firms, home_of, org_name
from .person_objects import place_label_beside_person_preposition
from .registry import (
    Registry,
    based_elsewhere,
    big_place,
    copular_title,
    is_company,
    may_be_company,
    place_in_body_name,
)

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# where a name stands in a clause: subject, object, apposition, one of a list (not "of X" after a name: that
# is where the person works, "Ana Roy of Sunder Textiles")
_ARGUMENT_DEPS = frozenset({*_SUBJECT_DEPS, "dobj", "dative", "appos", "conj"})
# Who a he/she in a later sentence is, by grammatical role in the sentence before (centering): the agent of
# a passive did the deed, the main clause's subject is the topic, any other subject comes last.
_AGENT_RANK, _SUBJECT_RANK, _OTHER_RANK = 0, 1, 2
_SOFT_LABELS = ("WORK_OF_ART", "PRODUCT")  # labels the small model gives names it does not know
_MISREAD_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", *_SOFT_LABELS})  # labels a person's name is often given
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SPAN_KINDS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_AFFILIATION_PREPS = ("of", "from", "at")  # "Ana Ruiz of X": where a person works
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


@dataclass
class Salience:
    """Events in text order: (char, entity) for people and organisations, (char, name) for places."""

    focus: list[tuple[int, Entity]] = field(default_factory=list)
    places: list[tuple[int, str]] = field(default_factory=list)
    outlets: list[tuple[int, Entity]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    named: dict[int, Entity | None] = field(default_factory=dict)
    titled: dict[int, Entity] = field(default_factory=dict)
    ranks: dict[int, int] = field(default_factory=dict)
    sentences: list[int] = field(default_factory=list)
    spans: dict[int, tuple[int, int, str]] = field(default_factory=dict)

    def sentence_start(self, char: int) -> int:
        """The first char of the sentence holding `char`."""
        k = bisect_right(self.sentences, char) - 1
        return self.sentences[k] if k >= 0 else 0


class _Columns:
    """Token attributes read once as arrays, so each pass makes Token objects only for its few candidates
    (iterating a Doc builds one per word, which was most of the cast's cost)."""

    def __init__(self, doc: Doc) -> None:
        rows = doc.to_array([POS, DEP, ENT_TYPE, LOWER, IS_TITLE, IS_UPPER, SENT_START]).tolist()
        strings = doc.vocab.strings
        subject_deps = {strings[d] for d in _SUBJECT_DEPS}
        pronouns = {strings[w] for w in lexicon().pronoun_genders}
        self.subjects = [i for i, r in enumerate(rows) if r[1] in subject_deps]
        arguments = {strings[d] for d in _ARGUMENT_DEPS}
        soft = {0, *(strings[label] for label in _SOFT_LABELS)}
        # a subject read as a work or a product ("'...,' Ana Ruiz said" after the quotation marks) is a name
        self.unlabelled_arguments = [
            i for i, r in enumerate(rows)
            if r[0] == PROPN and r[1] in arguments and (not r[2] or (r[2] in soft and r[1] in subject_deps))
        ]
        pobj = strings["pobj"]
        self.unlabelled_pobjs = [i for i, r in enumerate(rows) if r[0] == PROPN and not r[2] and r[1] == pobj]
        conjoined = {strings[d] for d in ("conj", "appos")}
        self.listed = [i for i, r in enumerate(rows) if r[0] == PROPN and r[1] in conjoined and r[2] in soft]
        conj = strings["conj"]
        self.coordinated = [i for i, r in enumerate(rows) if r[1] == conj and r[4] and r[0] != PRON]
        self.capitalised = [i for i, r in enumerate(rows) if r[0] == PROPN or (r[0] == NOUN and (r[4] or r[5]))]
        self.pronouns = [i for i, r in enumerate(rows) if r[0] == PRON and r[3] in pronouns]
        starts, current = [], 0
        for i, r in enumerate(rows):
            current = i if r[6] == 1 else current
            starts.append(current)
        self.sent_start = starts


def _is_subject(token: Token) -> bool:
    """The subject itself, one of coordinated subjects, or a subject's possessor ("X's talk drew a crowd"
    keeps X in focus), or a person named in apposition to the subject ("Her deputy, X, agreed"; not "Her
    firm, X", which NER may well call a person)."""
    if token.dep_ == "appos":
        token = token.head
        while token.dep_ == "pobj" and token.head.dep_ == "prep":
            token = token.head.head  # "His counterpart at X Road, Y, agreed": the parse hangs Y on the road
        return token.dep_ in _SUBJECT_DEPS and token.lemma_.lower() not in lexicon().institution_nouns
    if token.dep_ in ("poss", "conj"):
        token = token.head
    return token.dep_ in _SUBJECT_DEPS


def _is_passive_agent(token: Token) -> bool:
    """ "X was called by Y", "the fifth leader to be called by Y": Y did it, and is who "he" goes on to be."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _in_main_clause(token: Token) -> bool:
    """A subject of the sentence's main verb (or of a verb coordinated with it), not of a clause inside."""
    if token.dep_ in ("poss", "conj", "appos"):
        token = token.head
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _name_run(head: Token) -> list[Token]:
    """The proper nouns compounded onto `head` without the titles that open them ("President Ana Ruiz")."""
    run = _with_particle_given_name(proper_noun_run(head))
    while len(run) > 1 and is_title_in_name(run[0]):
        run.pop(0)
    return [head.doc[run[0].i - 1], *run] if _given_name_read_as_word(run) else run


def _with_particle_given_name(run: list[Token]) -> list[Token]:
    """ "Cristina de la Fuente": the tagger reads "de" as a foreign word, so the walk over proper nouns stops
    there; the surname's particles (one or two, lower-case) and the capitalised proper noun compounded onto the
    name before them belong to it."""
    doc, start = run[0].doc, run[0].i
    while start > 0 and run[0].i - start < 2 and doc[start - 1].is_lower and doc[start - 1].lower_ in SURNAME_PARTICLES:
        start -= 1
    given = doc[start - 1] if start > 0 else None
    if (
        given is None
        or start == run[0].i
        or not (given.pos_ == "PROPN" and given.is_title and given.dep_ in ("compound", "flat"))
        or not run[0].i <= given.head.i <= run[-1].i
    ):
        return run
    return list(doc[start - 1 : run[-1].i + 1])


def _given_name_read_as_word(name: Sequence[Token]) -> bool:
    """ "Destiny Obi, 54, said", "Hope Nwankwo, a nurse, said": a capitalised word the tagger read as a common
    one ("destiny", "hope", "sunday") compounded onto a lone surname is its given name where the sentence
    introduces the person by an age, a role or a "who" after the name, since news introduces a person by
    the full name (titles, honorifics and describing words such as "Veteran" aside)."""
    doc, first = name[0].doc, name[0].i
    if len(name) != 1 or first == 0:
        return False
    t = doc[first - 1]
    lex = lexicon()
    return (
        t.pos_ in ("NOUN", "ADJ", "VERB", "AUX")
        and t.is_title
        and t.is_alpha
        and not t.ent_type_
        and t.head.i == first
        and "\n" not in t.whitespace_
        and not (is_title_in_name(t) or is_honorific(t))
        and t.lower_ not in lex.ignored_role_modifiers | lex.title_modifiers
        and t.lemma_.lower() not in lex.institution_nouns
        and demonym_code(t.text) is None
        and (_introduced(name) or _who_after(doc, first + 1))
    )


def _unlabelled_name(head: Token) -> bool:
    """ "But Ana Ruiz of the growers' group thinks ...": two or three capitalised words the model left
    unlabelled, as a subject, object or list member, with no title, place or organisation word among them;
    one is enough after an honorific ("Mr Ruiz met ...")."""
    run = _name_run(head)
    lex = lexicon()
    labels = ("", *_SOFT_LABELS, "DATE") if _set_off_after_title(run) else ("", *_SOFT_LABELS)
    honorific = run[0].i > 0 and is_honorific(head.doc[run[0].i - 1])
    words = name_words(run)  # "Jean-Luc": one given name; "Cristina de la Fuente": two names and particles
    return (
        (2 <= len(words) <= 4 or (len(words) == 1 and honorific))
        and len([t for t in words if not _initial(t)]) <= 3
        and run[-1].is_alpha
        and all((t.is_alpha or _initial(t)) and t.text[:1].isupper() and t.ent_type_ in labels for t in words)
        and not any(is_title_in_name(t) or t.lemma_.lower() in lex.institution_nouns for t in run)
        and not org_shaped(run)
        and not place_shaped(words)
        and (not any(is_known_place(t.text) for t in run) or _introduced(run) or _in_person_role(head, speaks=True))
    )


def _initial(token: Token) -> bool:
    """ "J." in "J. R. Okafor": a given name written as its initial."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _set_off_after_title(run: list[Token]) -> bool:
    """ "The Minister of X, June Okafor, said": a name set off by a comma after a title is a person's even
    where its given name is also a day or a month the model read as a date."""
    return _comma_title(run[0].doc[run[0].i : run[-1].i + 1]) is not None


def _after_title(head: Token) -> bool:
    """ "a call to President Ana Ruiz": a capitalised title right before an unlabelled name marks a person
    wherever the name stands (after a preposition too, where "at Downing Street" is a place)."""
    first = _name_run(head)[0].i
    before = head.doc[first - 1] if first > 0 else None
    return before is not None and before.text[:1].isupper() and is_title_in_name(before)


def _owned_as_its(subject: Token) -> list[Token]:
    """What the subject's own clause (or a coordinated one with no subject of its own) says it owns as "its"
    ("X will close its plant", "X said in its report"): the nouns "its" qualifies there."""
    if subject.dep_ != "nsubj":
        return []
    verb = subject.head
    verbs = [verb, *(c for c in verb.conjuncts if not any(g.dep_ in _SUBJECT_DEPS for g in c.children))]
    nouns = [c for v in verbs for c in v.children]
    nouns += [g for c in nouns if c.dep_ == "prep" for g in c.children]
    return [n for n in nouns if any(c.dep_ == "poss" and c.lower_ == "its" for c in n.children)]


def _owner_of_its(ent: Span) -> bool:
    """ "X Y will cut 800 jobs and close its plant": a name its own clause calls "its" is a body's, never a
    person's, though NER labelled it a person (a place so written is its council acting, still a place)."""
    return ent.label_ == "PERSON" and bool(_owned_as_its(ent.root))


def _affiliation_read_as_person(ent: Span) -> bool:
    """ "Ana Roy of Brightline Composites": what a named person is "of" is where they work, whatever NER
    calls it (the small model often says PERSON for an invented company)."""
    root = ent.root
    prep = root.head
    return _owner_of_named_office(ent, root) or (
        len(ent) > 1
        and root.dep_ == "pobj"
        and prep.lower_ in ("of", "from", "at")
        and prep.head.pos_ == "PROPN"
        and prep.head.i < ent.start
        and ent.start <= prep.i + 2  # "of X" or "of the X", not a name ending a longer "of" phrase
    )


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


def _in_list_of_people(token: Token, named: dict[int, Entity | None]) -> bool:
    """ "A of X, B of Y and C of Z": a name coordinated with people named around it, followed by what it
    is "of", is one more person even where the model labelled nothing (or a work of art)."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("of", "from") or doc[token.i + 2].pos_ != "PROPN":
        return False
    node = token
    for _ in range(4):
        if node.dep_ not in ("conj", "appos", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if named.get(node.i) is not None:
            return True
    return False


def _plain_name(tokens: Sequence[Token]) -> bool:
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


def _titled_by_copula(ent: Span) -> bool:
    """ "X Y is the general secretary of Z" with X Y read as an organisation: a person's title predicated of a
    plain name makes it a person's (a body is never a secretary or a coach)."""
    return ent.label_ == "ORG" and _plain_name(ent) and copular_title(ent.root) is not None


def _person_by_role(ent: Span) -> bool:
    """ "X Y met Z", "X Y resigned", "X Y of Kestrel Freight said": a plain name (no title, body, trade or
    place word, not a known place) the model called an organisation or a place is a person's where the
    clause gives it a person's part (`_in_person_role`; a place no gazetteer knows does not speak either),
    or one who works for an organisation named right after it."""
    if ent.label_ not in _MISREAD_LABELS or not 2 <= len(ent) <= 4:
        return False
    name = ent[:-1] if ent[-1].lower_ in _AFFILIATION_PREPS else ent  # "Ana Ruiz of": the span ran on
    root = ent.root
    subject = root.head if root.dep_ == "conj" and root.head.dep_ in (*_SUBJECT_DEPS, "dobj") else root
    acts = _in_person_role(subject, speaks=ent.label_ in _PLACE_LABELS)
    return (acts or _works_for_organisation(name) or _given_name_speaks(name, subject)) and _plain_name(name)


def _in_person_role(token: Token, speaks: bool) -> bool:
    """The part only a person plays in the clause: the subject of a verb only people do (lexicon's person
    verbs: "met", "resigned", "discussed"), the object of one done only to people ("phoned X Y"), and where
    `speaks`, the subject or addressee of a speech verb ("said", "told": bodies speak, so callers allow it
    only for a name no body has, one the model called a place or left unlabelled)."""
    from streams.enrich.extractors.statements.lexicon import lexicon as speech  # the cast is built first

    lex = lexicon()
    verb = token.head.lemma_.lower()
    if token.dep_ == "nsubj":
        return verb in lex.person_verbs or (speaks and verb in speech().speech_verbs)
    if token.dep_ == "dobj":
        return verb in lex.person_object_verbs or (speaks and verb in lex.person_verbs | speech().speech_verbs)
    return False


def _given_name_speaks(name: Span, subject: Token) -> bool:
    """ "'...,' Victoria Banks said": a body speaks too, but one whose name opens with a common given name
    and has two words is a person speaking."""
    from streams.enrich.extractors.statements.lexicon import lexicon as speech  # the cast is built first

    return (
        len(name_words(name)) == 2
        and is_given_name(name[0].text)
        and subject.dep_ == "nsubj"
        and subject.head.lemma_.lower() in speech().speech_verbs
    )


def _works_for_organisation(name: Span) -> bool:
    """ "X Y of Z Freight", "X Y from the Z Union": what a plain name is "of" is where it works when that is
    an organisation (by NER's label or by its company or body word)."""
    doc = name.doc
    k = name.end + 1
    if k >= len(doc) or doc[name.end].lower_ not in _AFFILIATION_PREPS:
        return False
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    head = doc[k].head if doc[k].dep_ == "compound" else doc[k]
    return doc[k].ent_type_ == "ORG" or (head.pos_ == "PROPN" and org_shaped(proper_noun_run(head)))


def _surname_run(surname: Token, named: dict[int, Entity | None]) -> list[Token]:
    """A known surname the model labelled otherwise, with the given name compounded onto it when the two
    have the shape of a person's name ("Ana Ruiz" read as an organisation after "Ms Ruiz" was read right)."""
    run = [t for t in _name_run(surname) if t.i not in named]
    return run if run and run[-1].i == surname.i and _plain_name(run) else [surname]


def _person_after_org(ent: Span) -> int | None:
    """ "Director of the Ocean Survey Service Ana Ruiz" read as one organisation: a name written right after
    an organisation or a title, at the end of the span, is that person's; returns where the name starts.
    The organisation word must not open the span ("Union Pacific Railroad" is one name)."""
    if ent.label_ == "PERSON":
        return None
    lex = lexicon()
    for k in range(len(ent) - 3, -1, -1):
        head, tail = ent[k], ent[k + 1 :]
        is_org_word = head.lower_ in lex.org_name_endings or head.lemma_.lower() in lex.institution_nouns
        if (is_title_word(head) or (is_org_word and k > 0)) and _plain_name(tail):
            return ent.start + k + 1
    return None


def _person_before_org(ent: Span) -> int | None:
    """ "Ana Ruiz of Redwater District Council" read as one organisation: a plain name, then "of", "from" or
    "at" and a name ending in a company or body word, is that body's person; returns where "of" is."""
    if ent.label_ == "PERSON":
        return None
    for k in range(2, min(4, len(ent) - 2)):
        if ent[k].lower_ in _AFFILIATION_PREPS and org_shaped(ent[k + 1 :]) and _plain_name(ent[:k]):
            return ent.start + k
    return None


def _titled_after(ent: Span) -> bool:
    """ "Ana Ruiz, the chief executive of X", "the mayor, Ana Ruiz," or "Ana Ruiz, 54," read as a place, a
    work or a body: a plain name (no company or institution word) set off by commas from a title or an age
    is a person's; places and works hold no job and have no age."""
    if ent.label_ not in _MISREAD_LABELS or not _plain_name(ent) or is_known_place(ent.text):
        return False
    return _aged(ent.doc, ent.end) or _role_after(ent.doc, ent.end) or _comma_title(ent) is not None


def _after_trade(ent: Span) -> int | None:
    """ "striker Ana Ruiz", "with coach Ana Ruiz" where only "Ruiz" was read as a place: a name written right
    after a lower-case title or trade is a person's (news puts no body's or place's name there), with the
    unlabelled given names before the span; returns where the name starts."""
    if ent.label_ not in _MISREAD_LABELS:
        return None
    doc = ent.doc
    start = ent.start
    while start > 0 and ent.start - start < 2 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1
    name = doc[start : ent.end]
    if start == 0 or not (doc[start - 1].is_lower and is_title_word(doc[start - 1])):
        return None
    return start if _plain_name(name) and not is_known_place(name.text) else None


def _role_after(doc: Doc, end: int) -> bool:
    """A title set off by a comma right after a name ("X, the mayor,"), not an owner ("X, the mayor's park")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    k = end + 2 if doc[end + 1].pos_ == "DET" else end + 1
    return any(is_title_word(t) and doc[t.i + 1 : t.i + 2].text not in _POSSESSIVES for t in doc[k : k + 2])


def _aged(doc: Doc, end: int) -> bool:
    """ "Ana Ruiz, 54, said": a name followed by a comma and a bare age between commas (or ending the
    sentence) is a person's, news' way of giving an age; a body or a place is never written so."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    age, after = doc[end + 1], doc[end + 2]
    return age.is_digit and 1 <= len(age.text) <= 3 and 0 < int(age.text) < 120 and after.text in (",", ".", ";")


def _who_after(doc: Doc, end: int) -> bool:
    """ "X Y, who chairs the committee,": "who" refers to people (a body is "which" or "that"), though
    British news writes it of teams too, so it only settles where a name starts, never a label."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("who", "whom")


def _introduced(tokens: Sequence[Token]) -> bool:
    """A name the sentence itself introduces as a person's: a title written right before it ("Mayor X Y"),
    or an age or a title set off by commas right after it ("X Y, 54,", "X Y, the mayor,")."""
    doc = tokens[0].doc
    first, end = tokens[0].i, tokens[-1].i + 1
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.text[:1].isupper() and (is_title_in_name(before) or is_honorific(before)):
        return True
    return _aged(doc, end) or _role_after(doc, end)


def _given_name_read_as_place(ent: Span) -> bool:
    """ "chief executive Marta Ruiz" with "Marta" read as a place and "Ruiz" left out: one word no gazetteer
    knows, compounded onto the unlabelled capitalised word right after it, is that person's given name."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ not in _MISREAD_LABELS or ent.end >= len(doc):
        return False
    word, after = ent[0], doc[ent.end]
    return (
        word.dep_ == "compound"
        and word.head.i == after.i
        and after.pos_ == "PROPN"
        and not after.ent_type_
        and _plain_name([word, after])
        and not is_known_place(word.text)
        and demonym_code(word.text) is None
    )


def _repaired_ents(doc: Doc) -> list[Span]:
    """The parse's entity spans with the small model's common slips repaired by shape: a person glued to
    either end of an organisation is split off, a name set off before a title is a person whatever the label,
    and so is a given name read as a place with its surname left out."""
    ents: list[Span] = []
    for ent in doc.ents:
        tail = _person_after_org(ent)
        of = _person_before_org(ent)
        if tail is not None:
            ents += [Span(doc, ent.start, tail, label=ent.label), Span(doc, tail, ent.end, label="PERSON")]
        elif of is not None:
            body = of + 2 if doc[of + 1].lower_ == "the" else of + 1
            ents += [Span(doc, ent.start, of, label="PERSON"), Span(doc, body, ent.end, label=ent.label)]
        elif _titled_after(ent):
            ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
        elif (start := _after_trade(ent)) is not None:
            ents.append(Span(doc, start, ent.end, label="PERSON"))
        elif _titled_after(given := _with_given_name_before(ent)):  # "Minh Tran, 54," with "Tran" read as a place
            ents.append(Span(doc, given.start, given.end, label="PERSON"))
        elif ent.label_ == "ORG" and len(given) > len(ent):  # "Hope Nwankwo said" with "Nwankwo" read as a body
            ents.append(given)
        elif _given_name_read_as_place(ent):
            ents.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
        elif _opens_with_given_name(ent):
            ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
        else:
            ents.append(ent)
    ents = founders_firms(_given_names_joined(ents))
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    return sorted([*ents, *_unlabelled_orgs(doc, taken)], key=lambda e: e.start)


def _given_names_joined(ents: list[Span]) -> list[Span]:
    """ "Anouk van Dijk" read as the place "Anouk" and the person "van Dijk": a one-word span the model did not
    call a person, a given name every country's list gives one gender, right before a person's span is that
    person's given name. A country or a big city ("Jordan", "Florence") only before a surname particle: written
    right before a person's name, it is more often a list's or a headline's place than a given name."""
    joined: list[Span] = []
    for ent in ents:
        before = joined[-1] if joined else None
        if (
            before is not None
            and ent.label_ == "PERSON"
            and before.end == ent.start
            and len(before) == 1
            and before.label_ in _MISREAD_LABELS
            and given_name_gender(before.text) is not None
            and (not big_place(before.text) or (ent[0].is_lower and ent[0].lower_ in SURNAME_PARTICLES))
        ):
            joined[-1] = Span(ent.doc, before.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


def _opens_with_given_name(ent: Span) -> bool:
    """ "Marta Lind spoke", "the board appointed Matteo Bianchi": the small model labels a name it has never
    met by its place in the sentence. A plain name (no title, body, company or place word; `_plain_name`)
    whose first word is a given name every country's list gives one gender and whose other words English does
    not list, or lists only as given names too ("Lind"), is a person's whatever the label. Not a place the
    gazetteer knows ("Alice Springs") or a body named after one ("X Milan"), nor a name whose first word both
    sexes bear ("Morgan Stanley"), nor one ending in a word ("X Foods"): the shapes of places and firms named
    after people. Only as a subject, object, apposition or list member, where people stand: a firm named after
    its founder is also written after a preposition ("shares in Louis Vuitton") and with an owner's "'s"; a
    place label after "with", "by" or "against" is a slip all the same (`person_objects`)."""
    if ent.label_ not in _MISREAD_LABELS:
        return False
    if not (ent.root.dep_ in _ARGUMENT_DEPS or place_label_beside_person_preposition(ent)) or not _plain_name(ent):
        return False
    first, *rest = words = name_words(ent)
    return (
        given_name_gender(first.text) is not None
        and all(unknown_to_english(t) or given_name_gender(t.text) is not None for t in rest)
        and not place_in_body_name([t.text for t in words])
    )


def _with_given_name_before(ent: Span) -> Span:
    """A one-word span with the unlabelled capitalised proper noun compounded onto it from right before (in
    its sentence), which may be the given name of a surname the model read as a place or a body."""
    doc, k = ent.doc, ent.start - 1
    if len(ent) != 1 or k < 0:
        return ent
    t = doc[k]
    if t.pos_ != "PROPN" or t.ent_type_ or not t.is_title or t.head.i != ent.start or "\n" in t.whitespace_:
        return ent
    return Span(doc, k, ent.end, label=ent.label)


def _title_holder(ent: Span, registry: Registry) -> Entity | None:
    """The one person the article gave this exact title before, when the model labelled the bare title as
    an organisation ("Chief Medical Officer Lena Brisk met ... Later the Chief Medical Officer visited"): a
    title never stands in for a body when the article names its holder."""
    if ent.label_ != "ORG" or not all(is_title_word(t) or t.pos_ in ("DET", "ADP", "PROPN") for t in ent):
        return None
    title = " ".join(t.text for t in ent if t.pos_ != "DET").lower()
    holders = [p for p in registry.people() if any(t.lower() == title for t in p.titles_before(ent.start_char))]
    return holders[0] if len(holders) == 1 else None


def _unlabelled_orgs(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Dalby Foods and the union bargained": a run of proper nouns ending in a company or body word is an
    organisation even where the model gave it no label at all (it often does for a company it does not know)."""
    spans: list[Span] = []
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.i not in taken and not token.ent_type_ and token.pos_ == "PROPN" and (
            token.is_alpha and token.text[:1].isupper()
        ):
            run.append(token)
            continue
        if org_shaped(run):
            spans.append(Span(doc, run[0].i, run[-1].i + 1, label="ORG"))
        run = []
    return spans


def _coordinated_name(token: Token, named: dict[int, Entity | None]) -> list[Token]:
    """ "Valkonen and Ana Ruiz met", "A, B and C": a capitalised word coordinated with a named person is one
    more person whatever label the model gave it, unless it is a title, a place, an organisation (a name
    with a company or institution word in it) or a nationality opening the next title ("A and Bolivian
    Foreign Minister B"). Returns the name's words."""
    if token.ent_type_ == "PERSON" or not token.is_alpha or token.is_upper or is_title_in_name(token):
        return []
    if token.lemma_.lower() in lexicon().institution_nouns:
        return []
    doc = token.doc
    if demonym_code(token.text) is not None or (token.i + 1 < len(doc) and is_title_word(doc[token.i + 1])):
        return []
    if not any(named.get(c.i) is not None for c in token.conjuncts):
        return []
    run = [t for t in proper_noun_run(token) if t.text[:1].isupper()]
    while run and is_title_in_name(run[0]):
        run.pop(0)
    if not run or any(t.ent_type_ == "PERSON" for t in run) or org_shaped(run):
        return []
    if is_known_place(doc[run[0].i : run[-1].i + 1].text):
        return []
    if any(t.ent_type_ == "ORG" for t in run) and not (_plain_name(run) and _whole_entity(run)):
        return []
    return run


def _whole_entity(run: list[Token]) -> bool:
    """The run is exactly one entity of the parse, not a piece of a longer one."""
    doc = run[0].doc
    end = run[-1].i + 1
    return run[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in run[1:]) and (
        end >= len(doc) or doc[end].ent_iob_ != "I"
    )


def _place_read_as_person(ent: Span, registry: Registry) -> bool:
    """ "the French city of Lyon", "travel to Santa Fe", "North Harwick voted": the small model calls a town
    a person; the gazetteer or the shape of a place's name knows better, unless the article uses its last
    word as a surname already or introduces a person by it ("Mayor X Y", "X Y, 54,")."""
    if registry.knows_surname(ent[-1].text):
        return False
    return is_known_place(ent.text) or (place_shaped(ent) and not _introduced(ent))


def _name_lede_role(
    doc: Doc, text: str, cols: _Columns, mentions: list[tuple[Token, Entity]], titled: dict[int, Entity]
) -> None:
    """News introduces its protagonist by role in the lede and by name in the next paragraph ("Norway's
    prime minister met ..." / "Jonas X, who ..., held talks"): when the lede names nobody, its role
    subject is the first person named after it, provided that is in the second paragraph."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)][:2]
    if not breaks or not mentions or mentions[0][0].idx < breaks[0]:
        return
    token, person = mentions[0]
    if len(breaks) > 1 and token.idx >= breaks[1]:
        return
    role = next((doc[i] for i in cols.subjects if doc[i].idx < breaks[0] and is_title_word(doc[i])), None)
    if role is not None and any(t.ent_type_ == "PERSON" for t in role.subtree):
        return
    if role is None or role.tag_ in ("NNS", "NNPS"):
        return
    words = [t for t in doc[role.left_edge.i : role.i + 1] if t.dep_ != "det"]
    titled.update((t.i, person) for t in words)
    person.add_title(words[0].idx, doc[words[0].i : role.i + 1].text)


def _whole_name(ent: Span, floor: int) -> Span:
    """ "adviser Petter Lien" where the model labelled only "Lien": an unlabelled capitalised word
    compounded onto the name right before it is the given name, unless it is a title, a place or a
    word that starts the sentence (which is capitalised anyway) where nothing after the name introduces
    a person ("X Y, 54,", "X Y, the mayor,", "X Y, who ...")."""
    doc = ent.doc
    if ent.label_ != "PERSON":
        return ent
    k = ent.start - 1
    if k < floor:
        return _with_surname(ent)
    t = doc[k]
    given = (
        t.pos_ == "PROPN"
        and t.is_alpha
        and t.text[:1].isupper()
        and not t.is_upper
        and not t.ent_type_
        and t.dep_ == "compound"
        and ent.start <= t.head.i < ent.end
        and not is_title_in_name(t)
        and t.lemma_.lower() not in lexicon().institution_nouns
    )
    given = given or _given_name_read_as_word(ent)
    whole = doc[k : ent.end]
    # "Ana Kaya held talks": a person the model read as the one word that is also a town's name, with a given
    # name before it opening the sentence, is the two words (the town alone is no one)
    town = given and k == floor and len(ent) == 1 and is_known_place(ent.text) and not is_known_place(whole.text)
    # "Elif Demir met ..." with only "Demir" labelled: opening the sentence, the word before is the given name
    # where the clause gives the two a person's part (many given names are also small towns: "Layla")
    inside = given and not big_place(t.text) and (k > floor or _in_person_role(ent.root, speaks=True))
    if given and (inside or town or _introduced(whole) or _who_after(doc, ent.end)):
        return whole
    return _with_surname(ent)


def _with_surname(ent: Span) -> Span:
    """ "Pedro Alves" where the model labelled only "Pedro": a one-word name compounded onto the
    unlabelled capitalised word right after it is that person's given name (a place's name too, where the
    sentence introduces a person: "Mayor Aiko Tanabe", many surnames being towns)."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    surname = (
        ent[0].dep_ == "compound"
        and ent[0].head.i == after.i
        and after.pos_ == "PROPN"
        and after.is_alpha
        and after.text[:1].isupper()
        and not after.ent_type_
        and not is_title_in_name(after)
    )
    whole = doc[ent.start : ent.end + 1]
    return whole if surname and (not is_known_place(after.text) or _introduced(whole)) else ent


def _hold_title(ent: Span, entity: Entity, titled: dict[int, Entity], floor: int) -> None:
    """Every token of the title written before or inside a name belongs to that person: "the Minister for
    X" followed by the name is the named person, never a bare title."""
    names = [t for t in ent if not is_title_in_name(t)]
    if not names:
        return
    start = title_start(ent.doc, names[0].i, floor)
    titled.update((i, entity) for i in range(start if start is not None else ent.start, names[0].i))
    role = _comma_title(ent)
    if role is not None:  # "the mayor of X, Ann Y, said"
        titled.update((t.i, entity) for t in role)
        entity.add_title(ent.start_char, role.text)
        if entity.affiliation is None:  # "Peru's president, Ann Y": the Peruvian president
            entity.affiliation = role_affiliation(role.root)


def _comma_title(ent: Span) -> Span | None:
    """The role a name is set off from by a comma right after it: "the Speaker of the House, Ann Y"."""
    doc, comma = ent.doc, ent.start - 1
    while comma > 0 and ent.start - comma <= 5 and (
        is_honorific(doc[comma]) or doc[comma].text == "." or (doc[comma].pos_ == "PROPN" and not doc[comma].ent_type_)
    ):
        comma -= 1  # "the Speaker of X, Rt. Hon. Ann Y", a given name the model left out included
    if comma < 1 or doc[comma].text != ",":
        return None
    node = doc[comma - 1]
    if ent.root.dep_ == "appos" and is_title_word(ent.root.head) and ent.root.head.i < comma:
        node = ent.root.head  # "the head coach of X, Ann Y": the name hangs on the title itself
    while not is_title_word(node) and node.head.i < comma - 1 and comma - 1 <= node.head.right_edge.i < ent.start:
        node = node.head
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and is_title_word(node.head.head):
        node = node.head.head  # "a spokeswoman for the prime minister, Ann Y": Ann speaks for the minister
    if not is_title_word(node) or node.tag_ in ("NNS", "NNPS") or _named_before(node):
        return None
    start = node.left_edge.i
    for child in node.lefts:  # "the EU's High Representative": the owner and its "'s" are no part of the title
        if child.dep_ in ("det", "poss"):
            start = max(start, child.right_edge.i + 1)
    return doc[start:comma]


def _named_before(role: Token) -> bool:
    """ "A, director of X, B, chair of Y": a role set off after a name is that name's, not the next one's."""
    doc = role.doc
    comma = role.left_edge.i - 1
    if role.dep_ == "appos" and role.head.ent_type_ == "PERSON":
        return True
    return comma > 0 and doc[comma].text == "," and doc[comma - 1].ent_type_ == "PERSON"


def _person_mentions(
    doc: Doc, cols: _Columns, ents: list[Span], registry: Registry, named: dict[int, Entity | None],
    titled: dict[int, Entity],
) -> list[tuple[Token, Entity]]:
    """Every mention of a person: NER's PERSON spans, and a known surname NER labelled otherwise.
    `named` gets every token of each name, `titled` every token of its title, for readers that hold one."""
    mentions: list[tuple[Token, Entity]] = []
    for ent in ents:
        floor = cols.sent_start[ent.start]  # Span.sent walks every sentence of the doc
        person = ent.label_ == "PERSON" and not _body_read_as_person(ent) and not _affiliation_read_as_person(ent)
        person = person and not _owner_of_its(ent)
        if (
            (person and not _place_read_as_person(_whole_name(ent, floor), registry))  # "Ana Kaya": a town's name
            or titled_name(ent)
            or _titled_by_copula(ent)
            or _person_by_role(ent)
        ):
            ent = _whole_name(ent, floor)
            entity = registry.add_person_span(ent, floor)
            if entity is not None:
                mentions.append((_argument_of(ent), entity))
                named.update((t.i, None if is_title_in_name(t) else entity) for t in ent)
                _hold_title(ent, entity, titled, floor)
            else:
                named.update((t.i, None) for t in ent)
    for t in (doc[i] for i in cols.coordinated if i not in named):
        run = _coordinated_name(t, named)
        if run and not any(r.i in named for r in run):
            entity = registry.add_person(run, title_before(doc, run[0].i, cols.sent_start[t.i]), run[0].idx)
            if entity is not None:
                mentions.append((t, entity))
                named.update((r.i, entity) for r in run)
    listed = [i for i in cols.listed if i not in named and _in_list_of_people(doc[i], named)]
    after_titles = [i for i in cols.unlabelled_pobjs if _after_title(doc[i])]
    for t in (doc[i] for i in sorted({*cols.unlabelled_arguments, *listed, *after_titles}) if i not in named):
        if _unlabelled_name(t):
            run = _name_run(t)
            floor = cols.sent_start[t.i]
            entity = registry.add_person_span(doc[run[0].i : run[-1].i + 1], floor)  # titled as a PERSON span is
            if entity is not None:
                mentions.append((t, entity))
                named.update((r.i, entity) for r in run)
                _hold_title(doc[run[0].i : run[-1].i + 1], entity, titled, floor)
    inner = registry.inner_words()  # "Wang" of "Wang Xiuying", "Ortega" of "Juan Ortega Ruiz"
    for t in (doc[i] for i in cols.capitalised if i not in named):  # the tagger calls some surnames nouns
        known = registry.knows_surname(t.text) or (t.ent_iob_ != "I" and inner.get(t.lower_) == 1)
        run = _surname_run(t, named) if known else []
        entity = registry.add_person(run, None, run[0].idx) if run else registry.initials_of(t)
        if entity is not None:
            mentions.append((t, entity))
            named.update((r.i, entity) for r in run or [t])
    folded = registry.fold_given_names()
    if folded:
        named.update((i, folded.get(id(e), e)) for i, e in named.items() if e is not None)
        titled.update((i, folded.get(id(e), e)) for i, e in titled.items())
        mentions = [(t, folded.get(id(e), e)) for t, e in mentions]
    return sorted(mentions, key=lambda m: m[0].i)


def _argument_of(ent: Span) -> Token:
    """The token that stands for the name in its clause: the span's root, unless the parse hung the name's
    words on the verb one by one and the root is a word it misread ("Will" of "Will Tran said" as an
    auxiliary), when the word that is the clause's subject or object is."""
    root = ent.root
    if root.dep_ in _ARGUMENT_DEPS:
        return root
    return next((t for t in ent if t.dep_ in _ARGUMENT_DEPS and t.head.i not in range(ent.start, ent.end)), root)


def _body_read_as_person(ent: Span) -> bool:
    """ "Redwater Prison said" with only "Prison" read as a person: a body's name by its last word, taken with
    the proper nouns the parse compounds onto the span's head."""
    return org_shaped(ent) or (len(ent) == 1 and org_shaped(proper_noun_run(ent.root)))


def _vote_genders(
    doc: Doc, cols: _Columns, mentions: list[tuple[Token, Entity]], in_quote: Callable[[int], bool]
) -> None:
    """A he/she with exactly one person named before it in its sentence is about that person."""
    genders = lexicon().pronoun_genders
    k = 0
    for t in (doc[i] for i in cols.pronouns):
        gender = genders[t.lower_]
        if in_quote(t.idx):
            continue
        while k < len(mentions) and mentions[k][0].i < cols.sent_start[t.i]:
            k += 1
        before: dict[int, Entity] = {}
        for tok, entity in mentions[k:]:
            if tok.i >= t.i:
                break
            before[id(entity)] = entity
        if len(before) == 1:
            next(iter(before.values())).vote_gender(gender)


def _org_entity_name(ent: Span) -> str:
    """NER's span without its article, widened to a possessor it left out ("Valdora's foreign ministry")."""
    if any(c.dep_ == "poss" and c.i < ent.start for c in ent.root.lefts):
        return org_name(ent.root) or ent.text
    return ent.text.removeprefix("the ").removeprefix("The ")


def refers_to_institution(token: Token) -> bool:
    """ "The ministry did not say ...": a definite institution noun is the organisation named before, and
    the narrative is about it, so a following "It said" is that organisation too."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in lexicon().institution_nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def _is_org_subject(root: Token) -> bool:
    """An organisation the clause is about: its subject, or the subject's owner ("X's new plant was built
    by Y" is about X, as the next "the company" is)."""
    return root.dep_ in _SUBJECT_DEPS or (root.dep_ == "poss" and root.head.dep_ in _SUBJECT_DEPS)


def _employs(root: Token) -> bool:
    """ "management at X", "X's workers", "X closed its plant", "parent company X", "X, the carmaker": the
    organisation is written as an employer or a business, which makes it a company for "the company"."""
    lex = lexicon()
    context = lex.employer_context_nouns | lex.business_nouns
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("at", "of", "for") and head.head.lemma_.lower() in context:
        return True
    if root.dep_ in ("poss", "compound") and head.lemma_.lower() in lex.employer_context_nouns:
        return True
    if any(n.lemma_.lower() in lex.employer_context_nouns for n in _owned_as_its(root)):  # "X closed its plant"
        return True
    described = [c for c in root.children if c.dep_ in ("compound", "appos")]
    if root.dep_ == "appos":
        described.append(head)
    return any(c.pos_ == "NOUN" and c.lemma_.lower() in lex.business_nouns for c in described)


def _company_subjects(
    doc: Doc, cols: _Columns, registry: Registry, focus: list[tuple[int, Entity]], in_quote: Callable[[int], bool]
) -> None:
    """ "The company said ...", "The firm plans ...": a definite business noun as a subject keeps the
    company it refers to in focus (the company last in focus, else the one named last), so that the "it"
    after it is that company and not another organisation named in between."""
    generic = lexicon().business_nouns
    firms = {id(e) for e in registry.orgs() if not (is_company(e) and may_be_company(e))}
    for t in (doc[i] for i in cols.subjects):
        if t.pos_ != "NOUN" or t.lower_ not in generic or in_quote(t.idx) or not refers_to_institution(t):
            continue
        home = home_of(t)
        fits = firms | {id(e) for e in registry.orgs() if based_elsewhere(e, home)}
        k = bisect_right(focus, t.idx, key=lambda e: e[0])
        org = registry.org_based_in(home, t.idx)
        org = org or next((e for _, e in reversed(focus[:k]) if e.kind == "org" and id(e) not in fits), None)
        org = org or registry.latest_org(t.idx, fits)
        if org is not None:
            focus.insert(k, (t.idx, org))


def scan(doc: Doc, text: str, registry: Registry, in_quote: Callable[[int], bool]) -> Salience:
    """Who is talked about inside quotation marks is not who the narrative is about ("X said: 'Y's visit
    mattered.' He added ..." is still X); readers drop focus inside reported clauses as well."""
    lex = lexicon()
    salience = Salience()
    cols = _Columns(doc)
    ents = _repaired_ents(doc)
    mentions = _person_mentions(doc, cols, ents, registry, salience.named, salience.titled)
    _name_lede_role(doc, text, cols, mentions, salience.titled)
    salience.mentions = [Mention(t.i, t.idx, e) for t, e in mentions]
    _vote_genders(doc, cols, mentions, in_quote)
    salience.sentences = sorted({doc[i].idx for i in cols.sent_start})
    for token, entity in mentions:
        if in_quote(token.idx):
            continue
        if _is_subject(token):
            salience.focus.append((token.idx, entity))
            salience.ranks[token.idx] = _SUBJECT_RANK if _in_main_clause(token) else _OTHER_RANK
        elif _is_passive_agent(token):
            salience.focus.append((token.idx, entity))
            salience.ranks[token.idx] = _AGENT_RANK
    for ent in ents:
        holder = _title_holder(ent, registry)
        if holder is not None:  # "the Chief Medical Officer", named earlier, read by the model as a body
            salience.named.update((t.i, holder) for t in ent if t.pos_ != "DET")
            holder.mention(ent.start_char)
            continue
        root = ent.root
        person = registry.knows_surname(root.text) or titled_name(ent) or salience.named.get(root.i) is not None
        place = ent.label_ == "ORG" and len(ent) == 1 and is_known_place(ent.text)  # a town the model mislabelled
        organisation = ent.label_ == "ORG" or org_shaped(ent) or _affiliation_read_as_person(ent) or _owner_of_its(ent)
        if organisation and not person and not place and not is_common_plural(root):
            org = registry.add_org(_org_entity_name(ent), ent.start_char)
            org.employer = org.employer or _employs(root)
            org.home = org.home or home_of(root)
            if _is_org_subject(root) and not in_quote(ent.start_char):
                salience.focus.append((ent.start_char, org))
            verb = root.head
            reports = root.dep_ == "nsubj" and verb.lemma_.lower() != "tell"
            if verb.lemma_.lower() in lex.outlet_verbs and (
                root.dep_ in ("dobj", "dative") or (reports and not any(c.dep_ == "dobj" for c in verb.children))
            ):  # "the Ledger reported"; a company that "reported a loss" is no outlet
                salience.outlets.append((ent.start_char, org))
        elif ent.label_ == "GPE" and root.dep_ in _SUBJECT_DEPS and not in_quote(ent.start_char):
            salience.places.append((ent.start_char, ent.text.removeprefix("the ")))
    for t in (doc[i] for i in cols.subjects):
        named_body = t.text.islower() and t.lemma_.lower() in lex.institution_nouns and org_name(t)
        if named_body and not in_quote(t.idx):  # "Norway's foreign ministry summoned ...": what "the ministry" is
            salience.focus.append((t.idx, registry.add_org(named_body, t.idx)))
        elif t.pos_ == "PROPN" and not t.ent_type_ and not in_quote(t.idx):
            org = registry.org_by_short_name(t.text) if not registry.knows_surname(t.text) else None
            if org is not None:
                org.mention(t.idx)
                salience.focus.append((t.idx, org))
        elif refers_to_institution(t) and not in_quote(t.idx):
            org = registry.org_with_head(t.lemma_.lower(), t.idx)
            if org is not None:
                salience.focus.append((t.idx, org))
    branch_orgs(text, registry)
    mention_org_names(text, registry)
    salience.focus.sort(key=lambda e: e[0])
    _company_subjects(doc, cols, registry, salience.focus, in_quote)
    salience.spans = _name_spans(ents, salience.named, registry)
    return salience


def _name_spans(
    ents: list[Span], named: dict[int, Entity | None], registry: Registry
) -> dict[int, tuple[int, int, str]]:
    """Each token of a name: (start, end, kind) as the cast read it. A person's name is the run of tokens
    the cast gave that person; a span the model called a person that the cast did not take is a place or an
    organisation by its shape, and the titles around a name are "other" (the holder is `Cast.holder_of`)."""
    spans: dict[int, tuple[int, int, str]] = {}
    for ent in ents:
        kind = _SPAN_KINDS.get(ent.label_, "other")
        if kind == "person":
            if _place_read_as_person(ent, registry):
                kind = "place"
            elif org_shaped(ent) or _affiliation_read_as_person(ent) or _owner_of_its(ent):
                kind = "org"
            else:
                kind = "other"
        elif ent.label_ in _SOFT_LABELS and org_shaped(ent):
            kind = "org"  # "Dalby Foods" read as a work of art
        spans.update((i, (ent.start, ent.end, kind)) for i in range(ent.start, ent.end))
    runs: list[tuple[int, int, Entity]] = []
    for i, entity in sorted((i, e) for i, e in named.items() if e is not None):
        if runs and runs[-1][1] == i and runs[-1][2] is entity:
            runs[-1] = (runs[-1][0], i + 1, entity)
        else:
            runs.append((i, i + 1, entity))
    for start, end, _ in runs:
        spans.update((i, (start, end, "person")) for i in range(start, end))
    return spans


@cache
def _branch_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(w.capitalize() for w in lexicon().org_branch_words))
    return re.compile(rf"\b((?:[A-Z][\w&.-]*\s){{1,4}}(?:{words})\s\d+)\b")


def branch_orgs(text: str, registry: Registry) -> None:
    """ "X Local 12", "Y Lodge 4": a numbered branch of a union, which the model rarely labels as one
    name (it sees a number), is an organisation wherever it is written."""
    for match in _branch_pattern().finditer(text):
        name = match.group(1)
        registry.add_org(name, match.start(1), short=name.rsplit(" ", 1)[0])  # NER's "X Local", if it said so


def mention_org_names(text: str, registry: Registry) -> None:
    """Exact-string pass: an organisation's name written where the model did not label it ("talks with
    representatives of X" before NER's first "X") is still a mention, so "the company" can refer to it."""
    for org in registry.orgs():
        name = org.name
        if len(name) < 3 or not name[:1].isupper():
            continue
        at = text.find(name)
        while at != -1:
            before, after = text[at - 1 : at], text[at + len(name) : at + len(name) + 1]
            if not (before.isalnum() or after.isalnum()):
                org.mention(at)
            at = text.find(name, at + len(name))
