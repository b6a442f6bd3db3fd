"""That-less reports whose cue the parse folded into the reported clause itself.

With "that" left out, a name, a speech verb and a clause whose subject is a noun compound or carries a
participle ("X insisted flu admissions had doubled", "X maintains estimated losses had reached ...",
"X is predicting rail fares would rise") often parse as one clause: the cue becomes an adjective, a
compound, an auxiliary or a clausal subject of the reported verb, and the speaker's name a stray noun
before it. The layout is then more reliable than the parse: a finite speech verb written right after its
speaker and right before a clause with a finite verb of its own reports that clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_kind, subject_of
from .lexicon import lexicon

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSE_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# where the parse puts a cue it has read as part of the reported clause
_FOLDED_DEPS = frozenset({"amod", "compound", "csubj", "csubjpass", "nsubj", "aux", "npadvmod", "dep"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_SPEAKER_TAGS = frozenset({"NNP", "NNPS", "PRP"})


def adjectival_participle(token: Token) -> bool:
    """ "warned reported thefts had risen", "said estimated losses had ...": a speech participle right after a
    speech verb and right before a common noun, with no subject or auxiliary of its own, describes the
    reported clause's subject. It is no cue of its own; the verb before it is."""
    doc = token.doc
    if token.tag_ not in ("VBN", "VBD") or token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.tag_ not in _FINITE and before.tag_ != "VBG":
        return False
    if before.lemma_.lower() not in lexicon().speech_verbs or after.tag_ not in _NOUN_TAGS:
        return False
    return not any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in token.children)


def _written_speaker(cue: Token) -> Token | None:
    """The speaker written right before a folded cue ("is" between for "X is predicting"): the cue's own
    subject, else the name or pronoun the parse left stranded there."""
    own = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.i < cue.i), None)
    if own is not None:
        return own
    k = cue.i - 1
    if cue.tag_ == "VBG" and k >= 0 and cue.doc[k].lemma_ == "be":
        k -= 1
    before = cue.doc[k] if k >= 0 else None
    return before if before is not None and before.tag_ in _SPEAKER_TAGS else None


def _finite_cue(cue: Token) -> bool:
    """A cue in a tense of its own: finite, progressive ("is predicting"), or a past form the tagger took for
    a participle though it follows a name with no auxiliary between ("X insisted" is never "X has insisted")."""
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if before is None:
        return cue.tag_ in _FINITE
    return (
        cue.tag_ in _FINITE
        or (cue.tag_ == "VBG" and before.lemma_ == "be")
        or (cue.tag_ == "VBN" and before.tag_ in ("NNP", "NNPS"))
    )


def _clause_verb(cue: Token, start: int) -> Token | None:
    """The reported clause's finite verb: the first after a noun, with nothing that joins, subordinates or
    sets off between the cue and it (then it is the speaker's own next act or a circumstance)."""
    doc = cue.doc
    seen_noun = False
    for token in doc[start : cue.sent.end]:
        if token.tag_ in _CLAUSE_FINITE:
            return token if seen_noun else None
        if token.is_punct or token.dep_ in ("cc", "mark") or token.tag_ in ("WRB", "WDT", "WP"):
            return None
        seen_noun = seen_noun or token.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
    return None


def folded_report(cue: Token) -> tuple[Token, Token, Token] | None:
    """(speaker, first, last token of the report) for a speech cue (the caller has its kind) the parse folded
    into its clause, or for one whose clause starts with an adjectival participle; None otherwise. The report
    runs to the end of the clause verb's phrase."""
    doc = cue.doc
    if not _finite_cue(cue) or cue.i + 1 >= cue.sent.end:
        return None
    folded = cue.dep_ in _FOLDED_DEPS
    if not folded and not adjectival_participle(doc[cue.i + 1]):
        return None
    speaker = _written_speaker(cue) if folded else subject_of(cue)
    if speaker is None:
        return None
    start = cue.i + 1
    verb = _clause_verb(cue, start + 1 if adjectival_participle(doc[start]) else start)
    if verb is None or cue_kind(verb) is not None:
        return None
    head = verb.head if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i else verb
    end = min(max(head.right_edge.i, head.i), cue.sent.end - 1)
    return speaker, doc[start], doc[end]
