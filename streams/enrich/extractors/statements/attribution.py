"""Turns the speaker phrase as written into a named Speaker, or None when the text names no one.

- Names: merged through the registry, so "Halvorsen" and "Sergey Halvorsen" come out as the
  fullest form seen first, with the title the article gave.
- Pronouns ("he said"): the person most recently in focus — the last speaker or the last
  person who was the subject of a clause outside quotation marks.
- Descriptions ("the deputy minister", "the Norwegian leader", "the diplomat"): the person in
  focus whose earlier titles are compatible with every word of the description.
- Organisations: named ones ("the Kremlin"), institutions with a qualifier ("the Turkish
  presidency"), the organisation behind a spokesperson, and the outlet behind "a report".
- Anything else ("officials", "the CEOs") is unnamed: None, never a guess.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Token

from streams.enrich.model import Speaker

from .lexicon import lexicon
from .people import (
    Entity,
    Registry,
    appositive_title,
    ner_kind,
    proper_noun_run,
    register_person_span,
    split_name,
    title_before,
)

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_ORG_PRONOUNS = frozenset({"it"})
_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP"})
_OUTLET_REACH = 600
_PREFIX = 5


def _words(title: str) -> set[str]:
    return {w.strip(",.").removesuffix("’s").removesuffix("'s") for w in title.lower().split()}


def _word_in(word: str, words: set[str]) -> bool:
    """Nationality adjectives and country names share a stem: "russian" matches "russia's"."""
    n = min(_PREFIX, len(word))
    return word in words or any(len(w) >= n and w[:n] == word[:n] for w in words)


def _description_fits(words: list[str], titles: list[str]) -> bool:
    lex = lexicon()
    if not titles:
        return False
    title_words = set().union(*(_words(t) for t in titles))
    head, modifiers = words[-1], [w for w in words[:-1] if w not in lex.ignored_role_modifiers]
    categories = lex.role_categories.get(head)
    if head in title_words:
        head_ok = True
    elif categories is not None:
        head_ok = not categories or any(all(w in title_words for w in combo) for combo in categories)
    else:
        head_ok = False
    return head_ok and all(_word_in(m, title_words) for m in modifiers)


def _org_name(head: Token, run: list[Token]) -> str:
    """The organisation's full name, "of" complement included: "Ministry of Fisheries"."""
    end = head.i
    for child in head.rights:
        if child.lower_ == "of" and child.i == end + 1:
            pobj = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if pobj is not None:
                end = pobj.i
    return head.doc[run[0].i : end + 1].text


class Resolver:
    """Resolves speaker phrases in text order, remembering who was in focus."""

    def __init__(self, doc: Doc, registry: Registry, in_quote: Callable[[int], bool]) -> None:
        self.doc = doc
        self.registry = registry
        self.in_quote = in_quote
        self._focus: list[tuple[int, Entity]] = []
        self._speakers: list[tuple[int, Entity]] = []
        self._outlets: list[tuple[int, Entity]] = []
        self._scan(doc)

    def _scan(self, doc: Doc) -> None:
        lex = lexicon()
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                entity = register_person_span(self.registry, ent)
                if entity is not None and ent.root.dep_ == "nsubj" and not self.in_quote(ent.start_char):
                    self._focus.append((ent.start_char, entity))
            if ent.label_ == "ORG" and ent.root.head.lemma_.lower() in lex.outlet_verbs:
                role_ok = ent.root.dep_ in ("dobj", "dative") or (
                    ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() != "tell"
                )
                if role_ok:
                    self._outlets.append((ent.start_char, self.registry.add_org(ent.text, ent.start_char)))

    def resolve(self, subject: Token | None) -> Speaker | None:
        """Call in text order: each resolved speaker is in focus for the pronouns after it."""
        entity, title = self._entity(subject)
        if entity is None or subject is None:
            return None
        self._speakers.append((subject.idx, entity))
        return Speaker(name=entity.name, title=entity.title if entity.kind == "person" else title)

    def _entity(self, subject: Token | None) -> tuple[Entity | None, str | None]:
        if subject is None or self.in_quote(subject.idx):
            return None, None
        if subject.pos_ == "PRON":
            return self._pronoun(subject), None
        if subject.pos_ == "PROPN" or subject.ent_type_ in _NAMED_LABELS:
            return self._proper(subject)
        if subject.pos_ == "NOUN":
            named = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is None:
                return self._common(subject)
            described = [t for t in subject.doc[subject.left_edge.i : subject.i + 1] if t.dep_ != "det"]
            return self._proper(named, subject.doc[described[0].i : subject.i + 1].text)
        return None, None

    def _latest(self, events: list[tuple[int, Entity]], char: int, kind: str) -> tuple[int, Entity] | None:
        for k in range(bisect_left(events, char, key=lambda e: e[0]) - 1, -1, -1):
            if events[k][1].kind == kind:
                return events[k]
        return None

    def _pronoun(self, token: Token) -> Entity | None:
        word = token.lower_
        if word in _PERSON_PRONOUNS:
            options = [
                e
                for e in (
                    self._latest(self._focus, token.idx, "person"),
                    self._latest(self._speakers, token.idx, "person"),
                )
                if e
            ]
            return max(options, key=lambda e: e[0])[1] if options else None
        if word in _ORG_PRONOUNS:
            found = self._latest(self._speakers, token.idx, "org")
            return found[1] if found else None
        return None

    def _proper(self, head: Token, described_as: str | None = None) -> tuple[Entity | None, str | None]:
        """A proper-noun speaker; `described_as` is the noun phrase a name was in apposition to."""
        run = proper_noun_run(head)
        name = split_name(run)
        if not name and self.registry.knows_surname(head.text):
            name = [head]
        if not name:
            return self._described([t.lower_ for t in run], head.idx), None
        trailing = [t for t in run if t.i > name[-1].i]
        title = (
            title_before(head.doc, name[0].i, head.sent.start)
            or (" ".join(t.text for t in trailing) if trailing else None)
            or appositive_title(head)
            or described_as
        )
        kind = ner_kind(name)
        if kind == "org" and not title and not self.registry.knows_surname(name[-1].text):
            return self.registry.add_org(_org_name(head, run), head.idx), None
        return self.registry.add_person(name, title, head.idx), None

    def _common(self, head: Token) -> tuple[Entity | None, str | None]:
        lex = lexicon()
        lemma = head.lemma_.lower()
        modifiers = [c for c in head.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
        if lemma in lex.spokes_nouns:
            return self._behind_spokesperson(head, modifiers)
        if lemma in lex.institution_nouns:
            named = [m for m in modifiers if m.ent_type_ or m.pos_ == "PROPN"]
            if named:
                name = head.doc[min(m.left_edge.i for m in named) : head.i + 1].text
                return self.registry.add_org(name, head.idx), None
            return self.registry.org_with_head(lemma, head.idx), None
        if lemma in lex.source_nouns:
            return self._outlet(head), None
        if head.tag_ in ("NNS", "NNPS"):
            return None, None
        words = [t.lower_ for t in head.doc[head.left_edge.i : head.i + 1] if t.dep_ not in ("det", "poss", "punct")]
        return self._described(words, head.idx), None

    def _behind_spokesperson(self, head: Token, modifiers: list[Token]) -> tuple[Entity | None, str | None]:
        """For "a <Org> spokesperson" or "a spokesman for <Org>" the organisation is the speaker."""
        doc = head.doc
        named = [m for m in modifiers if m.pos_ == "PROPN" or m.ent_type_]
        if named:
            org = doc[min(m.left_edge.i for m in named) : max(m.i for m in named) + 1]
        else:
            pobj = next(
                (
                    g
                    for c in head.rights
                    if c.lower_ in ("for", "of")
                    for g in c.children
                    if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_)
                ),
                None,
            )
            if pobj is None:
                return None, None
            org = doc[pobj.left_edge.i : pobj.i + 1]
        words = [t for t in doc[head.left_edge.i : head.i + 1] if t.dep_ != "det"]
        name = org.text.removeprefix("the ").removeprefix("The ")
        title = doc[words[0].i : head.i + 1].text if words else None
        return self.registry.add_org(name, head.idx), title

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
        fits = [e for e in self.registry.people() if _description_fits(words, e.titles_before(char))]
        if not fits:
            return None
        spoke = self._latest([s for s in self._speakers if any(s[1] is f for f in fits)], char, "person")
        if spoke is not None:
            return spoke[1]
        return max(fits, key=lambda e: e.mentioned_before(char) or -1)
