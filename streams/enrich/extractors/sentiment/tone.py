"""From sentence scores to one tone: the same rule for a whole article and for one quote.

The score is a mean of the sentences' compound scores, not one compound over the whole text:
VADER's normalisation saturates as words pile up (a long, even-handed readout reaches +0.95), while
a mean stays on the scale of one sentence and lets factual sentences dilute the few evaluative
ones, which is how a reader weighs a straight news report. In a quote a factual sentence dilutes at
half the weight of an evaluative one (one speaker's asides do not cancel their point); in an
article a factual sentence counts as much as an evaluative one of its own narrative, as the
leave-one-article-out fit on the real annotated articles chose (ARTICLE_NEUTRAL_WEIGHT).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from vaderSentiment.vaderSentiment import normalize

from streams.enrich.extractors.sentiment.contrast import BEFORE_BUT
from streams.enrich.extractors.sentiment.part_score import PartScore
from streams.enrich.model import SentimentComponents, ToneDriver, ToneLabel

# The numbers below and part_score.NEGATIVE_WEIGHT are the tone's free parameters. They are checked,
# and refitted if the articles ask for it, by leave-one-article-out cross-validation on a grid of
# round values: `python -m streams.evaluation.tone_fit ../shared/eval/dev-real ../shared/eval/dev`
# (what the fit gave is written beside each value).

# VADER's documented cut-off for its compound score: below it a sentence is neutral.
SENTENCE_THRESHOLD = 0.05
# How much a neutral sentence weighs in the mean, against 1 for an evaluative sentence.
NEUTRAL_WEIGHT = 0.5
# A text is positive or negative only when its mean sentence score reaches 0.10: one sentence
# carrying one moderately rated word (VADER valence 1.5-2, compound 0.36-0.46) among up to six
# factual ones. Less than that reads as a report with a lean. For a single sentence it leaves out
# VADER's weakest words (|valence| < 0.4, which its raters barely leaned on).
LABEL_THRESHOLD = 0.10
# "Mixed": both tones present and neither outweighs the other more than two to one. Counted in
# sentences for a text (one long angry sentence is one voice) and in valence within one sentence.
MIXED_BALANCE = 0.5
# Within one sentence each side must hold at least a weakly rated word's worth of valence.
MIXED_MIN_VALENCE = 0.5
# Across sentences the side with fewer sentences must also hold one strong sentence: valence 2 or
# more, as much as VADER gives "good" (1.9), "welcome" (2.0) or "unfair" (-2.1). A caveat in mild
# words ("funding remained unclear", "low water levels") qualifies a story; it does not make a
# second one, while one sharp counterpoint to several mild sentences does.
MIXED_STRONG_SENTENCE = normalize(2.0)
# A statement is labelled by its dominant tone and is polar only from this mean sentence score.
STATEMENT_THRESHOLD = 0.10

# --- a whole article -------------------------------------------------------------------------
# An article's score is a mean of its sentences' compound scores in which the headline, the lede and
# a factual sentence each count once. The top of the story decides its side through `lead.py` (the
# top's lean, when the body bears it out); weighing it again in the mean is what the real annotated
# articles did not support. Fitted by leave-one-article-out on the 31 real annotated articles
# (`python -m streams.evaluation.tone_fit ../shared/eval/dev-real ../shared/eval/dev`, Dec 2026):
# fitting the position and neutral weights together with the thresholds (8 values at once) gave
# polarity .613 and 4-class .548 out of fold, the chosen values changing from fold to fold; with the
# headline, lede and neutral weights held at 1 (no rule) and only the thresholds fitted, every fold
# chose the same values, and out of fold polarity is .774 and 4-class .742 (held at the former
# 2 / 3 / 0.5 instead: .677 / .645). Those held values were picked with the fold results of 24 weight
# combinations in view; choosing the combination inside each fold as well gives .677 / .645, the
# honest estimate of that choice. In sample this is one article better on both measures than the
# former weights and loses none of the articles they got right.
HEADLINE_WEIGHT = 1.0
LEDE_WEIGHT = 1.0
# Whose voice it is: a statement reports someone's tone ("warm talks", says a minister) and
# weighs less in the article than its own narrative, which states what happened (a plant closes).
# Held, not fitted: 1 fits the real articles as well, but then the reactions a story quotes
# outvote the event it reports.
STATEMENT_WEIGHT = 0.25
# A neutral sentence dilutes the article's mean as much as an evaluative one weighs (a quote's
# mean keeps NEUTRAL_WEIGHT above: its sentences are one speaker's).
ARTICLE_NEUTRAL_WEIGHT = 1.0
# How much a quoted sentence counts as a voice when asking whether the article holds both tones in
# strength (`two_voiced`), apart from how much it weighs in the mean (STATEMENT_WEIGHT). A story whose
# narrative reports the bad news (a weakening economy, an injury) while the people it quotes give the
# good (a robust outlook, hopes of a quick return), or the reverse, tells two sides: the reactions it
# chose to quote are its second side, though one reporter's sentence states more than one quote. At
# STATEMENT_WEIGHT (0.25, the former rule) four quotes were needed to stand against one narrative
# sentence, and three hopeful voices after two sentences of bad news went to the news's side. Below
# one half, so that under the two-to-one balance (MIXED_BALANCE) a single reaction still does not
# stand against a single sentence of the reporter's ("the firm lost money" / "we are confident",
# said its chief): it qualifies the news. Fitted by leave-one-article-out on the 78 real annotated
# articles of all read sets (`tone_fit ... --only ARTICLE_THRESHOLD,TOP_LEAN,QUOTED_VOICE`, Dec 2026)
# among 0.25, 0.4, 0.5 and 1: 0.4 and 0.5 gain the same two articles (in two read sets) and lose
# none, 1 loses two; 0.4 in 77 folds, polarity .769 -> .782 and 4-class .692 -> .705 out of fold
# (.795 / .718 with this value held and the two cut-offs fitted). The probe of one reaction against
# one sentence chose 0.4 over 0.5, which the articles do not tell apart.
QUOTED_VOICE = 0.4
# An article is positive or negative from this mean sentence score: the same fit chose 0.10 in
# every fold among 0.05 to 0.25. "Mixed" is the rule of a single text above (MIXED_BALANCE,
# MIXED_STRONG_SENTENCE), which the same fit left as it was.
ARTICLE_THRESHOLD = 0.10
# A "mixed" article still leans, and its score says which way: it is kept at least this far from
# zero on the side of its weighted mean (0: no floor). Both sides weighing about evenly leave a mean
# near zero, and the score then read as "no side" (VADER's neutral band), where readers who call a
# story mixed still give it a side (15 of the 17 mixed articles of the read sets carry +-0.1, 2 carry
# 0). Of the six articles we call mixed whose reader called them polar, the mean had leaned the
# reader's way in four, by less than the cut-off. VADER's cut-off, as the lead rule keeps its score
# (`lead.py`). Only the score of a mixed article moves, never a label. Fitted by leave-one-article-out
# on the 78 real annotated articles of all read sets (`tone_fit ... --only MIXED_LEAN`, Dec 2026)
# between 0 and 0.05: 0.05 in every fold, polarity 64 -> 68 of 78 (.821 -> .872) out of fold, the four
# in three read sets; no article lost. With the two cut-offs fitted as well (the tool's default),
# leave-one-article-out polarity .795 -> .846, 4-class .718 either way.
MIXED_LEAN = SENTENCE_THRESHOLD
# How many words `components.drivers` lists.
DRIVERS = 3


@dataclass(frozen=True, slots=True)
class TextTone:
    label: ToneLabel
    score: float
    components: SentimentComponents
    # a sentence of the text says in its own words that the news has two sides (PartScore.contrasted)
    two_sided: bool = False


def combine(parts: Sequence[PartScore]) -> TextTone:
    """Combine the sentence parts of a text into its tone and the shares a dashboard shows."""
    sentences = _turns_joined([p for p in parts if p.counts])
    if not sentences:
        return TextTone("neutral", 0.0, SentimentComponents(0.0, 0.0, 1.0, 0))
    evaluative = [c for c in (p.compound for p in sentences) if abs(c) >= SENTENCE_THRESHOLD]
    n = len(sentences)
    weight = len(evaluative) + NEUTRAL_WEIGHT * (n - len(evaluative))
    score = round(max(-1.0, min(1.0, sum(evaluative) / weight)), 4) if evaluative else 0.0
    ups = sum(1 for c in evaluative if c > 0)
    downs = len(evaluative) - ups
    components = SentimentComponents(ups / n, downs / n, (n - ups - downs) / n, n)
    if n == 1:
        mixed = balanced(sentences[0].positive, sentences[0].negative, MIXED_MIN_VALENCE)
    else:
        mixed = balanced(ups, downs, 1) and _minority_is_strong(evaluative)
    two_sided = any(p.contrasted for p in sentences)
    return TextTone(_label(score, mixed, LABEL_THRESHOLD), score, components, two_sided)


def _turns_joined(sentences: Sequence[PartScore]) -> list[PartScore]:
    """A sentence that opens by turning against the one before ("However, ...") is read with it as
    one "p but q": the turned-against sentence is conceded (VADER's BEFORE_BUT), and the pair is one
    move of the speaker, not two voices that would make the text "mixed"."""
    joined: list[PartScore] = []
    for part in sentences:
        if part.turns and joined:
            before = joined[-1]
            part = replace(
                part,
                positive=part.positive + BEFORE_BUT * before.positive,
                negative=part.negative + BEFORE_BUT * before.negative,
                clause=part.clause or before.clause,
                words=(*((i, BEFORE_BUT * v) for i, v in before.words), *part.words),
            )
            joined[-1] = part
        else:
            joined.append(part)
    return joined


def _minority_is_strong(compounds: Sequence[float]) -> bool:
    """Whether the side with fewer evaluative sentences (either side on a tie) has a strong one."""
    sides = [[c for c in compounds if c > 0], [-c for c in compounds if c < 0]]
    fewest = min(len(side) for side in sides)
    return fewest > 0 and any(
        len(side) == fewest and max(side) >= MIXED_STRONG_SENTENCE for side in sides
    )


def opposed(one: float, other: float) -> bool:
    """Whether two sides of one sentence say opposite news, each with at least a weakly rated word's
    valence (MIXED_MIN_VALENCE): "Pact agreed, but farm tariffs unresolved", "although exports rose,
    the plant lost money"."""
    return one * other < 0 and min(abs(one), abs(other)) >= MIXED_MIN_VALENCE


def balanced(up: float, down: float, at_least: float) -> bool:
    """Both sides at least `at_least`, neither more than 1 / MIXED_BALANCE times the other."""
    weaker, stronger = min(up, down), max(up, down)
    return weaker >= at_least and weaker >= MIXED_BALANCE * stronger


def _label(score: float, mixed: bool, threshold: float) -> ToneLabel:
    if mixed:
        return "mixed"
    if score >= threshold:
        return "positive"
    if score <= -threshold:
        return "negative"
    return "neutral"


def statement_label(tone: TextTone) -> ToneLabel:
    """A quote's label is its dominant tone; "mixed" only when neither tone dominates.

    A quote is one speaker's one move: annotators of quoted speech give a quote that weighs both
    sides its dominant tone. Only a quote balanced in the article's sense whose net score also
    stays inside the neutral band ("welcome progress, but ambiguous") has no dominant tone, and so
    has a quote that says in its own words that the news has two sides: a concession set against
    news of the other sign ("although exports rose, the plant lost money"; annotators of real quotes
    labelled four of five concessive quotes mixed, in four read sets), or a divided reaction.
    """
    if tone.two_sided:
        return "mixed"
    if tone.score >= STATEMENT_THRESHOLD:
        return "positive"
    if tone.score <= -STATEMENT_THRESHOLD:
        return "negative"
    return "mixed" if tone.label == "mixed" else "neutral"


Role = Literal["headline", "lede", "body"]


@dataclass(frozen=True, slots=True)
class Placed:
    """One sentence of an article (or its headline), where it stands and whose voice it is."""

    part: PartScore
    role: Role
    quoted: bool
    words: tuple[tuple[str, float], ...] = ()

    @property
    def voice(self) -> float:
        """How much the sentence counts as the article's own voice."""
        return STATEMENT_WEIGHT if self.quoted else 1.0

    @property
    def weight(self) -> float:
        return {"headline": HEADLINE_WEIGHT, "lede": LEDE_WEIGHT}.get(self.role, 1.0) * self.voice


def article_tone(sentences: Sequence[Placed]) -> TextTone:
    """An article's tone: a weighted mean of its sentence scores, "mixed" when both tones weigh."""
    if not sentences:
        return TextTone("neutral", 0.0, SentimentComponents(0.0, 0.0, 1.0, 0))
    weighed = [(s, s.part.compound, s.weight) for s in sentences]
    mean = weighted_mean(sentences)
    score = round(_calibrated(max(-1.0, min(1.0, mean))), 4)
    if len(sentences) == 1:  # one sentence weighs its two sides in valence, as a quote does
        mixed = balanced(sentences[0].part.positive, sentences[0].part.negative, MIXED_MIN_VALENCE)
    else:
        mixed = two_voiced(sentences, QUOTED_VOICE)
    label = _label(mean, mixed, ARTICLE_THRESHOLD)
    return TextTone(label, mixed_score(score) if label == "mixed" else score, _components(weighed))


def mixed_score(score: float) -> float:
    """The score of an article labelled "mixed": its lean kept at least MIXED_LEAN on its own side,
    so that the score tells which side the two-sided story leans to (zero stays zero: no lean)."""
    return math.copysign(max(abs(score), MIXED_LEAN), score) if score else 0.0


def two_voiced(sentences: Sequence[Placed], quoted_voice: float) -> bool:
    """Whether the sentences hold both tones in strength, counted in voices, not positions: a
    prominent lede decides the lean, not whether the story has two sides, while a quoted sentence
    is still a reported voice (at `quoted_voice`; at 0 it is no voice at all); the fewer side needs
    one strong sentence."""
    voices = [
        (c, v) for s in sentences
        if abs(c := s.part.compound) >= SENTENCE_THRESHOLD and (v := quoted_voice if s.quoted else 1.0) > 0
    ]
    ups = sum(v for c, v in voices if c > 0)
    downs = sum(v for c, v in voices if c < 0)
    return balanced(ups, downs, STATEMENT_WEIGHT) and _minority_is_strong([c for c, _ in voices])


def weighted_mean(sentences: Sequence[Placed]) -> float:
    """The mean compound of the sentences by their weights, a factual one diluting it at
    ARTICLE_NEUTRAL_WEIGHT of its own; 0 when none is evaluative."""
    evaluative = [(c, s.weight) for s in sentences if abs(c := s.part.compound) >= SENTENCE_THRESHOLD]
    neutral_weight = sum(s.weight for s in sentences if abs(s.part.compound) < SENTENCE_THRESHOLD)
    total = sum(w for _, w in evaluative) + ARTICLE_NEUTRAL_WEIGHT * neutral_weight
    return sum(c * w for c, w in evaluative) / total if evaluative else 0.0


def _calibrated(mean: float) -> float:
    """The article score on VADER's convention, where |score| < 0.05 reads as neutral.

    The label's neutral band is ARTICLE_THRESHOLD of the weighted mean; a reported score of -0.07
    on an article labelled neutral would tell a consumer who knows VADER's cut-off "negative". So
    the band is stretched linearly onto [-0.05, 0.05] and the rest onto the remaining scale: the
    order of articles is kept and the score's sign band always agrees with the label.
    """
    size = abs(mean)
    if size < ARTICLE_THRESHOLD:
        scaled = size * SENTENCE_THRESHOLD / ARTICLE_THRESHOLD
    else:
        scaled = SENTENCE_THRESHOLD + (size - ARTICLE_THRESHOLD) * (1 - SENTENCE_THRESHOLD) / (1 - ARTICLE_THRESHOLD)
    return math.copysign(scaled, mean)


def _components(weighed: Sequence[tuple[Placed, float, float]]) -> SentimentComponents:
    body = [c for s, c, _ in weighed if s.role != "headline"]
    n = len(body)
    ups = sum(1 for c in body if c >= SENTENCE_THRESHOLD)
    downs = sum(1 for c in body if c <= -SENTENCE_THRESHOLD)
    drive: dict[str, float] = defaultdict(float)
    for s, _, w in weighed:
        for word, valence in s.words:
            drive[word] += valence * w
    strongest = sorted(drive.items(), key=lambda kv: -abs(kv[1]))[:DRIVERS]
    return SentimentComponents(
        positive=ups / n if n else 0.0,
        negative=downs / n if n else 0.0,
        neutral=(n - ups - downs) / n if n else 1.0,
        sentences=n,
        headline=_mean([c for s, c, _ in weighed if s.role == "headline"]),
        lede=_mean([c for s, c, _ in weighed if s.role == "lede"]),
        narrative=_mean([c for s, c, _ in weighed if s.role != "headline" and not s.quoted]),
        statements=_mean([c for s, c, _ in weighed if s.role != "headline" and s.quoted]),
        drivers=tuple(ToneDriver(word, round(v, 3)) for word, v in strongest if v),
    )


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None
