"""Office holders of a named body or country speaking together: "the Union's foreign ministers", written
"<Body> [portfolio] ministers".

Ministers of a bloc are no staff of it: each speaks for a member state, and what they agree is theirs, not the
bloc's secretariat's. News treats them as one speaker named as written ("X foreign ministers said ... they"),
where "X officials said" is X's own voice. A crowd with no body named ("ministers from ten countries",
"Western ministers") names no group and stays unattributed.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..entity import Entity
from .groups import group_size
from .member_groups import is_member_body

_OFFICE_PLURALS = frozenset({"minister"})  # holders who answer to their own states, not to the body naming them
_CAPITALISED_PLURALS = frozenset(f"{word}s" for word in _OFFICE_PLURALS)
_BODY_LABELS = frozenset({"ORG", "GPE"})
_REFERENCE_DEPS = frozenset({"nsubj", "nsubjpass"})


def office_group_name(head: Token) -> str | None:
    """ "X foreign ministers" → "X foreign ministers": the phrase without its article, when `head` is a plural
    office noun after lower-case portfolio words and a capitalised name of a body or country; None otherwise.
    Wire copy's capitals ("Foreign Ministers of X") name the same group."""
    if head.tag_ in ("NNP", "NNPS") and head.lower_ in _CAPITALISED_PLURALS:
        return _capitalised_group(head)
    if head.tag_ != "NNS" or head.lemma_.lower() not in _OFFICE_PLURALS or group_size(head) is not None:
        return None  # "the two X ministers" are the two people named before or after
    doc = head.doc
    start = head.i
    while start > 0 and _portfolio_word(doc[start - 1], head):
        start -= 1
    end_of_name = start
    while start > 0 and _name_word(doc[start - 1], head):
        start -= 1
    if start == end_of_name:
        return None
    last = doc[end_of_name - 1]
    if last.ent_type_ not in _BODY_LABELS and not last.is_upper and not is_member_body(doc[start:end_of_name].text):
        return None  # a body NER missed is still written in initials or ends in a word like "League" or "Pact"
    return doc[start : head.i + 1].text


def _capitalised_group(head: Token) -> str | None:
    """ "Foreign Ministers of X" → "X foreign ministers": capitalised portfolio words before the plural office and
    a capitalised body or country after its "of"; None without both (bare "Ministers" names no group)."""
    doc = head.doc
    portfolio = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title]
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if not portfolio or body is None or body.is_lower or group_size(head) is not None:
        return None
    if body.pos_ != "PROPN" and body.ent_type_ not in _BODY_LABELS:
        return None
    if any(c.dep_ == "conj" for c in (*body.children, *head.children)):
        return None  # "Finance Ministers of X and Y": ministers of two states, no one body's group
    first = body.left_edge.i + (doc[body.left_edge.i].dep_ == "det")
    words = " ".join(t.lower_ for t in portfolio)
    return f"{doc[first : body.right_edge.i + 1].text} {words} {head.lower_}"


def same_group(earlier: Entity, name: str) -> bool:
    """ "X ministers" after "X foreign ministers": a shorter writing of the group, every word of it in the earlier
    name and the name's first word (the body) shared."""
    words, known = name.lower().split(), earlier.name.lower().split()
    return earlier.kind == "group" and words[0] == known[0] and words[-1] == known[-1] and set(words) <= set(known)


def group_subject_before(pronoun: Token, floor: int) -> Token | None:
    """The subject naming an office group nearest before `pronoun` from char `floor` on ("X foreign ministers
    issued a statement. They also said ..."), when no other subject came between."""
    for token in reversed(pronoun.doc[: pronoun.i]):
        if token.idx < floor:
            return None
        if token.dep_ in _REFERENCE_DEPS and token.pos_ != "PRON":
            return token if office_group_name(token) is not None else None
    return None


def _portfolio_word(token: Token, head: Token) -> bool:
    return token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN") and _inside(token, head)


def _name_word(token: Token, head: Token) -> bool:
    capitalised = not token.is_lower and (token.pos_ == "PROPN" or token.ent_type_ in _BODY_LABELS)
    return capitalised and token.ent_type_ != "NORP" and _inside(token, head)


def _inside(token: Token, head: Token) -> bool:
    """Whether `token` modifies `head` within the phrase, directly or through a word between them."""
    return token.head.i > token.i and token.head.i <= head.i and token.dep_ in ("compound", "amod", "nmod")
