"""A paper speaks for the issuer its own words name or the article names a sentence later: "a Norlandic
government bulletin", "the ATP communique", a "which it said" after such a paper, and "an independent report
said ... The report by X said". Unnamed crowds, a paper with no issuer anywhere and a second paper brought in
with its own author stay as they were. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(("text", "said"), [
    pytest.param(
        "Tin exports will fall this year, a Norlandic government bulletin said.\n\n"
        "The bulletin said quotas would hold.",
        ["Norlandic government", "Norlandic government"],
        id="a-national-government-bulletin/commodities",
    ),
    pytest.param(
        "Veltran Foods Inc cut 200 jobs on Monday.\n\nSales will fall further, a company statement said.",
        ["Veltran Foods Inc"],
        id="a-company-statement/business",
    ),
    pytest.param(
        "The Tarsland Nurses Union voted to strike.\n\nPay has fallen for a decade, a union report said.",
        ["Tarsland Nurses Union"],
        id="a-union-report/labour",
    ),
    pytest.param(
        "The Orvia Rowing Federation met in March.\n\nThe Orvia Rowing Federation bulletin said entries had doubled.",
        ["Orvia Rowing Federation"],
        id="a-body-named-before-its-bulletin/sport",
    ),
    pytest.param(
        "The Kestrel Science Council published its review on Friday.\n\n"
        "The Kestrel Science Council review noted a funding gap, which it said would widen.",
        ["Kestrel Science Council"],
        id="it-after-a-paper-that-noted/science",
    ),
    pytest.param(
        "Fares should fall by a third, an independent report said.\n\n"
        "The report by the Harlow Transport Institute said airlines were inefficient.",
        ["Harlow Transport Institute", "Harlow Transport Institute"],
        id="report-author-named-next/transport",
    ),
    pytest.param(
        "The mayor is ahead in the race for a second term, according to a poll published on Sunday.\n\n"
        "The survey, by Norvik Research Group, said 40 pct backed her.",
        ["Norvik Research Group", "Norvik Research Group"],
        id="poll-written-up-as-a-survey/local-politics",
    ),
    pytest.param(
        "Coral cover fell by half, a survey said on Tuesday.\n\n"
        "The survey by the Reefwatch Foundation said warming was to blame.",
        ["Reefwatch Foundation", "Reefwatch Foundation"],
        id="survey-author-named-next/environment",
    ),
])
def test_a_paper_speaks_for_the_issuer_its_words_name(nlp: Language, text: str, said: list[str | None]) -> None:
    assert speakers(nlp, text) == said


@pytest.mark.parametrize(("text", "said"), [
    pytest.param("Officials said prices would rise.", [None], id="officials-no-body"),
    pytest.param("Japanese officials said talks would resume.", [None], id="officials-of-a-nation"),
    pytest.param("Analysts said the shares were cheap.", [None], id="analysts"),
    pytest.param(
        "Fares should fall, a report said.\n\n"
        "A second report by the Harlow Transport Institute said airlines were inefficient.",
        [None, "Harlow Transport Institute"],
        id="a-second-paper-is-another-paper",
    ),
    pytest.param(
        "Mayor Tobin Grell spoke on Monday.\n\nThe council report noted a deficit, which it said would grow.",
        [None],
        id="a-body-the-article-never-names",
    ),
    pytest.param("Exports rose, a Norlandic bulletin said.", [None], id="a-nationality-alone-names-no-issuer"),
    pytest.param(
        "Norland Rail (NR) cut fares.\n\nA study noted a deficit, which it said would grow.",
        [None],
        id="it-after-an-unsourced-paper",
    ),
])
def test_no_issuer_is_guessed(nlp: Language, text: str, said: list[str | None]) -> None:
    assert speakers(nlp, text) == said
