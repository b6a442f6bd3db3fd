"""A company that was only the subject of events is background: "the company" / "it" speaking after it is
still the company the article opens with, unless the other company spoke itself since."""

import pytest

from streams.enrich.pipeline import Enricher
from streams.ingest.article import Article

_LEDE = (
    "Harlow Quarry Corp said it reached an agreement to refinance its debt with Pellam Savings Bank Inc on Monday.\n\n"
    "Last month Pellam released to the company part of its cash flow and cut the interest rate.\n\n"
)


def _speakers(enricher: Enricher, text: str) -> list[str | None]:
    statements = enricher.enrich(Article(id="t", text=text)).statements
    return [s.speaker.name if s.speaker else None for s in statements if s.quote.startswith(("it expects", "its"))]


@pytest.mark.parametrize(
    "tail",
    [
        "The company said it expects to close the deal by the end of June.",
        "It said it expects to close the deal by the end of June.",
    ],
)
def test_the_company_after_a_lender_never_heard_is_the_firm_the_article_opens_with(
    enricher: Enricher, tail: str
) -> None:
    assert _speakers(enricher, _LEDE + tail) == ["Harlow Quarry Corp"]


def test_a_takeover_bidder_never_heard_leaves_it_to_the_target(enricher: Enricher) -> None:
    text = (
        "Tenbury Optics Inc said it rejected a takeover bid from Corvin Metals Corp on Friday.\n\n"
        "Corvin offered 12 dlrs a share last week and raised its stake to 9 pct.\n\n"
        "It said its first quarter results will be lower than a year ago."
    )
    assert _speakers(enricher, text) == ["Tenbury Optics Inc"]


def test_the_other_company_that_spoke_itself_keeps_the_company_said(enricher: Enricher) -> None:
    text = _LEDE + (
        "Pellam said the loan would add to its earnings next year.\n\n"
        "The company said it expects to close the deal by the end of June."
    )
    assert _speakers(enricher, text)[-1] == "Pellam Savings Bank Inc"


def test_an_article_opened_by_a_union_leaves_the_company_to_the_firm_named(enricher: Enricher) -> None:
    text = (
        "The Foundry Workers Union said Druce Holdings Inc would cut 200 jobs at its plant.\n\n"
        "Druce closed two shifts last month.\n\n"
        "The company said it expects to hire again next year."
    )
    assert _speakers(enricher, text) == ["Druce Holdings Inc"]
