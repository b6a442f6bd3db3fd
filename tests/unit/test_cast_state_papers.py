"""A state's papers speak for its government, and a paper's owner written later names it: "a presidential decree
said", "the decree said", "a government policy paper said", "the central bank said" with no bank named, and
"a survey said ... the institute's survey, run in May," after the institute spoke. A paper signed by someone, a
paper with no country anywhere, a body that is named, and a later owner the story never had before stay as they
were. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of, speakers


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    pytest.param(
        "Peru will freeze fuel prices, Energy Minister Ola Brenn said.\n\n"
        "A presidential decree said bus fares would also be capped until June.",
        "bus fares", "Peru's government", id="presidential-decree/economy",
    ),
    pytest.param(
        "Norwegian ports will open to foreign trawlers, Fisheries Minister Karl Dahl said.\n\n"
        "The decree said each vessel would pay a licence fee.",
        "licence fee", "Norway's government", id="bare-decree-of-a-nationality/fisheries",
    ),
    pytest.param(
        "Kenya will propose at the trade talks that crop subsidies end by 2030, Trade Minister Ruth Otieno said.\n\n"
        '"All members would have to cap their export aid," a government policy paper said.',
        "export aid", "Kenya's government", id="government-policy-paper/trade",
    ),
    pytest.param(
        "Kenya will cut fuel duties next month, Energy Minister Ruth Otieno said.\n\n"
        "The central bank said inflation would ease to 5 pct.",
        "inflation", "Kenya's central bank", id="central-bank-of-the-country/finance",
    ),
    pytest.param(
        "Rates rose on Monday.\n\nThe central bank said inflation would ease to 5 pct.",
        "inflation", "central bank", id="central-bank-as-written/finance",
    ),
    pytest.param(
        "Hiring in the region will slow this year, the Tarn Labour Institute said.\n\n"
        "Factory jobs will fall 3 pct, a survey said.\n\nService jobs will grow 1 pct, the survey said.\n\n"
        "Retail hiring will be flat.\n\nThe institute's survey, run in May, polled 900 employers.",
        "Factory jobs", "Tarn Labour Institute", id="survey-owner-named-at-the-end/labour",
    ),
    pytest.param(
        "The Reefwatch Trust's reefs are recovering, according to the annual review.\n\n"
        "Divers counted more fish, the Reefwatch Trust said in Reefwatch's annual review to donors.",
        "reefs are recovering", "Reefwatch Trust", id="review-owner-named-next/science",
    ),
])
def test_a_state_paper_and_a_paper_owned_later_speak_for_their_issuer(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    pytest.param(
        "President Ana Velasco signed a decree on Monday.\n\nThe decree said fuel prices would be frozen until June.",
        "fuel prices", "Ana Velasco", id="signed-decree-is-the-signers/government",
    ),
    pytest.param(
        "A presidential decree said fuel prices would be frozen.", "fuel prices", None, id="no-country-anywhere",
    ),
    pytest.param(
        "The Bank of Kenya raised rates on Monday.\n\nThe central bank said inflation would ease to 5 pct.",
        "inflation", "Bank of Kenya", id="central-bank-named/finance",
    ),
    pytest.param(
        "Fares should fall, a report said.\n\nThe report said airlines were slow.\n\n"
        "Separately, the Harlow Transport Institute's report said rail fares would rise.",
        "Fares should fall", None, id="later-owner-never-in-the-story/transport",
    ),
    pytest.param("Government officials said the talks would resume.", "talks", None, id="government-officials"),
    pytest.param(
        "Spain will host the cup final, Sports Minister Ola Brenn said.\n\nThe Orvia Rowing Club's budget said "
        "ticket prices would rise.", "ticket prices", "Orvia Rowing Club", id="an-owned-budget-is-its-owners/sport",
    ),
])
def test_no_state_or_later_owner_is_guessed(nlp: Language, text: str, fragment: str, speaker: str | None) -> None:
    assert speaker_of(nlp, text, fragment) == speaker


def test_observers_stay_a_crowd(nlp: Language) -> None:
    assert speakers(nlp, "Observers said the vote would be close.") == [None]


def test_a_newspaper_named_for_a_trade_stays_the_paper(nlp: Language) -> None:
    text = (
        "Rents in the capital will rise, The Observer said on Sunday.\n\n"
        "UN monitor Karin Lund said both sides had pulled back."
    )
    assert speaker_of(nlp, text, "Rents") != "Karin Lund"
