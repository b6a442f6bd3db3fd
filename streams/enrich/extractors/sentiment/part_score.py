"""One sentence's (or quote's) summed good and bad valence, and how it reads on VADER's scale."""

from __future__ import annotations

from dataclasses import dataclass

from vaderSentiment.vaderSentiment import normalize

# A bad word weighs half again as much as a good one when a sentence's sides are netted. Language
# leans positive (Boucher & Osgood 1969), so rated lexicons read mild courtesy ("ready", "hope",
# "support") as warmth and outvote the one bad fact; Taboada et al. (2011) weigh negative words by
# 1.5 to correct this. Their value, not ours: leave-one-article-out cross-validation on the first
# half of dev-real plus dev (`streams/evaluation/tone_fit.py`) picks 1.5 from 1, 1.25, 1.5, 2 in 17
# of 18 folds for statement tone (72 -> 75 of 95 matched statements) and lifts the articles'
# cross-validated polarity + 4-class from 27 to 30 of 40.
NEGATIVE_WEIGHT = 1.5


@dataclass(frozen=True, slots=True)
class PartScore:
    """Summed valences of one sentence (or the part of it inside a quote)."""

    positive: float
    negative: float
    clause: bool  # holds a verb: a statement, not a dateline or a heading
    words: tuple[tuple[int, float], ...] = ()  # (token index, valence) of each word that counted
    turns: bool = False  # opens with a contrastive connective ("However, ...", "But ...")
    # says in its own words that the news has two sides: a headline whose "but" joins good news and
    # bad ("Deal agreed, but ..."), or a divided reaction ("drew mixed reviews", "critics split")
    contrasted: bool = False

    @property
    def compound(self) -> float:
        """VADER's normalised sum, so a sentence reads on the scale VADER users know; the bad side
        weighs NEGATIVE_WEIGHT times its valence."""
        net = self.positive - NEGATIVE_WEIGHT * self.negative
        return normalize(net) if self.positive or self.negative else 0.0

    @property
    def counts(self) -> bool:
        """Whether this part is a sentence for averaging: datelines and headings are not."""
        return self.clause or bool(self.positive or self.negative)
