"""Whom a pronoun refers to: he/she by focus, grammatical rank and gender; it; they.

News refers back to people with he/she far more than by name, and British news writes a body as "they";
centering (the agent of a passive, then the main clause's subject) and the binding of "X said he ..." pick
the referent, and an unnamed "an engineer" before "he" keeps the pronoun from reaching a named person.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.tokens import Token

from ..entity import Entity
from ..lexicon import lexicon
from ..reading.binding import own_clause_subject
from ..reading.build import OTHER_RANK
from ..reading.org_mentions import voiced_by_its_people
from .descriptions import INDEFINITE_DETERMINERS
from .groups import conjoined, joint
from .office_groups import group_subject_before
from .spokes_pronouns import spokesperson_before

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_ORG_PRONOUNS = frozenset({"it", "its"})
_PRONOUN_REACH = 3  # sentences before a he/she in which a person named outside focus may be its referent


class PronounReferents:
    """`Resolver`'s pronoun rules; they read its focus, speakers and spokespeople."""

    def _topic(self, char: int, fits: Callable[[Entity], bool], kind: str = "person") -> Entity | None:
        """The person a he/she (or the body an "it") refers to. In a sentence before the pronoun's, the latest
        fitting subject gives way to a fitting one of higher grammatical rank in that sentence: the agent of a
        passive, then the main clause's subject ("X is the fifth to be called by Y. He ..." is Y; "X said
        that Y had paid. It spoke after ..." is X)."""
        found = self._salient_event(char, kind, fits)
        if found is None or found[2] is None:
            return found[1] if found else None
        pos, entity, index = found
        salience = self.cast.salience
        sentence = salience.sentence_start(pos)
        if sentence == salience.sentence_start(char):
            return entity
        best = (salience.ranks.get(pos, OTHER_RANK), entity)
        for k in range(index - 1, -1, -1):
            earlier, candidate = self._focus[k]
            if earlier < sentence:
                break
            rank = salience.ranks.get(earlier, OTHER_RANK)
            if rank < best[0] and candidate.kind == kind and fits(candidate):
                best = (rank, candidate)
        return best[1]

    def _pronoun(self, token: Token) -> Entity | None:
        word = token.lower_
        if word in _PERSON_PRONOUNS:
            found = self._person_pronoun(token, word)
            subject = own_clause_subject(token) if found is not None else None
            if subject is None or subject.pos_ == "PRON" or self.cast.named_at(subject) is not found:
                return found
            # "B met her": never B herself; someone else in focus
            gender = lexicon().pronoun_genders.get(word)
            return self._topic(token.idx, lambda e: e is not found and e.gender in (None, gender))
        if word in _ORG_PRONOUNS:
            authored = (self._authored_before(token) or self._document_spoken_before(token)) if word == "it" else None
            return authored or self._topic(token.idx, lambda e: True, "org")
        if word in ("they", "them"):  # plural: a group or an organisation, and only the one speaking last
            return self._plural_pronoun(token)
        return None

    def _person_pronoun(self, token: Token, word: str) -> Entity | None:
        gender = lexicon().pronoun_genders.get(word)
        voiced = self._voice(token.idx, gender)
        if voiced is not None:
            return voiced
        bound = self._reporting_subject(token)
        if bound is not None and bound.kind == "person" and bound.gender in (None, gender):
            return bound
        if self._unnamed_person_last(token):
            return self._spokesperson_body(token)
        topic = self._topic(token.idx, lambda e: e.gender in (None, gender))
        if topic is not None and topic.gender is None:
            return self._named_nearby(token.idx, gender, since=topic) or topic
        return (
            topic
            or self._person_after_all(token.idx)
            or self._named_nearby(token.idx, gender)
            or self._topic(token.idx, lambda e: e.stated_gender in (None, gender))  # a given name misread
            or self._spokesperson_body(token)
        )

    def _spokesperson_body(self, pronoun: Token) -> Entity | None:
        """The body whose unnamed spokesperson a he/she that no named person can be refers to ("A X
        spokeswoman declined to say ... 'We need time,' she said"): see `spokes_pronouns`. Resolving the
        spokesperson here must not make it the latest voice, so the spokespeople heard are kept as they were."""
        if pronoun.lower_ not in ("he", "she") or self.in_quote(pronoun.idx):
            return None

        def named_between(start: int, end: int) -> bool:
            return any(
                start < m.start < end and m.entity.kind == "person" and not self.in_quote(m.start)
                for m in self.cast.mentions
            )

        head = spokesperson_before(
            pronoun, self.cast.salience.sentences, self.in_quote, self._in_content, named_between
        )
        if head is None:
            return None
        heard = len(self._spokes)
        body = self.entity(head)
        del self._spokes[heard:]
        return body if body is not None and body.kind == "org" else None

    def _plural_pronoun(self, token: Token) -> Entity | None:
        counted = self._counted_subject(token)
        if counted is not None:  # "officials at X said they ...": the sentence's own plural subject first
            return counted
        if _crowd_subject(token):  # "Parents marched against what they call ...": people it does not name
            return None
        grouped = group_subject_before(token, self._sentence_before(token.idx))
        if grouped is not None:  # "X foreign ministers met. They said ...": the group, before whoever spoke last
            return self._office_group(grouped)
        k = bisect_left(self._speakers, token.idx, key=lambda e: e[0])
        last = self._speakers[k - 1][1] if k else None
        if last is not None and last.kind in ("org", "group"):
            # "X said ... Traders said ... they said": people who spoke unnamed since are "they"
            since = self._speakers[k - 1][0]
            return None if any(since < c < token.idx for c in self._unnamed_voices) else last
        return self._joint_subject(token) or self._acting_body(token)

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
        no plural subject ("Workers gathered. They said ...") came after it, is the one speaking. Nor when
        people it does not name spoke since ("X's staff complained that ... They say ...": a collective noun
        the tagger calls singular): "they" are those people."""
        org = self._salient_event(pronoun.idx, "org", lambda e: True)
        if org is None or self.cast.salience.sentence_start(org[0]) < self._sentence_before(pronoun.idx):
            return None
        if any(org[0] < c < pronoun.idx for c in self._unnamed_voices):
            return None
        person = self._salient_event(pronoun.idx, "person", lambda e: True)
        if person is not None and person[0] > org[0]:
            return None
        return None if self._crowd_between(org[0], pronoun) else org[1]

    def _crowd_between(self, char: int, pronoun: Token) -> bool:
        """Whether a plural common noun is a subject between `char` and the pronoun ("Workers gathered. They
        said ..."): then "they" are those people, whom the article does not name. A subject of reported words
        ("the union said layoffs are expected") is what was said, no one in the narrative. Nor are a named body's
        own people ("X officials would not comment"): they are that body acting."""
        between = self.doc.char_span(char, pronoun.idx, alignment_mode="expand")
        return between is not None and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and not self._in_content(t.idx)  # "X Rovers" names
            and not any(not c.is_lower and voiced_by_its_people(c) for c in t.lefts)
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
        "an", "another", "one" and a trade or role, or any noun that spoke: "a fan told reporters") as a
        subject in the pronoun's sentence or the one before, with nobody named and no other he/she after it,
        is whom the first he/she refers to: unnamed, never a person named earlier. (Once a he/she came
        between, the article has moved on: "An aide said she was pleased. She said ..." is the person named
        before.)"""
        lex = lexicon()
        people = (lex.title_words - lex.title_modifiers) | lex.representative_nouns | lex.member_nouns  # not "a home"
        floor = self._sentence_before(pronoun.idx)
        start = self.cast.salience.sentence_start(floor)
        span = self.doc.char_span(start, pronoun.idx, alignment_mode="expand")
        if span is None:
            return False
        unnamed = [
            t
            for t in span
            if t.dep_ in ("nsubj", "nsubjpass")
            and (t.tag_ == "NN" or (t.pos_ != "NOUN" and t.idx in self._unnamed_voices))  # "One said": one of a group
            and (t.lemma_.lower() in people or t.idx in self._unnamed_voices)
            and (t.idx in self._unnamed_voices or any(
                c.dep_ == "det" and c.lower_ in (*INDEFINITE_DETERMINERS, "one") for c in t.children
            ))
            and not self.in_quote(t.idx)
            and not self._in_content(t.idx)  # "X added that a chair should act": talked about, not in the narrative
        ]
        if not unnamed:
            return False
        last = unnamed[-1]
        pronouns = lex.pronoun_genders
        # a he/she in the unnamed speaker's own phrase is that speaker ("who talked only if she not be identified")
        after = (t for t in span if t.idx > last.idx and not (last.left_edge.i <= t.i <= last.right_edge.i))
        if any(t.lower_ in pronouns and not self.in_quote(t.idx) for t in after):
            return False
        return not any(last.idx < m.start < pronoun.idx and not self.in_quote(m.start) for m in self.cast.mentions)

    def _named_nearby(self, char: int, gender: str | None, since: Entity | None = None) -> Entity | None:
        """ "A said she had met B. He said ...": when no subject or speaker in focus can be the he/she (the
        article's pronouns gave them the other gender), the person the pronoun's sentence or the three before
        it last named in any other part (an object, a reported clause) whose gender fits is the referent.

        With `since`, the person in focus whose gender nothing says ("Inspector X said ... Surgeons treated
        Siobhan Y. 'I ...,' she said"): a person named in a sentence after X's last turn whose gender is
        known to be the pronoun's is a likelier referent than a speaker who may be either; X is when no such
        person is."""
        if gender is None:
            return None
        sentences = self.cast.salience.sentences
        k = bisect_right(sentences, char) - 1
        floor = sentences[max(0, k - _PRONOUN_REACH)] if k >= 0 else 0
        turn = self._salient_event(char, "person", lambda e: e is since) if since is not None else None
        if turn is not None:  # X's last turn, by a description or a pronoun too, bounds the search; in
            # its own sentence X outranks the rest ("X faulted Ms Y. She says ..." is X), so from the next
            k_turn = bisect_right(sentences, turn[0])
            floor = max(floor, sentences[k_turn] if k_turn < len(sentences) else char)
        for mention in reversed(self.cast.mentions):
            if mention.start >= char or self.in_quote(mention.start):
                continue
            if mention.start < floor or mention.entity is since:
                break
            entity = mention.entity
            if since is not None and self._in_content(mention.start):
                continue  # "X said that B's plan ... 'He ...,' he said": whom X talks about is not in focus
            if entity.kind == "person" and entity.gender in ((gender,) if since else (None, gender)):
                return entity
        return None

    def _counted_subject(self, pronoun: Token) -> Entity | None:
        """ "Two ministers had what they described as ...", "officials at X said they were ...": "they" in
        the sentence of a plural subject is that subject: a counted group, or the organisation it speaks for."""
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
        if subject is not None and subject.tag_ in ("NNS", "NNPS"):
            lemma = subject.lemma_.lower()
            found = self._office_group(subject) or self._plural(subject, lemma) or self._represented(subject)
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


def _crowd_subject(pronoun: Token) -> bool:
    """Whether the pronoun's sentence has a plural common noun as its main subject before it ("Residents
    gathered to protest what they call ..."): "they" are then those people, not the body that spoke last."""
    root = pronoun.sent.root
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNS" and c.pos_ == "NOUN" and c.i < pronoun.i
        for c in root.children
    )
