"""A forecasting verb read as the modifier of the next clause's subject is that clause's verb of saying.

The small English model reads "X forecast revenue would fall" and "the board projected costs will rise" as
if "forecast revenue" and "projected costs" were one noun phrase, the subject of "would fall": the cue
becomes a noun or adjective in it, and the speaker before it a further modifier or a second subject. A
noun phrase that opens with a bare modifier after a name or a noun (no determiner, possessive or
preposition between them) is no English noun phrase, so only that shape is mended: the cue becomes the
past-tense verb heading the clause, the words before it its subject. "The forecast rise", "an estimated
5,000", "the council's projected budget" and a cue opening its sentence keep their reading.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

FACTORY = "newswire_modifier_read_cues"
# Past forms of verbs of forecasting that are also nouns or adjectives; read as lower-case words.
_CUES = ("forecast", "estimated", "projected")
# Tags, not parts of speech: the repair runs before the attribute table derives those from the tags.
_SPEAKER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _clause_verb(cue: Token) -> Token | None:
    """The verb whose subject the cue modifies, when that verb follows the cue and has a tense of its own. The
    phrase may also hang on the speaker as an apposition ("X, estimated attendance"), the speaker then the
    verb's subject."""
    subject = cue.head
    if cue.dep_ not in _MODIFIER_DEPS or subject.i <= cue.i:
        return None
    if subject.dep_ == "appos" and subject.head.i == cue.i - 1:
        subject = subject.head
    verb = subject.head
    if subject.dep_ not in _SUBJECT_DEPS:
        return None
    tensed = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.tag_ == "MD" for c in verb.children)
    return verb if verb.i > subject.i and tensed else None


def _speaker_end(cue: Token) -> Token | None:
    """The word right before the cue, when it can end a speaker's name or noun phrase in the same sentence."""
    if cue.i == cue.sent.start:
        return None
    word = cue.doc[cue.i - 1]
    return word if word.tag_ in _SPEAKER_TAGS else None


def _repair(cue: Token, speaker: Token, verb: Token) -> None:
    doc, sent = cue.doc, cue.sent
    if cue.head.dep_ == "appos":
        cue.head.head, cue.head.dep_ = verb, "nsubj"
    for t in doc[sent.start : speaker.i]:
        if t.head.i > speaker.i:
            t.head = speaker
    cue.head, cue.dep_ = (cue, "ROOT") if verb.head.i == verb.i else (verb.head, verb.dep_)
    cue.tag_ = "VBD"
    speaker.head, speaker.dep_ = cue, "nsubj"
    verb.head, verb.dep_ = cue, "ccomp"
    for c in [c for c in verb.children if c.dep_ == "punct" and c.i == sent.end - 1]:
        c.head = cue


@Language.component(FACTORY)
def modifier_read_cues(doc: Doc) -> Doc:
    """Cue words found on the token array: few sentences hold one."""
    if not len(doc):
        return doc
    ids = [doc.vocab.strings[w] for w in _CUES]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), ids)).tolist():
        cue = doc[i]
        verb, speaker = _clause_verb(cue), _speaker_end(cue)
        if verb is not None and speaker is not None:
            _repair(cue, speaker, verb)
    return doc


def use_modifier_read_cues(nlp: Language) -> Language:
    """Adds the repair right after the parser (a no-op without one, or when present)."""
    if "parser" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="parser")
    return nlp
