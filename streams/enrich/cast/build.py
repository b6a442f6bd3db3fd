"""Builds the cast of one article right after the parse, as an ordered list of sieve passes.

Each pass is small and sees what the earlier ones gathered (Lee et al.'s multi-pass sieve):
1. named people: the parse's PERSON spans and titled names it mislabelled, merged by exact name,
   then surname with compatible first names; titles from pre-nominal words and appositions;
2. a known surname written alone where the parse missed it, and a person's initials ("JMO");
3. gender: honorifics (recorded in pass 1) and a he/she with exactly one person named before it
   in its sentence;
4. organisations and places: NER's ORG spans (short forms "Brantwood" for "Brantwood Freight"),
   the subject "the ministry" referring back to a named one, GPE subjects for "the foreign ministry";
5. exact string: an organisation's name written again where the model did not label it;
6. focus: who the narrative is about, which in news is the subject of a recent clause outside
   quotation marks. Pronouns and descriptions resolve against it (`resolve.Resolver`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from spacy.attrs import DEP, ENT_TYPE, IS_TITLE, IS_UPPER, LOWER, POS, SENT_START
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from streams.enrich.places import is_known_place

from .entity import Entity, Mention
from .lexicon import lexicon
from .names import (
    is_common_plural,
    is_honorific,
    is_title_in_name,
    is_title_word,
    org_shaped,
    proper_noun_run,
    title_before,
    title_start,
    titled_name,
)
from .orgs import org_name
from .registry import Registry

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Who a he/she in a later sentence is, by grammatical role in the sentence before (centering): the agent of
# a passive did the deed, the main clause's subject is the topic, any other subject comes last.
_AGENT_RANK, _SUBJECT_RANK, _OTHER_RANK = 0, 1, 2
_SOFT_LABELS = ("WORK_OF_ART", "PRODUCT")  # labels the small model gives names it does not know
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
        self.unlabelled_subjects = [i for i in self.subjects if rows[i][0] == PROPN and not rows[i][2]]
        conjoined = {strings[d] for d in ("conj", "appos")}
        soft = {0, *(strings[label] for label in _SOFT_LABELS)}
        self.listed = [i for i, r in enumerate(rows) if r[0] == PROPN and r[1] in conjoined and r[2] in soft]
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


def _unlabelled_name(head: Token) -> bool:
    """ "But Ana Ruiz of the growers' group thinks ...": two or three capitalised words the model left
    unlabelled, as a clause's subject, with no title, place or organisation word among them."""
    run = proper_noun_run(head)
    lex = lexicon()
    return (
        2 <= len(run) <= 3
        and all(t.is_alpha and t.text[:1].isupper() and t.ent_type_ in ("", *_SOFT_LABELS) for t in run)
        and not any(is_title_in_name(t) or t.lemma_.lower() in lex.institution_nouns for t in run)
        and not org_shaped(run)
        and not any(is_known_place(t.text) for t in run)
    )


def _affiliation_read_as_person(ent: Span) -> bool:
    """ "Ana Roy of Brightline Composites": what a named person is "of" is where they work, whatever NER
    calls it (the small model often says PERSON for an invented company)."""
    root = ent.root
    prep = root.head
    return (
        len(ent) > 1
        and root.dep_ == "pobj"
        and prep.lower_ in ("of", "from", "at")
        and prep.head.pos_ == "PROPN"
        and prep.head.i < ent.start
    )


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


def _place_read_as_person(ent: Span, registry: Registry) -> bool:
    """ "the French city of Lyon", "travel to Santa Fe": the small model calls a city a person; the
    gazetteer knows better, unless the article uses its last word as a surname already."""
    return not registry.knows_surname(ent[-1].text) and is_known_place(ent.text)


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
    word that starts the sentence (which is capitalised anyway)."""
    doc = ent.doc
    k = ent.start - 1
    if ent.label_ != "PERSON":
        return ent
    if k <= floor:
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
        and not is_known_place(t.text)
        and t.lemma_.lower() not in lexicon().institution_nouns
    )
    if given:
        return doc[k : ent.end]
    return _with_surname(ent)


def _with_surname(ent: Span) -> Span:
    """ "Pedro Alves" where the model labelled only "Pedro": a one-word name compounded onto the
    unlabelled capitalised word right after it is that person's given name."""
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
        and not is_known_place(after.text)
    )
    return doc[ent.start : ent.end + 1] if surname else ent


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
    while not is_title_word(node) and node.head.i < comma - 1 and comma - 1 <= node.head.right_edge.i < ent.start:
        node = node.head
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and is_title_word(node.head.head):
        node = node.head.head  # "a spokeswoman for the prime minister, Ann Y": Ann speaks for the minister
    if not is_title_word(node) or node.tag_ in ("NNS", "NNPS") or _named_before(node):
        return None
    start = node.left_edge.i
    while start < node.i and doc[start].dep_ in ("det", "poss"):
        start += 1
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
        person = ent.label_ == "PERSON" and not org_shaped(ent) and not _affiliation_read_as_person(ent)
        if (person and not _place_read_as_person(ent, registry)) or titled_name(ent):
            floor = cols.sent_start[ent.start]  # Span.sent walks every sentence of the doc
            ent = _whole_name(ent, floor)
            entity = registry.add_person_span(ent, floor)
            if entity is not None:
                mentions.append((ent.root, entity))
                named.update((t.i, None if is_title_in_name(t) else entity) for t in ent)
                _hold_title(ent, entity, titled, floor)
            else:
                named.update((t.i, None) for t in ent)
    listed = [i for i in cols.listed if i not in named and _in_list_of_people(doc[i], named)]
    for t in (doc[i] for i in sorted({*cols.unlabelled_subjects, *listed}) if i not in named):
        if _unlabelled_name(t):
            run = proper_noun_run(t)
            entity = registry.add_person(run, title_before(doc, run[0].i, cols.sent_start[t.i]), run[0].idx)
            if entity is not None:
                mentions.append((t, entity))
                named.update((r.i, entity) for r in run)
    for t in (doc[i] for i in cols.capitalised if i not in named):  # the tagger calls some surnames nouns
        entity = registry.add_person([t], None, t.idx) if registry.knows_surname(t.text) else registry.initials_of(t)
        if entity is not None:
            mentions.append((t, entity))
            named[t.i] = entity
    return sorted(mentions, key=lambda m: m[0].i)


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


def _refers_to_institution(token: Token) -> bool:
    """ "The ministry did not say ...": a definite institution noun is the organisation named before, and
    the narrative is about it, so a following "It said" is that organisation too."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in lexicon().institution_nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def scan(doc: Doc, text: str, registry: Registry, in_quote: Callable[[int], bool]) -> Salience:
    """Who is talked about inside quotation marks is not who the narrative is about ("X said: 'Y's visit
    mattered.' He added ..." is still X); readers drop focus inside reported clauses as well."""
    lex = lexicon()
    salience = Salience()
    cols = _Columns(doc)
    ents = list(doc.ents)
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
        root = ent.root
        person = registry.knows_surname(root.text) or titled_name(ent) or salience.named.get(root.i) is not None
        place = ent.label_ == "ORG" and len(ent) == 1 and is_known_place(ent.text)  # a town the model mislabelled
        organisation = ent.label_ == "ORG" or org_shaped(ent) or _affiliation_read_as_person(ent)
        if organisation and not person and not place and not is_common_plural(root):
            org = registry.add_org(_org_entity_name(ent), ent.start_char)
            if root.dep_ in _SUBJECT_DEPS and not in_quote(ent.start_char):
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
        if t.pos_ == "PROPN" and not t.ent_type_ and not in_quote(t.idx):
            org = registry.org_by_short_name(t.text) if not registry.knows_surname(t.text) else None
            if org is not None:
                org.mention(t.idx)
                salience.focus.append((t.idx, org))
        elif _refers_to_institution(t) and not in_quote(t.idx):
            org = registry.org_with_head(t.lemma_.lower(), t.idx)
            if org is not None:
                salience.focus.append((t.idx, org))
    branch_orgs(text, registry)
    mention_org_names(text, registry)
    salience.focus.sort(key=lambda e: e[0])
    return salience


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
