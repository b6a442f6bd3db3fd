"""Quoted caveats against the top's event do not make a body two-sided (lead.BODY_QUOTED_VOICE).

A story leads with its event; its body may quote critics on the other side. Those reactions weigh in
the body's mean, but only the body's own narrative taking both sides makes it a second story.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import article_sentiment, lead
from streams.enrich.extractors.sentiment.lead import lead_tone
from streams.enrich.extractors.sentiment.part_score import PartScore
from streams.enrich.extractors.sentiment.tone import Placed, Role
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def placed(role: Role, positive: float = 0.0, negative: float = 0.0, quoted: bool = False) -> Placed:
    return Placed(PartScore(positive, negative, clause=True), role, quoted)


def top_with_quoted_caveats(side: int) -> list[Placed]:
    """A top and one narrative sentence on `side`, three factual ones, four quotes on the other side."""
    own = {"positive": 2.0} if side > 0 else {"negative": 1.4}
    other = {"negative": 2.0} if side > 0 else {"positive": 2.8}
    return [placed("lede", **own), placed("body", **own), *[placed("body")] * 3,
            *[placed("body", quoted=True, **other)] * 4]


@pytest.mark.parametrize(("side", "label"), [(1, "positive"), (-1, "negative")])
def test_quoted_caveats_leave_the_top_its_side(side: int, label: str) -> None:
    assert lead_tone(top_with_quoted_caveats(side)).label == label


@pytest.mark.parametrize("side", [1, -1])
def test_quoted_caveats_made_the_body_two_sided_under_the_former_rule(
    side: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lead, "BODY_QUOTED_VOICE", 0.25)
    assert lead_tone(top_with_quoted_caveats(side)).label == "mixed"


def test_a_narrative_of_both_sides_still_takes_the_top_s_side_away() -> None:
    sentences = [placed("lede", positive=2.0), placed("body", positive=2.0), placed("body", negative=1.4),
                 placed("body"), placed("body")]
    assert lead_tone(sentences).label != "positive"


# Good news at the top, a mild good sentence of the narrative, and a critic's caveats quoted at length.
REPORTS_WITH_CRITICS = {
    "business": "The bakery chain reported strong growth in sales for the third year running.\n\n"
    "Its shops opened in four more towns. The chain now employs 900 people. Its bread is baked overnight. "
    "The chief executive, Amara Okafor, said the results were excellent. "
    'Analyst Tomasz Nowak said: "Costs are a worry. Wages are rising and flour is dear. Margins are weak. '
    'I am worried about the debt."',
    "science": "The university's telescope made a remarkable discovery of a new comet.\n\n"
    "The comet was first seen on Tuesday night. It passes the sun every 300 years. The team is led by Li Wei. "
    "The finding was praised by colleagues across the field. "
    'Astronomer Jorge Ramirez said: "Funding is a problem. The budget cuts are painful. Morale is poor. '
    'Our old equipment keeps failing."',
    "health": "The new clinic in the valley succeeded in cutting waiting times for patients.\n\n"
    "The clinic opened in March. It has twelve doctors and twenty nurses. It serves four villages. "
    "The clinic is very popular with families. "
    'Union official Siobhan Byrne said: "Nurses are exhausted. The shifts are too long. Morale is poor. '
    'Some are afraid to speak out."',
}


@pytest.mark.parametrize("beat", sorted(REPORTS_WITH_CRITICS))
def test_a_report_with_a_critic_quoted_keeps_its_good_news(nlp, beat: str) -> None:
    parsed = parse(Article(id="t", text=REPORTS_WITH_CRITICS[beat]), nlp)
    assert article_sentiment(parsed, [s.span for s in extract_statements(parsed)]).label == "positive"
