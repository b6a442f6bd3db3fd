"""Resolves a phrase as written to an entity of the cast, or None when the text names no one.

- Names: merged through the registry, so "Halvorsen" and "Sergey Halvorsen" come out as the
  fullest form seen first, with the title the article gave.
- Pronouns ("he said"): the person most recently in focus — the last speaker or the last
  person who was the subject of a clause outside quotation marks.
- Descriptions ("the deputy minister", "the Norwegian leader", "the diplomat"): the person in
  focus whose earlier titles are compatible with every word of the description.
- Organisations: named ones ("the Kremlin"), institutions with a qualifier ("the Turkish
  presidency"), the organisation behind a spokesperson, the outlet behind "a report", and the
  body people act for ("officials at X", "X's negotiators", "union leaders" once a union is named).
- Anything else ("officials", "the CEOs") is unnamed: None, never a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from streams.enrich import places

from .build import refers_to_institution
from .entity import Entity
from .given_names import given_name_countries
from .groups import any_role, conjoined, described_group, group_size, joint, may_be_among
from .lexicon import lexicon
from .names import (
    appositive_title,
    comma_appositive,
    demonym_adjective,
    is_common_plural,
    is_honorific,
    is_title_in_name,
    is_title_word,
    name_words,
    ner_kind,
    org_shaped,
    proper_noun_run,
    split_name,
    title_before,
)
from .orgs import home_of, org_name
from .registry import based_elsewhere, is_company, may_be_company, org_core

if TYPE_CHECKING:
    from .cast import Cast

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_ORG_PRONOUNS = frozenset({"it", "its"})
_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP"})
_GEOGRAPHIC_LABELS = frozenset({"GPE", "NORP", "LOC"})  # a country, its people, a region: describe, never name
_OUTLET_REACH = 600
_LOOK_BACK = 60
_PRONOUN_REACH = 3  # sentences before a he/she in which a person named outside focus may be its referent
_OTHER_RANK = 2  # grammatical ranks of focus events: see `build`
_AGE = re.compile(r"\b(\d{1,3})-year-old\b")
_AGE_REACH = 40  # characters between a name and the age written beside it
_ISSUER_REACH = 300  # tokens back to where a document "the statement" refers to was issued
_NATION_STEM = 4  # "Swede"/"Swedish", "Frenchman"/"French", "Kenyan"/"Kenyan" share their first letters
_PREFIX = 5
_ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that"})
_INDEFINITE_DETERMINERS = frozenset({"a", "an", "another"})


def _words(title: str) -> set[str]:
    return {w.strip(",.").removesuffix("’s").removesuffix("'s").rstrip("'’") for w in title.lower().split()}


def _word_in(word: str, words: set[str]) -> bool:
    """Nationality adjectives and country names share a stem ("russian" matches "russia's") or a country
    ("dutch" matches "netherlands")."""
    n = min(_PREFIX, len(word))
    if word in words or any(len(w) >= n and w[:n] == word[:n] for w in words):
        return True
    country = places.demonym_code(word) or places.country_code(word)
    return country is not None and any(country in (places.demonym_code(w), places.country_code(w)) for w in words)


def _nation_stem(word: str) -> str:
    """ "frenchwoman" → "fren", "swede" → "swed", "german" → "germ" (its "man" is no suffix), "dane" → "dani"
    (through its adjective, "Danish")."""
    known = lexicon().demonym_nouns.get(word)
    if known is not None:
        return known.lower()[:_NATION_STEM]
    for suffix in ("woman", "man"):
        if word.endswith(suffix) and len(word) - len(suffix) >= _NATION_STEM:
            return word[: -len(suffix)][:_NATION_STEM]
    return word[:_NATION_STEM]


def _of_other_nation(entity: Entity, code: str) -> bool:
    """A title or affiliation that names a country other than `code` ("Kenyan runner X" is no Briton)."""
    words = [w for t in entity.titles for w in t[1].split()] + ([entity.affiliation] if entity.affiliation else [])
    found = {places.demonym_code(w) or places.country_code(w) for w in words} - {None}
    return bool(found) and code not in found


def _demonym(subject: Token) -> bool:
    """ "the Swede", "the Frenchman", "the Kenyan": one capitalised nationality word with "the" is a
    description of a person, never the name of one (a party's "the Democrats" is plural)."""
    return (
        subject.tag_ == "NNP"
        and any(c.lower_ == "the" for c in subject.children)
        and len([c for c in subject.children if c.dep_ != "punct"]) == 1
        and (
            subject.ent_type_ == "NORP"
            or subject.lower_.endswith("man")
            or _is_demonym(subject.text)
            or demonym_adjective(subject.text) is not None
        )
        and len(_nation_stem(subject.lower_)) >= _NATION_STEM
    )


def _is_demonym(word: str) -> bool:
    return places.demonym_code(word) is not None


def _of_nation(entity: Entity, demonym: Token) -> bool:
    """A title before the description that carries the nationality ("Swedish striker" for "the Swede"), or the
    country the person belongs to ("X of Sweden", "the Swedish sprinter X")."""
    stem = _nation_stem(demonym.lower_)
    if any(w.startswith(stem) for t in entity.titles_before(demonym.idx) for w in t.lower().split()):
        return True
    country = places.demonym_code(demonym.text)
    return country is not None and entity.affiliation is not None and places.country_code(entity.affiliation) == country


def _description_fits(words: list[str], titles: list[str], literal: bool = False) -> bool:
    """Every word of the description fits the titles; the head literally, or (unless `literal`) through
    its role category ("the leader" fits a prime minister)."""
    lex = lexicon()
    if not titles:
        return False
    title_words = set().union(*(_words(t) for t in titles))
    head, modifiers = words[-1], [w for w in words[:-1] if w not in lex.ignored_role_modifiers]
    categories = lex.role_categories.get(head)
    if head in title_words or "counterpart" in title_words:  # a counterpart holds the office of the other side
        head_ok = True
    elif categories is not None and not literal:
        head_ok = not categories or any(all(w in title_words for w in combo) for combo in categories)
    else:
        head_ok = False
    return head_ok and all(_word_in(m, title_words) for m in modifiers)


def _described_as(entity: Entity, char: int) -> list[str]:
    """What the article called a person before `char`: titles, and a title in their affiliation's name
    ("President X of Chile" is a Chilean president)."""
    titles = entity.titles_before(char)
    if entity.affiliation and titles:
        return [*titles, entity.affiliation]
    return titles


def _definite(head: Token) -> bool:
    """ "the", "this", "that": a noun that refers back to someone already in the text."""
    return any(c.lower_ in _ANAPHORIC_DETERMINERS for c in head.children)


def _of_complement(head: Token) -> str | None:
    """The "of" phrase after a noun, as written ("of two" in "a mother of two"), else None."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return head.doc[prep.i : prep.right_edge.i + 1].text.lower() if prep is not None else None


def _described_beside(name: Token) -> list[tuple[set[str], str | None]]:
    """The nouns news sets beside a name to say who the person is, each as (its words, its "of" phrase):
    an apposition ("X, a property tycoon,"), a copula in a relative clause ("X, who is a sculptor,") and a
    noun compounded before the name ("sculptor X", "property tycoon X")."""
    nouns = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    nouns += [a for c in name.children if c.dep_ == "relcl" and c.lemma_ == "be" for a in c.children
              if a.dep_ == "attr" and a.pos_ == "NOUN"]
    found = [({t.lower_ for t in n.lefts if t.dep_ in ("compound", "amod") and t.is_lower} | {n.lower_},
              _of_complement(n)) for n in nouns]
    before = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_]
    if before:
        found.append(({t.lower_ for c in before for t in c.subtree if t.is_alpha and not t.ent_type_}, None))
    return found


def _names_org(token: Token) -> bool:
    """A word tagged as an organisation, or a proper noun that is no person, place or nationality: "Veltrona"
    in "officials at Veltrona"."""
    if token.ent_type_ == "ORG":
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "NORP", "GPE", "DATE")


def _without_article(name: str) -> str:
    return name.removeprefix("the ").removeprefix("The ")


def _description(head: Token) -> list[Token]:
    """The words of a role phrase that say which office it is: no article, owner ("the club's") or
    adjective that only describes the person."""
    drop = {t.i for c in head.lefts if c.dep_ == "poss" or (c.dep_ == "amod" and _only_describes(c)) for t in c.subtree}
    phrase = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.dep_ not in ("det", "punct")]
    return [t for t in phrase if t.i not in drop]


def _only_describes(modifier: Token) -> bool:
    """ "the seasoned diplomat", "the long-serving councillor", "the outspoken executive": an adjective
    with no title word or nationality in it says what the person is like, not which office they hold, so
    a description is matched without it ("the foreign minister", "the Kenyan leader" keep theirs)."""
    lex = lexicon()
    return not any(
        t.lower_ in lex.title_words
        or t.lower_ in lex.title_modifiers
        or places.demonym_code(t.text) is not None
        or places.country_code(t.text) is not None
        for t in modifier.subtree
    )


def _institution_modifier(head: Token) -> bool:
    """ "a ministry official", "the company spokesman": a common institution noun compounded onto the role."""
    institutions = lexicon().institution_nouns
    return any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.lemma_.lower() in institutions for c in head.lefts
    )


def _appositive_person(head: Token) -> Token | None:
    """The person named in apposition to a role: "the minister, X," — and for "a spokeswoman for the
    minister, X," wherever the parse hung the name, since the spokesperson is the one named."""
    direct = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    lex = lexicon()
    lemma = head.lemma_.lower()
    if direct is not None or not (
        lemma in lex.spokes_nouns or lemma in lex.title_words or lemma in lex.role_categories
    ):
        return direct
    if lemma in lex.spokes_nouns:
        nested = next((t for t in head.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"), None)
        if nested is not None:
            return nested
    return _closing_appositive(head) or comma_appositive(head.doc, head.right_edge.i + 1)


def _closing_appositive(head: Token) -> Token | None:
    """ "The coach of X, Ann Y, said": the parse hangs the name on the role's object ("X"), but a name set
    off by commas at the very end of the role's phrase is the role's holder."""
    doc = head.doc
    last = head.right_edge
    while last.i > head.i and last.is_punct:
        last = doc[last.i - 1]
    owner = last.head
    if last.dep_ != "appos" or last.pos_ != "PROPN" or owner.dep_ != "pobj" or owner.head.head.i != head.i:
        return None
    return last if doc[last.left_edge.i - 1].text == "," else None


def _whole_run(head: Token, span: tuple[int, int, str] | None) -> list[Token]:
    """The proper nouns compounded onto `head`, from the start of the person's name the cast read there
    when the parse hangs its first words elsewhere ("Jean-Luc", "Pieter van der Berg": the hyphen or a
    lower-case particle breaks the compound chain, and "Luc Moreau" would be a second person), to the
    end of a word the head is glued into."""
    run = proper_noun_run(head)
    if span is None or span[2] != "person":
        return run
    end = head.i + 1
    while end < span[1] and not head.doc[end - 1].whitespace_:  # "Lee Min-jun" parsed with "Min" as the head
        end += 1
    return list(head.doc[min(span[0], run[0].i) : end])


class Resolver:
    """Resolves phrases in text order, remembering who was in focus and who spoke last.

    `in_content(char)` marks text whose subjects are not in focus: quotations, and for statements
    reported clauses too ("X said Y's visit mattered. He added ..." is still X)."""

    def __init__(self, cast: Cast, in_quote: Callable[[int], bool], in_content: Callable[[int], bool]) -> None:
        self.cast = cast
        self.doc = cast.doc
        self.registry = cast.registry
        self.in_quote = in_quote
        salience = cast.salience
        self._focus = [(c, e) for c, e in salience.focus if not in_content(c)]
        self._places = [(c, p) for c, p in salience.places if not in_content(c)]
        self._outlets = salience.outlets
        self._speakers: list[tuple[int, Entity]] = []
        self._spokes: list[tuple[int, Entity, str | None]] = []
        self._heads: dict[str, Entity] = {}  # head noun of a resolved speaker phrase → whom it named last

    def speaker(self, subject: Token | None) -> tuple[Entity, str | None] | None:
        """The entity speaking through `subject` and the title the phrase gives it. Call in text order:
        each resolved speaker is in focus for the pronouns after it."""
        entity, title = self._entity(subject)
        if entity is None or subject is None:
            return None
        gender = lexicon().pronoun_genders.get(subject.lower_) if subject.pos_ == "PRON" else None
        if gender is not None and entity.kind == "person" and self._voice(subject.idx, gender) is not entity:
            entity.vote_gender(gender)
        self._speakers.append((subject.idx, entity))
        if subject.pos_ == "NOUN":
            self._heads[subject.lemma_.lower()] = entity
        return entity, title

    def continuation(self, char: int, entity: Entity) -> tuple[Entity, str | None]:
        """`entity` speaking on at `char` (a quotation with no attribution of its own): still in focus."""
        self._speakers.insert(bisect_left(self._speakers, char, key=lambda e: e[0]), (char, entity))
        return entity, None

    def nearby(self, char: int, floor: int) -> tuple[Entity, str | None] | None:
        """For a quotation with no attribution of its own and no speaker to continue: the person last in
        focus since `floor` (the sieve's fallback to the nearest mention before the quote), else None."""
        found = self._salient_event(char, "person", lambda e: True)
        if found is None or found[0] < floor:
            return None
        self._speakers.insert(bisect_left(self._speakers, char, key=lambda e: e[0]), (char, found[1]))
        return found[1], None

    def entity(self, token: Token) -> Entity | None:
        """The entity `token` refers to, without making it the latest speaker."""
        return self._entity(token)[0]

    def _entity(self, subject: Token | None) -> tuple[Entity | None, str | None]:
        if subject is None or self.in_quote(subject.idx):
            return None, None
        if subject.pos_ == "PRON":
            return self._pronoun(subject), None
        age = _AGE.search(subject.doc[subject.left_edge.i : subject.i + 1].text)
        if age:
            return self._aged(age.group(1), subject.doc[subject.left_edge.i].idx) or self._salient(
                subject.idx, "person", lambda e: True
            ), None
        ages = lexicon().age_nouns.get(subject.lower_)
        if ages is not None and _definite(subject):  # "X, 16, ... the teenager said"; "X, 84, ... the octogenarian"
            return self._aged(ages, subject.idx), None
        if _demonym(subject):  # "the Swede said": the person in focus whose titles carry that nationality
            return self._salient(
                subject.idx, "person", lambda e: _of_nation(e, subject) or self._set_beside(e, subject)
            ) or self._latest_set_beside(subject) or self._only_of_nation(subject) or self._of_no_other_nation(
                subject
            ), None
        institution = subject.lemma_.lower() in lexicon().institution_nouns and (
            subject.text[:1].islower() or subject.pos_ == "NOUN"
        )
        crowd = is_common_plural(subject) and not self.registry.knows_surname(subject.text)
        named = subject.pos_ == "PROPN" or (subject.ent_type_ in _NAMED_LABELS and not crowd)
        titled = is_title_word(subject) and _appositive_person(subject) is not None  # "X's High Representative, Y,"
        if not institution and named and not titled:
            others = conjoined(subject)
            if others:  # "A and B said": both speak
                group = joint([e for e in (self._proper(t)[0] for t in [subject, *others]) if e is not None])
                if group is not None:
                    return group, None
            return self._proper(subject)
        if subject.pos_ in ("NOUN", "PROPN"):
            person = _appositive_person(subject)
            if person is None:
                return self._common(subject)
            described = [t for t in subject.doc[subject.left_edge.i : subject.i + 1] if t.dep_ != "det"]
            if not any(is_title_word(t) for t in described):
                return self._proper(person)  # "Her colleague Dr X": a relation to someone, not a title
            return self._proper(person, subject.doc[described[0].i : subject.i + 1].text)
        return None, None

    def _set_beside(self, entity: Entity, demonym: Token) -> bool:
        """ "X, a Democrat from Ohio," or "X, a Swede,": the nationality or party set beside a mention of the
        person before `demonym`, which "the Democrat", "the Swede" then describe."""
        stem = _nation_stem(demonym.lower_)
        doc = self.doc
        return any(
            c.dep_ in ("appos", "compound", "amod") and c.lower_.startswith(stem)  # "X, a Swede,", "Swede X"
            for m in self.cast.mentions
            if m.entity is entity and m.start < demonym.idx
            for c in doc[m.i].children
        )

    def _of_no_other_nation(self, demonym: Token) -> Entity | None:
        """ "Emma Clarke won the final ... The Briton said": when the article gives no one that nationality,
        the person in focus whose given name that country's lists hold, and whose gender fits a "-man"/"-woman"
        noun; never one whose titles give another nation, nor one whose name that country does not know
        ("Anders Holm ... the Kenyan" names no one)."""
        adjective = demonym_adjective(demonym.text) or demonym.text
        code = places.demonym_code(adjective) or places.country_code(adjective)
        if code is None or any(_of_nation(e, demonym) or self._set_beside(e, demonym) for e in self.registry.people()):
            return None
        word = demonym.lower_
        gender = "female" if word.endswith("woman") else "male" if word.endswith("man") else None
        return self._salient(
            demonym.idx,
            "person",
            lambda e: code in given_name_countries(e.first)
            and not _of_other_nation(e, code)
            and (gender is None or e.gender in (None, gender)),
        )

    def _latest_set_beside(self, demonym: Token) -> Entity | None:
        """ "praised X, a Swede, ... The Swede said": one named outside focus, last so described."""
        before = [m.entity for m in self.cast.mentions if m.start < demonym.idx and m.entity.kind == "person"]
        return next((e for e in reversed(before) if self._set_beside(e, demonym)), None)

    def _only_of_nation(self, demonym: Token) -> Entity | None:
        """ "A of Chile beat B of Peru. 'It was hard,' the Peruvian said": out of focus, the one person named
        before whom the article gave that nationality."""
        found = {id(m.entity): m.entity for m in self.cast.mentions
                 if m.start < demonym.idx and m.entity.kind == "person" and _of_nation(m.entity, demonym)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _latest(self, events: list[tuple[int, Entity]], char: int, kind: str) -> tuple[int, Entity] | None:
        for k in range(bisect_left(events, char, key=lambda e: e[0]) - 1, -1, -1):
            if events[k][1].kind == kind:
                return events[k]
        return None

    def _aged(self, age: str, char: int) -> Entity | None:
        """ "the 34-year-old": the person the text before `char` gave that age ("X Y, 34,", "X Y (34)",
        "34-year-old X Y"), the latest such; None when no name stands beside the age. `age` is a pattern
        ("1[3-9]" for "the teenager")."""
        text = self.cast.doc.text[:char]
        for mark in reversed(list(re.finditer(rf"[,(]\s*{age}\s*[,)]|\b{age}-year-old\b", text))):
            after = mark.group().endswith("old")  # "34-year-old X Y" names after the age, "X Y, 34," before
            near = [
                (m.start - mark.end() if after else mark.start() - m.start, m.entity)
                for m in self.cast.mentions
                if m.entity.kind == "person" and ((m.start >= mark.end()) if after else (m.start < mark.start()))
            ]
            near = [n for n in near if n[0] <= _AGE_REACH]
            if near:
                return min(near, key=lambda n: n[0])[1]
        return None

    def _salient(self, char: int, kind: str, fits: Callable[[Entity], bool]) -> Entity | None:
        """The latest subject or speaker before `char` of this kind that `fits`."""
        found = self._salient_event(char, kind, fits)
        return found[1] if found else None

    def _salient_event(
        self, char: int, kind: str, fits: Callable[[Entity], bool]
    ) -> tuple[int, Entity, int | None] | None:
        """`_salient` as (char, entity, index in the focus list or None for a speaker), looking back a
        bounded number of events so that a pathological article cannot make attribution quadratic."""
        i = bisect_left(self._focus, char, key=lambda e: e[0]) - 1
        j = bisect_left(self._speakers, char, key=lambda e: e[0]) - 1
        for _ in range(_LOOK_BACK):
            if i < 0 and j < 0:
                break
            if j < 0 or (i >= 0 and self._focus[i][0] > self._speakers[j][0]):
                (pos, entity), index = self._focus[i], i
                i -= 1
            else:
                (pos, entity), index = self._speakers[j], None
                j -= 1
            if entity.kind == kind and fits(entity):
                return pos, entity, index
        return None

    def _topic(self, char: int, fits: Callable[[Entity], bool]) -> Entity | None:
        """The person a he/she refers to. In a sentence before the pronoun's, the latest fitting subject
        gives way to a fitting one of higher grammatical rank in that sentence: the agent of a passive,
        then the main clause's subject ("X is the fifth to be called by Y. He ..." is Y)."""
        found = self._salient_event(char, "person", fits)
        if found is None or found[2] is None:
            return found[1] if found else None
        pos, entity, index = found
        salience = self.cast.salience
        sentence = salience.sentence_start(pos)
        if sentence == salience.sentence_start(char):
            return entity
        best = (salience.ranks.get(pos, _OTHER_RANK), entity)
        for k in range(index - 1, -1, -1):
            earlier, candidate = self._focus[k]
            if earlier < sentence:
                break
            rank = salience.ranks.get(earlier, _OTHER_RANK)
            if rank < best[0] and candidate.kind == "person" and fits(candidate):
                best = (rank, candidate)
        return best[1]

    def _pronoun(self, token: Token) -> Entity | None:
        word = token.lower_
        if word in _PERSON_PRONOUNS:
            gender = lexicon().pronoun_genders.get(word)
            voiced = self._voice(token.idx, gender)
            if voiced is not None:
                return voiced
            bound = self._reporting_subject(token)
            if bound is not None and bound.kind == "person" and bound.gender in (None, gender):
                return bound
            if self._unnamed_person_last(token):
                return None
            return (
                self._topic(token.idx, lambda e: e.gender in (None, gender))
                or self._person_after_all(token.idx)
                or self._named_nearby(token.idx, gender)
                or self._topic(token.idx, lambda e: e.stated_gender in (None, gender))  # a given name misread
            )
        if word in _ORG_PRONOUNS:
            return self._salient(token.idx, "org", lambda e: True)
        if word in ("they", "them"):  # plural: a group or an organisation, and only the one speaking last
            counted = self._counted_subject(token)
            if counted is not None:  # "officials at X said they ...": the sentence's own plural subject first
                return counted
            k = bisect_left(self._speakers, token.idx, key=lambda e: e[0])
            last = self._speakers[k - 1][1] if k else None
            if last is not None and last.kind in ("org", "group"):
                return last
            return self._joint_subject(token) or self._acting_body(token)
        return None

    def _joint_subject(self, pronoun: Token) -> Entity | None:
        """ "A and B led the march. They said ...": people named as one joint subject in the pronoun's
        sentence or the one before, when no later subject came between, are who "they" are."""
        floor = self._sentence_before(pronoun.idx)
        doc = self.doc
        for mention in reversed(self.cast.mentions):
            if mention.start >= pronoun.idx or self.in_quote(mention.start):
                continue
            if mention.start < floor:
                return None
            token = doc[mention.i]
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            members = [self.cast.named_at(c) for c in conjoined(token)]
            if not members or any(m is None or m.kind != "person" for m in members):
                return None
            if self._crowd_between(mention.start, pronoun):
                return None
            return joint([mention.entity, *(m for m in members if m is not None)])
        return None

    def _acting_body(self, pronoun: Token) -> Entity | None:
        """ "The X Union rejected the offer. They said ...": British news writes a body as "they"; the
        organisation that was the subject in the pronoun's sentence or the one before, when no person and
        no plural subject ("Workers gathered. They said ...") came after it, is the one speaking."""
        org = self._salient_event(pronoun.idx, "org", lambda e: True)
        if org is None or self.cast.salience.sentence_start(org[0]) < self._sentence_before(pronoun.idx):
            return None
        person = self._salient_event(pronoun.idx, "person", lambda e: True)
        if person is not None and person[0] > org[0]:
            return None
        return None if self._crowd_between(org[0], pronoun) else org[1]

    def _crowd_between(self, char: int, pronoun: Token) -> bool:
        """Whether a plural common noun is a subject between `char` and the pronoun ("Workers gathered. They
        said ..."): then "they" are those people, whom the article does not name."""
        between = self.doc.char_span(char, pronoun.idx, alignment_mode="expand")
        return between is not None and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and not self.in_quote(t.idx)  # "X Rovers" names
            for t in between
        )

    def _sentence_before(self, char: int) -> int:
        """The first char of the sentence before the one holding `char`."""
        sentences = self.cast.salience.sentences
        k = bisect_right(sentences, char) - 1
        return sentences[max(0, k - 1)] if k >= 0 else 0

    def _person_after_all(self, char: int) -> Entity | None:
        """ "X Y said ... 'A,' she added" where the parse called X Y an organisation and no person at all is in
        focus (never a guess between two): the organisation last speaking or in focus whose name can be a
        person's ("X Y said ... Z Bank said ... she added" is X Y) is the person the pronoun refers to."""
        if self._salient(char, "person", lambda e: True) is not None:
            return None
        last = self._salient(char, "org", self.registry.may_be_person)
        return last if last is not None and self.registry.as_person(last) else None

    def _unnamed_person_last(self, pronoun: Token) -> bool:
        """ "An engineer inspected the bridge. He said it was safe": a person introduced without a name ("a",
        "an", "another", "one" and a trade or role) as a subject in the pronoun's sentence or the one before,
        with nobody named and no other he/she after it, is whom the first he/she refers to: unnamed, never a
        person named earlier. (Once a he/she came between, the article has moved on: "An aide said she was
        pleased. She said ..." is the person named before.)"""
        lex = lexicon()
        people = (lex.title_words - lex.title_modifiers) | lex.representative_nouns | lex.member_nouns  # not "a home"
        floor = self._sentence_before(pronoun.idx)
        start = self.cast.salience.sentence_start(floor)
        span = self.doc.char_span(start, pronoun.idx, alignment_mode="expand")
        if span is None:
            return False
        unnamed = [
            t.idx
            for t in span
            if t.dep_ in ("nsubj", "nsubjpass")
            and t.tag_ == "NN"
            and t.lemma_.lower() in people
            and any(c.dep_ == "det" and c.lower_ in (*_INDEFINITE_DETERMINERS, "one") for c in t.children)
            and not self.in_quote(t.idx)
        ]
        if not unnamed:
            return False
        pronouns = lex.pronoun_genders
        if any(t.idx > unnamed[-1] and t.lower_ in pronouns and not self.in_quote(t.idx) for t in span):
            return False
        return not any(unnamed[-1] < m.start < pronoun.idx and not self.in_quote(m.start) for m in self.cast.mentions)

    def _named_nearby(self, char: int, gender: str | None) -> Entity | None:
        """ "A said she had met B. He said ...": when no subject or speaker in focus can be the he/she (the
        article's pronouns gave them the other gender), the person the pronoun's sentence or the three before
        it last named in any other part (an object, a reported clause) whose gender fits is the referent."""
        if gender is None:
            return None
        sentences = self.cast.salience.sentences
        k = bisect_right(sentences, char) - 1
        floor = sentences[max(0, k - _PRONOUN_REACH)] if k >= 0 else 0
        for mention in reversed(self.cast.mentions):
            if mention.start >= char or self.in_quote(mention.start):
                continue
            if mention.start < floor:
                break
            entity = mention.entity
            if entity.kind == "person" and entity.gender in (None, gender):
                return entity
        return None

    def _counted_subject(self, pronoun: Token) -> Entity | None:
        """ "Two ministers had what they described as ...", "officials at X said they were ...": "they" in
        the sentence of a plural subject is that subject: a counted group, or the organisation it speaks for."""
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subject is not None and subject.tag_ in ("NNS", "NNPS"):
            found = self._plural(subject, subject.lemma_.lower()) or self._represented(subject)
            if found is not None:
                return found
        # "met executives of X after they announced ...": else the nearest people before it who speak for one
        for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
            if token.tag_ == "NNS" and not self.in_quote(token.idx):
                found = self._represented(token)
                if found is not None:
                    return found
        return None

    def _reporting_subject(self, pronoun: Token) -> Entity | None:
        """ "X said he would travel": a pronoun subject of a clause that a named person's verb governs is
        that person (the binding news relies on), before anyone merely in focus."""
        clause = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subject is None or self.in_quote(subject.idx):
            return None
        named = self.cast.named_at(subject)
        if named is not None or subject.pos_ != "PROPN":
            return named
        return self._proper(subject)[0]

    def _proper(self, head: Token, described_as: str | None = None) -> tuple[Entity | None, str | None]:
        """A proper-noun speaker; `described_as` is the noun phrase a name was in apposition to."""
        run = _whole_run(head, self.cast.name_span(head.i))
        whole = self._named_across(head) if len(run) == 1 else None
        if whole is not None:
            return whole, None
        initials = self.registry.initials_of(head) if len(run) == 1 else None
        if initials is not None:  # "JMO said" after "J Marta Okafor": the person the capitals spell
            return initials, None
        name = split_name(run)
        plain = [t for t in name if not is_honorific(t)]
        if len(plain) == 1 and not self.registry.knows_surname(plain[0].text):
            self.registry.person_by_surname(plain[0].text)
        if not name and self.registry.knows_surname(head.text):
            name = [head]
        if not name or (len(name) < len(run) and all(t.ent_type_ in _GEOGRAPHIC_LABELS for t in name)):
            # "the United States President": a country and a title describe someone, they name no one
            return self._described([t.lower_ for t in run], head.idx), None
        trailing = [t for t in run if t.i > name[-1].i]
        title = (
            title_before(head.doc, name[0].i, head.sent.start)
            or (" ".join(t.text for t in trailing) if trailing else None)
            or appositive_title(head)
            or described_as
        )
        # "Coach Rivera", "Mayor Lindqvist": a title written before the name makes it a person's (NER often
        # reads the pair as a body); a body's name ends in its portfolio word, it never opens with a title
        titled = (
            name[0].i > run[0].i
            and is_title_in_name(head.doc[name[0].i - 1])
            and not trailing
            and not org_shaped(run)  # "the Foreign Ministry" opens with a title word too
            and not any(t.lemma_.lower() in lexicon().institution_nouns for t in name)
        )
        kind = "person" if titled or any(is_honorific(t) for t in run) else ner_kind(name)
        short = self.registry.org_read_as_person(plain[0].text, head.idx) if len(run) == 1 == len(plain) else None
        if short is not None:
            return short, None
        whole_org = all(t.ent_type_ == "ORG" for t in run)  # "Tarrow Energy": a portfolio word ends a company
        known = self.registry.knows_surname(name_words(name)[-1].text)  # "Bell" of "Marcus Bell III"
        if kind == "org" and (not title or org_shaped(name) or whole_org) and not known:
            return self.registry.add_org(org_name(head, run[0].i) or head.text, head.idx), None
        return self.registry.add_person(name, title, head.idx), None

    def _named_across(self, head: Token) -> Entity | None:
        """ "Priya Ramaswamy conceded" parsed with the surname as a modifier of the verb: the person the cast
        read over the subject and the word after it, when the parse's own run stops at the first word."""
        doc = head.doc
        person = self.cast.named_at(head)
        if person is None or person.kind != "person" or head.i + 1 >= len(doc):
            return None
        if self.cast.named_at(doc[head.i + 1]) is not person:
            return None
        person.mention(head.idx)
        return person

    def _common(self, head: Token) -> tuple[Entity | None, str | None]:
        lex = lexicon()
        lemma = head.lemma_.lower()
        modifiers = [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
        if lemma in lex.spokes_nouns:
            return self._behind_spokesperson(head, modifiers)
        if lemma in lex.institution_nouns:  # "the company's board" speaks for the company; "the board" is one
            owner = self._represented(head) if lemma in lex.representative_nouns else None
            return owner or self._institution(head, lemma), None
        if lemma in lex.source_nouns:  # "X published its report ... the report said": X, before any outlet
            return self._issuer(head) or self._outlet(head), None
        if lemma in lex.document_nouns:
            return self._document(head)
        echoed = self._heads.get(lemma)
        if echoed is not None and _definite(head):
            return echoed, None  # "A senior official said ... The official added": strict head match first
        if head.tag_ in ("NNS", "NNPS") or any_role(head):
            return self._plural(head, lemma) or self._represented(head) or self._members(head), None
        indefinite = any(c.lower_ in _INDEFINITE_DETERMINERS for c in head.children)
        phrase = _description(head)
        words = [t.lower_ for t in phrase]
        if lemma in lex.representative_nouns and not indefinite and _institution_modifier(head):
            named = self._described(words, head.idx) or self._one_of(self._represented(head), head.idx)
            if named is not None:  # "the union leader" it named before, or the one person of that union
                return named, None
        if lemma in lex.representative_nouns and (indefinite or _institution_modifier(head)):
            # "a <Org> leader said", "another ministry aide said": unnamed, speaking for the organisation
            # (a ministry official is no minister); the pronouns after it are that voice
            body = self._represented(head)
            if body is not None and body.kind == "org" and head.tag_ == "NN":
                self._spokes.append((head.idx, body, None))
            return body, None
        described = self._described(words, head.idx)
        if described is None:
            described = self._in_focus_as([t for t in phrase if not _names_org(t)], head.idx, len(phrase))
        return described or self._represented(head) or self._self_described(head, phrase), None

    def _self_described(self, head: Token, phrase: list[Token]) -> Entity | None:
        """ "X, a property tycoon, ... the tycoon said", "billionaire investor X ... the billionaire said",
        "X, a mother of two, ... the mother of two said": a definite description whose head noun the article
        set beside one person's name (an apposition or a title it recorded) refers back to that person,
        whether or not the noun is a title word; its other words must be there too, and an "of" after it
        the one written there ("the father of the victim" is not "a father of three")."""
        if head.tag_ != "NN" or head.pos_ != "NOUN" or not _definite(head):
            return None
        words = [t.lower_ for t in phrase]
        complement = _of_complement(head)
        fits = [e for e in self.registry.people() if self._set_beside_as(e, words, complement, head.idx)]
        if not fits:
            return None
        return self._salient(head.idx, "person", lambda e: any(e is f for f in fits)) or max(
            fits, key=lambda e: e.mentioned_before(head.idx) or -1
        )

    def _set_beside_as(self, entity: Entity, words: list[str], complement: str | None, char: int) -> bool:
        """Whether the article described `entity` before `char` with all of `words` (and the same "of"
        complement): in a title before any "of"/"for"/"at", or in a noun set beside its name."""
        doc = self.doc
        described = [(_words(re.split(r"\b(?:of|for|at)\b", t)[0]), None) for t in entity.titles_before(char)]
        for m in self.cast.mentions:
            if m.entity is entity and m.start < char:
                described.extend(_described_beside(doc[m.i]))
        return any(set(words) <= said and complement in (None, of) for said, of in described)

    def _in_focus_as(self, phrase: list[Token], char: int, written: int) -> Entity | None:
        """ "the <Team> boss": a team or party name the titles may not carry. Without it, the description
        may only pick the person in focus right now, never one further back."""
        if not phrase or len(phrase) == written:
            return None
        focus = self._salient(char, "person", lambda e: True)
        words = [t.lower_ for t in phrase]
        return focus if focus is not None and _description_fits(words, focus.titles_before(char)) else None

    def _plural(self, head: Token, lemma: str) -> Entity | None:
        """ "the two MPs", "both ministers": the people of that role the article named last."""
        size = group_size(head)
        if size is None:
            return None
        before = [(m.start, m.entity) for m in self.cast.mentions if m.start < head.idx]
        # literally: "two officials" are not any two people with a title; "the pair" are any two
        anyone = any_role(head)
        found = described_group(
            before,
            size,
            lambda e: may_be_among(head, e) if anyone else _description_fits([lemma], e.titles_before(head.idx), True),
        )
        if found is not None or any(c.lower_ == "the" for c in head.children):
            return found
        # "Two ministers met ..." in the lede, named in the paragraphs after: the first people so titled
        after = [(m.start, m.entity) for m in reversed(self.cast.mentions) if m.start > head.idx]
        return described_group(after, size, lambda e: _description_fits([lemma], [t for _, t in e.titles], True))

    def _one_of(self, body: Entity | None, char: int) -> Entity | None:
        """The one person named before `char` whom the article tied to `body` ("X of the Y Union" for "the
        union leader"), None when none or several are."""
        if body is None or body.kind != "org":
            return None
        core = org_core(body.name)
        found = {id(m.entity): m.entity for m in self.cast.mentions if m.start < char
                 and m.entity.affiliation is not None and org_core(m.entity.affiliation) == core}
        return next(iter(found.values())) if len(found) == 1 else None

    def _represented(self, head: Token) -> Entity | None:
        """ "officials at X", "a X leader", "X executives", "X's negotiators", "the company's management",
        "union leaders" once a union is named: unnamed people speaking for an organisation the phrase names
        or refers back to; None when it names none."""
        lex = lexicon()
        if head.lemma_.lower() not in lex.representative_nouns:
            return None
        doc = head.doc
        named = [c for c in head.lefts if c.dep_ in ("compound", "nmod") and _names_org(c)]
        body = next((c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"), None)
        if not named and body is not None and body.lemma_.lower() in lex.leader_named_institutions:
            # "an administration official" speaks for it; unnamed "administration officials" stay a crowd
            return self._institution(body, body.lemma_.lower()) if head.tag_ == "NN" else None
        if named:
            name = _without_article(doc[min(c.left_edge.i for c in named) : head.i].text)
            return self.registry.add_org(name, head.idx)
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "from", "for", "with"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and _names_org(obj):
                        return self.registry.add_org(org_name(obj) or _without_article(obj.text), obj.idx)
                    if obj.dep_ == "pobj" and refers_to_institution(obj):  # "members of the union": as "the union"
                        return self._institution(obj, obj.lemma_.lower())
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
        if owner is not None:
            found = self._entity(owner)[0]
            return found if found is not None and found.kind == "org" else None
        kind = body.lemma_.lower() if body is not None else None
        if kind in lex.institution_nouns and kind not in lex.state_institution_nouns:
            # "union leaders", "company executives": the body the article names, as "the union" would be
            return self._institution(body, kind)
        if kind in lex.state_institution_nouns and head.tag_ == "NN":
            # "a ministry official" speaks for the ministry the article named; unnamed, no country is guessed
            return self.registry.org_with_head(kind, head.idx)
        bare = not any(c.dep_ in ("prep", "compound", "nmod", "amod", "poss") for c in head.children)
        if bare and head.lemma_.lower() in lex.employer_nouns:  # "the management of <a name read as a person>"
            return self._employer(head.idx)  # names a body, though not one the cast could read
        return None

    def _members(self, head: Token) -> Entity | None:
        """ "Union members said", "union workers at X said": the union the article names, speaking through its
        members (not the employer they work at); None when it names none or several."""
        lex = lexicon()
        if head.lemma_.lower() not in lex.member_nouns:
            return None
        body = next((c.lemma_.lower() for c in head.lefts if c.dep_ in ("compound", "nmod", "amod")), None)
        markers = lex.institution_name_markers.get(body) if body else None
        return self.registry.org_marked(markers) if markers else None

    def _employer(self, char: int, home: str | None = None) -> Entity | None:
        """ "The company", bare "management": the employer's side of a business or labour story. A company
        the article shows as one (a legal form, a trade, people it employs) comes before any organisation
        merely in focus; in focus first, else named last; never a union, a state body, the press, or a
        company based elsewhere than the description says ("the Leeds-based company")."""
        press = {id(e) for _, e in self._outlets}  # "told Reuters. The company said": not the outlet
        orgs = self.registry.orgs()
        skip = press | {id(e) for e in orgs if not may_be_company(e) or based_elsewhere(e, home)}
        firms = skip | {id(e) for e in orgs if not is_company(e)}
        return (
            self.registry.org_based_in(home, char)
            or self._salient(char, "org", lambda e: id(e) not in firms)
            or self.registry.latest_org(char, firms)
            or self._salient(char, "org", lambda e: id(e) not in skip)
            or self.registry.latest_org(char, skip)
        )

    def _institution(self, head: Token, lemma: str) -> Entity | None:
        """ "Valdora's foreign ministry" names itself; "the ministry" refers back to one with that word in
        its name; "the company" to the company last in focus; an unnamed national body ("the foreign
        ministry") belongs to the country last in focus."""
        lex = lexicon()
        name = org_name(head)
        if name:
            return self.registry.add_org(name, head.idx)
        if head.lower_ != lemma:
            return None  # "environmental groups": a plural with no name is a crowd, not one organisation
        found = self.registry.org_with_head(lemma, head.idx) or self.registry.org_marked(
            lex.institution_name_markers.get(lemma, frozenset())
        )
        if found is not None:
            return found
        if lemma in lex.business_nouns:  # "the company": the employer in focus, else the one named last
            home = home_of(head)
            found = self._employer(head.idx, home)
            if found is not None and found.home is None:
                found.home = home  # "the lender based in X" tells where the company it refers to is
            return found
        if lemma in lex.generic_org_nouns:  # "the body": any organisation in focus, else the one named last
            press = {id(e) for _, e in self._outlets}
            return self._salient(head.idx, "org", lambda e: id(e) not in press) or self.registry.latest_org(
                head.idx, press
            )
        if lemma in lex.self_named_institutions and not any(c.dep_ == "det" for c in head.children):
            return self.registry.add_org(lemma, head.idx)
        leader = self._leader(lex.leader_named_institutions.get(lemma, frozenset()), head.idx)
        if leader is not None:  # "the administration", "an administration official": the president's
            return self.registry.add_org(f"{leader.name.split()[-1]} {lemma}", head.idx)
        if lemma in lex.state_institution_nouns:
            k = bisect_left(self._places, head.idx, key=lambda p: p[0])
            words = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.dep_ != "det"]
            phrase = head.doc[words[0].i : head.i + 1].text.lower()
            if k:
                return self.registry.add_org(f"{self._places[k - 1][1]}'s {phrase}", head.idx)
            if len(words) > 1:  # "the labour ministry": its portfolio singles it out, though no country is named
                return self.registry.add_org(phrase, head.idx)
        return None

    def _leader(self, titles: frozenset[str], char: int) -> Entity | None:
        """The person an institution is named after ("the X administration"): the article's most prominent
        person titled so before `char`, when one stands out."""
        if not titles:
            return None
        held = [e for e in self.registry.people() if any(titles & _words(t) for t in e.titles_before(char))]
        ranked = sorted(held, key=lambda e: -e.prominence)
        if not ranked or (len(ranked) > 1 and ranked[0].prominence == ranked[1].prominence):
            return None
        return ranked[0]

    def _document(self, head: Token) -> tuple[Entity | None, str | None]:
        """ "A statement from X" is X speaking; an unsourced "the statement" is who issued it, or else the
        organisation last quoted."""
        for child in head.rights:
            if child.lower_ in ("from", "by", "of"):
                source = next((g for g in child.children if g.dep_ == "pobj"), None)
                if source is not None:
                    return self._entity(source)
        issuer = self._issuer(head)
        if issuer is not None:
            return issuer, None
        spoke = self._latest(self._speakers, head.idx, "org")
        return (spoke[1] if spoke else None), None

    def _issuer(self, head: Token) -> Entity | None:
        """ "X issued a statement on Monday. ... the statement said": who put out the document a definite noun
        refers back to, the subject of the verb whose object it was last written as."""
        if not any(c.lower_ == "the" for c in head.children):
            return None
        lemma = head.lemma_.lower()
        for token in reversed(self.doc[max(0, head.i - _ISSUER_REACH) : head.i]):
            if token.lemma_.lower() != lemma or token.dep_ != "dobj" or self.in_quote(token.idx):
                continue
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            return self._entity(subject)[0] if subject is not None else None
        return None

    def _behind_spokesperson(self, head: Token, modifiers: list[Token]) -> tuple[Entity | None, str | None]:
        """For "a <Org> spokesperson" or "a spokesman for <Org>" the organisation is the speaker; for "a
        spokeswoman for <Minister X>" the minister is; a later bare "the spokeswoman" is the same voice, and
        a first bare one speaks for the organisation the sentence before (or its own) acts as."""
        doc = head.doc
        words = [t for t in doc[head.left_edge.i : head.i + 1] if t.dep_ != "det"]
        title = doc[words[0].i : head.i + 1].text if words else None
        named = [m for m in modifiers if any(t.pos_ == "PROPN" or t.ent_type_ for t in m.subtree)]
        pobj = next((g for c in head.rights if c.lower_ in ("for", "of") for g in c.children if g.dep_ == "pobj"), None)
        entity: Entity | None = None
        owner = next((m for m in modifiers if m.dep_ == "poss" and m.pos_ in ("NOUN", "PROPN")), None)
        institution = next((m for m in modifiers if m.dep_ == "compound" and m.pos_ == "NOUN"), None)
        if owner is not None:  # "Mayor X's spokesperson", "the governor's spokesman": whom the possessive names
            entity = self._spoken_for(owner)
        elif institution is not None and not named:  # "a company spokeswoman": the company referred back to
            entity = self._spoken_for(institution)
        elif named:
            org = doc[min(m.left_edge.i for m in named) : head.i]
            entity = self.registry.add_org(_without_article(org.text), head.idx)
        elif pobj is not None:
            entity = self._spoken_for(pobj)
        elif not modifiers and self._spokes:
            entity = self._spokes[-1][1]
        elif not modifiers and head.n_rights == 0:  # "X rejected the claims. A spokesperson said": X's voice
            entity = self._acting_body(head)
        if entity is not None:
            self._spokes.append((head.idx, entity, lexicon().spokes_genders.get(head.lower_)))
        if entity is not None and entity.kind == "person":  # the governor speaks through an aide: his title
            return entity, entity.title
        return entity, title

    def _spoken_for(self, pobj: Token) -> Entity | None:
        """Whom "a spokesperson for <pobj>" speaks for: a person, a named organisation or one referred back to."""
        if pobj.ent_type_ == "PERSON" or (pobj.pos_ == "PROPN" and self.registry.knows_surname(pobj.text)):
            return self._proper(pobj)[0]
        if pobj.pos_ == "PROPN" or pobj.ent_type_:
            name = org_name(pobj, pobj.left_edge.i) or pobj.text  # "the University of X": its "of" is its name's
            return self.registry.add_org(_without_article(name), pobj.idx)
        return self._common(pobj)[0]

    def _voice(self, char: int, gender: str | None) -> Entity | None:
        """ "A spokeswoman for X said ... She said ... She added ...": the spokesperson still talks for X while
        every speaker since is that voice."""
        if not self._spokes or not self._speakers:
            return None
        pos, entity, spokes_gender = self._spokes[-1]
        since = bisect_left(self._speakers, pos, key=lambda e: e[0])
        until = bisect_left(self._speakers, char, key=lambda e: e[0])
        if since >= until or self._speakers[since][0] != pos or spokes_gender not in (None, gender):
            return None
        return entity if all(e is entity for _, e in self._speakers[since:until]) else None

    def _outlet(self, head: Token) -> Entity | None:
        """For "according to a report": the outlet the article names nearby as told or reporting."""
        for child in head.rights:
            for g in child.children:
                if g.dep_ == "pobj" and g.ent_type_ == "ORG":
                    return self.registry.add_org(head.doc[g.left_edge.i : g.i + 1].text, g.idx)
        near = [(abs(pos - head.idx), entity) for pos, entity in self._outlets if abs(pos - head.idx) <= _OUTLET_REACH]
        return min(near, key=lambda n: n[0])[1] if near else None

    def _described(self, words: list[str], char: int) -> Entity | None:
        """For "the deputy minister": the latest speaker, else latest person, whose earlier titles fit."""
        if not words or not any(w in lexicon().title_words or w in lexicon().role_categories for w in words):
            return None
        people = self.registry.people()
        fits = [e for e in people if _description_fits(words, _described_as(e, char), literal=True)]
        if not fits:  # "the premier" is the person titled premier before anyone the category would allow
            fits = [e for e in people if _description_fits(words, _described_as(e, char))]
        if not fits:
            return None
        # "the former minister" after a former and a sitting one: the words a description may leave unsaid
        # ("former", "senior") pick the person whose titles carry them all, when one does
        exact = [e for e in fits if set(words) <= set().union(*(_words(t) for t in _described_as(e, char)))]
        fits = exact or fits
        salient = self._salient(char, "person", lambda e: any(e is f for f in fits))
        if salient is not None:
            return salient
        return max(fits, key=lambda e: e.mentioned_before(char) or -1)
