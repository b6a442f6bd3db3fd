"""From sentence scores to one tone: the same rule for a whole article and for one quote.

The score is the mean of the sentences' compound scores, not one compound over the whole text:
VADER's normalisation saturates as words pile up (a long, even-handed readout reaches +0.95), while
a mean stays on the scale of one sentence and lets factual sentences (score 0) dilute the few
evaluative ones, which is how a reader weighs a straight news report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from streams.enrich.extractors.sentiment.scorer import PartScore
from streams.enrich.model import SentimentComponents, ToneLabel

# VADER's documented cut-off for its compound score: below it a sentence is neutral.
SENTENCE_THRESHOLD = 0.05
# A text is positive or negative only when its mean sentence score reaches 0.10: about one sentence
# in four carrying one moderately rated word (VADER valence 1.5-2, compound 0.36-0.46). Less than
# that reads as a report with a lean. For a single sentence it leaves out VADER's weakest words
# (|valence| < 0.4, which its raters barely leaned on).
LABEL_THRESHOLD = 0.10
# "Mixed": both tones present and neither outweighs the other more than two to one. Counted in
# sentences for a text (one long angry sentence is one voice) and in valence within one sentence.
MIXED_BALANCE = 0.5
# Within one sentence each side must hold at least a weakly rated word's worth of valence.
MIXED_MIN_VALENCE = 0.5


@dataclass(frozen=True, slots=True)
class TextTone:
    label: ToneLabel
    score: float
    components: SentimentComponents


def combine(parts: Sequence[PartScore]) -> TextTone:
    """Combine the sentence parts of a text into its tone and the shares a dashboard shows."""
    sentences = [p for p in parts if p.counts]
    if not sentences:
        return TextTone("neutral", 0.0, SentimentComponents(0.0, 0.0, 1.0, 0))
    compounds = [p.compound for p in sentences]
    score = round(max(-1.0, min(1.0, sum(compounds) / len(compounds))), 4)
    n = len(sentences)
    ups = sum(1 for c in compounds if c >= SENTENCE_THRESHOLD)
    downs = sum(1 for c in compounds if c <= -SENTENCE_THRESHOLD)
    components = SentimentComponents(ups / n, downs / n, (n - ups - downs) / n, n)
    if n == 1:
        mixed = _balanced(sentences[0].positive, sentences[0].negative, MIXED_MIN_VALENCE)
    else:
        mixed = _balanced(ups, downs, 1)
    return TextTone(_label(score, mixed), score, components)


def _balanced(up: float, down: float, at_least: float) -> bool:
    weaker, stronger = min(up, down), max(up, down)
    return weaker >= at_least and weaker >= MIXED_BALANCE * stronger


def _label(score: float, mixed: bool) -> ToneLabel:
    if mixed:
        return "mixed"
    if score >= LABEL_THRESHOLD:
        return "positive"
    if score <= -LABEL_THRESHOLD:
        return "negative"
    return "neutral"
