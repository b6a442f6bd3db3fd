"""Meetings' reading of the article's cast: participants by token, and the groups meetings talk about.

Who is who (people, organisations, places, full names, titles) is the cast's answer (`streams.enrich.cast`);
this module only turns it into meeting participants: a named person or organisation, a country as a side,
the body people act for ("management at X", "X's negotiators", "the union" once named), "they"/"the two
leaders" as a plural anaphor, "union leaders" of no named union as a described counterpart, a role the
article never names kept as the role it is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from streams.enrich.cast import Cast, Entity, Resolver, cast_of, is_office_title
from streams.enrich.cast.lexicon import lexicon as cast_lexicon
from streams.enrich.cast.names import is_capitalised, org_shaped
from streams.enrich.cast.reading.stock_codes import coded_firm
from streams.enrich.extractors.meetings.clause import clause_subjects, relative_antecedent
from streams.enrich.extractors.meetings.counted import partitive_whole
from streams.enrich.extractors.meetings.counted_states import counted_states
from streams.enrich.extractors.meetings.counterparties import (
    counterparty_text,
    is_deal_counterparty,
    is_lending_body,
    owned_lenders,
)
from streams.enrich.extractors.meetings.described_before import described_before
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.nationals import nation_as_people
from streams.enrich.extractors.meetings.open_groups import open_group
from streams.enrich.extractors.meetings.party_sides import party_side
from streams.enrich.extractors.meetings.place_of import governed_place
from streams.enrich.extractors.meetings.said_they import reporting_group, reporting_voice
from streams.enrich.extractors.meetings.short_forms import body_by_short_form
from streams.enrich.extractors.meetings.sitting_bodies import a_sitting_body
from streams.enrich.extractors.meetings.telling import in_a_listener_slot
from streams.enrich.extractors.meetings.written_sides import sent_party, served_ones
from streams.enrich.model import Participant
from streams.enrich.vocabulary.places import country_code

PERSON, ORG, PLACE, OTHER = "PERSON", "ORG", "PLACE", "OTHER"
_LABELS = {"person": PERSON, "org": ORG, "place": PLACE, "other": OTHER}
_POSSESSIVE = ("’s", "'s", "’", "'")
_PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
_OWN_PRONOUNS = {"his", "her", "their", "its", "my", "our"}
_SPEAKER_PRONOUNS = {"i", "we", "me", "us", "my", "our"}
_ANTECEDENT_SENTENCES = 3
_ANTECEDENT_PEOPLE = 12
_CATAPHOR_SENTENCES = 2  # a lede's roles are named in the sentence after it, or the one after that
_BODY_PREPS = ("of", "from", "for")  # "workers at X" work there, not for it: "at" is the cast's to read
_DEFINITE = {"the", "this", "that"}
_DESCRIBING_PREPS = ("of", "from", "at")
_POINTING = {"both", "two", "each", "either", "all", "these", "those"}
_MAX_CLIMB = 3
_ASIDE_DEPS = ("prep", "acl")  # what hangs on a group's body and says where it is or what it does
_NP_INNER = ("det", "poss", "nummod", "amod", "compound", "nmod", "quantmod")
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "eer")  # "grow-er", "curat-or", "pian-ist", "physic-ian"
_WHOSE_PREPS = (*_BODY_PREPS, "at")  # "unions of/at X": which ones, told elsewhere
_MIN_TRADE = 5  # "heir", "doer": too short for the suffix to be sure

PLURAL = Participant(name="<plural>", kind="person")
"""Marker for "they", "the two leaders": the participants come from an earlier mention."""


def _compounds(noun: Token) -> list[Token]:
    """The words compounded before `noun`, the compounds of those included: in "the Ferrow county council"
    the small model hangs the name on "county", not on "council", and the name still tells which body."""
    found = []
    for c in noun.lefts:
        if c.dep_ == "compound":
            found += [c, *_compounds(c)]
    return found


def _before_conjuncts(token: Token, preps: list[Token]) -> list[Token]:
    """The prepositions that can tell whom `token` is made of: in "talks between the government and officials of
    the county council" the small model hangs "of the county council" on "government", across its conjunct
    "officials", whose employer it is."""
    later = [c.i for c in token.children if c.dep_ == "conj"]
    return [p for p in preps if not any(token.i < k < p.i for k in later)]


def _clause_subjects_above(token: Token) -> list[Token]:
    """The coordinated subject of the nearest clause above `token`'s own ("A and B agreed that their ...")."""
    node = token
    for _ in range(_MAX_CLIMB):
        if node.head.i == node.i:
            return []
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is not None and subject.conjuncts:
            return [subject, *subject.conjuncts]
    return []


def is_title_word(token: Token) -> bool:
    return is_office_title(token.lower_)


def is_plural_role(token: Token) -> bool:
    """"leaders", "ministers", "delegations": a plural noun that stands for people acting for someone."""
    lower = token.lower_
    if token.tag_ not in ("NNS", "NNPS") or not lower.endswith("s"):
        return False
    singular = token.lemma_.lower() if token.lemma_.lower() != lower else lower[:-1]
    return is_office_title(singular) or singular in LEX.group_nouns or token.lemma_.lower() in LEX.kin_groups


def _people_plural(token: Token) -> bool:
    """"teachers", "growers", "curators", "fishermen": a plural common noun for people by their trade, which
    the group word list cannot hold whole. English makes most trades with an agent suffix; a few
    such words name things ("met orders", "met barriers") and stay out, as do words for what one meets with
    that are no people at all ("met expectations", "met targets")."""
    if token.tag_ != "NNS" or not token.is_lower or not token.is_alpha:
        return False
    return _trade(token.lemma_.lower())


def own_people(group: Token) -> bool:
    """"met her department heads", "his security chiefs": a group told by whose it is through a pronoun is
    that person's own staff; "their Chinese counterparts" or "his French hosts" are peers, met as sides."""
    return not _peers(group) and any(c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in group.children)


def _peers_of_its_own(token: Token) -> Participant | None:
    """"in talks with its creditor banks", "met their neighbours": the group a body faces across the table is
    a side as written, though told by whose it is."""
    if token.tag_ != "NNS" or not token.is_lower or token.dep_ not in ("dobj", "pobj") or not (
            _peers(token) and any(c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in token.children)):
        return None
    kind = "organization" if lower_lemma(token) in cast_lexicon().institution_nouns else "person"
    return Participant.described(_np_text(token), kind)


def _peers(group: Token) -> bool:
    """"their counterparts", "its creditor banks": the head, or the word that says what kind of banks, is one
    met from the other side of the table."""
    return lower_lemma(group) in LEX.peer_nouns or any(
        c.dep_ == "compound" and lower_lemma(c) in LEX.peer_nouns for c in group.children)


def _people_or_role(token: Token) -> bool:
    return is_plural_role(token) or _people_plural(token)


def _trade(singular: str) -> bool:
    """A noun for a person by their trade or place in a body ("coach", "grower", "nurse"), not a thing."""
    lex = cast_lexicon()
    if singular in lex.occupation_words or singular in lex.member_nouns or singular.endswith("man"):
        return True
    return (len(singular) >= _MIN_TRADE and singular.endswith(_AGENT_SUFFIXES) and singular not in LEX.thing_agent_nouns
            and singular not in lex.kin_nouns and singular not in lex.age_nouns)


def owned_role(token: Token) -> bool:
    """"the Hawks coach", "the club's coach", "the airline's boss", "the club owner": a trade or a post of
    people acting for someone is no office on its own ("a coach met fans" is anyone), but held for a named
    team or a body told by a common noun it is that body's one post, a side as much as "the club's chairman".
    A body's word before it ("the club owner", "the union negotiator") owns it as its possessive does; "his
    coach" is someone's, and "the bus driver" or "the football coach" anyone's, not a post."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NN" or not token.is_lower or not (_trade(lemma) or lemma in LEX.group_nouns):
        return False
    return any((c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")) or (c.dep_ == "compound" and (
        c.pos_ == "PROPN" or c.lemma_.lower() in cast_lexicon().institution_nouns)) for c in token.lefts)


def _bare_pair(head: Token) -> bool:
    """"producers and consumers", "employers and workers": two bare plural groups of people joined are the two
    sides of a market or a bargain, each a side as written though nobody in it is named; a longer list
    ("doctors, nurses and porters"), one with a word before a member, or a bare body ("unions") that names no
    one is a crowd or a described group, read elsewhere."""
    members = [head, *head.conjuncts]
    return len(members) == 2 and all(
        m.tag_ == "NNS" and (m.is_lower or m.is_sent_start) and not any(c.dep_ in _NP_INNER for c in m.children)
        and (_trade(lower_lemma(m)) or m.lower_ in LEX.member_plurals)
        for m in members)


def _bodies_of_people(token: Token) -> bool:
    """"farmers' groups", "student unions", "patient groups", "conservation charities": bodies people form, told
    by whose they are or what they are about; the side is those bodies as written, as a described group is
    ("its groups" are no one's, "other groups" anyone's). The cast may read "fishermen's cooperatives" as an
    organisation of one word; it is still no name."""
    return token.tag_ == "NNS" and token.lemma_.lower() in LEX.people_bodies and any(
        _tells_whose(c) for c in token.lefts)


def _bare_bodies(token: Token) -> bool:
    """"unions", "clubs", "associations": bodies people form, in the plural with no word that says whose; a side
    as written facing a named body ("the airline is negotiating with unions"), as a bare group of people is.
    "unions covering its line crews" or "unions at the port" single out bodies the article names elsewhere; what
    the talks are about or where they were may hang on the bodies in the parse ("in talks with unions about shifts",
    "met clubs in Suva") and singles out none."""
    return token.tag_ == "NNS" and token.is_lower and token.lemma_.lower() in LEX.people_bodies and all(
        c.dep_ in ("cc", "conj", "punct") or (c.dep_ == "prep" and c.lower_ not in _WHOSE_PREPS)
        for c in token.children)


def _side_role(token: Token) -> str:
    """The role a conjunct shares with the head of its list: "the company and unions will meet" (a subject
    conjunct is told beside the side it joins) versus "unions" met as an object."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return "pobj" if token.dep_ == "conj" and head.dep_ == "nsubj" else head.dep_


def _tells_whose(word: Token) -> bool:
    """A common word before a body that says whose it is or what it is for: "teachers'", "rail", "fishing",
    "environmental"; not a pronoun, a count or a word that leaves open which ("several", "other")."""
    if not word.is_lower or word.lower_ in LEX.open_ended_modifiers:
        return False
    return (word.dep_ in ("poss", "compound") and (word.pos_ == "NOUN" or word.tag_ == "VBG")) or (
        word.dep_ == "amod" and word.pos_ == "ADJ")


def bare_lower(token: Token) -> str:
    """Lower-case word without glued quotes: the tokenizer leaves '.”It' after a closing quote."""
    return token.lower_.strip(".,;:!?\"'“”‘’") or token.lower_


def strip_possessive(text: str) -> str:
    for suffix in _POSSESSIVE:
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


def _person(entity: Entity) -> Participant:
    return Participant(name=entity.name, title=entity.title, kind="person")


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person named at tokens [start, end): `name` and `title` are the cast's fullest."""

    start: int
    end: int
    name: str
    title: str | None


@dataclass
class NameIndex:
    """The cast read token by token for one article that has a meeting trigger."""

    doc: Doc
    cast: Cast
    label: dict[int, str] = field(default_factory=dict)
    span_of: dict[int, tuple[int, int]] = field(default_factory=dict)
    people: list[PersonMention] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)  # `Token.sent` rescans the sentence on every call
    roles: Resolver | None = None
    bare_groups: set[Participant] = field(default_factory=set)  # "regulators": read by `is_bare_group`
    deal_sides: set[Participant] = field(default_factory=set)  # "a lender": read by `is_deal_side`

    @classmethod
    def build(cls, doc: Doc) -> NameIndex:
        cast = cast_of(doc)
        # a role names the same person inside a quotation too; focus still comes from the narrative only
        roles = cast.resolver(in_quote=_nowhere, in_content=cast.in_quote)
        index = cls(doc=doc, cast=cast, sent_starts=[sent.start for sent in doc.sents], roles=roles)
        for i, (start, end, kind) in cast.salience.spans.items():
            index.label[i] = _LABELS[kind]
            index.span_of[i] = (start, end)
        for start, end in sorted({index.span_of[i] for i, lab in index.label.items() if lab == PERSON}):
            entity = cast.named_at(doc[start])
            if entity is not None:
                index.people.append(PersonMention(start, end, entity.name, entity.title))
        return index

    def affiliations(self) -> dict[str, str]:
        """The body or country each named person belongs to, by the name participants carry."""
        return {e.name: e.affiliation for e in self.cast.people if e.affiliation}

    def name_at(self, token: Token) -> str:
        """The whole name `token` is a word of, as written, without a leading "the"."""
        start, end = self.span_of.get(token.i, (token.i, token.i + 1))
        return self.doc[start:end].text.removeprefix("the ")

    def is_country(self, token: Token) -> bool:
        """Whether `token` is a word of a place name the gazetteer knows as a country."""
        return self.label.get(token.i) == PLACE and country_code(self.name_at(token)) is not None

    def sentence(self, i: int) -> Span:
        """The sentence of token i from the index's sentence starts (`Token.sent` rescans the document)."""
        k = bisect_right(self.sent_starts, i) - 1
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
        return self.doc[self.sent_starts[k] : end]

    # --- participants -------------------------------------------------------------------

    def is_bare_group(self, participant: Participant) -> bool:
        """"regulators", "residents": a bare group (`_bare_counterpart`), a side only facing a body ("the board
        met shareholders"); a person who "met residents" met anyone. A title alone ("the president met the
        finance minister") is an office, one person, and stays a side."""
        return participant in self.bare_groups

    def is_deal_side(self, participant: Participant) -> bool:
        """"a buyer", "its lenders": an unnamed party to a deal, a side of talks only (`counterparties`)."""
        return participant in self.deal_sides

    def _bare_counterpart(self, token: Token) -> Participant | None:
        """"sat down with regulators", "met shareholders": a bare plural group met by a side told on its own is
        the other side as written (the article names no one in it); "the officials", "its shareholders" or
        "two officials" point to people told elsewhere."""
        if _side_role(token) not in ("dobj", "pobj") or any(c.dep_ in _NP_INNER for c in token.children):
            return None
        group = Participant.described(token.lower_)
        self.bare_groups.add(group)
        return group

    def _unnamed_counterparty(self, token: Token) -> Participant:
        """"a financial institution", "its lenders": the other side of a deal as written, a side only in talks
        facing a named one, as a bare group is (`is_bare_group`); "met a buyer" is anyone (`is_deal_side`), but a
        body of lenders ("met a bank advisory committee") is met for business only. Told as a kind of party, as a
        bare group is, rather than by a body's word ("the union", too little beside a named side)."""
        side = Participant(name=counterparty_text(token), kind="person")
        if not (is_lending_body(token) or owned_lenders(token)):
            self.bare_groups.add(side)
            self.deal_sides.add(side)
        return side

    def participant(self, token: Token) -> Participant | None:
        """The participant an NP head stands for, PLURAL for group anaphors, None when unnamed; an unnamed party
        to a deal that no other reading makes a side ("a buyer", "its lenders") is one of talks only. A body of
        lenders is read first: "the underwriters' group" is not the company "the group" would stand for, nor are
        "its bank creditors" people told by their trade."""
        unnamed = self.label.get(token.i) is None and is_deal_counterparty(token)
        if unnamed and (is_lending_body(token) or owned_lenders(token)):
            return self._unnamed_counterparty(token)
        found = self._read_side(token)
        if found is None and (name := coded_firm(token)) is not None and name.i != token.i:
            found = self._read_side(name)  # "talks with X Plc <XP>": the parse heads the phrase on the stock code
        if found is None and unnamed:
            return self._unnamed_counterparty(token)
        return found

    def _read_side(self, token: Token) -> Participant | None:
        lower = bare_lower(token)
        if (antecedent := relative_antecedent(token)) is not None:  # "the envoys with whom he met"
            side = self.participant(antecedent)
            if side is None and antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of":
                side = self.participant(antecedent.head.head)  # "envoys of five states with whom": the envoys
            return side
        if lower in _PERSONAL_PRONOUNS:
            return self._from_cast(self.cast.resolve(token))
        holder = self.cast.holder_of(token) if is_title_word(token) else None
        if holder is not None:  # "the Minister for X Maria Y": the named person, never the bare title
            return _person(holder)
        if (envoy := self._envoy_named_after_post(token)) is not None:
            return envoy
        if lower in _SPEAKER_PRONOUNS:
            return self.quote_speaker(token)
        label = self.label.get(token.i)
        if (body := body_by_short_form(token, self.span_of.get(token.i), label, self.cast)) is not None:
            return body  # "Quellmark said Quellmark had held talks": the body under its fullest name
        if _bodies_of_people(token):  # "fishermen's cooperatives" the cast may read as a one-word organisation
            return Participant(name=_np_text(token), kind="organization")
        if self._ends_a_name(token):  # the cast read a name here: "Blue Heron Partners" is no group of partners
            return self._named_group(token)
        if lower in ("they", "them", "both") or self._definite_group(token):
            group = reporting_group(token)  # "Kenyan officials say they will meet X": the officials
            side = self.participant(group) if group is not None else None
            if side is None and (body := self._voiced_body(token)) is not None:
                return body
            if side is not None and side.kind == "person":
                return side
            return described_before(token, self.sent_starts, self.participant) or PLURAL  # "with the ten premiers"
        if label == PERSON:
            return self._person_at(token.i)
        if label is None and (group := open_group(token, _people_or_role)) is not None:
            return group
        if label is None and (sent := counted_states(token)) is not None:
            return sent
        if is_plural_role(token):
            return self._described_group(token) or self._described_after(token) or self._bare_counterpart(token)
        if _people_plural(token):
            return self._described_people(token) or self._coordinated_groups(token) or self._bare_counterpart(token)
        if label is None and (group := self._coordinated_groups(token)) is not None:
            return group
        if label is None and (peers := _peers_of_its_own(token)) is not None:
            return peers
        if label is None and _bare_bodies(token):
            return self._bare_counterpart(token)  # "X is negotiating with unions": kept only facing a body
        if label in (ORG, PLACE):
            return self._named_group(token)
        if label is None and (body := unread_body(token)) is not None:
            return body
        if (named := self._body_in_apposition(token)) is not None:
            return named
        if (sent := self._sent_group(token)) is not None:
            return sent
        if (bodies := _described_bodies(token)) is not None:
            return bodies
        told = lower == "it" or (_common_noun(token) and (
            _singled_out(token) or _bare_collective(token) or a_sitting_body(token)))
        if told and (body := self._body_told(token)) is not None:  # "met the union", "it will meet"
            return body
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and is_title_word(token):
                found = next((self.participant(p) for p in child.children if p.dep_ == "pobj"), None)
                if found and found.kind == "person":
                    return found
        if is_title_word(token) or owned_role(token):
            return self.resolve_role(token)
        if (place := governed_place(token)) is not None:  # a city that is no country still acts as a body
            start, end = self.span_of.get(place.i, (place.i, place.i + 1))
            return self.participant(place) or Participant(name=self.doc[start:end].text, kind="organization")
        return nation_as_people(token) or party_side(token) or self._named_in_passing(token)

    def _voiced_body(self, pronoun: Token) -> Participant | None:
        """"X, the club's chief executive, said they will meet the fans": one person told as acting for a body
        the article names, reporting what "they" will do, speaks for that body; a person tied to no named body
        (or only to a country) leaves "they" to people told elsewhere."""
        voice = reporting_voice(pronoun)
        person = self.cast.named_at(voice) if voice is not None else None
        if person is None or person.kind != "person" or not person.affiliation:
            return None
        body = next((o for o in self.cast.organisations if o.name == person.affiliation), None)
        return Participant(name=body.name, kind="organization") if body is not None else None

    def _sent_group(self, token: Token) -> Participant | None:
        """"a team of Kenyan officials will meet ...", "a delegation of farm leaders met ...": the word for the
        party sent says only that they came together; who they are is what follows "of", and that group is the
        side as written. A team told by no one ("a team of three") gives none. "A group of nurses" is some
        nurses who came together to be met, not the trade at large: a side as written even facing one person,
        where bare "nurses" would be anyone (`is_bare_group`). "A Tarvel Fund mission" is the named body's own
        party, and the body is the side, as gold names it."""
        if token.lemma_.lower() not in LEX.sent_groups or token.tag_ != "NN":
            return None
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        sender = next((c for c in token.lefts if c.dep_ == "compound" and self.label.get(c.i) == ORG), None)
        if of is None and sender is not None:
            return self._named_group(sender)  # "a Tarvel Fund mission will visit C": the body that sends it
        members = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        found = self.participant(members) if members is not None and members.tag_ in ("NNS", "NNPS") else None
        if found is None or found is PLURAL:
            return None
        if found in self.bare_groups:
            return Participant.described(f"{token.lower_} of {found.name}")
        return found

    def _named_in_passing(self, token: Token) -> Participant | None:
        """"met the player's agent, X,", "held talks with the firm's lawyer, X": a role that is no office title
        (agent, lawyer, adviser) names its one holder in apposition; that person is the side."""
        if token.pos_ != "NOUN" or token.tag_ == "NNS":
            return None
        person = next((c for c in token.children if c.dep_ == "appos" and self.label.get(c.i) == PERSON), None)
        return self._person_at(person.i) if person is not None else None

    def _ends_a_name(self, token: Token) -> bool:
        """The last word of a name the cast reads as an organisation or place: "Blue Heron Partners" is one
        side, not a group of partners. A role before a body's name ("Representatives of X", the small model's
        slip) still is the people who act for it."""
        return self.label.get(token.i) in (ORG, PLACE) and self.span_of[token.i][1] - 1 == token.i

    def _definite_group(self, token: Token) -> bool:
        """"the two leaders", "the three heads", "the ministers", "the heads of three agencies": people the
        article names elsewhere. A described group ("the Chinese officials") is a participant of its own. "The two
        companies", "the firms" stand for the bodies named before, unless a word says which ("the steel companies",
        "the firms bidding for X", "two companies interested in X" are others)."""
        kids = list(token.children)
        if bare_lower(token) in LEX.firm_anaphors:
            return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(
                c.dep_ in ("det", "nummod", "punct") for c in kids)
        if not (bare_lower(token) in LEX.plural_anaphors or is_plural_role(token)):
            return False
        if any(c.lower_ in ("two", "both") or c.dep_ == "nummod" for c in kids):
            return True
        return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
            c.dep_ in ("compound", "amod", "nmod", "poss") for c in kids) and self._described_after(token) is None

    def _described_group(self, token: Token) -> Participant | None:
        """"union leaders", "Chinese officials": an unnamed but specific counterpart, named as written.
        "the company's directors": a body told by a common noun owns them. A bare "officials" says too little
        to be a side of a meeting, "its directors" are the body's the cast names, or no one, and "her
        department heads" are the subject's own people."""
        if not any((c.dep_ in ("compound", "amod", "nmod") and c.pos_ != "NUM") or (
                c.dep_ == "poss" and c.pos_ == "NOUN") for c in token.lefts) or own_people(token):
            return None
        description = _np_text(token)
        return Participant.described(description)

    def _coordinated_groups(self, token: Token) -> Participant | None:
        """"Rail unions and train operators held talks", "dairy farmers and grocery chains met": described
        groups joined as the subject of an encounter, no one in them named, are its sides as written; a group
        alone as a subject ("striking dockers welcomed ...") acts rather than meets, and "other bidders" or
        "some unions" leave open who they are."""
        head = token
        while head.dep_ == "conj":
            head = head.head
        between = head.dep_ == "pobj" and head.head.lower_ == "between"  # "talks between growers and millers"
        if token.tag_ != "NNS" or not (head.dep_ == "nsubj" or between) or not (head.conjuncts or token.conjuncts) or (
                any(c.lower_ in LEX.open_ended_modifiers for c in token.lefts)):
            return None
        if _bare_pair(head):
            return Participant(name=token.lower_, title=token.lower_, kind="person")
        group = self._described_group(token)
        if group is None or lower_lemma(token) not in LEX.org_heads:
            return group
        return Participant(name=group.name, kind="organization")

    def _described_people(self, token: Token) -> Participant | None:
        """"met junior doctors", "met hospital cleaners": a counterpart whose trade a word before it narrows is a
        side as written; "other bidders", "several potential buyers" leave open who they are, and a subject
        ("striking dockers welcomed ...") acts rather than being met."""
        if token.dep_ not in ("dobj", "pobj") or any(c.lower_ in LEX.open_ended_modifiers for c in token.lefts):
            return None
        return self._described_group(token)

    def _described_after(self, token: Token) -> Participant | None:
        """"residents of the northern district", "the leaders of the county's largest unions", "researchers at
        the observatory": no name is given, but what follows the group singles it out, so the group as written
        is the other side (never a guess at who its people are). "The heads of the agencies", "heads of three
        port authorities", "officials from both sides" point to people named elsewhere: counted bodies need an
        owner ("the county's three largest unions"), and after "the" an adjective or an owner singles them out."""
        bare = not any(c.dep_ == "det" for c in token.children)
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        slipped = [nxt] if nxt is not None and nxt.head.i != token.i and nxt.lower_ in _BODY_PREPS else []
        for prep in [*token.rights, *slipped]:  # "met officials from X", the "from" hung on the verb
            obj = partitive_whole(next((o for o in prep.children if o.dep_ == "pobj"), None))
            if (prep.dep_ != "prep" or prep.lower_ not in _DESCRIBING_PREPS or obj is None
                    or obj.pos_ not in ("NOUN", "PROPN")):
                continue
            kin = lower_lemma(token) in LEX.kin_groups  # "relatives of the patients in X": X is where they are
            if any(self.label.get(t.i) in (PERSON, ORG, PLACE) for t in ((obj,) if kin else _whose_words(prep))):
                return None  # "officials of X": the body named is the side (`group_members`)
            kids = [c.dep_ for c in obj.children]
            told = in_a_listener_slot(token)  # "told representatives of 12 unions": the envoys in the room, as written
            if not told and "poss" not in kids and (
                    "nummod" in kids or any(c.lower_ in _POINTING for c in obj.children)):
                return None  # "officials from both sides", "heads of three agencies": people named elsewhere
            if bare or "amod" in kids or "poss" in kids or kin or told:
                # told: "... 12 unions", not "... unions on Monday"; kin keep where they are, the body's people not
                end = obj.i if told else prep.right_edge.i if kin else max(t.i for t in _whose_words(prep))
                clause = next((t for t in prep.subtree if t.dep_ == "relcl"), None)
                if clause is not None:  # "envoys of five states with whom he met": what they did is no part of who
                    end = min(end, clause.left_edge.i - 1)
                words = list(token.doc[min(token.left_edge.i, token.i) : end + 1])
                while words and words[0].pos_ == "DET":
                    words = words[1:]
                text = "".join(t.text_with_ws for t in words).strip()
                return Participant.described(text)
        return None

    def group_members(self, token: Token) -> list[Participant]:
        """"the presidents of Kenya and Ghana", "negotiators for X and Y": the sides are the countries or
        organisations; "their ministers, A and B," names the people themselves; "X's negotiators", "management
        at X", "union leaders" once the union is named: the one organisation the cast says they act for."""
        if self._ends_a_name(token) or not (
                is_plural_role(token) or token.lower_ in LEX.collective_nouns or token.lemma_ in LEX.group_nouns):
            return []
        members = self._named_in_apposition(token)
        if len(members) >= 2:
            return members
        leaders = self._leaders(token) or self._owners(token)
        if leaders:
            return leaders
        members = []
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        preps = [*token.children, *([nxt] if nxt is not None and nxt.head.i != token.i else [])]
        for child in _before_conjuncts(token, preps):  # "met executives from X", the "from" hung on the verb
            employer = child.dep_ == "prep" and self._employer_at(token, child)
            if child.dep_ == "prep" and (child.lower_ in _BODY_PREPS or employer):
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    for part in [obj, *obj.conjuncts, *self.conjoined_inside(obj)]:
                        if self.label.get(part.i) in (ORG, PLACE) and (found := (
                                employer and self.organisation(part)) or self._named_group(part, child.i + 1)):
                            members.append(found)  # the employer as the cast knows it: "X" once "X Holdings"
                        elif (found := self._body_after_name(part)) is not None:
                            members.append(found)
        if not members and (body := self.organisation(token)) is not None:
            members.append(sent_party(token, body, self._name_end_before(token)) or body)
        return members

    def _name_end_before(self, token: Token) -> int | None:
        """The index past the name the cast reads right before `token` ("Norland Assembly" before "team")."""
        before = self.span_of.get(token.i - 1) if token.i > 0 and self.label.get(token.i - 1) == ORG else None
        return before[1] if before is not None else None

    def _body_after_name(self, part: Token) -> Participant | None:
        """"negotiators for X and the Y Workers union": the body's own word after its name lies outside the
        name the small model reads, so the cast's organisation for the phrase is the side."""
        if self.label.get(part.i) is not None or part.pos_ != "NOUN" or not any(
                is_capitalised(c) for c in _compounds(part)):
            return None
        return self._body_told(part)

    def _body_told(self, token: Token) -> Participant | None:
        """The body the article names for the phrase headed by `token`, else one it only describes ("the Ferrow
        county council", which the small model leaves unlabelled) as written."""
        if (body := self.organisation(token)) is not None:
            return body
        if (earlier := described_before(token, self.sent_starts, self.participant)) is not None:
            return earlier  # "talks with the committee" after "its bank advisory committee"
        if _described_body(token) or a_sitting_body(token):  # "a Senate committee", "its advisory committee"
            owner = next((f"{c.text} " for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PRON"), "")
            name = _np_text(token).removeprefix("the ").removeprefix(owner) + served_ones(token)
            return Participant(name=name, kind="organization")
        return None

    def _employer_at(self, group: Token, prep: Token) -> bool:
        """"met management at X", "talks with executives at X": people who act for a body, "at" a named
        organisation, act for it, wherever the parse hangs the "at". A trade ("workers at X") only works there,
        which is the cast's to read, and a name for a place ("officials at the Grand Hotel") is where they met."""
        if prep.lower_ != "at" or lower_lemma(group) in cast_lexicon().member_nouns or not (
                is_plural_role(group) or group.lower_ in LEX.collective_nouns):
            return False
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is None or self.label.get(obj.i) != ORG:
            return False
        start, end = self.span_of[obj.i]
        return not any(t.lower_ in LEX.place_nouns for t in self.doc[start:end])

    def conjoined_inside(self, token: Token) -> list[Token]:
        """"The Union of Rail Workers and X held talks": the small model hangs X on the last word of a name with
        a preposition inside, not on its head; a conjunct of a word inside the name is coordinated with the name."""
        span = self.span_of.get(token.i)
        if span is None:
            return []
        start, end = span
        return [c for i in range(start, end) if i != token.i for c in self.doc[i].children
                if c.dep_ == "conj" and not start <= c.i < end]

    def _leaders(self, token: Token) -> list[Participant]:
        """"a delegation led by X", "researchers headed by X and Y": the named leaders stand for the group;
        "X was part of / a member of a delegation which met Y", "X led a team that met Y": so do the people
        the group's own clause names."""
        heads = [o for clause in token.children if clause.dep_ == "acl" and clause.lemma_.lower() in _LEADING
                 for agent in clause.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"]
        heads.extend(_members_told_around(token))
        found = [self.participant(p) for head in heads for p in (head, *head.conjuncts)]
        return [p for p in found if p is not None and p.kind == "person" and p.name != p.title]

    def _owners(self, token: Token) -> list[Participant]:
        """"Portugal's and Norway's ministers", "A and B agreed that their ministers would meet": people of
        two or more countries or bodies, none named, stand for them. Only bodies: two people's deputies are
        not those people."""
        heads: list[Token] = []
        for owner in (c for c in token.children if c.dep_ == "poss"):
            if owner.lower_ == "their":
                heads.extend(_clause_subjects_above(token))
            else:
                heads.extend([owner, *owner.conjuncts])
        if token.dep_ == "conj" and any(c.dep_ == "case" for c in token.head.children):
            heads.append(token.head)  # "A's and B's ministers" parsed as "A's" and "B's ministers"
        found = {p.name: p for p in (self.participant(h) for h in heads) if p is not None and p.kind != "person"}
        return list(found.values()) if len(found) >= 2 else []

    def organisation(self, token: Token) -> Participant | None:
        """The organisation the phrase headed by `token` stands for in the cast ("the union", "X's board"),
        None when the article names none."""
        entity = self.roles.entity(token) if self.roles is not None else None
        if entity is None or entity.kind != "org" or only_a_title(entity.name):
            return None
        return Participant(name=strip_possessive(entity.name), kind="organization")

    def _body_in_apposition(self, token: Token) -> Participant | None:
        """"met the rail operator X", "met the utility Y": a common noun with a name right after it in apposition
        is the body the cast read that name as (the cast tells a firm's name from a person's or a town's)."""
        after = self.doc[token.i + 1] if token.pos_ == "NOUN" and token.i + 1 < len(self.doc) else None
        if after is None or after.dep_ != "appos" or after.head.i != token.i or self.label.get(after.i) != ORG:
            return None
        return self._named_group(after)

    def _named_in_apposition(self, token: Token) -> list[Participant]:
        """"their ministers, A and B, will meet": the small model parses the names as an apposition or,
        after the comma, as conjuncts of the role; either way the role is named by them."""
        comma = token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == ","
        heads = [c for c in token.children if c.dep_ == "appos" or (comma and c.dep_ == "conj")]
        parts = dict.fromkeys(p for head in heads for p in [head, *head.conjuncts] if p.i != token.i)
        found = [self.participant(p) for p in parts if p.pos_ == "PROPN"]
        return [p for p in found if p is not None and p.kind == "person" and p.name != p.title]

    def _envoy_named_after_post(self, token: Token) -> Participant | None:
        """"met the Ruritanian ambassador to Elbonia Maria Y": the small model reads the posting country and the
        name as one phrase after "to", so the cast finds no holder; the person named there holds the post."""
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if not is_title_word(token) or nxt is None or nxt.lower_ != "to" or nxt.dep_ != "prep":
            return None  # the "to" may hang on the verb ("met X envoy to Y Z")
        return next((self._person_at(o.i) for o in nxt.children if o.dep_ == "pobj" and self.label.get(o.i) == PERSON
                     and any(self.label.get(t.i) == PLACE for t in o.lefts)), None)

    def _person_at(self, start: int) -> Participant | None:
        return self._from_cast(self.cast.named_at(self.doc[start]))

    def _from_cast(self, entity: Entity | None) -> Participant | None:
        """A person the cast resolved a pronoun or title to, as a participant."""
        if entity is None or entity.kind != "person":
            return None
        return _person(entity)

    def _named_group(self, token: Token, floor: int = 0) -> Participant | None:
        """The organisation or country named around `token`, from `floor` on: the small model may read
        "Representatives of X" as one name, and the people are not part of it."""
        start, end = self.span_of[token.i]
        start = max(start, floor)
        if end < len(self.doc) and self.doc[end].tag_ == "CD" and self.doc[end].is_digit and self.label[token.i] == ORG:
            end += 1  # "Transit Workers Union Local 17": the branch number is part of the name
        words = [t for t in self.doc[start:end] if not (t.i == start and t.lower_ == "the")]
        name = strip_possessive("".join(t.text_with_ws for t in words).strip())
        if not name or only_a_title(name):
            return None
        if self.label[token.i] == PLACE:
            return Participant(name=name, kind="country") if country_code(name) else party_side(token)
        body = self.cast.registry.org_named(name)  # "IWF talks" after "the International Widget Fund"
        return Participant(name=strip_possessive(body.name) if body else name, kind="organization")

    # --- references -----------------------------------------------------------------------

    def group_antecedent(self, i: int) -> list[Participant]:
        """"The two leaders held a call" after a sentence naming two leaders: the people of the nearest
        sentence (up to the anaphor) that names at least two, looking back a few sentences only."""
        here = bisect_right(self.sent_starts, i) - 1
        earliest = self.sent_starts[max(0, here - _ANTECEDENT_SENTENCES + 1)]
        groups: dict[int, list[Participant]] = {}
        last = bisect_left(self.people, i, key=lambda p: p.end)
        for k in range(last - 1, max(-1, last - 1 - _ANTECEDENT_PEOPLE), -1):
            person = self.people[k]
            if person.start < earliest:
                break
            group = groups.setdefault(bisect_right(self.sent_starts, person.start), [])
            if all(p.name != person.name for p in group):
                group.insert(0, Participant(name=person.name, title=person.title, kind="person"))
        return next((g for _, g in sorted(groups.items(), reverse=True) if len(g) >= 2), [])

    def firms_told(self, i: int) -> bool:
        """Whether the sentence of token i tells its sides as "the two companies" or "the firms": bodies, so the
        people named before (or a name the cast misread as a person's) are not who they stand for."""
        return any(bare_lower(t) in LEX.firm_anaphors and self._definite_group(t) for t in self.sentence(i))

    def quote_speaker(self, token: Token) -> Participant | None:
        """"We had a meeting": the person the statements' attribution (kept on the cast) says is speaking
        there, or speaking in the same paragraph."""
        start, end = _paragraph(self.doc, token.i)
        return self._from_cast(self.cast.speaker_at(token.idx, self.doc[start].idx, self.doc[end - 1].idx + 1))

    def resolve_role(self, token: Token) -> Participant | None:
        """"the Prime Minister", "the Russian leader": the person the cast says holds the role (inside a
        quotation too: a role names the same person whoever speaks), else the role as written."""
        described = self._from_cast(self.roles.entity(token)) if self.roles is not None else None
        if described is not None:
            return described
        description = _np_text(token)
        fuller = self.cast.described_before(token)  # "the president" after "the president of Tarnland"
        return self._holder_named_after(token, description) or Participant.described(
            _np_text(fuller) if fuller is not None else description)

    def _holder_named_after(self, token: Token, role: str) -> Participant | None:
        """"The finance minister met the governor on Tuesday. X, the finance minister, and Y, the governor,
        ...": a lede's role no one before holds is the one person given that title in the next sentences.
        A body's post that is no office ("the orchestra's conductor", "the club owner") is one person's in the
        whole article: whoever the article titled so before, with every word of the post, holds it too (the
        cast's reading of descriptions leaves a post told with its owner rather than "the" to meetings)."""
        words = [strip_possessive(w) for w in role.lower().split()]
        if words and is_office_title(words[-1]):
            return self._titled(words, token.idx, self._cataphor_ceiling(token), _same_role)
        return self._titled(words, -1, self._cataphor_ceiling(token), _whole_post) if owned_role(token) else None

    def _cataphor_ceiling(self, token: Token) -> int:
        """Where the sentences that may name a lede's role end: the one after `token`'s, or the one after that."""
        last = bisect_right(self.sent_starts, token.i) - 1 + _CATAPHOR_SENTENCES + 1
        return self.doc[self.sent_starts[last]].idx if last < len(self.sent_starts) else len(self.doc.text)

    def _titled(self, role: list[str], floor: int, ceiling: int, fits: Callable[[list[str], list[str]], bool],
                ) -> Participant | None:
        """The one person the article titled as `role` between the characters `floor` and `ceiling`."""
        found = {e.name: e for e in self.cast.people for char, title in e.titles
                 if floor < char < ceiling and fits(role, [strip_possessive(w) for w in title.lower().split()])}
        return _person(next(iter(found.values()))) if len(found) == 1 else None


def body_name(token: Token) -> list[Token]:
    """The name `token` heads with its capitalised compounds: "Redwater FC" for "FC" (the tagger may call an
    invented place word a common noun)."""
    return [*(c for c in token.lefts if c.dep_ == "compound" and (c.pos_ == "PROPN" or is_capitalised(c))), token]


def unread_body(token: Token) -> Participant | None:
    """Where the cast read no name ("Redwater FC", which the small model may leave unlabelled), meetings' own
    reading: a proper noun ending in a company or body word names an organisation."""
    words = body_name(token)
    if token.pos_ != "PROPN" or not org_shaped(words):
        return None
    return Participant(name="".join(t.text_with_ws for t in words).strip(), kind="organization")


def _whole_post(post: list[str], title: list[str]) -> bool:
    """The title carries every word of the post ("airline boss" for "the airline's boss"): a shorter one
    ("boss") may be another body's."""
    return bool(title) and post[-1] == title[-1] and set(post) - {"the"} <= set(title)


def _same_role(role: list[str], title: list[str]) -> bool:
    """The title is the role or a shorter form of it ("governor" for "the central bank governor"). A longer
    title fits when it only adds the office's field ("Labour Minister" for "the minister"), not when it
    adds a rank, which makes it another office ("vice president" for "the president")."""
    if not title or role[-1] != title[-1]:
        return False
    extra = set(title) - set(role)
    return not extra or (set(role) - {"the"} <= set(title) and not extra & LEX.office_ranks)


def _nowhere(_: int) -> bool:
    return False


def _np_tokens(token: Token) -> list[Token]:
    lefts = [c for c in token.lefts if c.dep_ not in ("cc", "conj", "punct", "preconj")]
    start = min((c.left_edge.i for c in lefts), default=token.i)
    return list(token.doc[max(start, _after_named_side(token, start)) : token.i + 1])


def _after_named_side(token: Token, start: int) -> int:
    """"talks between Quellmark and striking dockers": the model may hang the name on the group as a modifier
    with "and" inside, yet the name is the other side, told on its own; the group starts after the "and".
    Only a name of a body or person: "Dutch and French officials" are one group."""
    joins = [t for t in token.doc[start : token.i] if t.dep_ == "cc" and t.head.ent_type_ in ("ORG", "PERSON")]
    return joins[-1].i + 1 if joins else start


def _np_text(token: Token) -> str:
    """The role as written, "President of the United States" included; what an inner phrase adds ("directors
    of the X group in Y") tells where they are, not who, and a relative clause ("envoys of five states with whom
    he met") tells what they did."""
    words = _np_tokens(token)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            aside = {t.i for p in child.subtree if (p.dep_ == "prep" and p.lower_ != "of") or p.dep_ == "relcl"
                     for t in p.subtree}
            words.extend(t for t in child.subtree if t.i not in aside)
    while words and words[0].pos_ == "DET":
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


def _whose_words(prep: Token) -> list[Token]:
    """The words of "of/from/at X" that say whose the group is: "members of a new creditor committee in Lisbon"
    are no one's people in Lisbon, the city only tells where the committee meets or sits; what a deeper
    phrase other than "of" adds, or a participle about the body ("representing its lenders"), names no owner.
    A relative clause stays: "CEOs of firms, who met X" names the people they are through X."""
    aside = {t.i for p in prep.subtree if p.i != prep.i and p.dep_ in _ASIDE_DEPS and p.lower_ != "of"
             and not _in_clause(p, prep) for t in p.subtree}
    return [t for t in prep.subtree if t.i not in aside]


def _in_clause(token: Token, top: Token) -> bool:
    """Whether a relative clause below `top` holds `token`: what the clause says stays read as it was. (Tokens
    are compared by index: spaCy makes a new Token object on every access, so `is` never meets the root.)"""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def _paragraph(doc: Doc, i: int) -> tuple[int, int]:
    start = i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    end = i
    while end < len(doc) - 1 and "\n" not in doc[end].text:
        end += 1
    return start, end + 1


def _described_body(token: Token) -> bool:
    """"the dockworkers' union", "the regional health authority", "the federation", "management": one body
    the article describes but never names is a side of its own, as written, as "union leaders" are."""
    if token.tag_ != "NN" and not (token.tag_ == "NNP" and _common_noun(token)):
        return False
    if _bare_collective(token):
        return True
    return lower_lemma(token) in LEX.org_heads and any(
        (c.dep_ in ("poss", "compound", "amod") and c.pos_ in ("NOUN", "ADJ"))
        or (c.dep_ == "det" and c.lower_ == "the") for c in token.lefts)


def _bare_collective(token: Token) -> bool:
    """"the union met management", "the hospital's management": a collective noun whose owner is no name
    ("management of X" and "its management" are X's, read as X or not at all)."""
    return token.lower_ in LEX.collective_nouns and not is_title_word(token) and not any(
        c.dep_ == "prep" or (c.dep_ == "poss" and c.pos_ != "NOUN") for c in token.children)


def _described_bodies(token: Token) -> Participant | None:
    """"met with foreign creditor banks", "talks with regional hospitals": bodies of one kind, met as the object and
    narrowed by a word before them, are the other side as written, as described people are ("junior doctors");
    "chiefs of global firms" are people, the firms only where they come from. As the subject that holds talks
    ("the coastal shipping firms opened talks with X") they are a side as written too: a plural is never the
    one firm named last, and the narrowing word sets them apart from the bodies "the firms" points back to.
    Words that leave open which ones ("other banks", "potential lenders") or point to bodies named elsewhere
    ("the banks", "its banks", "both banks") give none."""
    met = token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ in ("with", "between", "among"))
    if not (met or token.dep_ == "nsubj") or token.tag_ != "NNS" or not token.is_lower or (
            token.lemma_.lower() not in cast_lexicon().institution_nouns):
        return None
    lefts = list(token.lefts)
    if any(c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ != "the")
           or c.lower_ in LEX.open_ended_modifiers for c in lefts) or not any(
            c.dep_ in ("amod", "compound") for c in lefts):
        return None
    return Participant(name=_np_text(token), kind="organization")


def is_bare_body(participant: Participant) -> bool:
    """"union", "federation", "management": a body told by one common noun, a side only when every side of the
    encounter is told as written ("the union met management"); beside a named side, or people told elsewhere
    ("X met the union", "the executives welcomed the fund"), it says too little."""
    return participant.kind == "organization" and participant.name.islower() and " " not in participant.name


def only_a_title(name: str) -> bool:
    """"Coach" split off "Coach X" that the small model read as one organisation: a title or trade alone, with
    no body's word, names nobody; the person after it is the side."""
    words = cast_lexicon().title_words
    return all(w.lower().rstrip(".") in words or f"{w.lower().rstrip('.')}." in words for w in name.split())


def _common_noun(token: Token) -> bool:
    """A common noun, also where the tagger calls a lower-case word a proper one ("between the city council
    and the X Association" tags "council" PROPN beside the name): no name is written in lower case."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)


def _singled_out(token: Token) -> bool:
    """"the union", "its board", "the council's planning committee": one body, not any."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in token.children)


_LEADING = ("lead", "head")
_JOINED = ("lead", "head", "join")
_MEMBERSHIP = ("part", "member", "members")


def _members_told_around(group: Token) -> list[Token]:
    """The subject of the clause a group sits in: "X was part of / one of the members of the delegation",
    "X was in / among the team", "X led / headed / joined the delegation": X belongs to the group."""
    head = group.head
    if group.dep_ == "dobj" and head.lemma_.lower() in _JOINED:
        verb = head
    elif group.dep_ == "pobj" and head.lower_ in ("in", "among") and head.head.lemma_ == "be":
        verb = head.head
    elif group.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _MEMBERSHIP and (
            head.head.dep_ in ("attr", "appos") and head.head.head.lemma_ == "be"):
        verb = head.head.head
    else:
        return []
    return clause_subjects(verb)
