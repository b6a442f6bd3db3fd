"""Who is who in one article: repaired entities, full names, titles and role look-ups.

The small English model mislabels names often enough (a person glued to the end of an
organisation, a surname tagged as a place), so every participant goes through this
index instead of trusting `ent_type_` directly. All rules are about shapes of text
(title words, capitalisation, what else the article says), never about particular names.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from streams.enrich.cast import Cast, Entity, cast_of
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.model import Participant
from streams.enrich.places import country_code, is_known_place

PERSON, ORG, PLACE, OTHER = "PERSON", "ORG", "PLACE", "OTHER"
_LABELS = {"PERSON": PERSON, "ORG": ORG, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE, "NORP": OTHER}
_SOFT_LABELS = {"WORK_OF_ART", "PRODUCT"}
_POSSESSIVE = ("’s", "'s", "’", "'")
_PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
_SPEAKER_PRONOUNS = {"i", "we", "me", "us", "my", "our"}
_TITLE_GLUE = {"of", "the", "’s", "'s", "-", "&", "and"}
_MAX_TITLE_TOKENS = 9
_ANTECEDENT_SENTENCES = 3
_ANTECEDENT_PEOPLE = 12

PLURAL = Participant(name="<plural>", kind="person")
"""Marker for "they", "the two leaders": the participants come from an earlier mention."""


def is_capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def is_title_word(token: Token) -> bool:
    return token.lower_.strip(".") in LEX.title_words


def is_plural_role(token: Token) -> bool:
    """"leaders", "ministers", "delegations": a plural noun that stands for people acting for someone."""
    lower = token.lower_
    if token.tag_ not in ("NNS", "NNPS") or not lower.endswith("s"):
        return False
    singular = token.lemma_.lower() if token.lemma_.lower() != lower else lower[:-1]
    return singular in LEX.title_words or singular in LEX.group_nouns


def bare_lower(token: Token) -> str:
    """Lower-case word without glued quotes: the tokenizer leaves '.”It' after a closing quote."""
    return token.lower_.strip(".,;:!?\"'“”‘’") or token.lower_


def strip_possessive(text: str) -> str:
    for suffix in _POSSESSIVE:
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


@dataclass(frozen=True, slots=True)
class PersonMention:
    start: int  # token index of the name's first token
    end: int
    name: str
    title: str | None


@dataclass
class NameIndex:
    """Built once per article that has a meeting trigger; answers name questions by token."""

    doc: Doc
    label: dict[int, str] = field(default_factory=dict)
    span_of: dict[int, tuple[int, int]] = field(default_factory=dict)
    people: list[PersonMention] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)
    given_names: dict[str, str] = field(default_factory=dict)
    sent_starts: list[int] = field(default_factory=list)  # `Token.sent` rescans the sentence on every call
    cast: Cast | None = None

    @classmethod
    def build(cls, doc: Doc) -> NameIndex:
        index = cls(doc=doc, sent_starts=[sent.start for sent in doc.sents], cast=cast_of(doc))
        spans = [(e.start, e.end, e.label_) for e in doc.ents]
        multi_token_people = {  # the cast's people named in full, not every span the model called a person
            e.name.split()[-1].lower() for e in index.cast.people if len(e.name.split()) > 1
        }
        for start, end, raw in spans:
            for s, e, lab in _repair(doc, start, end, raw, multi_token_people):
                for i in range(s, e):
                    index.label[i] = lab
                    index.span_of[i] = (s, e)
        index._cast_people()
        index._join_split_names()
        for s, e in sorted({v for i, v in index.span_of.items() if index.label[i] == PERSON}):
            index._add_person(s, e)
        return index

    def _cast_people(self) -> None:
        """People the article's cast names ("JMO" for a person introduced in full) are people here too."""
        runs: list[tuple[int, int, Entity]] = []
        for i, entity in sorted(self.cast.salience.named.items()):
            if entity is None:
                continue
            if runs and runs[-1][1] == i and runs[-1][2] is entity:
                runs[-1] = (runs[-1][0], i + 1, entity)
            else:
                runs.append((i, i + 1, entity))
        for s, e, _ in runs:
            if any(self.label.get(i) != PERSON for i in range(s, e)):
                for i in range(s, e):
                    self.label[i] = PERSON
                    self.span_of[i] = (s, e)

    def _join_split_names(self) -> None:
        """"Pedro" tagged alone and "Alves" left out: a one-word name compounded onto an unlabelled
        capitalised word is the first part of that person's name (also when misread as a place)."""
        doc = self.doc
        for i, (s, e) in sorted(self.span_of.items()):
            nxt = e
            if e - s != 1 or i != s or nxt >= len(doc) or nxt in self.label:
                continue
            tok, after = doc[s], doc[nxt]
            if self.label[s] == PLACE and is_known_place(tok.text):
                continue
            joined = tok.dep_ == "compound" and tok.head.i == nxt and after.pos_ == "PROPN"
            if self.label[s] in (PERSON, PLACE) and joined and is_capitalised(after) and not is_title_word(after):
                for j in (s, nxt):
                    self.label[j] = PERSON
                    self.span_of[j] = (s, nxt + 1)

    def _add_person(self, start: int, end: int) -> None:
        doc = self.doc
        while start < end - 1 and (is_title_word(doc[start]) or is_plural_role(doc[start])):
            start += 1
        name = strip_possessive(doc[start:end].text.strip())
        if not name:
            return
        self.people.append(PersonMention(start, end, name, self._left_title(start)))
        self._register(name)

    def _register(self, name: str) -> None:
        parts = name.split()
        if len(parts) < 2:
            return
        known = self.full_names.get(parts[-1].lower())
        if known is None or len(parts) > len(known.split()):
            self.full_names[parts[-1].lower()] = name
        self.given_names.setdefault(parts[0].lower(), name)

    def _left_title(self, start: int) -> str | None:
        """The title written before a name: "Russian Foreign Minister", "Director of the ... Service"."""
        doc = self.doc
        sent_start = self.sent_starts[bisect_right(self.sent_starts, start) - 1] if self.sent_starts else 0
        i = start - 1
        while i >= sent_start and start - i <= _MAX_TITLE_TOKENS:
            tok = doc[i]
            if self.label.get(i) == PERSON or tok.ent_type_ == "DATE":
                break
            ok = is_title_word(tok) or tok.lower_ in _TITLE_GLUE or tok.pos_ == "DET" or (
                is_capitalised(tok) and tok.pos_ in ("PROPN", "ADJ", "NOUN")
            ) or (tok.lower_ in ("his", "her", "their") and i + 1 < start)
            if not ok or tok.lower_ == "and":
                break
            i -= 1
        words = list(doc[i + 1 : start])
        while words and (words[0].pos_ == "DET" or words[0].lower_ in _TITLE_GLUE):
            words = words[1:]
        while words and words[-1].lower_ in _TITLE_GLUE:
            words = words[:-1]
        if not any(is_title_word(w) for w in words):
            return None
        return "".join(w.text_with_ws for w in words).strip() or None

    def canonical(self, name: str) -> str:
        """Short forms resolve to the longest full name the article uses ("Okafor" -> "... Okafor")."""
        parts = name.split()
        if not parts:
            return name
        full = self.full_names.get(parts[-1].lower())
        if full and len(full.split()) >= len(parts) and full.split()[-len(parts):] == parts:
            return full
        if len(parts) == 1 and parts[0].lower() not in self.full_names:
            return self.given_names.get(parts[0].lower(), name)  # "Xi" for "Xi Jinping"
        return name

    def settle(self, participant: Participant) -> Participant:
        """Re-applies full names learnt after the participant was first read (a later "X Y" for "X")."""
        if participant.kind != "person" or participant.name == participant.title:
            return participant
        name = self.canonical(participant.name)
        if name == participant.name:
            return participant
        return Participant(name=name, title=participant.title or self.title_of(name), kind="person")

    def title_of(self, name: str) -> str | None:
        for person in self.people:
            if person.title and self.canonical(person.name) == name:
                return person.title
        return None

    # --- participants -------------------------------------------------------------------

    def participant(self, token: Token) -> Participant | None:
        """The participant an NP head stands for, PLURAL for group anaphors, None when unnamed."""
        lower = bare_lower(token)
        if lower in _PERSONAL_PRONOUNS:
            return self._from_cast(self.cast.resolve(token))
        holder = self.cast.holder_of(token) if is_title_word(token) else None
        if holder is not None:  # "the Minister for X Maria Y": the named person, never the bare title
            name = next((t.i for t in self.doc[token.i + 1 : token.i + 12] if self.cast.named_at(t) is holder), None)
            return self._person_at(name) or self._from_cast(holder)
        if lower in _SPEAKER_PRONOUNS:
            return self.quote_speaker(token)
        if lower in ("they", "them", "both") or self._definite_group(token):
            return PLURAL
        label = self.label.get(token.i)
        if label == PERSON:
            return self._person_at(self.span_of[token.i][0])
        if is_title_word(token) and self.label.get(token.i + 1) == PERSON and token.head.i != token.i + 1:
            return self._person_at(token.i + 1)  # "Minister" read as a conjunct while "Minister X" is meant
        if is_title_word(token) and self._comma_apposition(token):
            return self._person_at(token.i + 2)  # "his counterpart, X," with X parsed elsewhere
        if is_plural_role(token):
            return self._described_group(token)
        if label in (ORG, PLACE):
            return self._named_group(token)
        for child in token.children:
            if child.dep_ == "appos" and (self.label.get(child.i) == PERSON or child.pos_ == "PROPN"):
                found = self.participant(child)
                if found and found.kind == "person":
                    title = _np_text(token) if is_title_word(token) else found.title
                    return Participant(name=found.name, title=title or found.title, kind="person")
            if child.dep_ == "prep" and child.lower_ == "of" and is_title_word(token):
                found = next((self.participant(p) for p in child.children if p.dep_ == "pobj"), None)
                if found and found.kind == "person":
                    return found
        if is_title_word(token):
            return self.resolve_role(token)
        if label is None and is_capitalised(token) and lower in self.full_names:
            return self._known_surname(lower)
        if token.pos_ == "PROPN" and label is None:
            return self._unlabelled_name(token)
        return None

    def _definite_group(self, token: Token) -> bool:
        """"the two leaders", "the three heads", "the ministers", "the heads of three agencies": people the
        article names elsewhere. A described group ("the Chinese officials") is a participant of its own."""
        if not (bare_lower(token) in LEX.plural_anaphors or is_plural_role(token)):
            return False
        kids = list(token.children)
        if any(c.lower_ in ("two", "both") or c.dep_ == "nummod" for c in kids):
            return True
        return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
            c.dep_ in ("compound", "amod", "nmod", "poss") for c in kids)

    def _comma_apposition(self, token: Token) -> bool:
        """"with his counterpart, X, that ...": the name set off by commas right after a singular role is
        that role's holder, even when the parser hangs it on the verb."""
        doc, i = self.doc, token.i
        if token.tag_ != "NN" or i + 2 >= len(doc) or doc[i + 1].text != "," or self.label.get(i + 2) != PERSON:
            return False
        end = self.span_of[i + 2][1]
        return self.span_of[i + 2][0] == i + 2 and (end >= len(doc) or doc[end].is_punct)

    def _described_group(self, token: Token) -> Participant | None:
        """"union leaders", "Chinese officials": an unnamed but specific counterpart, named as written.
        A bare "officials" says too little to be a side of a meeting."""
        if not any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ != "NUM" for c in token.lefts):
            return None
        description = _np_text(token)
        return Participant(name=description, title=description, kind="person")

    def group_members(self, token: Token) -> list[Participant]:
        """"the presidents of Kenya and Ghana", "delegations from X and Y": the sides are the countries;
        "their ministers, A and B," names the people themselves."""
        if not (is_plural_role(token) or token.lower_ in LEX.collective_nouns):  # "the management of X"
            return []
        members = self._named_in_apposition(token)
        if len(members) >= 2:
            return members
        members = []
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        preps = [*token.children, *([nxt] if nxt is not None and nxt.head.i != token.i else [])]
        for child in preps:  # "met executives from X", the "from" hung on the verb
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    for part in [obj, *obj.conjuncts]:
                        if self.label.get(part.i) in (ORG, PLACE) and (found := self._named_group(part)):
                            members.append(found)
        return members

    def _named_in_apposition(self, token: Token) -> list[Participant]:
        """"their ministers, A and B, will meet": the small model parses the names as an apposition or,
        after the comma, as conjuncts of the role; either way the role is named by them."""
        comma = token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == ","
        heads = [c for c in token.children if c.dep_ == "appos" or (comma and c.dep_ == "conj")]
        parts = dict.fromkeys(p for head in heads for p in [head, *head.conjuncts] if p.i != token.i)
        found = [self.listed_person(p) or self.participant(p) for p in parts if p.pos_ == "PROPN"]
        return [p for p in found if p is not None and p.kind == "person" and p.name != p.title]

    def coordinated_name(self, token: Token) -> Participant | None:
        """"Valkonen and Oyelaran met": a lone capitalised word coordinated with a person is a person,
        whatever label the model gave it."""
        if not (is_capitalised(token) and token.tag_ in ("NNP", "VB", "VBN", "VBD", "JJ") and token.is_alpha):
            return None
        if is_title_word(token) or self.label.get(token.i) in (PERSON, ORG) or is_known_place(token.text):
            return None
        nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if token.ent_type_ == "NORP" and nxt is not None and is_title_word(nxt):
            return None  # "A and Bolivian Foreign Minister B": a nationality opening the next title
        if not any(self.label.get(t.i) == PERSON for t in token.conjuncts):
            return None
        start = token.i
        while start > 0 and self.doc[start - 1].dep_ == "compound" and self.doc[start - 1].head.i == token.i and (
                is_capitalised(self.doc[start - 1]) and not is_title_word(self.doc[start - 1])):
            start -= 1
        name = strip_possessive(self.doc[start:token.i + 1].text)
        self._register(name)
        name = self.canonical(name)
        return Participant(name=name, title=self.title_of(name) or self._left_title(start), kind="person")

    def looks_like_person(self, token: Token) -> bool:
        """An "organisation" of two or three capitalised words with no organisation word is a name."""
        start, end = self.span_of.get(token.i, (token.i, token.i + 1))
        words = self.doc[start:end]
        return 2 <= len(words) <= 3 and all(
            is_capitalised(t) and t.is_alpha and t.lower_ not in LEX.org_heads and not is_title_word(t)
            for t in words)

    def listed_person(self, token: Token) -> Participant | None:
        """A name in a list of people that the model took for an organisation."""
        if self.label.get(token.i) != ORG or not self.looks_like_person(token):
            return None
        start, end = self.span_of[token.i]
        name = strip_possessive(self.doc[start:end].text)
        return Participant(name=name, title=self._left_title(start), kind="person")

    def _known_surname(self, lower: str) -> Participant:
        name = self.full_names[lower]
        return Participant(name=name, title=self.title_of(name), kind="person")

    def _unlabelled_name(self, token: Token) -> Participant | None:
        """A proper-noun run the model left unlabelled, in a participant slot: a known or new person."""
        run = [token]
        for child in reversed(list(token.lefts)):
            glued = child.i == run[0].i - 1 and child.dep_ in ("compound", "flat")
            if not glued or not is_capitalised(child) or is_title_word(child) or child.i in self.label:
                break
            run.insert(0, child)
        if not is_capitalised(token) or is_title_word(token) or token.lower_ in LEX.org_heads:
            return None
        name = strip_possessive(" ".join(t.text for t in run))
        if len(run) == 1 and self.canonical(name) == name:
            return None
        self._register(name)
        name = self.canonical(name)
        return Participant(name=name, title=self.title_of(name) or self._left_title(run[0].i), kind="person")

    def _person_at(self, start: int | None) -> Participant | None:
        if start is None:
            return None
        k = bisect_right(self.people, start, key=lambda p: p.start) - 1  # people are in text order
        if k >= 0 and self.people[k].start <= start < self.people[k].end:
            person = self.people[k]
            entity = next((e for e in map(self.cast.named_at, self.doc[person.start : person.end]) if e), None)
            if entity is not None:  # the cast's fullest name: "Ms Jones" is "Susan Elan Jones"
                title = person.title or entity.title
                if title and entity.title and len(entity.title) > len(title) and entity.title.endswith(title):
                    title = entity.title  # the cast read "Minister for X" where the local reading kept "X"
                return Participant(name=entity.name, title=title, kind="person")
            name = self.canonical(person.name)
            return Participant(name=name, title=person.title or self.title_of(name), kind="person")
        return None

    def _from_cast(self, entity: Entity | None) -> Participant | None:
        """A person the cast resolved a pronoun or title to, as a participant (organisations stay the
        meetings' own reading of names)."""
        if entity is None or entity.kind != "person":
            return None
        return Participant(name=entity.name, title=entity.title, kind="person")

    def _named_group(self, token: Token) -> Participant | None:
        start, end = self.span_of[token.i]
        if end < len(self.doc) and self.doc[end].tag_ == "CD" and self.doc[end].is_digit and self.label[token.i] == ORG:
            end += 1  # "Transit Workers Union Local 17": the branch number is part of the name
        words = [t for t in self.doc[start:end] if not (t.i == start and t.lower_ == "the")]
        name = strip_possessive("".join(t.text_with_ws for t in words).strip())
        if not name:
            return None
        if self.label[token.i] == PLACE:
            return Participant(name=name, kind="country") if country_code(name) else None
        return Participant(name=name, kind="organization")

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
            found = self._person_at(person.start)
            group = groups.setdefault(bisect_right(self.sent_starts, person.start), [])
            if found and all(p.name != found.name for p in group):
                group.insert(0, found)
        return next((g for _, g in sorted(groups.items(), reverse=True) if len(g) >= 2), [])

    def quote_speaker(self, token: Token) -> Participant | None:
        """"We had a meeting": the speaker named next to the quotation in the same paragraph."""
        doc = self.doc
        para_start, para_end = _paragraph(doc, token.i)
        for sent in _sentences_between(doc, para_start, para_end):
            root = sent.root
            if root.lemma_.lower() not in LEX.speech_verbs:
                continue
            for child in root.children:
                if child.dep_ != "nsubj":
                    continue
                if self.label.get(child.i) == PERSON:
                    return self._person_at(self.span_of[child.i][0])
                if child.lower_ in _PERSONAL_PRONOUNS:
                    return self._from_cast(self.cast.resolve(child))
        return None

    def resolve_role(self, token: Token) -> Participant | None:
        """"the Prime Minister", "the Russian leader": a person the article introduced with that role."""
        described = self._from_cast(self.cast.resolve(token))
        if described is not None:
            return described
        np = _np_tokens(token)
        wanted = {t.lower_ for t in np if is_title_word(t) and t.lower_ not in ("first",)}
        origins = [t.lower_[:4] for t in np if t.ent_type_ in ("NORP", "GPE") or (
            t.pos_ == "ADJ" and is_capitalised(t))]
        generic_leader = wanted <= {"leader", "leaders"}
        candidates = []
        for person in self.people:
            title = (person.title or "").lower()
            if not title:
                continue
            words = set(title.replace("’s", " ").replace("'s", " ").split())
            if generic_leader:
                if not words & LEX.leader_titles:
                    continue
            elif not wanted <= words:
                continue
            if origins and not any(w[:4] in origins for w in words):
                continue
            candidates.append(person)
        if candidates:
            before = [p for p in candidates if p.end <= token.i] or candidates
            name = self.canonical(before[-1].name)
            return Participant(name=name, title=before[-1].title, kind="person")
        description = _np_text(token)
        return Participant(name=description, title=description, kind="person")


def _repair(doc: Doc, start: int, end: int, label: str, people: set[str]) -> list[tuple[int, int, str]]:
    """Fix the model's common entity mistakes with shape rules; returns one or two spans."""
    toks = doc[start:end]
    for k in range(len(toks) - 3, -1, -1):
        head = toks[k].lower_
        tail = toks[k + 1 :]
        if (head in LEX.org_heads or head in LEX.title_words) and 2 <= len(tail) <= 3 and all(
            is_capitalised(t) and t.is_alpha and t.lower_ not in LEX.title_words
            and t.lower_ not in LEX.org_heads for t in tail
        ):
            return [(start, start + k + 1, _LABELS.get(label, OTHER)), (start + k + 1, end, PERSON)]
    last = strip_possessive(toks.text).split()[-1].lower() if toks.text.strip() else ""
    if label != "PERSON" and last in people:
        return [(start, end, PERSON)]
    if label == "PERSON" and last not in people and is_known_place(toks.text):
        return [(start, end, PLACE)]
    if label == "GPE" and len(toks) > 1 and _titled_after(doc, end) and not is_known_place(toks.text):
        return [(start, end, PERSON)]
    if label in _SOFT_LABELS and 2 <= len(toks) <= 3 and all(is_capitalised(t) and t.is_alpha for t in toks):
        return [(start, end, PERSON)]
    return [(start, end, _LABELS.get(label, OTHER))]


def _titled_after(doc: Doc, end: int) -> bool:
    """"Name, CEO of ...": an appositive title right after the span marks a person."""
    nxt = doc[end + 1] if end + 1 < len(doc) and doc[end].text == "," else None
    return nxt is not None and is_title_word(nxt)


def _np_tokens(token: Token) -> list[Token]:
    lefts = [c for c in token.lefts if c.dep_ not in ("cc", "conj", "punct", "preconj")]
    start = min((c.left_edge.i for c in lefts), default=token.i)
    return list(token.doc[start : token.i + 1])


def _np_text(token: Token) -> str:
    """The role as written, "President of the United States" included."""
    words = _np_tokens(token)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            words.extend(child.subtree)
    while words and words[0].pos_ == "DET":
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


def _paragraph(doc: Doc, i: int) -> tuple[int, int]:
    start = i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    end = i
    while end < len(doc) - 1 and "\n" not in doc[end].text:
        end += 1
    return start, end + 1


def _sentences_between(doc: Doc, start: int, end: int) -> list:
    sents, seen = [], set()
    for i in range(start, end):
        sent = doc[i].sent
        if sent.start not in seen:
            seen.add(sent.start)
            sents.append(sent)
    return sents
