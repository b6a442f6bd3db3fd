"""The clause before a trailing attribution the parse did not hang on its cue.

Wire copy closes most reports with "..., the ministry said." or "..., an official told Reuters." The small
English model often reads a long clause before such a cue as something else (a clausal subject, a phrase of
the cue's subject, a second subject): the cue then governs no clause and the report is lost. The layout
settles it without the parse: a cue that closes its sentence (nothing after it but its own adjuncts: "in a
statement", "on Tuesday", whom it told), a short subject phrase before it with no verb of its own, set off by
a comma, and a clause with a finite verb and its own subject before that comma. The clause is what the
speaker said. A clause that holds a speech verb of its own ("A said B, the agency said") is that verb's report,
which the outer cue only relays.

Taken only as a last resort, when nothing else the cue governs reads as its content; a clause holding a
quotation mark is left to the quotation's own attribution.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .buried_clauses import FINITE_TAGS, finite
from .cues import cue_kind
from .lexicon import lexicon

_SUBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "ADP", "NUM", "PART", "CCONJ", "PUNCT", "VERB"})
_OWN_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct"})
_AUDIENCE = frozenset({"dobj", "dative"})  # whom a verb of telling tells: any other object is what the cue does
_OWN_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "parataxis", "advcl", "conj"})  # not one in a relative clause
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
MAX_SUBJECT_WORDS = 14


def _closes_sentence(cue: Token, end: int) -> bool:
    """Nothing after the cue but punctuation, the cue's own adjuncts and, after a verb of telling, whom it tells."""
    allowed = _OWN_ADJUNCTS | _AUDIENCE if cue.lemma_.lower() in lexicon().addressee_verbs else _OWN_ADJUNCTS
    own = {t.i for c in cue.rights if c.dep_ in allowed for t in c.subtree}
    return all(t.i in own or t.is_punct or t.is_space for t in cue.doc[cue.i + 1 : end])


def _subject_comma(cue: Token, start: int) -> int | None:
    """The comma that sets off the cue's subject phrase: the nearest one before the cue, with only words of a
    noun phrase between (no finite verb, no relative word) and at least one noun or pronoun."""
    doc = cue.doc
    k = cue.i - 1
    while k > start and doc[k].text != ",":
        word = doc[k]
        if word.pos_ not in _SUBJECT_WORDS or word.tag_ in FINITE_TAGS or word.tag_ in _RELATIVE_TAGS:
            return None
        k -= 1
    phrase = doc[k + 1 : cue.i]
    if k <= start or not 0 < len(phrase) <= MAX_SUBJECT_WORDS or phrase[0].pos_ == "CCONJ":
        return None  # ", but a spokesman threatened ...": a second clause of the sentence, not an attribution
    return k if any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in phrase) else None


def trailing_clause(cue: Token) -> tuple[int, int, Token] | None:
    """The token range (first, last) of the clause a sentence-closing cue reports and the head of the subject
    phrase before the cue, else None."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in _OWN_CLAUSE_DEPS:
        return None
    if any(c.dep_ == "mark" for c in cue.children):  # "as X reported": an adverbial clause of its own
        return None
    sent = cue.sent
    if not _closes_sentence(cue, sent.end):
        return None
    comma = _subject_comma(cue, sent.start)
    if comma is None:
        return None
    clause = cue.doc[sent.start : comma]
    if any(t.is_quote or _relayed_report(t) for t in clause) or not any(_predicate(t) for t in clause):
        return None
    return sent.start, comma - 1, _speaker_word(cue, cue.doc[comma + 1 : cue.i])


def _speaker_word(cue: Token, phrase: Span) -> Token:
    """The word that names the speaker in the subject phrase: the cue's parsed subject when it lies there, a name
    closing the phrase ("... the director, Ann Roe"), else the head of the phrase's first run of nouns."""
    own = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS and phrase.start <= c.i < phrase.end), None)
    if own is not None:
        return own
    if phrase[-1].pos_ == "PROPN":
        return phrase[-1]
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN", "PRON")]
    run_end = nouns[0]
    while run_end.i + 1 < phrase.end and cue.doc[run_end.i + 1].pos_ in ("NOUN", "PROPN"):
        run_end = cue.doc[run_end.i + 1]
    return run_end


def _relayed_report(verb: Token) -> bool:
    """A cue verb with a subject of its own inside the clause ("X urged B, the agency said"): the clause is its
    statement, which the trailing cue only relays. One under a subordinator ("if banks reject B") is a
    condition of what is said, not a report."""
    return (
        verb.pos_ == "VERB"
        and cue_kind(verb) is not None
        and any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        and not any(c.dep_ == "mark" for c in verb.children)
    )


def _predicate(verb: Token) -> bool:
    """A finite verb with a subject of its own that is no relative word: the clause says something of it."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and finite(verb)
        and any(c.dep_ in _SUBJECT_DEPS and c.tag_ not in _RELATIVE_TAGS for c in verb.children)
    )
