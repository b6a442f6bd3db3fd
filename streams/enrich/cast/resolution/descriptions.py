"""Whom a description refers to: "the deputy minister", "the tycoon", "the two ministers", "the 44-year-old".

A definite description refers back to the person whose earlier titles, or the nouns set beside whose name,
carry every word of it; its head may match through its role category ("the leader" fits a prime minister),
an age to the name it was written beside. Without such a fit it names no one: never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from streams.enrich.vocabulary import places

from ..entity import Entity
from ..lexicon import lexicon
from ..reading.registry import org_core
from .company_pairs import company_pair
from .groups import any_role, conjoined, described_group, group_size, joint, may_be_among
from .offices import office_heads, words_of

_AGE_REACH = 40  # characters between a name and the age written beside it
_PREFIX = 5
_ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that"})
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another"})
# words that tell a person's past: a definite description carrying one adds a fact about someone met already
PAST_MARKERS = frozenset({"retired", "former", "ex", "one-time", "onetime", "erstwhile", "veteran"})


def words_before(head: Token) -> set[str]:
    """The lower-cased words of a noun phrase before its head, a hyphenated word whole as well as in parts:
    the parse splits "one-time" into "one", "-", "time", and a past marker must be read as written."""
    text = head.doc[head.left_edge.i : head.i].text.lower()
    return set(re.findall(r"[a-z]+(?:-[a-z]+)*", text)) | set(re.findall(r"[a-z]+", text))


def _word_in(word: str, words: set[str]) -> bool:
    """Nationality adjectives and country names share a stem ("russian" matches "russia's") or a country
    ("dutch" matches "netherlands")."""
    n = min(_PREFIX, len(word))
    if word in words or any(len(w) >= n and w[:n] == word[:n] for w in words):
        return True
    country = places.demonym_code(word) or places.country_code(word)
    return country is not None and any(country in (places.demonym_code(w), places.country_code(w)) for w in words)


def _description_fits(words: list[str], titles: list[str], literal: bool = False) -> bool:
    """Every word of the description fits the titles; the head literally as the head of an office a title
    holds (`offices`: "the president" is no "adviser to the president"), or (unless `literal`) through its
    role category ("the leader" fits a prime minister)."""
    lex = lexicon()
    if not titles:
        return False
    title_words = set().union(*(words_of(t) for t in titles))
    head, modifiers = words[-1], [w for w in words[:-1] if w not in lex.ignored_role_modifiers]
    categories = lex.role_categories.get(head)
    # a counterpart holds the office of the other side
    if any(head in office_heads(t) for t in titles) or "counterpart" in title_words:
        head_ok = True
    elif categories is not None and not literal:
        head_ok = not categories or any(all(w in title_words for w in combo) for combo in categories)
    else:
        head_ok = False
    return head_ok and all(_word_in(m, title_words) for m in modifiers)


def _carrying_most(words: list[str], people: list[Entity], char: int) -> list[Entity]:
    """The people whose titles before `char` carry the most of `words` (all of them when none carries any)."""
    def carried(entity: Entity) -> int:
        said = set().union(*(words_of(t) for t in _described_as(entity, char)))
        return sum(_word_in(w, said) for w in words)

    counts = [carried(e) for e in people]
    best = max(counts, default=0)
    return [e for e, n in zip(people, counts, strict=True) if n == best] if best else people


def _described_as(entity: Entity, char: int) -> list[str]:
    """What the article called a person before `char`: titles, and a title in their affiliation's name
    ("President X of Chile" is a Chilean president)."""
    titles = entity.titles_before(char)
    if entity.affiliation and titles:
        return [*titles, entity.affiliation]
    return titles


def is_definite(head: Token) -> bool:
    """ "the", "this", "that": a noun that refers back to someone already in the text."""
    return any(c.lower_ in _ANAPHORIC_DETERMINERS for c in head.children)


def _of_complement(head: Token) -> str | None:
    """The "of" phrase after a noun, as written ("of two" in "a mother of two"), else None."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return head.doc[prep.i : prep.right_edge.i + 1].text.lower() if prep is not None else None


def _described_beside(name: Token) -> list[tuple[set[str], str | None]]:
    """The nouns news sets beside a name to say who the person is, each as (its words, its "of" phrase):
    an apposition either way round ("X, a property tycoon,", "a contractor, X,"), a copula in a relative
    clause ("X, who is a sculptor,") and a noun compounded before the name ("sculptor X", "property tycoon X")."""
    nouns = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if name.dep_ == "appos" and name.head.pos_ == "NOUN" and name.head.i < name.i:
        nouns.append(name.head)  # "a contractor, X Y,": the name set beside the noun it explains
    nouns += [a for c in name.children if c.dep_ == "relcl" and c.lemma_ == "be" for a in c.children
              if a.dep_ == "attr" and a.pos_ == "NOUN"]
    found = [({t.lower_ for t in n.lefts if t.dep_ in ("compound", "amod") and t.is_lower} | {n.lower_},
              _of_complement(n)) for n in nouns]
    before = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_]
    if before:
        found.append(({t.lower_ for c in before for t in c.subtree if t.is_alpha and not t.ent_type_}, None))
    return found


def role_phrase(head: Token) -> list[Token]:
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


class DescriptionReferents:
    """`Resolver`'s rules for descriptions; they read its focus and the cast's titles and mentions."""

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

    def _may_be_called(self, entity: Entity, head: Token) -> bool:
        """ "X scored twice. The 23-year-old striker said": a role written with an age is the person in focus
        only if the article gave them no other title ("Coach Y ... the 23-year-old striker" is someone else)."""
        lex = lexicon()
        word = head.lower_
        if word not in lex.title_words and word not in lex.role_categories:
            return True  # "the 23-year-old", "the 23-year-old man": no role to fit
        titles = _described_as(entity, head.idx)
        return not titles or _description_fits([word], titles)

    def _self_described(self, head: Token, phrase: list[Token]) -> Entity | None:
        """ "X, a property tycoon, ... the tycoon said", "billionaire investor X ... the billionaire said",
        "X, a mother of two, ... the mother of two said": a definite description whose head noun the article
        set beside one person's name (an apposition or a title it recorded) refers back to that person,
        whether or not the noun is a title word; its other words must be there too, and an "of" after it
        the one written there ("the father of the victim" is not "a father of three")."""
        if head.tag_ != "NN" or head.pos_ != "NOUN" or not is_definite(head):
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
        described = [(words_of(re.split(r"\b(?:of|for|at)\b", t)[0]), None) for t in entity.titles_before(char)]
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

    def _plural_bodies(self, head: Token) -> Entity | None:
        """ "The two companies said", "both banks said": the bodies the article named last, speaking jointly."""
        size = group_size(head)
        if size is None and any(c.lower_ == "the" for c in head.children):
            # "the companies that supply the plant" brings in bodies of its own
            modified = any(c.dep_ in ("relcl", "acl", "prep") for c in head.children)
            if modified:
                return None
            return self._bodies_named_together(head) or company_pair(head.lemma_.lower(), self._bodies_before(head))
        if size is None or not any(c.lower_ in ("the", "both") for c in head.children):
            return None  # "two companies said" brings in bodies not named yet
        before = self._bodies_before(head)
        return described_group(before, size, lambda _: True, kind="org")

    def _bodies_before(self, head: Token) -> list[tuple[int, Entity]]:
        """The bodies' mentions before `head` in text order. Two bodies can share a mention's start (a joint
        "A Corp and B Corp" and "the A board" inside it), so only the offset orders them: entities do not compare."""
        mentions = ((char, e) for e in self.registry.orgs() for char in e.mentions if char < head.idx)
        return sorted(mentions, key=lambda mention: mention[0])

    def _bodies_named_together(self, head: Token) -> Entity | None:
        """ "The companies said" with no count after "A Corp and B Inc agreed ...": the bodies last named as
        one coordinated subject; a lone body named before is no antecedent for a plural, and an "and" inside
        one body's name joins no second body."""
        doc = head.doc
        before = self._bodies_before(head)
        for char, body in reversed(before):
            name = doc.char_span(char, char + 1, alignment_mode="expand")
            if name is None:
                continue
            token = name.root
            while token.dep_ in ("compound", "flat") and token.head.i > token.i:
                token = token.head
            named_to = next((e.end for e in doc.ents if e.start <= token.i < e.end), token.i + 1)
            others = [c for c in conjoined(token) if c.i >= named_to]
            if token.dep_ not in ("nsubj", "nsubjpass") or not others:
                continue
            members = [self._proper(c)[0] for c in others]
            if all(m is not None and m.kind == "org" for m in members):
                return joint([body, *(m for m in members if m is not None)])
        return None

    def _one_of(self, body: Entity | None, char: int) -> Entity | None:
        """The one person named before `char` whom the article tied to `body` ("X of the Y Union" for "the
        union leader"), None when none or several are."""
        if body is None or body.kind != "org":
            return None
        core = org_core(body.name)
        found = {id(m.entity): m.entity for m in self.cast.mentions if m.start < char
                 and m.entity.affiliation is not None and org_core(m.entity.affiliation) == core}
        return next(iter(found.values())) if len(found) == 1 else None

    def _described(self, words: list[str], char: int, of: list[str] | None = None) -> Entity | None:
        """For "the deputy minister": the latest speaker, else latest person, whose earlier titles fit. `of` is
        what an "of"/"for" phrase after the role adds (`offices.complement`): among those who fit, the people
        whose titles carry the most of its words ("the minister of health" is the health minister, "the mayor
        of Port Elwin" that town's mayor; "the mayor of the city" any mayor the words before it allow).
        """
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
        exact = [e for e in fits if set(words) <= set().union(*(words_of(t) for t in _described_as(e, char)))]
        fits = _carrying_most(of or [], exact or fits, char)
        salient = self._salient(char, "person", lambda e: any(e is f for f in fits))
        if salient is not None:
            return salient
        return max(fits, key=lambda e: e.mentioned_before(char) or -1)

    def _recalled(self, head: Token) -> Entity | None:
        """ "The envoy, X, urged talks. '...,' the retired general said": a definite description that tells
        a person's past (retired, former, veteran) adds a fact about someone the reader has met — news never
        brings in an unnamed person that way — so when no title fitted it is the person in focus."""
        if head.tag_ != "NN" or not is_definite(head) or head.lower_ not in lexicon().title_words:
            return None
        if not words_before(head) & PAST_MARKERS:
            return None
        return self._salient(head.idx, "person", lambda e: True)

    def _national_voice(self, head: Token) -> Entity | None:
        """ "X of Norland said ... The Norlandic delegate said": a delegate or envoy written with a nationality
        and nothing else speaks for that country, so it is the one person named before whom the article tied
        to that country (a title carrying the nationality, an affiliation to it), if that person has spoken
        ("X of Norland won the final" is no delegate); none or several name no one."""
        if head.tag_ != "NN" or not is_definite(head) or head.lower_ not in lexicon().national_voice_nouns:
            return None
        words = [c for c in head.lefts if c.dep_ not in ("det", "punct")]
        if len(words) != 1 or not (places.demonym_code(words[0].text) or places.country_code(words[0].text)):
            return None
        found = self._only_of_nation(words[0])
        return found if any(e is found for _, e in self._speakers) else None


def described_before(head: Token, people: list[Entity], resolved: Callable[[Token], Entity | None]) -> Token | None:
    """ "X met the president of Tarnland ... X and the president will meet again": a bare definite title no
    person of the article holds is the one holder the article described before with more words ("the
    president of Tarnland", "the Tarnland president") and never named, so a reader gives that fuller
    description; two different ones described ("the presidents of two states") or none give nobody.
    `resolved` says whom the cast reads an earlier phrase as: a description that names someone is no such
    holder."""
    word = head.lower_
    if head.tag_ not in ("NN", "NNP") or not is_definite(head) or word not in lexicon().title_words:
        return None
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in head.children):
        return None  # "the finance minister", "the minister of health": a description of its own
    if any(word in office_heads(t) for e in people for _, t in e.titles):
        return None  # a named holder of the office: the cast's titles answer, not this
    found: dict[str, Token] = {}
    for token in head.doc[: head.i]:
        if token.lower_ == word and token.tag_ in ("NN", "NNP") and is_definite(token) and _narrowed(token):
            if resolved(token) is not None:
                return None
            found.setdefault(" ".join(t.lower_ for t in token.subtree), token)
    return next(iter(found.values())) if len(found) == 1 else None


def _narrowed(token: Token) -> bool:
    """Whether words beside a role say whose office it is: "of Tarnland", "Tarnland's", "the Tarnland"."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("compound", "amod", "poss") for c in token.children
    )
