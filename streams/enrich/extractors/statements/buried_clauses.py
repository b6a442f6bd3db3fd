"""Reported clauses the parse buried under a speech verb's object or adjunct.

After "said" or "told" with "that" left out, or with an adjunct before the "that", the small English model
often reads the reported clause as a relative clause on a noun of the cue ("told a trade lunch the economy
was slowing": "lunch [which] the economy was slowing"), on an infinitive's object ("said to cut costs it will
sell the unit") or on a preposition's object ("said in its note to staff that the firm would appeal"). The cue
then governs no clause, and no statement is found at all. A relative clause has a gap that its pronoun or
its noun fills: one with a subject of its own, written after the cue, that is no pronoun, and a finite verb,
is the reported clause the parse lost.

The clause is taken only as a last resort, when nothing else the cue governs reads as its content, and only
down a path of objects and complements from the cue; through a preposition only when a complementiser
"that" opens the clause (or follows the cue itself) and only after "say" or a verb of telling, so that a
noun's content clause after a market verb ("added 2 cents after news that the mill would close") is never
taken for speech. A clause opened by a relative word ("under which", "where") and a trailing attribution
after the clause stay out.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_kind
from .lexicon import lexicon

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "what"})
# How the parse may hang the lost clause's verb on the cue's words, and the words on the way up to the cue.
_BURIED_DEPS = frozenset({"relcl", "acl", "ccomp"})
_PLAIN_PATH = frozenset({"dobj", "dative", "xcomp", "appos", "compound"})
_PREPOSITION_PATH = _PLAIN_PATH | {"prep", "pobj", "pcomp"}


def finite(verb: Token) -> bool:
    """A verb that carries tense itself or through an auxiliary: a clause, not a participle or an infinitive."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )


def _own_subject(verb: Token, cue: Token) -> Token | None:
    """The verb's subject written after the cue, when it is no relative pronoun: a relative clause's gap is
    filled by its pronoun or its noun, never by a subject of its own."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.i <= cue.i or subject.tag_ in ("WDT", "WP") or subject.lower_ in _RELATIVE_WORDS:
        return None
    return subject


def _relative_opening(verb: Token) -> bool:
    """ "a rule under which the clerk would refund ...", "a town where rents rose": a clause opened by a
    relative word anywhere before its verb is a relative clause, whatever its subject (a complementiser "that"
the tagger calls a determiner is no such word)."""
    return any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") and t.dep_ != "mark" for t in verb.doc[verb.left_edge.i : verb.i]
    )


def _before_trailing_cue(verb: Token, end: int) -> int:
    """The clause's last token before a later speech verb with a subject of its own ("..., the delegates
    said"): a trailing attribution is no part of what the cue reports."""
    doc = verb.doc
    for token in doc[verb.i + 1 : end + 1]:
        if cue_kind(token) == "speech" and any(c.dep_ == "nsubj" for c in token.children):
            return min(token.left_edge.i, *(c.left_edge.i for c in token.children if c.dep_ == "nsubj")) - 1
    return end


def _path_to_cue(verb: Token, cue: Token) -> list[Token] | None:
    """The words between the verb and the cue up the parse, or None when the cue does not govern the verb."""
    path = []
    node = verb.head
    while node.i != cue.i:
        if node.head.i == node.i:
            return None
        path.append(node)
        node = node.head
    return path


def _complementiser(verb: Token) -> Token | None:
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    return mark if mark is not None and mark.lower_ == "that" else None


def _figure_moved(cue: Token) -> bool:
    """ "added 2 cents", "estimated 5 mln tonnes": an object with a figure is a market move or an amount, and
    what follows it tells why, not what was said."""
    return any(c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in cue.children)


def buried_clause(cue: Token) -> tuple[int, int] | None:
    """The token range (first, last) of the clause a speech cue reports that the parse buried, else None."""
    lex = lexicon()
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children):
        return None
    telling = cue.lemma_.lower() in lex.addressee_verbs
    if _figure_moved(cue) and not telling:
        return None
    doc = cue.doc
    sent_end = cue.sent.end
    opening_that = cue.i + 1 < sent_end and doc[cue.i + 1].lower_ == "that"
    for verb in doc[cue.i + 1 : sent_end]:
        if verb.dep_ not in _BURIED_DEPS or not finite(verb) or verb.head.i == cue.i:
            continue
        subject = _own_subject(verb, cue)
        path = _path_to_cue(verb, cue) if subject is not None else None
        marks = [c for c in verb.children if c.dep_ == "mark"]
        if subject is None or path is None or any(m.lower_ != "that" for m in marks) or _relative_opening(verb):
            continue  # "when ...", "because ...": a circumstance, not what was said
        if cue_kind(verb) is not None:
            continue  # "told a meeting the union had called": a cue of its own says which meeting
        mark = marks[0] if marks else None
        through_preposition = (opening_that or mark is not None) and (telling or cue.lemma_.lower() == "say")
        allowed = _PREPOSITION_PATH if through_preposition else _PLAIN_PATH
        if not all(n.dep_ in allowed for n in path):
            continue
        if opening_that:
            start = cue.i + 2
        elif mark is not None:
            start = mark.i + 1
        elif telling:
            start = subject.left_edge.i
        else:
            start = cue.i + 1
        end = _before_trailing_cue(verb, sent_end - 1)
        return (start, end) if end > start else None
    return None
