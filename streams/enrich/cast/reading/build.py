"""Builds the cast of one article right after the parse, as an ordered list of sieve passes.

Each pass is small and sees what the earlier ones gathered (Lee et al.'s multi-pass sieve):
1. named people: the parse's PERSON spans, with the small model's common slips repaired by shape (a
   person glued to the end of an organisation, a name set off before a title read as a place or a
   work, a given name read as a place), titled names it mislabelled, a surname that is a building's word where
   the text shows a person (`venue_surnames`), names coordinated with a person
   and unlabelled names as subjects, objects or list members, merged by exact name, then surname with
   compatible first names, then a first word alone ("Xi") with the one person named in full with it;
   titles from pre-nominal words and appositions;
2. a known surname written alone where the parse missed it, and a person's initials ("JMO");
3. gender: honorifics (recorded in pass 1) and a he/she with exactly one person named before it
   in its sentence;
4. organisations and places: NER's ORG spans (short forms "Quellmark" for "Quellmark Freight"; one
   company with and without its legal form, "X Inc" and "X"), what the article shows of them (an
   employer, where it is based), the subject "the ministry" referring back to a named one, GPE subjects
   for "the foreign ministry";
5. exact string: an organisation's name written again where the model did not label it;
6. focus: who the narrative is about, which in news is the subject of a recent clause outside
   quotation marks (for an organisation its owner's "X's" too, and "the company" as a subject is the
   company it refers to). Pronouns and descriptions resolve against it (`resolve.Resolver`);
7. name spans: every token of a name with the span and kind ("person", "org", "place", "other") the
   cast settled on, for readers that walk the parse (meetings).

This module runs the passes in that order and keeps focus and name spans; the passes' rules live one job a
module: `ner_repair`, `name_runs`, `kinds`, `titles`, `mentions`, `org_mentions` (and `columns`, the parse
read once for all of them).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from streams.enrich.vocabulary.places import is_known_place

from ..entity import Entity, Mention
from ..lexicon import lexicon
from ..names import closed_by_legal_form, is_common_plural, org_shaped, titled_name
from .acronyms import bracketed_short_form, dashed_short_form
from .columns import SOFT_LABELS, SUBJECT_DEPS, Columns
from .firm_openings import FirmOpenings
from .kinds import affiliation_read_as_person, body_noun_before, names_press, owner_of_its, place_read_as_person
from .lone_bodies import lone_body, one_word_body
from .lower_case_names import lower_case_name
from .mentions import person_mentions, vote_genders
from .ner_repair import repaired_ents
from .office_bodies import office_body_name
from .org_mentions import (
    branch_orgs,
    called_companies,
    company_subjects,
    employs,
    form_inside_name,
    is_org_subject,
    mention_org_names,
    org_entity_name,
    refers_to_institution,
    voiced_by_its_people,
)
from .orgs import described_by_nation, home_of, org_name
from .possessive_firms import founder_named
from .registry import Registry, named_as_company
from .stock_codes import code_standing_for, coded_subject, listed
from .titles import name_lede_role, title_holder

# Who a he/she in a later sentence is, by grammatical role in the sentence before (centering): the agent of
# a passive did the deed, the main clause's subject is the topic, any other subject comes last.
AGENT_RANK, SUBJECT_RANK, OTHER_RANK = 0, 1, 2
_SPAN_KINDS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}


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


def _is_subject(token: Token) -> bool:
    """The subject itself, one of coordinated subjects, or a subject's possessor ("X's talk drew a crowd"
    keeps X in focus), or a person named in apposition to the subject ("Her deputy, X, agreed"; not "Her
    firm, X", which NER may well call a person)."""
    if token.dep_ == "appos":
        token = token.head
        while token.dep_ == "pobj" and token.head.dep_ == "prep":
            token = token.head.head  # "His counterpart at X Road, Y, agreed": the parse hangs Y on the road
        return token.dep_ in SUBJECT_DEPS and token.lemma_.lower() not in lexicon().institution_nouns
    if token.dep_ in ("poss", "conj"):
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def _is_passive_agent(token: Token) -> bool:
    """ "X was called by Y", "the third premier to be phoned by Y": Y did it, and is who "he" goes on to be.
    A bare participle that only describes a noun ("praising the work done by Y", "a plan drafted by Y")
    tells no deed of the sentence: Y there is background, not who "he" goes on to be."""
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    verb = token.head.head
    return not (verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in verb.children))


def _in_main_clause(token: Token) -> bool:
    """A subject of the sentence's main verb (or of a verb coordinated with it), not of a clause inside."""
    if token.dep_ in ("poss", "conj", "appos"):
        token = token.head
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def scan(doc: Doc, text: str, registry: Registry, in_quote: Callable[[int], bool]) -> Salience:
    """Who is talked about inside quotation marks is not who the narrative is about ("X said: 'Y's visit
    mattered.' He added ..." is still X); readers drop focus inside reported clauses as well."""
    lex = lexicon()
    salience = Salience()
    cols = Columns(doc)
    ents = repaired_ents(doc, text)
    firms = FirmOpenings(ents)
    mentions = person_mentions(doc, cols, ents, registry, salience.named, salience.titled, firms)
    name_lede_role(doc, text, cols, mentions, salience.titled)
    salience.mentions = [Mention(t.i, t.idx, e) for t, e in mentions]
    vote_genders(doc, cols, mentions, in_quote)
    salience.sentences = sorted({doc[i].idx for i in set(cols.sent_start)})  # a token per sentence, not per word
    for token, entity in mentions:
        if in_quote(token.idx):
            continue
        if _is_subject(token):
            salience.focus.append((token.idx, entity))
            salience.ranks[token.idx] = SUBJECT_RANK if _in_main_clause(token) else OTHER_RANK
        elif _is_passive_agent(token):
            salience.focus.append((token.idx, entity))
            salience.ranks[token.idx] = AGENT_RANK
    for ent in ents:
        holder = title_holder(ent, registry)
        if holder is not None:  # "the Chief Medical Officer", named earlier, read by the model as a body
            salience.named.update((t.i, holder) for t in ent if t.pos_ != "DET")
            holder.mention(ent.start_char)
            continue
        root = ent.root
        # a word the article also wrote alone for a person ("Avia said", read as one) is no person's inside a
        # name closed by a legal form: the parse may hang "Avia Group Inc" on its first word
        surname = registry.knows_surname(root.text) and not closed_by_legal_form(ent)
        person = salience.named.get(root.i) is not None or surname or titled_name(ent)
        place = ent.label_ == "ORG" and len(ent) == 1 and is_known_place(ent.text)  # a town the model mislabelled
        # "the fisheries council" tagged a body: lower-case words describe one named before, they name none
        typed = lower_case_name(ent)  # a full name typed in lower case, its short form capitalised elsewhere
        written = not person and (typed is not None or any(not t.is_lower for t in ent if t.pos_ != "DET"))
        # a person's span is no body whatever its shape: the shape is read only when that can matter
        organisation = written and (ent.label_ == "ORG" or _read_as_body(ent, registry))
        if organisation and not place and not is_common_plural(root):
            dashed = dashed_short_form(ent)
            apart = ent.end == len(doc) or doc[ent.end].lower_ not in ("and", "&")  # "X Gas" of "X Gas and Y Co"
            name = office_body_name(ent) or org_entity_name(dashed[0] if dashed else ent)  # "Ministry" of what
            org = registry.add_org(name, ent.start_char, written_apart=apart)
            if founder_named(ent):
                registry.add_founder_form(org)
            short = dashed[1] if dashed else (typed[1] if typed else bracketed_short_form(ent))
            if short is not None:
                registry.add_short_form(short, org)
            org.employer = org.employer or employs(root) or listed(ent)
            org.home = org.home or home_of(root)
            kind = body_noun_before(ent)
            if kind:
                org.described.add(kind)
            placed = code_standing_for(root)
            subject = placed if is_org_subject(placed) else coded_subject(ent)
            if subject is not None and not in_quote(ent.start_char):
                salience.focus.append((ent.start_char, org))
                clause_subject = subject.head if voiced_by_its_people(subject) else subject
                salience.ranks[ent.start_char] = SUBJECT_RANK if _in_main_clause(clause_subject) else OTHER_RANK
            verb = root.head
            reports = root.dep_ == "nsubj" and verb.lemma_.lower() != "tell"
            reporting = verb.lemma_.lower() in lex.outlet_verbs and (
                root.dep_ in ("dobj", "dative") or (reports and not any(c.dep_ == "dobj" for c in verb.children))
            )  # "the Ledger reported"; a company that "reported a loss" is no outlet
            # "X Inc reported that its earnings rose", the object lost to the parse: a body the article named
            # with a legal form or trade reports its results, not the news
            reporting = reporting and not named_as_company(org)
            if reporting or names_press(ent):
                salience.outlets.append((ent.start_char, org))
        elif ent.label_ == "GPE" and root.dep_ in SUBJECT_DEPS and not in_quote(ent.start_char):
            salience.places.append((ent.start_char, ent.text.removeprefix("the ")))
    for t in (doc[i] for i in cols.subjects):
        institution = t.text.islower() and t.lemma_.lower() in lex.institution_nouns
        named_body = institution and not described_by_nation(t) and org_name(t)
        if named_body and not in_quote(t.idx):  # "Norway's foreign ministry summoned ...": what "the ministry" is
            salience.focus.append((t.idx, registry.add_org(named_body, t.idx)))
        elif refers_to_institution(t) and not in_quote(t.idx):
            org = registry.org_with_head(t.lemma_.lower(), t.idx)
            if org is not None and not form_inside_name(org, t.lemma_.lower()):  # the firm in focus, as below
                salience.focus.append((t.idx, org))
        elif t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and not t.ent_type_ and not in_quote(t.idx):
            known = t.pos_ == "PROPN" and not registry.knows_surname(t.text)
            org = (registry.org_by_short_name(t.text) or registry.org_by_initials(t.text)) if known else None
            if org is None and lone_body(t, registry):  # "Medwatch said in a statement", the model silent
                org = registry.add_org(t.text, t.idx)
            if org is not None:
                org.mention(t.idx)
                salience.focus.append((t.idx, org))
    branch_orgs(text, registry)
    mention_org_names(text, registry)
    called_companies(doc, registry)
    salience.focus.sort(key=lambda e: e[0])
    company_subjects(doc, cols, registry, salience.focus, in_quote)
    salience.spans = _name_spans(ents, salience.named, registry, firms)
    return salience


def _read_as_body(ent: Span, registry: Registry) -> bool:
    """A span the model labelled otherwise that is a body's name by its shape ("X Freight"), by what a person
    is "of", by its own "its", by the body noun it follows ("rights group X"), or as one word with a body's
    voice ("Ofwat said in a statement"), or with the short form wire brackets give a body ("<X Y - XY>")."""
    return (
        org_shaped(ent)
        or dashed_short_form(ent) is not None
        or affiliation_read_as_person(ent)
        or owner_of_its(ent)
        or body_noun_before(ent) is not None
        or one_word_body(ent, registry)
    )


def _unknown_town(ent: Span) -> bool:
    """A span the model called a town or country that no gazetteer knows: its shape may say it is a body's."""
    return ent.label_ == "GPE" and not is_known_place(ent.text.removeprefix("the ").removeprefix("The "))


def _body_read_as_building(ent: Span) -> bool:
    """ "the Halden Observatory", "the Kestrel Museum": the model calls an institution a building, but a name
    ending in a body's word is the body that meets, phones and hosts (the registry already holds it as one);
    a building's word ("X Arena", "Y Opera House") keeps it a place."""
    return ent.label_ == "FAC" and len(ent) > 1 and ent[-1].lower_ in lexicon().org_name_endings


def _name_spans(
    ents: list[Span], named: dict[int, Entity | None], registry: Registry, firms: FirmOpenings
) -> dict[int, tuple[int, int, str]]:
    """Each token of a name: (start, end, kind) as the cast read it. A person's name is the run of tokens
    the cast gave that person; a span the model called a person that the cast did not take is a place or an
    organisation by its shape, and the titles around a name are "other" (the holder is `Cast.holder_of`)."""
    spans: dict[int, tuple[int, int, str]] = {}
    for ent in ents:
        kind = _SPAN_KINDS.get(ent.label_, "other")
        if kind == "person":
            if all(named.get(i) is not None for i in range(ent.start, ent.end)):
                pass  # every word is a person's, which the runs below write over it: what else it may be is moot
            elif firms.opens_one_firm(ent):  # "Marlow said" after "Marlow Textiles Inc"
                kind = "org"
            elif place_read_as_person(ent, registry):
                kind = "place"
            elif _read_as_body(ent, registry):
                kind = "org"
            else:
                kind = "other"
        elif ((ent.label_ in SOFT_LABELS or _unknown_town(ent)) and org_shaped(ent)) or _body_read_as_building(ent):
            kind = "org"  # "Dalby Foods" read as a work of art, "the Umpires Federation" as a town
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
