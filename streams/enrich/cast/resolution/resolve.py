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
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from streams.enrich.vocabulary import places

from ..entity import Entity
from ..lexicon import lexicon
from ..names import (
    appositive_title,
    comma_appositive,
    fronted_apart,
    has_own_name,
    is_common_plural,
    is_honorific,
    is_office_title,
    is_title_in_name,
    is_title_word,
    name_words,
    ner_kind,
    org_shaped,
    proper_noun_run,
    split_name,
    title_before,
)
from ..reading.and_names import joined_name
from ..reading.orgs import org_name
from ..reading.portfolio import name_after_portfolio, portfolio_holder
from ..reading.possessive_firms import founder_named
from ..reading.short_forms import initials_of
from ..reading.stock_codes import coded_firm, written_with_parentheses
from .anonymity import speaks_anonymously
from .brought_in_groups import referred_back
from .descriptions import INDEFINITE_DETERMINERS, DescriptionReferents, is_definite, role_phrase
from .echoed_crowds import COLLECTIVE_PEOPLE, echoed_body
from .fronted_titles import person_closing_title, person_titled_after
from .glued_holders import glued_holder
from .groups import any_role, conjoined, joint, unit_name
from .held_offices import office_owner
from .implied_roles import implied_holder
from .included import included_member
from .led_groups import leader_named
from .named_later import body_named_later, body_role_holder, holder_named_later, lede_body_named_after
from .national_heads import national_head
from .national_kinds import echoes_one_of_a_nation, one_of_a_nation
from .nationality import NationalityReferents, demonym_description, of_nation
from .office_groups import office_group_name, same_group
from .offices import complement
from .opening_crowds import opens_as_crowd
from .paper_modifiers import FIGURE_WORDS
from .papers_named_later import author_named_later
from .place_bodies import body_of_place
from .placed_outlets import placed_outlet
from .pronouns import PronounReferents
from .turns import QuoteTurns
from .voices import OrganisationVoices, institution_modifier, names_org

if TYPE_CHECKING:
    from ..cast import Cast


_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP"})
_GEOGRAPHIC_LABELS = frozenset({"GPE", "NORP", "LOC"})  # a country, its people, a region: describe, never name
_LOOK_BACK = 60
_NATIONS = frozenset({"NORP", "GPE"})
_COUNTED_ONE = frozenset({"one", "another"})
_AGE = re.compile(r"\b(\d{1,3})-year-old\b")


def _appositive_person(head: Token) -> Token | None:
    """The person named in apposition to a role: "the minister, X," — and for "a spokeswoman for the
    minister, X," wherever the parse hung the name, since the spokesperson is the one named."""
    direct = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and not _people_of(c)), None)
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
    after = comma_appositive(head.doc, head.right_edge.i + 1)
    return _closing_appositive(head) or (after if after is None or not fronted_apart(head, after) else None)


def _people_of(token: Token) -> bool:
    """ "A manager of the fishing firm, ..., 7 of them Filipinos,": a nation's people in apposition name nobody.
    A firm's name in the plural ("the chain's administrator, X Partners,") is one body, not a people."""
    plural = token.tag_ == "NNPS" and token.lower_ not in lexicon().company_name_endings
    return plural or token.ent_type_ == "NORP"


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


def _one_of_many(subject: Token) -> bool:
    """ "Deputies said ... One said ...": a count or "another" standing as the subject is one of a group the
    article leaves unnamed, a voice of its own that the he/she after it refers to."""
    return subject.lower_ in _COUNTED_ONE and subject.pos_ in ("NUM", "PRON")


def _people_in_capitals(head: Token) -> bool:
    """ "Norwegian Officials said", "U.S. Dealers said": wire copy capitalising a plural trade or role after a
    nationality makes it look like a name; people described by nation and trade stay unnamed. A company's
    plural word ("Airlines", "Industries") is no trade of people."""
    lex = lexicon()
    people = lex.title_words | lex.representative_nouns | lex.member_nouns
    lefts = [t for t in head.lefts if t.dep_ != "det"]
    return (
        head.text[:1].isupper()
        and head.ent_type_ not in _NATIONS  # a country whose name ends in "States"
        and head.lower_.endswith("s")
        and head.lower_[:-1] in people
        and bool(lefts)
        and all(t.ent_type_ in _NATIONS or places.demonym_code(t.text) is not None for t in lefts)
    )


def _bare_capital(head: Token) -> bool:
    """A capitalised word standing alone as the subject ("Marlow said"), not all capitals, with no word before
    it in its phrase: a name the tagger may have taken for a common noun."""
    return head.text[:1].isupper() and not head.text.isupper() and head.is_alpha and not any(True for _ in head.lefts)


def _body_named_after(head: Token) -> Token | None:
    """ "A breakaway wing of the Kestrel movement, the Red Dawn Brigades, said": an organisation's name closing
    the subject's phrase, which the parse hangs on the phrase's object. When that object carries a name of its
    own the closing name cannot be renaming it, so it names the subject ("a subsidiary of the carmaker, X," stays
    unresolved: X may be the carmaker)."""
    last = _closing_appositive(head)
    if last is None or last.ent_type_ != "ORG":
        return None
    return last if has_own_name(last.head) else None


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
    start = min(span[0], run[0].i)
    after_portfolio = name_after_portfolio(head.doc[start:end])  # "Director of Public Prosecutions X Y"
    return list(head.doc[after_portfolio if after_portfolio is not None else start : end])


def _surname_read_otherwise(subject: Token, knows_surname: Callable[[str], bool]) -> bool:
    """ "Ortlieb told reporters": the small model may tag an unfamiliar surname standing alone as the
    subject an adjective, a verb or an adverb (and its recogniser read it as no name); a capitalised word that is
    the surname of a person the article named is that person, whatever the tag."""
    return (
        subject.pos_ in ("ADJ", "VERB", "ADV")
        and subject.is_alpha
        and subject.text[:1].isupper()
        and not subject.is_upper
        and knows_surname(subject.text)
    )


def _common_word(token: Token) -> bool:
    """Whether `token` is a common noun by its use or its case: "A dockside trader, who ..., said" can make the
    parse tag the lower-case head a proper noun; a word written all in lower case names no one, so the phrase is
    the description it is, and an unnamed voice the pronouns after it keep to."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower())


def _inside_joined_name(doc: Doc, span: tuple[int, int, str] | None) -> bool:
    """Whether a name span the cast read is one company's name with an "and" or a founder's "'s" inside it."""
    if span is None or span[2] != "org":
        return False
    name = doc[span[0] : span[1]]
    return joined_name(name) or founder_named(name)


def _noun_read_otherwise(subject: Token) -> bool:
    """ "The forward added", "the daily reported": a role noun the tagger read as an adverb, or a newspaper's
    noun read as an adjective, is still that noun when "the" marks it."""
    lex = lexicon()
    words = {"ADV": lex.role_categories, "ADJ": lex.press_nouns}.get(subject.pos_, ())
    return subject.lower_ in words and is_definite(subject)


def _indefinite(head: Token) -> bool:
    """ "a union", "a buyout partnership": a noun brought in, not referred back to."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in head.children)


def _brought_in(head: Token) -> bool:
    """ `_indefinite`, or its article read onto a plural owner ("a residents' group", "a supporters' club")."""
    return _indefinite(head) or any(c.dep_ == "poss" and c.tag_ == "NNS" and _indefinite(c) for c in head.children)


def _introduced_unnamed(head: Token) -> bool:
    """ "An alliance of faith groups says", "an association of retailers says": an indefinite body is one the
    article brings in here without naming it, never the organisation in focus or named last."""
    return _indefinite(head) and not org_name(head)


def _office_of_title(head: Token) -> bool:
    """ "The Prime Minister's Office said": an institution word a title owns is that office-holder's body, not
    a person called "Office" whom the title describes."""
    return head.lemma_.lower() in lexicon().institution_nouns and any(
        c.dep_ == "poss" and is_title_word(c) for c in head.children
    )


class Resolver(PronounReferents, DescriptionReferents, NationalityReferents, OrganisationVoices, QuoteTurns):
    """Resolves phrases in text order, remembering who was in focus and who spoke last.

    `in_content(char)` marks text whose subjects are not in focus: quotations, and for statements
    reported clauses too ("X said Y's visit mattered. He added ..." is still X).

    Here: the dispatch by the phrase's shape, names, and the focus every rule looks back through; the
    rules for pronouns, descriptions, nationalities, organisations' voices and unattributed quotes' turns
    are the mixins', one module each, since each reads the same memory of focus and speakers."""

    def __init__(self, cast: Cast, in_quote: Callable[[int], bool], in_content: Callable[[int], bool]) -> None:
        self.cast = cast
        self.doc = cast.doc
        self.registry = cast.registry
        self.in_quote = in_quote
        self._in_content = in_content
        salience = cast.salience
        self._focus = [(c, e) for c, e in salience.focus if not in_content(c)]
        self._places = [(c, p) for c, p in salience.places if not in_content(c)]
        self._outlets = salience.outlets
        self._speakers: list[tuple[int, Entity]] = []
        self._spokes: list[tuple[int, Entity, str | None]] = []
        self._heads: dict[str, Entity] = {}  # head noun of a resolved speaker phrase → whom it named last
        self._heads_at: dict[str, int] = {}  # head noun of a resolved speaker phrase → where it last spoke
        self._unnamed_voices: set[int] = set()  # chars of the subjects that spoke without a name ("a fan said")
        self._unnamed_heads: dict[str, int] = {}  # head noun of an unnamed speaker phrase → where it last spoke
        self._office_groups: list[Entity] = []  # "X foreign ministers": each group once, however shortened later

    def speaker(self, subject: Token | None) -> tuple[Entity, str | None] | None:
        """The entity speaking through `subject` and the title the phrase gives it. Call in text order:
        each resolved speaker is in focus for the pronouns after it. Bodies coordinated as the subject speak as
        one (`_joint_bodies`); elsewhere, as sides of a meeting, each is read alone."""
        bodies = self._joint_bodies(subject) if subject is not None and not self.in_quote(subject.idx) else None
        entity, title = (bodies, None) if bodies is not None else self._entity(subject)
        if (
            subject is not None
            and _common_word(subject)
            and (entity is None or entity.kind != "org")
            and speaks_anonymously(subject, self._in_content)
        ):
            # "an aide, speaking anonymously": a person left unnamed; "a board aide, granted anonymity," after
            # the board was named still speaks for that board
            self._unnamed_voices.add(subject.idx)
            self._unnamed_heads[subject.lemma_.lower()] = subject.idx
            return None
        if subject is not None and entity is None and (_common_word(subject) or _one_of_many(subject)):
            self._unnamed_voices.add(subject.idx)
            self._unnamed_heads[subject.lemma_.lower()] = subject.idx
        if entity is None or subject is None:
            return None
        entity = self._lead_firm_voice(subject, entity)
        gender = lexicon().pronoun_genders.get(subject.lower_) if subject.pos_ == "PRON" else None
        if gender is not None and entity.kind == "person" and self._voice(subject.idx, gender) is not entity:
            entity.vote_gender(gender)
        self._speakers.append((subject.idx, entity))
        if subject.pos_ == "NOUN":
            self._heads[subject.lemma_.lower()] = entity
            self._heads_at[subject.lemma_.lower()] = subject.idx
        self._spokesperson_heard(subject, entity)
        return entity, title

    def _spokesperson_heard(self, subject: Token, entity: Entity) -> None:
        """ "A spokesman for consortium member X Plc said ... He said": however the phrase was resolved (the body
        named at its close rather than after "for", or hung on it as an apposition), an unnamed spokesperson is a
        voice the he/she after it keeps, not a person (or a product the model read as one) named between. So is
        one unnamed official of a body ("The X Corp <XC> official said ... He said"): a role a person holds,
        not a body's own organ ("the board", "the team")."""
        lex = lexicon()
        lemma = subject.lemma_.lower()
        official = lemma in lex.representative_nouns and lemma in lex.title_words and subject.tag_ == "NN"
        if (lemma not in lex.spokes_nouns and not official) or entity.kind != "org":
            return
        if self._spokes and self._spokes[-1][0] == subject.idx:
            return
        self._spokes.append((subject.idx, entity, lex.spokes_genders.get(subject.lower_)))

    def entity(self, token: Token) -> Entity | None:
        """The entity `token` refers to, without making it the latest speaker."""
        return self._entity(token)[0]

    def _entity(self, subject: Token | None) -> tuple[Entity | None, str | None]:
        if subject is None or self.in_quote(subject.idx):
            return None, None
        press = self.cast.name_span(subject.i) if subject.lower_ in lexicon().press_name_endings else None
        if press is not None and press[2] == "org" and press[0] <= subject.i < press[1] - 1 and (
            subject.doc[subject.i + 1].lower_ == "of"
        ):  # "the Times of <Country> said": the paper, not a body called "Times"
            return self.registry.add_org(subject.doc[subject.i : press[1]].text, subject.idx), None
        coded = coded_firm(subject)
        if coded is not None:  # "X Ltd <XL.L> said": the parse may make the code the subject; its company speaks
            firm = self._coded_org(coded)
            if firm is not None:
                return firm, None
            subject = coded
        elif (held := self._parenthesised_firm(subject)) is not None:  # "X (Holdings) Ltd said": the parse
            return held, None  # makes the legal form the subject and hangs the words before it on it
        elif subject.text == ">" and subject.i > 0:  # "<X Y - XY> said": the parse may make the closing bracket
            subject = subject.doc[subject.i - 1]  # the subject; the name it closes is
        if subject.pos_ == "PRON":
            return self._pronoun(subject), None
        if _inside_joined_name(subject.doc, self.cast.name_span(subject.i)):  # "X Bank and Trust Co" parsed as
            return self._proper(subject)  # two coordinated bodies, "Bank" perhaps a common noun: one company
        read = self.cast.named_at(subject) if subject.pos_ == "NOUN" else None
        if read is not None and read.kind == "person":  # "Moreno: ..." tagged a noun, read by the cast as a name
            return read, None
        if _surname_read_otherwise(subject, self.registry.knows_surname):  # "Mbeki told" with "Mbeki" an adjective
            return self.registry.add_person([subject], None, subject.idx), None
        holder = self.cast.holder_of(subject) if subject.pos_ in ("NOUN", "PROPN") else None
        if holder is not None and holder.kind == "person":
            # "The Vice-President of the agency, Kofi X, said" parsed with "Vice" the subject and the name hung
            # elsewhere: a word of a title the cast gave a named person speaks as that person (a role with the
            # name in apposition keeps the title as written there: "the city's chief engineer, X")
            beside = _appositive_person(subject)
            if beside is None or self.cast.named_at(beside) is not holder:
                return holder, holder.title
        age = _AGE.search(subject.doc[subject.left_edge.i : subject.i + 1].text)
        if age:
            return self._aged(age.group(1), subject.doc[subject.left_edge.i].idx) or self._salient(
                subject.idx, "person", lambda e: self._may_be_called(e, subject)
            ), None
        ages = lexicon().age_nouns.get(subject.lower_)
        if ages is not None and is_definite(subject):  # "X, 16, ... the teenager said"; "X, 84, ... the octogenarian"
            return self._aged(ages, subject.idx), None
        if demonym_description(subject):  # "the Swede said": the person in focus whose titles carry that nationality
            return self._salient(
                subject.idx, "person", lambda e: of_nation(e, subject) or self._set_beside(e, subject)
            ) or self._latest_set_beside(subject) or self._only_of_nation(subject) or self._of_no_other_nation(
                subject
            ) or self._of_a_party(subject), None
        if opens_as_crowd(subject, self.registry.knows_surname):  # "Farmers said": a trade, sentence-cased
            return self._crowd_voice(subject), None
        if self._one_of_a_nation(subject):  # "a U.S. Firm added", "French farm unions said": none of them named
            return None, None
        institution = subject.lemma_.lower() in lexicon().institution_nouns and (
            subject.text[:1].islower() or subject.pos_ == "NOUN"
        )
        crowd = is_common_plural(subject) and not self.registry.knows_surname(subject.text)
        proper = subject.pos_ == "PROPN" and not _common_word(subject)
        named = proper or (subject.ent_type_ in _NAMED_LABELS and not crowd)
        titled = is_title_word(subject) and _appositive_person(subject) is not None  # "X's High Representative, Y,"
        held = portfolio_holder(subject) if named else None
        if held is not None:  # "Minister for Culture X Y said" with the title parsed as the subject
            doc = subject.doc
            title = doc[subject.i : held[0]].text
            person = self.cast.named_at(doc[held[1] - 1])
            return person or self.registry.add_person(doc[held[0] : held[1]], title, subject.idx), title
        fronted = person_titled_after(subject) if named else None
        if fronted is not None:  # "Democrats Senator X says" read with the party as the subject
            return self._proper(fronted)
        closing = person_closing_title(subject) if named else None
        if closing is not None:  # "Ambassador to X Ana Ruiz said" read with the title word as the subject
            holder = self.cast.named_at(closing) or self._proper(closing)[0]
            words = holder.name.split() if holder is not None else []
            first = closing.i  # the title runs up to the name as the cast holds it ("... Transport" before "Karsono")
            while first > subject.i + 1 and subject.doc[first - 1].text in words:
                first -= 1
            return holder, subject.doc[subject.left_edge.i : first].text
        if named and _people_in_capitals(subject) and not self.registry.knows_surname(subject.text):
            return None, None  # "Canadian Economists said": unnamed people of a nation, whatever the case
        offices = self._office_group(subject) if named and subject.tag_ in ("NNP", "NNPS") else None
        if offices is not None:  # "Foreign Ministers of X said": the group, no body called "Ministers"
            return offices, None
        if not institution and named and not titled:
            group = self._joint(subject)  # "A and B said": both speak
            return (group, None) if group is not None else self._proper(subject)
        glued = glued_holder(subject, self.cast.name_span) if subject.pos_ in ("NOUN", "ADJ") else None
        if glued is not None:  # "registrar of the X Court Ana Ruiz said": the body's name runs into its holder's
            return self._proper(glued, subject.doc[subject.left_edge.i : glued.left_edge.i].text.rstrip())
        member = included_member(subject)
        if member is not None:  # "analysts, including X of Y, said": the one member named
            voice = self._joint(member) or self._proper(member)[0]
            if voice is not None and voice.kind != "org":
                return voice, None
        if subject.pos_ in ("NOUN", "PROPN") or _noun_read_otherwise(subject):
            person = _appositive_person(subject)
            if person is None:
                body = _body_named_after(subject) or unit_name(subject)
                if body is not None:
                    return self._proper(body)
                # "Marlow said" after "Marlow Cable Works Inc", tagged a common noun: the body the word opens
                firm = (
                    self.registry.org_read_as_person(subject.text, subject.idx)
                    if _bare_capital(subject)
                    else None
                )
                return (firm, None) if firm is not None else self._common(subject)
            group = self._joint(person) if subject.tag_ in ("NNS", "NNPS") else None
            if group is not None:  # "Two councillors, A and B, said": the people the count names
                return group, None
            described = [t for t in subject.doc[subject.left_edge.i : subject.i + 1] if t.dep_ != "det"]
            if not any(is_title_word(t) for t in described):
                return self._proper(person)  # "Her colleague Dr X": a relation to someone, not a title
            return self._proper(person, subject.doc[described[0].i : subject.i + 1].text)
        return None, None

    def _one_of_a_nation(self, head: Token) -> bool:
        """Whether `head` is an unnamed one (or some) of a nation's kind (`national_kinds`), not an article's
        surname ("Banks" of "Ida Banks") nor a lede's body that the article names right after."""
        return (
            (one_of_a_nation(head) or echoes_one_of_a_nation(head))
            and not self.registry.knows_surname(head.text)
            and lede_body_named_after(head, self.registry.orgs()) is None
        )

    def _joint(self, head: Token) -> Entity | None:
        """The people named by `head` and the names coordinated with it, as one speaker; None for one."""
        others = conjoined(head)
        if not others:
            return None
        letters = [head, *others]
        if all(len(t.text) == 1 and t.text.isupper() for t in letters):  # "D and P": one body's initials
            spelled = self.registry.org_named(" and ".join(t.text for t in letters)) or self._spelled_speaker(
                "".join(t.text for t in letters), head.idx
            )
            if spelled is not None:
                return spelled
        return joint([e for e in (self._proper(t)[0] for t in letters) if e is not None])

    def _joint_bodies(self, head: Token) -> Entity | None:
        """ "The subcommittee and the agency said", "the union and Tarn Mining said": a body's description
        coordinated with other bodies speaks with all of them as one voice, when every one of them refers to a
        body the article names; None when any is a person, a crowd or unnamed (never a part-guess). Only a
        clause's subject: "a meeting between the board and its lender" names two sides."""
        others = [c for c in head.conjuncts if c.i > head.i and c.pos_ in ("NOUN", "PROPN")]
        if not others or head.dep_ not in ("nsubj", "nsubjpass") or head.tag_ != "NN":
            return None
        if head.lemma_.lower() not in lexicon().institution_nouns:
            return None
        bodies = [self._common(head)[0], *(self._entity(c)[0] for c in others)]
        if any(b is None or b.kind != "org" for b in bodies):
            return None
        return joint([b for b in bodies if b is not None])

    def _spelled_speaker(self, initials: str, char: int) -> Entity | None:
        """The one earlier speaker whose name the initials spell ("H and V" after "Harlan and Vane's said", a
        name the cast holds as two joined ones); None when none or several do."""
        found = {  # one name written twice ("X and Y's", "X and Y") is one speaker
            e.name.lower().removesuffix("'s"): e
            for c, e in self._speakers
            if c < char and len(e.name.split()) > 1 and initials_of(e.name) == initials
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _latest(self, events: list[tuple[int, Entity]], char: int, kind: str) -> tuple[int, Entity] | None:
        for k in range(bisect_left(events, char, key=lambda e: e[0]) - 1, -1, -1):
            if events[k][1].kind == kind:
                return events[k]
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

    def _parenthesised_firm(self, subject: Token) -> Entity | None:
        """The company whose name, read whole by the cast with a parenthesised word in it, ends in `subject`."""
        span = self.cast.name_span(subject.i)
        if span is None or span[2] != "org" or span[1] - 1 != subject.i:
            return None
        name = subject.doc[span[0] : span[1]]
        return self.registry.add_org(name.text, name[0].idx) if written_with_parentheses(name) else None

    def _coded_org(self, coded: Token) -> Entity | None:
        """The company whose name ends in `coded`, the word before a stock code, when the cast read that name
        as an organisation's (the parse may hang the name's words on the code)."""
        span = self.cast.name_span(coded.i)
        if span is None or span[2] != "org":
            return None
        return self.registry.add_org(coded.doc[span[0] : span[1]].text, coded.doc[span[0]].idx)

    def _proper(self, head: Token, described_as: str | None = None) -> tuple[Entity | None, str | None]:
        """A proper-noun speaker; `described_as` is the noun phrase a name was in apposition to."""
        coded = coded_firm(head)
        if coded is not None and coded.i < head.i:  # "the maker, X Corp <XC.PA>, said": the parse put the code
            firm = self._coded_org(coded)  # in apposition, or as the name; the company before it is meant
            if firm is not None:
                return firm, None
            head = coded
        span = self.cast.name_span(head.i)
        if _inside_joined_name(head.doc, span):  # "X Pipe and Valve Co": the parse's compounds stop at "and"
            return self.registry.add_org(head.doc[span[0] : span[1]].text, head.doc[span[0]].idx), None
        run = self._after_body(_whole_run(head, span), span)
        whole = self._named_across(head) if len(run) == 1 else None
        if whole is not None:
            return whole, None
        initials = (
            (self.registry.initials_of(head) or self.registry.org_by_initials(head.text)) if len(run) == 1 else None
        )
        if initials is not None:  # "JMO said" after "J Marta Okafor"; "FPF said" after "Ferrow Pipe and Foundry Co"
            return initials, None
        name = split_name(run)
        plain = [t for t in name if not is_honorific(t)]
        if len(plain) == 1 and not self.registry.knows_surname(plain[0].text):
            self.registry.person_by_surname(plain[0].text)
        if not name and self.registry.knows_surname(head.text):
            name = [head]
        body = (not name and self._body_ending_in_title(run)) or self._body_opening_with_title(run, name)
        if body or _office_of_title(head):
            return self.registry.add_org(org_name(head, run[0].i) or head.text, head.idx), None
        geographic = all(t.ent_type_ in _GEOGRAPHIC_LABELS for t in name) and not any(is_honorific(t) for t in run)
        if not name or (len(name) < len(run) and geographic):
            # "the United States President": a country and a title describe someone, they name no one; after
            # an honorific the word is a surname the model read as a place ("Mr Okonkwo, 52, said")
            return self._described([t.lower_ for t in run], head.idx, complement(head)) or (
                holder_named_later(head, run, self.registry.people()) if not name else None
            ), None
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
        plain_run = len(run) == len(plain) <= 2
        short = self.registry.org_read_as_person(" ".join(t.text for t in plain), head.idx) if plain_run else None
        if short is None and len(plain) < len(run) <= 3 and run[-1].i == head.i:
            # "General Dynamo said" after "General Dynamo Co": a title word opening a firm's name is the name's
            short = self.registry.org_read_as_person(" ".join(t.text for t in run), head.idx)
        if short is not None:
            return short, None
        whole_org = all(t.ent_type_ == "ORG" for t in run)  # "Tarrow Energy": a portfolio word ends a company
        known = self.registry.knows_surname(name_words(name)[-1].text)  # "Bell" of "Marcus Bell III"
        known = known or (len(name) == 1 and self.registry.family_named(name[0].text) is not None)  # "Choi"
        if kind == "org" and (not title or org_shaped(name) or whole_org) and not known:
            return self.registry.add_org(org_name(head, run[0].i) or head.text, head.idx), None
        return self.registry.add_person(name, title, head.idx), None

    def _after_body(self, run: list[Token], span: tuple[int, int, str] | None) -> list[Token]:
        """ "the economist of the X Nurses Union Ana Ruiz said": the parse compounds the body's name onto its
        holder's, and the cast already cut the two apart; the person's run starts where the body ends."""
        if span is None or span[2] != "person" or run[0].i >= span[0]:
            return run
        body = self.cast.name_span(span[0] - 1)
        if body is None or body[2] != "org" or body[1] != span[0]:
            return run
        return [t for t in run if t.i >= span[0]]

    def _body_ending_in_title(self, run: list[Token]) -> bool:
        """ "The Health Service Executive said": a body whose name ends in a title word, as the recogniser read
        it, is no title without a holder: its other words say which body it is, one of them no title's word
        ("Service") and none an office or a rank ("the Deputy Chief Executive" is a person)."""
        span = self.cast.name_span(run[-1].i)
        if span is None or span[2] != "org" or span[0] > run[0].i or len(run) < 2:
            return False
        others = run[:-1]
        ranks = lexicon().ignored_role_modifiers
        return not all(is_title_word(t) for t in others) and not any(
            is_office_title(t.text) or t.lower_ in ranks for t in others
        )

    def _body_opening_with_title(self, run: list[Token], name: list[Token]) -> bool:
        """ "The National Defence Archive said", "the Finance Secretary Network": title words opening a body's
        name leave one word that looks like a surname. The body shows in the whole run being shaped as one, or
        in an article or a body owning it before a run the model read as one body: news writes "Security
        Minister Baker said", not "the Security Minister Baker said" ("X College's Foreign Trade
        Archive")."""
        if len(name) != 1 or name[0].i == run[0].i or any(is_honorific(t) for t in run):
            return False
        if org_shaped(run):
            return True
        doc, first = run[0].doc, run[0].i
        span = self.cast.name_span(run[-1].i)
        before = doc[first - 1] if first > 0 else None
        owned = before is not None and before.tag_ == "POS" and first > 1 and doc[first - 2].ent_type_ == "ORG"
        article = before is not None and before.lower_ == "the"
        return (article or owned) and span is not None and span[2] == "org" and span[0] <= first

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

    def _qualified(self, head: Token) -> Entity | None:
        """The person a description's words besides its head fit ("the Tarsa governor", "the minister of
        health"), None for a bare head or when no title carries them."""
        words = [t.lower_ for t in role_phrase(head)]
        of = complement(head)
        return self._described(words, head.idx, of) if len(words) > 1 or of else None

    def _office_holder(self, head: Token) -> Entity | None:
        """The named person whose own office `head` is ("her office", "the office of Mayor X"), as the
        cast read the owner, or the body a common noun owning it refers to ("the company's office in X":
        a branch speaks for its company); None when the owner is neither."""
        owner = office_owner(head)
        if owner is None:
            return None
        if owner.pos_ == "NOUN":
            body = self._entity(owner)[0]
            return body if body is not None and body.kind == "org" else None
        person = self._pronoun(owner) if owner.pos_ == "PRON" else self.cast.named_at(owner)
        return person if person is not None and person.kind == "person" else None

    def _group_leader(self, head: Token) -> Entity | None:
        """The named person or body leading the unnamed group `head` ("researchers led by X", "a coalition led
        by the Greens"): a group with no name of its own speaks as whoever the article names leading it."""
        leader = leader_named(head)
        if leader is None:
            return None
        named = self.cast.named_at(leader) or self._proper(leader)[0]
        return named if named is not None and named.kind in ("person", "org") else None

    def _common(self, head: Token) -> tuple[Entity | None, str | None]:
        found, title = self._common_referent(head)
        if found is not None and found.kind == "person" and self._unnamed_echo(head, found):
            return None, None
        return found, title

    def _unnamed_echo(self, head: Token, person: Entity) -> bool:
        """ "One mining aide spoke ... said the aide": a bare definite role repeats the unnamed voice with
        that head noun when it spoke after the named person the description would fit was last mentioned."""
        unnamed = self._unnamed_heads.get(head.lemma_.lower())
        if unnamed is None or not is_definite(head) or len(role_phrase(head)) > 1:
            return False
        last = person.mentioned_before(head.idx)
        return last is None or last < unnamed

    def _office_group(self, head: Token) -> Entity | None:
        """The group of office holders `head` names ("X foreign ministers"), the one named before when it is a
        shorter writing of it ("X ministers"); None when `head` names no such group."""
        name = office_group_name(head)
        if name is None:
            return None
        known = next((g for g in reversed(self._office_groups) if same_group(g, name)), None)
        if known is None:
            known = Entity(name=name, kind="group")
            self._office_groups.append(known)
        return known

    def _crowd_voice(self, head: Token) -> Entity | None:
        """Whom a sentence-cased crowd speaks for: no one, unless its people represent a body the sentence or the
        crowd before names ("Officials said in a statement released by X", "Officials said" after X's)."""
        lemma = head.lemma_.lower()
        if lemma not in lexicon().representative_nouns:
            return None
        return self._represented(head) or self._echoed_crowd(head, lemma)

    def _echoed_crowd(self, head: Token, lemma: str) -> Entity | None:
        """ "officials said" after "Port officials said": the body the same crowd spoke for (`echoed_crowds`)."""
        echoed = self._heads.get(lemma)
        last = (self._heads_at[lemma], echoed) if echoed is not None else None
        return echoed_body(head, last, self._unnamed_heads.get(lemma))

    def _common_referent(self, head: Token) -> tuple[Entity | None, str | None]:
        group = self._office_group(head)
        if group is not None:
            return group, None
        holder = self._office_holder(head) or self._group_leader(head)
        if holder is not None:
            return holder, holder.title
        placed = body_of_place(head) or placed_outlet(head)
        if placed is not None:  # "the dairy board" after "the dairy board of X": that country's
            return self.registry.add_org(placed, head.idx), None
        lex = lexicon()
        lemma = head.lemma_.lower()
        modifiers = [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
        if lemma in lex.spokes_nouns:
            return self._behind_spokesperson(head, modifiers)
        bodies = self._plural_bodies(head) if head.tag_ == "NNS" and lemma in lex.business_nouns else None
        if bodies is not None:  # "the two companies said" after "A Corp and B Inc agreed ...": both speak
            return bodies, None
        if lemma in lex.institution_nouns:  # "the company's board" speaks for the company; "the board" is one
            named_after = lede_body_named_after(head, self.registry.orgs()) if _brought_in(head) else None
            referred = referred_back(head) if named_after is None else None
            if referred is not None:  # "A shareholder group ... told X ... The group said": that group both times
                return self.registry.add_org(*referred), None
            if named_after is not None or _introduced_unnamed(head):  # "a union said": unnamed, unless a lede
                return named_after, None  # names it in the lines after ("A lakeside partnership" is no name)
            owner = self._represented(head) if lemma in lex.representative_nouns else None
            return (
                owner
                or self._institution(head, lemma)
                or body_named_later(head, self.registry.orgs())
                or self._sole_state_body(head, lemma)
            ), None
        if lemma in lex.source_nouns:  # "X published its report ... the report said": X, before any outlet
            return self._source(head) or self._authors(author_named_later(head, self.in_quote)), None
        if lemma in lex.document_nouns:
            return self._document(head)
        authors = (
            self._paper_voice(head) or self._authors(author_named_later(head, self.in_quote))
            or self._state_paper_voice(head)
            if lemma in lex.paper_nouns
            else None
        )
        if authors is not None:  # "a study by A and B said", "the audit" after "the audit was prepared by A"
            return authors, None
        issued = self._named_before(head) if head.lower_ in FIGURE_WORDS else None
        if issued is not None:  # "according to provisional X Bank figures"
            return issued, None
        sourced = self._sourced_by(head)
        if sourced is not None:
            return sourced, None
        echoed = self._heads.get(lemma)
        if echoed is not None and is_definite(head):
            # "A senior official said ... The official added": strict head match first, unless the words around
            # the head name another holder of it ("the health minister" after "the education minister" spoke)
            return self._qualified(head) or echoed, None
        if head.tag_ in ("NNS", "NNPS") or any_role(head) or (lemma in COLLECTIVE_PEOPLE and not is_definite(head)):
            return (
                self._plural(head, lemma) or self._represented(head) or self._members(head)
                or self._echoed_crowd(head, lemma)
            ), None
        indefinite = any(c.lower_ in INDEFINITE_DETERMINERS for c in head.children)
        phrase = role_phrase(head)
        words = [t.lower_ for t in phrase]
        of = complement(head)
        if lemma in lex.representative_nouns and not indefinite and institution_modifier(head):
            named = self._described(words, head.idx, of) or self._one_of(self._represented(head), head.idx)
            if named is not None:  # "the union leader" it named before, or the one person of that union
                return named, None
        if (lemma in lex.representative_nouns or lemma in lex.market_voices) and (
                indefinite or institution_modifier(head)):
            # "a <Org> leader said", "another ministry aide said": unnamed, speaking for the organisation
            # (a ministry official is no minister); the pronouns after it are that voice
            body = self._represented(head)
            if body is not None and body.kind == "org" and head.tag_ == "NN":
                self._spokes.append((head.idx, body, None))
            return body, None
        described = self._described(words, head.idx, of) or self._national_voice(head) or national_head(
            head, self.cast.mentions, self.cast.name_span)  # "the Norlandic leader" after "King X of Norland"
        if described is None:
            described = self._in_focus_as([t for t in phrase if not names_org(t)], head.idx, len(phrase))
        body = None if described is not None else self._represented(head) or self._post_of_body(head)
        return (
            described
            or body_role_holder(head, phrase, body, self.registry.people())
            or body
            or self._self_described(head, phrase)
            or (implied_holder(head, self.cast.mentions) if is_definite(head) else None)
            or holder_named_later(head, phrase, self.registry.people())
            or self._recalled(head)
        ), None
