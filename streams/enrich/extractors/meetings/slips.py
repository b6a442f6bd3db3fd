"""The small model's parse slips around the sides of an encounter, repaired where they are read.

"talks between A and league president B were postponed" (B made a second subject), "a meeting with B planned
for Friday" (B read as a relative clause's subject), "met A and astronomer B" (B hung on its title read as a
verb), "met X face to face": each repair is one shape of misparse, kept apart from the readings that rely on
them so that a better parser can retire them one by one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from streams.enrich.extractors.meetings.names import PERSON, NameIndex
from streams.enrich.model import Participant

SUBJECT_DEPS = ("nsubj", "nsubjpass")
NOUN_PARTY_PREPS = ("with", "between", "among", "of", "from")
_NP_INNER = ("compound", "amod", "nmod", "det", "poss", "nummod", "case")


def dangling_object(prep: Token) -> list[Token]:
    """"a courtesy call on Trade Minister X": the small model may leave the preposition without its object and
    hang the titled name on the noun, the verb or as the subject of the clause after it; the name that starts
    right after the preposition is its object all the same."""
    if any(c.dep_ == "pobj" for c in prep.children):
        return []
    return _name_from(prep.doc, prep.i + 1)


def stranded_relatives(noun: Token) -> list[Token]:
    """"a meeting with B planned for Friday": the small model may leave "with" without its object and read B as
    the subject of a relative clause ("the meeting B planned"). B is the meeting's side, and the clause a
    participle on the meeting."""
    stranded = {t.i for p in noun.children if p.dep_ == "prep" and p.lower_ in NOUN_PARTY_PREPS
                for t in dangling_object(p)}
    return [c for c in noun.children if c.dep_ == "relcl" and any(s.i in stranded for s in c.children)]


def participle_after_counterpart(noun: Token) -> list[Token]:
    """"called off a meeting with B planned for Friday in X": the small model hangs the participle on B as a
    clause of B's, on the verb or on the preposition; a past form right after the counterpart's name is a
    participle on the encounter all the same (callers say which verbs count)."""
    doc = noun.doc
    names = [n for p in noun.children if p.dep_ == "prep" and p.lower_ in NOUN_PARTY_PREPS
             for n in _name_from(doc, p.i + 1)]
    return [doc[n.i + 1] for n in names if n.i + 1 < len(doc) and doc[n.i + 1].tag_ in ("VBN", "VBD")]


def stranded_conjunct(token: Token) -> list[Token]:
    """"talks between A and league president B were postponed": the small model may keep the "and" on A and
    make B a second subject of the verb whose subject holds A (or that verb's conjunct); the name that starts
    right after the "and" is A's conjunct. A name that is its verb's only subject starts a clause of its own
    ("met A, and B had ...")."""
    ands = [c for c in token.children if c.dep_ == "cc" and c.lower_ == "and"] or _and_after_apposition(token)
    if not ands or any(c.dep_ == "conj" for c in token.children):
        return []
    named = [n for n in _name_from(token.doc, ands[-1].i + 1) if (n.dep_ in SUBJECT_DEPS and _holds_subject(
        n.head, token, n)) or _conjunct_of_verb_above(n, token)]
    return named or _name_on_verb(token.doc, ands[-1].i + 1, token)


def conjunct_on_leader(token: Token) -> list[Token]:
    """"talks between a delegation led by A and B": the small model hangs B on A, the leader named inside the
    first side. Talks between one side only are no reading, so a group after "between" with no conjunct of its
    own has B (every conjunct of its leader) as the other side."""
    if token.dep_ != "pobj" or token.head.lower_ != "between" or any(c.dep_ == "conj" for c in token.children):
        return []
    return [conj for acl in token.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for agent in acl.children if agent.dep_ == "agent"
            for leader in agent.children if leader.dep_ == "pobj" for conj in leader.conjuncts]


def _conjunct_of_verb_above(name: Token, token: Token) -> bool:
    """"talks were held between the prime minister of X, A, and President B": B may be hung on the verb above
    A's phrase as its conjunct; a name is no verb's conjunct, so it is A's."""
    return name.dep_ == "conj" and name.head.pos_ in ("VERB", "AUX") and name.head in token.ancestors


def _and_after_apposition(token: Token) -> list[Token]:
    """"a meeting between the director of X, A, and conductor B was held": after a side told with its holder in
    apposition, the small model may hang the "and" on the encounter noun; the "and" right after the side's
    phrase and its closing comma is still the side's."""
    doc, end = token.doc, token.right_edge.i + 1
    if end < len(doc) and doc[end].text == "," and doc[end - 1].pos_ == "PROPN":
        end += 1
    return [doc[end]] if end < len(doc) and doc[end].lower_ == "and" and doc[end].dep_ == "cc" else []


def _holds_subject(verb: Token, token: Token, other: Token | None = None) -> bool:
    """Whether `verb` has a subject (other than `other`) whose phrase holds `token`."""
    skip = other.i if other is not None else -1
    return any(c.dep_ in SUBJECT_DEPS and c.i != skip and c.left_edge.i <= token.i <= c.right_edge.i
               for c in verb.children)


def _name_on_verb(doc: Doc, start: int, token: Token) -> list[Token]:
    """"Talks between A and B resume on Monday": the small model may read "B resume" as one noun phrase, the
    clause's verb taken for a noun with B its modifier. When the phrase after "and" ends on the verb of the
    clause whose subject holds A, its last proper noun hung on that verb is A's conjunct."""
    node = doc[start]
    while node.head.i > node.i and node.dep_ in _NP_INNER:
        node = node.head
    if node.pos_ == "PROPN" or not _holds_subject(node, token):
        return []
    return [t for t in doc[start:node.i] if t.pos_ == "PROPN" and t.head.i == node.i][-1:]


def _name_from(doc: Doc, start: int) -> list[Token]:
    """The proper name whose phrase starts at `start` ("league president B" -> B), as a one-item list."""
    return [node] if (node := phrase_head_from(doc, start)) is not None and node.pos_ == "PROPN" else []


def phrase_head_from(doc: Doc, start: int) -> Token | None:
    """The head of the noun phrase that starts at `start` ("Gulf Arab states" -> states), whatever the small model
    made of the phrase as a whole (an object it read as the next clause's subject)."""
    if start >= len(doc):
        return None
    node = doc[start]
    while node.head.i > node.i and node.dep_ in _NP_INNER:
        node = node.head
    return node


def misread_conjunct(verb: Token, conj: Token) -> list[Token]:
    """"met A and envoy B", "met A and astronomer B": the small model may hang the second counterpart on the
    verb, as a name or as the object of its title read as a second verb. A bare base form joined to a finite
    verb ("met A and astronomer B") is no verb of the sentence; "met A and thanked B" is."""
    if conj.pos_ == "PROPN":
        return [conj]
    if conj.tag_ != "VB" or verb.tag_ not in ("VBD", "VBZ") or any(
            c.dep_ in ("aux", "nsubj", "nsubjpass") for c in conj.children):
        return []
    return [c for c in conj.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]


def face_to_face(verb: Token) -> list[Token]:
    """The two "face" words of "met X face to face" ("face-to-face") when the small model reads the phrase as
    the verb's object, clause or conjunct; the counterpart and the place and day then hang on them."""
    doc = verb.doc
    for child in verb.children:
        if child.lower_ != "face" or child.i < verb.i:
            continue
        rest = [t.lower_ for t in doc[child.i + 1 : child.i + 5]]
        if rest[:2] == ["to", "face"]:
            return [child, doc[child.i + 2]]
        if rest == ["-", "to", "-", "face"]:
            return [child, doc[child.i + 4]]
    return []


def with_face_to_face(idiom: list[Token]) -> list[Token]:
    """"met face to face with X": the small model hangs "with X" on one of the idiom's words."""
    return [o for word in idiom for w in word.subtree
            if w.dep_ == "prep" and w.lower_ == "with" and w.head.lower_ == "face"
            for o in w.children if o.dep_ == "pobj"]


def misparsed_coordination(token: Token) -> bool:
    """"Minister A and Minister B held ..." is sometimes parsed with A as a modifier of B that owns the "and";
    "Priya Ramaswamy and Metro Rail met" with the given name as the modifier and the surname, owning the "and",
    in apposition to it."""
    owners = (token, *(a for a in token.children if a.dep_ == "appos"))
    return token.dep_ == "nmod" and any(c.dep_ == "cc" for t in owners for c in t.children)


def name_hung_as_modifier(token: Token, names: NameIndex) -> bool:
    """"Physicist A B and astronomer C D met": the small model may hang the first person's whole name on the
    second's surname as a compound that owns the "and"; a compound ending another person's name is a member."""
    return token.dep_ == "compound" and names.label.get(token.i) == PERSON and any(
        c.dep_ == "cc" for c in token.children) and names.span_of.get(token.i) != names.span_of.get(token.head.i)


def name_before_group(token: Token, names: NameIndex) -> tuple[Token, Participant] | None:
    """"met X and staff representatives", "talks with X and Andorran officials": the small model may read a
    name coordinated with a described group as a modifier of the group's noun ("[X and staff] representatives").
    A name is no kind of representative: X is one side, and the words after "and" describe the other."""
    if token.tag_ != "NNS":
        return None
    for name in (c for c in token.lefts if c.dep_ in ("nmod", "compound") and names.label.get(c.i)):
        described = [c for c in name.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "ADJ", "PROPN")
                     and c.i < token.i and (names.label.get(name.i) == PERSON or not names.label.get(c.i))]
        if described and any(c.dep_ == "cc" for c in name.children):
            group = token.doc[described[0].i : token.i + 1].text
            return name, Participant.described(group)
    return None


def split_name(token: Token, names: NameIndex) -> Participant | None:
    """"Governor Park Ji-ho": the tokenizer splits a hyphenated given name, and the small model hangs
    the name on its last piece; the person is the name among that piece's modifiers."""
    hyphen = token.doc[token.i - 1] if token.i > 0 else None
    if hyphen is None or hyphen.text != "-" or hyphen.whitespace_:
        return None
    name = next((c for c in reversed(list(token.lefts)) if c.dep_ == "compound" and names.label.get(c.i) == PERSON),
                None)
    return names.participant(name) if name is not None else None
