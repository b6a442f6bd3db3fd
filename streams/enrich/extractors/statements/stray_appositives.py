"""A noun phrase that closes a reported clause but that the parse hung on the cue or on its speaker.

"X said it launched the Y 12, its first tractor built for hill farms." The parse often takes the phrase set
off by a comma after the clause ("its first tractor ...") for a second object of "said", or for an
apposition to the speaker, so the clause it renames would stop at the comma and lose half of what was said.
When that phrase runs to the sentence's end, has no subject or speech of its own and is no comment of the
writer's ("a move that ...", "a step which ..." come with "a" or a relative clause), it is the end of the
reported clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_kind

_MISHUNG = frozenset({"dobj", "appos", "dep", "npadvmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_INDEFINITE = frozenset({"a", "an", "another"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def stray_appositive_end(cue: Token, clause: Token, end: int) -> int:
    """The index the reported `clause` of a leading `cue` ends at, past a comma-set noun phrase the parse hung
    on the cue or its speaker (see the module); `end` when there is none."""
    doc = cue.doc
    comma = end if doc[end].text == "," else end + 1  # the parse may close the clause with the comma itself
    if cue.i > clause.i or comma >= len(doc) or doc[comma].text != "," or comma + 1 >= cue.sent.end:
        return end
    last = cue.sent.end - 1
    while last > comma and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    phrase = doc[comma + 1 : last + 1]
    heads = [t for t in phrase if not comma < t.head.i <= last]
    if len(heads) != 1:
        return end
    head = heads[0]
    speaker = next((c for c in cue.children if c.dep_ in _SUBJECTS), None)
    if head.pos_ not in _NOUNS or head.dep_ not in _MISHUNG or head.head not in (cue, speaker):
        return end
    if any(c.lower_ in _INDEFINITE for c in head.children) or any(c.dep_ == "relcl" for c in head.children):
        return end  # "..., a move analysts had expected": the writer's comment on the news
    if any(t.dep_ in _SUBJECTS or cue_kind(t) == "speech" for t in phrase):
        return end  # a clause of its own, perhaps another voice ("the growers, said to ...")
    return last
