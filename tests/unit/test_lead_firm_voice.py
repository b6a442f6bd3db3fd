"""A company that was only the subject of events is background: "the company" / "it" speaking after it is
still the company the article opens with, unless the other company spoke itself since."""

import pytest

from streams.enrich.pipeline import Enricher
from streams.ingest.article import Article

_LEDE = (
    "Harlow Quarry Corp said on Monday that new loan terms had been agreed with Pellam Savings Bank Inc this week.\n\n"
    "Last month Pellam freed the cash it had held back and cut the interest rate.\n\n"
)
_HOPE = "hopes to finish the refinancing in June."


def _speakers(enricher: Enricher, text: str) -> list[str | None]:
    statements = enricher.enrich(Article(id="t", text=text)).statements
    return [s.speaker.name if s.speaker else None for s in statements if s.quote.startswith(("it hopes", "quarterly"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEDE + "The company said that it " + _HOPE, "Harlow Quarry Corp"),  # a lender never heard
        (_LEDE + f"It said it {_HOPE}", "Harlow Quarry Corp"),
        (  # a takeover bidder never heard
            "Tenbury Optics Inc said it rejected a takeover bid from Corvin Metals Corp on Friday.\n\n"
            "Corvin offered 12 dlrs a share last week and raised its stake to 9 pct.\n\n"
            "It said quarterly profit slipped.",
            "Tenbury Optics Inc",
        ),
        (  # must not fire: the other company spoke itself since
            _LEDE + f"Pellam said the loan would add to its earnings.\n\nThe company said that it {_HOPE}",
            "Pellam Savings Bank Inc",
        ),
        (  # must not fire: the article moved on to the other company, calling it "the bank"
            _LEDE + "Pellam has 40 branches.\n\nThe bank aims to open ten more.\n\nIt said quarterly profit rose.",
            "Pellam Savings Bank Inc",
        ),
        (  # must not fire: a union, no company, opens the article
            "The Foundry Workers Union said Druce Holdings Inc would cut 200 jobs at its plant.\n\n"
            "Druce closed two shifts last month.\n\nThe company said quarterly profit slipped.",
            "Druce Holdings Inc",
        ),
    ],
)
def test_the_company_speaking_after_a_firm_never_heard(enricher: Enricher, text: str, expected: str) -> None:
    assert _speakers(enricher, text)[-1:] == [expected]
