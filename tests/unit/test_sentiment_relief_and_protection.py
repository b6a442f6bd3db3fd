"""Harm words VADER leaves unrated, protection from a harm, a denied harm's setting, a declined answer.

- damage, delay and shortage words VADER does not rate ("flooded", "burning", "backlog", "looted")
  are bad news, and keep the readings of the rated ones: denied, worked on or ended;
- protecting, guarding, sparing or keeping someone from a harm, and preventing one, is good news;
  a protection denied or failed leaves the harm bad;
- where a denied harm would have happened (a time clause's verb, a counted harm's setting, a
  headline's "in"/"as" phrase) is the scene of relief, not bad news;
- declining to address or discuss a harm leaves it standing; declining to comment is no news;
- a harm whose harmful act is denied did no harm: "the strike did not hurt sales" is relief, and
  the strike is its setting.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from streams.enrich.extractors.sentiment.tone import combine
from streams.enrich.extractors.sentiment.tone import statement_label as label_of


@pytest.mark.parametrize(
    "text",
    [
        "Burst pipes flooded the changing rooms at Estadio Rivera.",  # sport
        "A backlog of tenancy cases has kept families in Ghent in limbo.",  # courts
        "The gallery in Valletta was looted overnight.",  # culture
        "The maternity ward in Dunedin is understaffed, said Dr Ngozi Eze.",  # health
        "Spilled diesel coated the creek near Darwin.",  # environment
        "A burning bus was left on the high street in Swansea.",  # local
    ],
)
def test_unrated_harm_words_are_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The registry has cleared its backlog of tenancy cases.", {"positive"}),  # courts, ended
        ("The ministry is tackling the backlog of visa renewals.", {"neutral"}),  # politics, worked on
        ("None of the changing rooms were flooded, the club said.", {"neutral", "positive"}),  # sport, denied
    ],
)
def test_harm_words_keep_the_readings_of_rated_ones(statement_label, text, expected):
    assert statement_label(text) in expected


@pytest.mark.parametrize(
    "text",
    [
        "The guard rail protects cyclists from serious injuries.",  # transport
        "The vaccination drive prevented an epidemic in the camps near Goma.",  # health
        "The accord guards against the dumping of toxic waste in the Mekong.",  # international
        "The late goal spared Rovers the worst of the relegation scrap.",  # sport
        "The firewall keeps customers of Banco Sul from fraud.",  # business
        "The new bylaw shields fishermen in Tromso from eviction.",  # housing, "shields" tagged a noun
    ],
)
def test_protection_and_prevention_are_good_news(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The dam did not prevent the damage to the valley.",  # science
        "The regulator failed to protect savers from fraud.",  # business
    ],
)
def test_a_failed_protection_leaves_the_harm_bad(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Nobody was injured when the scaffolding collapsed in Bogota.",  # construction
        "No casualties were reported after the tram derailed in Zagreb.",  # transport
        "No players were hurt when the old stand collapsed at Parkhead.",  # sport
    ],
)
def test_the_setting_of_a_denied_harm_is_relief(statement_label, text):
    assert statement_label(text) in ("neutral", "positive")


def test_the_setting_of_a_real_harm_stays_bad(statement_label):
    assert statement_label("Four people were injured when the scaffolding collapsed in Bogota.") == "negative"


@pytest.mark.parametrize(
    "title",
    [
        "No one injured in school bus crash near Tamale",  # local
        "Nobody hurt as roof collapses at Osaka gym",  # sport
        "No casualties after tanker crash on M6",  # transport
    ],
)
def test_a_headline_denying_harm_is_not_bad_news(title):
    part, _ = headline_part(title, news_lexicon())
    assert label_of(combine([part])) in ("neutral", "positive")


@pytest.mark.parametrize(
    "text",
    [
        "The minister declined to address the claims of fraud at the port authority.",  # politics
        "The hospital declined to address the shortage of midwives.",  # health
        "The federation declined to discuss the doping violations of its sprinters.",  # sport
    ],
)
def test_declining_to_address_a_harm_leaves_it_standing(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The museum in Lyon declined to comment.",  # culture
        "A spokesperson for Halvorsen Shipping declined to comment on the merger.",  # business
        "The club declined to discuss the transfer of Joao Mendes.",  # sport
    ],
)
def test_declining_to_comment_is_no_news(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "The injury to striker Tomas Varga did not hurt the Falcons in the cup run.",  # sport
        "The closure of the smelter has not harmed the town's shops, said mayor Ines Duarte.",  # local
        "The scandal at the bank did not damage demand for its bonds.",  # business
        "The failure of the first trial did not derail the malaria programme.",  # science
    ],
)
def test_a_harm_that_did_no_harm_is_relief(statement_label, text):
    assert statement_label(text) in ("neutral", "positive")


@pytest.mark.parametrize(
    "text",
    [
        "The closure of the smelter has harmed the town's shops.",  # local, the act not denied
        "The shortage of nurses did not help the clinic in Kumasi.",  # health, a good act denied
    ],
)
def test_a_harm_that_did_harm_stays_bad(statement_label, text):
    assert statement_label(text) == "negative"
