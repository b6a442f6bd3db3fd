"""Titles and roles written beside a name, and what they tell the cast.

News introduces a person by a role or an age set off by commas ("Ana Ruiz, 54,", "the mayor, Ana Ruiz,"),
or by a title before the name; places, works and bodies are never written so. The same cues that settle a
name as a person's give that person their title, so they live together: the readers of `Cast.holder_of`
and the person-vs-body judgements both depend on them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from streams.enrich.vocabulary.speech import speech_verbs

from ..entity import Entity
from ..names import (
    fronted_apart,
    hyphenated_start,
    is_honorific,
    is_title_in_name,
    is_title_word,
    stranded_subject,
    title_start,
)
from ..resolution.named_later import holds_office
from .affiliation import role_affiliation
from .columns import Columns
from .portfolio import portfolio_before
from .registry import Registry
from .umbrella_roles import answers_umbrella_role, is_story_function

_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_JOINED_REACH = 6  # words of a first office before its "and": "governor of the Northern Cape Province"


def role_after(doc: Doc, end: int) -> bool:
    """A title set off by a comma right after a name ("X, the mayor,"), not an owner ("X, the mayor's park"); the
    title may have an owner of its own ("X, the board's chair,")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    k = end + 2 if doc[end + 1].pos_ == "DET" else end + 1
    if k + 2 < len(doc) and doc[k].is_lower and doc[k + 1].text in _POSSESSIVES:
        k += 2
    return any(is_title_word(t) and doc[t.i + 1 : t.i + 2].text not in _POSSESSIVES for t in doc[k : k + 2])


def aged(doc: Doc, end: int) -> bool:
    """ "Ana Ruiz, 54, said": a name followed by a comma and a bare age between commas (or ending the
    sentence) is a person's, news' way of giving an age; a body or a place is never written so."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    age, after = doc[end + 1], doc[end + 2]
    return age.is_digit and 1 <= len(age.text) <= 3 and 0 < int(age.text) < 120 and after.text in (",", ".", ";")


def who_after(doc: Doc, end: int) -> bool:
    """ "X Y, who chairs the committee,": "who" refers to people (a body is "which" or "that"), though
    British news writes it of teams too, so it only settles where a name starts, never a label."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("who", "whom")


def introduced(tokens: Sequence[Token]) -> bool:
    """A name the sentence itself introduces as a person's: a title written right before it ("Mayor X Y",
    "Minister for Culture X Y"), or an age or a title set off by commas right after it ("X Y, 54,", "X Y, the
    mayor,")."""
    doc = tokens[0].doc
    first, end = tokens[0].i, tokens[-1].i + 1
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.text[:1].isupper() and (
        is_title_in_name(before) or is_honorific(before) or portfolio_before(tokens)
    ):
        return True
    return aged(doc, end) or role_after(doc, end)


def title_holder(ent: Span, registry: Registry) -> Entity | None:
    """The one person the article gave this exact title before, when the model labelled the bare title as
    an organisation ("Chief Medical Officer Lena Brisk met ... Later the Chief Medical Officer visited"): a
    title never stands in for a body when the article names its holder."""
    if ent.label_ != "ORG" or not all(is_title_word(t) or t.pos_ in ("DET", "ADP", "PROPN") for t in ent):
        return None
    title = " ".join(t.text for t in ent if t.pos_ != "DET").lower()
    holders = [p for p in registry.people() if any(t.lower() == title for t in p.titles_before(ent.start_char))]
    return holders[0] if len(holders) == 1 else None


def name_lede_role(
    doc: Doc, text: str, cols: Columns, mentions: list[tuple[Token, Entity]], titled: dict[int, Entity]
) -> None:
    """News introduces its protagonist by role in the lede and by name in the next paragraph ("Norway's
    prime minister met ..." / "Jonas X, who ..., held talks"): when the lede names nobody, its role
    subject is the first person named after it, provided that is in the second paragraph and the article
    gives that person no other role ("Union leader Ama X said" answers the minister; "Mayor Y" may be the
    lede's mayor)."""
    if not mentions:
        return
    token, person = mentions[0]
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)][:2]
    if not breaks or token.idx < breaks[0]:
        breaks = _first_sentences(doc)  # wire copy without paragraphs: the lede is its first sentence
    if not breaks or token.idx < breaks[0]:
        return
    if len(breaks) > 1 and token.idx >= breaks[1]:
        return
    subjects = [doc[i] for i in cols.subjects if doc[i].idx < breaks[0]]
    role = next(
        (t for t in [*subjects, *_stranded_source(doc)] if is_title_word(t) or _telling(t) or is_story_function(t)),
        None,
    )
    role = role or lede_role(doc[0].sent)  # "..., the President of X said" with "President" read as a name
    if role is not None and any(t.ent_type_ == "PERSON" for t in role.subtree):
        return
    if role is None or role.tag_ in ("NNS", "NNPS"):
        return
    own = [t for pos, t in person.titles if len(breaks) < 2 or pos < breaks[1]]  # as paragraph 2 introduces them
    if is_story_function(role):
        if not _speaks(token, person, mentions, breaks):
            return  # "the negotiator said ..." / "X was jailed in 2019": the person named next need not be the source
    elif own and not any(holds_office([role.lower_], t) for t in own) and not answers_umbrella_role(role, own):
        return  # "Vice President X" is no lede's president; "head of X's board" is the lede's "X official"
    if _titled_elsewhere(role, person, mentions):
        return
    words = [t for t in doc[role.left_edge.i : role.i + 1] if t.dep_ != "det"]
    titled.update((t.i, person) for t in words)
    if is_title_word(role):  # "a man", "a hiker" describe the person; they are no title to carry
        person.add_title(words[0].idx, doc[words[0].i : role.i + 1].text)


def _speaks(first: Token, person: Entity, mentions: list[tuple[Token, Entity]], breaks: list[int]) -> bool:
    """Whether the person the second paragraph names first is the subject of a speech verb there ("'...,'
    Finance Secretary X said", "X told reporters"): wire copy's answer to a lede sourced to what someone does."""
    end = breaks[1] if len(breaks) > 1 else len(first.doc.text)
    verbs = speech_verbs()
    return any(
        entity is person and token.idx < end and token.dep_ == "nsubj" and token.head.lemma_.lower() in verbs
        for token, entity in mentions
        if token.idx >= first.idx
    )


def lede_role(lede: Span) -> Token | None:
    """The singular title the lede's speech is sourced to, with no name in it: the speech verb's subject ("The
    chairman of X said ..."), or the trailing source the parse hung as an apposition on the noun before it
    ("... in Lisbon, the director of the X Agency, XA, said")."""
    verb = lede.root
    role = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if role is None:
        role = next((t for t in reversed(lede[: verb.i - lede.start]) if t.dep_ == "appos" and is_title_word(t)), None)
        if role is not None and lede.doc[max(role.left_edge.i - 1, 0)].text != ",":
            return None
    if role is None or role.tag_ not in ("NN", "NNP") or not is_title_word(role):
        return None
    return None if any(t.ent_type_ == "PERSON" for t in role.subtree) else role


def _stranded_source(doc: Doc) -> list[Token]:
    """ "X regretted how the vote went, the head of the Y Council said": the parse may hang the lede's
    trailing source on the noun before the comma as an apposition, leaving the verb without a subject; that
    source is the lede's role all the same."""
    root = doc[0].sent.root
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return []
    source = stranded_subject(root)
    return [source] if source is not None and source.tag_ == "NN" else []


def _titled_elsewhere(role: Token, person: Entity, mentions: list[tuple[Token, Entity]]) -> bool:
    """ "The premier says ..." / "X was jailed in 2019." / "Premier Y says ...": the person named after the lede
    may be who the story is about rather than who speaks; when the article titles someone else with the lede's
    very office, that is its holder, and the first-named person is not."""
    return any(
        other is not person and any(holds_office([role.lower_], t) for _, t in other.titles) for _, other in mentions
    )


def _telling(noun: Token) -> bool:
    """ "A hiker who found the wreck says he ...": a noun a "who" clause describes is a person ("which" and
    "that" describe bodies and things), and as the subject of a verb that takes a clause it tells something:
    the lede's speaker, whom news names in the sentence after, whatever walk of life the noun gives."""
    return (
        noun.dep_ == "nsubj"
        and noun.tag_ == "NN"
        and any(
            c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in c.children)
            for c in noun.children
        )
        and any(_reported_clause(c) for c in noun.head.children)
    )


def _reported_clause(clause: Token) -> bool:
    """A clause a verb takes as what it tells: its complement, or one the parse hung as an adverbial clause
    though no "after", "because" or "when" makes it one ("says for days she could not sleep")."""
    return clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and not any(c.dep_ == "mark" for c in clause.children))


def _first_sentences(doc: Doc) -> list[int]:
    """Where the first sentence ends and the second ends (chars), as paragraph breaks would be."""
    first = doc[0].sent if len(doc) else None
    if first is None or first.end >= len(doc):
        return []
    second = doc[first.end].sent
    return [first.end_char, second.end_char]


def hold_title(ent: Span, entity: Entity, titled: dict[int, Entity], floor: int) -> None:
    """Every token of the title written before or inside a name belongs to that person: "the Minister for
    X" followed by the name is the named person, never a bare title."""
    names = [t for t in ent if not is_title_in_name(t)]
    if not names:
        return
    start = title_start(ent.doc, names[0].i, floor)
    titled.update((i, entity) for i in range(start if start is not None else ent.start, names[0].i))
    role = comma_title(ent)
    if role is not None:  # "the mayor of X, Ann Y, said"
        titled.update((t.i, entity) for t in role)
        entity.add_title(ent.start_char, role.text)
        if entity.affiliation is None:  # "Peru's president, Ann Y": the Peruvian president
            entity.affiliation = role_affiliation(role.root)


def comma_title(ent: Span) -> Span | None:
    """The role a name is set off from by a comma right after it: "the Speaker of the House, Ann Y"."""
    doc, comma = ent.doc, ent.start - 1
    while comma > 0 and ent.start - comma <= 5 and (
        is_honorific(doc[comma]) or doc[comma].text == "." or (doc[comma].pos_ == "PROPN" and not doc[comma].ent_type_)
    ):
        comma -= 1  # "the Speaker of X, Rt. Hon. Ann Y", a given name the model left out included
    if comma < 1 or doc[comma].text != ",":
        return None
    node = doc[comma - 1]
    anchor = ent.root
    while anchor.dep_ == "appos" and is_honorific(anchor.head) and anchor.head.i > comma:
        anchor = anchor.head  # "the Speaker of X, Rt. Hon. Ann Y": the parse may hang the name on its honorific
    if anchor.dep_ == "appos" and is_title_word(anchor.head) and anchor.head.i < comma:
        node = anchor.head  # "the head coach of X, Ann Y": the name hangs on the title itself
    while (not is_title_word(node) and node.head.i != node.i  # the root heads itself: the climb ends there
           and node.head.i < comma - 1 and comma - 1 <= node.head.right_edge.i < ent.start):
        node = node.head
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and is_title_word(node.head.head):
        node = node.head.head  # "a spokeswoman for the prime minister, Ann Y": Ann speaks for the minister
    if not is_title_word(node) or node.tag_ in ("NNS", "NNPS") or _named_before(node) or fronted_apart(node, ent.root):
        return None
    start = _office_start(node)
    joined = _joined_office(doc, start)
    return doc[hyphenated_start(doc, start if joined is None else _office_start(joined)) : comma]


def _office_start(node: Token) -> int:
    """Where the office `node` heads starts: "the EU's High Representative" without its owner and article, and
    "the Vice-President" with its "Vice-"."""
    start = node.left_edge.i
    for child in node.lefts:
        if child.dep_ in ("det", "poss"):
            start = max(start, child.right_edge.i + 1)
    return start


def _joined_office(doc: Doc, start: int) -> Token | None:
    """ "the governor of X and chairman of the Y forum, Ann Y": an office joined by "and" before the one the
    name is set off from is hers too, whichever word the parse hangs the second office on; one set off after
    another name ("A, director of X and chair of Y, B") is that name's."""
    if start < 2 or doc[start - 1].lower_ not in ("and", "&"):
        return None
    for k in range(start - 2, max(start - 2 - _JOINED_REACH, -1), -1):
        token = doc[k]
        if token.is_punct or (token.ent_type_ == "PERSON" and not _after_link(token)):
            return None
        if is_title_word(token) and token.tag_ not in ("NNS", "NNPS") and not _after_link(token):
            return None if _named_before(token) else token
    return None


def _after_link(token: Token) -> bool:
    """A word of the name after "of"/"for" ("governor of X State", read by the model as a person's name, or
    with "State" a title's word) says what an office is of; it holds or heads none."""
    doc, k = token.doc, token.i
    while k > 0 and doc[k - 1].dep_ in ("compound", "amod", "det") and doc[k - 1].head.i > k - 1:
        k -= 1
    return k > 0 and doc[k - 1].lower_ in ("of", "for")


def _named_before(role: Token) -> bool:
    """ "A, director of X, B, chair of Y": a role set off after a name is that name's, not the next one's."""
    doc = role.doc
    comma = role.left_edge.i - 1
    if role.dep_ == "appos" and role.head.ent_type_ == "PERSON":
        return True
    return comma > 0 and doc[comma].text == "," and doc[comma - 1].ent_type_ == "PERSON"
