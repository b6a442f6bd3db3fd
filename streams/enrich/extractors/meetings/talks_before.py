"""Talks told on their own, right before the sentence that names their sides: "Talks resumed in Y on Friday.
Leaders of A met officials of B for three hours.", "Negotiations began on Monday. A and B sat down in Y".

Wire copy often opens with the talks as the subject, with no one named, and gives the sides in the next
sentence. The first sentence yields no encounter (it has no sides); what it says of where and when belongs
to the encounter the next sentence tells, and its talks make a bare "A and B sat down" the sitting down to
them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.wording import has_party_prep, is_named

_TALKS = (LEX.encounter_talks | LEX.encounter_negotiations) & LEX.meeting_nouns
_GETTING_UNDER_WAY = LEX.resuming_verbs | {"begin", "start", "open", "commence"}
_SUBJECTS = ("nsubj", "nsubjpass")


def sideless_talks_before(sent: Span) -> Token | None:
    """The verb of the sentence right before `sent` that tells talks getting under way with no side named
    anywhere in that sentence, or None."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    verb = next((t.head for t in before if t.dep_ in _SUBJECTS and t.tag_ == "NNS" and (
        t.lower_ in _TALKS or lower_lemma(t) in _TALKS) and not has_party_prep(t) and not any(
        c.dep_ == "poss" for c in t.children) and lower_lemma(t.head) in _GETTING_UNDER_WAY), None)
    if verb is None or any(is_named(t, ("person", "org")) for t in before):
        return None
    return verb
