"""The lean of a story's top (headline and lede), and the side it gives the article.

A reader of news takes the story from its top: the inverted pyramid puts the event there (a plant is
to close, a side wins, talks are put off, a vaccine works) and the body adds reactions, background
and detail. So when the top leans one way and the body bears it out (it does not lean against the
top, see the last paragraph), the article takes that side:

- it is not "mixed" because the body also quotes the other side: the hopeful words of a minister
  after a closure, or a rival's complaints after a win, qualify the event, they do not make
  a second story;
- it is not "neutral" because factual detail dilutes the mean below the label's threshold: the
  news is still the news.

A top that gives both clear good news and clear bad news is the writer saying the story has two
sides, and the article is "mixed" whatever its body leans to, as a reader who has read that top
takes it:

- a headline that joins good news and bad with "but" ("Pact agreed, but farm tariffs unresolved",
  "Side wins but loses captain to injury");
- a headline that holds both about evenly without a "but" ("Injury mars victory", "Exports surge
  while jobs are lost"): a headline is the story cut to its point, so both its sides are the point;
- a headline and a lede that each say strong news of opposite sides ("Win sends Rovers to the
  final" over "..., but their striker broke his leg");
- a headline or lede that reports a divided reaction ("Critics split over new opera", "the film
  drew mixed reviews"): the reporter's own word for a story with two sides.

A lede alone that names both ("talks to save the jobs threatened by the closure", "miners trapped
for three days were rescued") is not one of these: a lede sets the event in what led to it, and the
bad it answers is background, not a second story.

When the top is silent or takes both sides only mildly, or the body leans against it ("the reform won praise;
unions condemned it and threatened a strike"), the weighted mean and the mixed rule of `tone.py`
decide as before: that is where a story has two sides.

A body leans against the top when its own weighted mean does, beyond VADER's neutral band
(BODY_AGAINST), or when it tilts against the top however slightly and holds both tones in strength
itself (`tone.two_voiced`: a feature or an analysis that weighs the two sides). A body of detail
with an aside of the other side ("the search failed"; the rest is who searched where, and that the
weather eased) tilts against the top only by that aside, diluted by the facts: it reports the top's
event and bears it out as a reader takes it. Weighing such a tilt as a second story left setbacks
near zero, labelled neutral, as a wholly factual body did. A top with no body at all is a text of
one or two sentences, weighed by the mean and the mixed rule of a single text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from streams.enrich.extractors.sentiment.tone import (
    MIXED_MIN_VALENCE,
    MIXED_STRONG_SENTENCE,
    SENTENCE_THRESHOLD,
    Placed,
    TextTone,
    article_tone,
    balanced,
    mixed_score,
    two_voiced,
    weighted_mean,
)
from streams.enrich.model import ToneBasis, ToneLabel

# The top leans when its evaluative sentences all share a sign and their weighted mean compound is
# at least this: one sentence with a mildly rated word (VADER valence about 1, compound 0.2 and up).
# Fitted by leave-one-article-out on the 31 real annotated articles with the threshold of
# `tone.ARTICLE_THRESHOLD`, among off, 0.2, 0.3, 0.4 (`python -m streams.evaluation.tone_fit
# ../shared/eval/dev-real ../shared/eval/dev`): every fold chose 0.2 once the article mean weighs
# every sentence alike; from 0.3 a report whose top leans only mildly is lost to the mean.
TOP_LEAN = 0.2
# The body takes the top's side away when its weighted mean (factual sentences diluting it as in
# the article's mean) leans the other way by at least this: VADER's neutral band; 0 is the former rule
# (any tilt against the top, or none at all, left the label to the mean). Fitted with the tool
# above, `--only BODY_AGAINST`, among 0, 0.05, 0.1, 0.2 (Dec 2026): on the 31 real annotated articles
# 0.05 in 30 folds (polarity .839 -> .871, 4-class .774 -> .806 in sample; leave-one-article-out
# with ties to the former rule .839 / .774, the one article it gains choosing 0 when left out); with
# the two blind sets' open first halves added (61 articles) 0.05 in every fold: leave-one-article-out
# .787 / .738 against the former rule's .754 / .705. Fitting ARTICLE_THRESHOLD and TOP_LEAN with it
# left both as they were.
BODY_AGAINST = 0.05
# How much a quoted sentence counts as a voice when asking whether a body that tilts only slightly
# against the top holds both tones itself (`tone.two_voiced`): none. Reactions quoted on the other
# side qualify the top's event (the first point above); only the body's own narrative taking both
# sides makes it a second story. The quotes still weigh in the body's mean (BODY_AGAINST), so a
# chorus of them against the top still takes its side away. 0.25 (STATEMENT_WEIGHT) is the former
# rule. Fitted with the tool above, `--only BODY_QUOTED_VOICE`, between 0.25 and 0 (Dec 2026): on
# the 31 real annotated articles a tie (no article moves, every fold keeps what is shipped); with the
# two blind sets' open first halves added (61 articles) 0 in 60 folds, in sample polarity .770 ->
# .787 and 4-class .705 -> .721 (one article: a growth report whose economists' caveats made it
# "mixed"), leave-one-article-out .770 / .705 either way, as that one article chooses 0.25 when left
# out: the evidence is one article, the rule the lead's own.
BODY_QUOTED_VOICE = 0.0


def top_lean(sentences: Sequence[Placed]) -> int:
    """+1 or -1 when the headline and lede lean clearly one way, 0 when they are silent or split."""
    top = [(s.part.compound, s.weight) for s in sentences if s.role != "body"]
    evaluative = [(c, w) for c, w in top if abs(c) >= SENTENCE_THRESHOLD]
    if not evaluative or len({c > 0 for c, _ in evaluative}) > 1:
        return 0
    mean = sum(c * w for c, w in evaluative) / sum(w for _, w in evaluative)
    return int(math.copysign(1, mean)) if abs(mean) >= TOP_LEAN else 0


def top_two_sided(sentences: Sequence[Placed]) -> bool:
    """Whether the top says the story has two sides (a "but" of good and bad, a divided reaction), the
    headline gives good news and bad, or the headline and the lede opposite strong news."""
    if any(s.part.contrasted for s in sentences if s.role != "body"):
        return True
    headline = next((s.part for s in sentences if s.role == "headline"), None)
    if headline is None:
        return False
    if balanced(headline.positive, headline.negative, MIXED_MIN_VALENCE):
        return True
    strong = [s.part.compound for s in sentences if s.role != "body" and abs(s.part.compound) >= MIXED_STRONG_SENTENCE]
    return len({c > 0 for c in strong}) > 1


def lead_tone(sentences: Sequence[Placed]) -> TextTone:
    """The article's tone (`tone.article_tone`), given the top's side when the body bears it out.

    The score is then kept at least at VADER's cut-off on that side, so that its sign band agrees
    with the label, as the score of every other label does. `components.basis` says which rule
    decided.
    """
    tone = article_tone(sentences)
    if top_two_sided(sentences):
        return TextTone("mixed", mixed_score(tone.score), replace(tone.components, basis="balance"))
    lean = top_lean(sentences)
    body = [s for s in sentences if s.role == "body"]
    against = -lean * weighted_mean(body)
    if not lean or not body or against >= BODY_AGAINST or (against > 0 and two_voiced(body, BODY_QUOTED_VOICE)):
        basis: ToneBasis = "balance" if tone.label == "mixed" else "mean"
        return replace(tone, components=replace(tone.components, basis=basis))
    score = math.copysign(max(abs(tone.score), SENTENCE_THRESHOLD), lean)
    label: ToneLabel = "positive" if lean > 0 else "negative"
    return TextTone(label, score, replace(tone.components, basis="lead"))
