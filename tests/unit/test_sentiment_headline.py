"""A headline read without a parse: inflected phrases and the verb of a coming event."""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.headline import bases, headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon


def tone(title: str) -> float:
    part, _ = headline_part(title, news_lexicon())
    return part.compound


@pytest.mark.parametrize(
    "title",
    [
        "Carmaker lays off 2,000 workers at its northern plants",  # business
        "Bank announces deep job cuts",  # business
        "Harbour derby called off because of a frozen pitch",  # sport
        "Dockers laid off at the container terminal",  # labour
        "Council breaks off talks with the bus operator",  # local politics
    ],
)
def test_an_inflected_phrase_of_bad_news_reads_as_the_phrase(title):
    assert tone(title) < -0.2


@pytest.mark.parametrize(
    "title",
    [
        "Rival coastal states strike a deal on fishing quotas",  # diplomacy
        "Union struck a deal with the rail operator overnight",  # labour
        "Carmaker strikes a deal with battery supplier",  # business
    ],
)
def test_striking_a_deal_is_good_news_in_any_form(title):
    assert tone(title) > 0.2


@pytest.mark.parametrize(
    "title",
    [
        "Riverside paper mill to close next spring",  # business
        "City swimming pool to close for two years",  # local politics
        "Historic racecourse to close after final meeting",  # sport
    ],
)
def test_a_homograph_after_to_is_the_verb_of_a_coming_event(title):
    assert tone(title) < 0


@pytest.mark.parametrize(
    "title",
    [
        "Close ties between the two allies on show",  # diplomacy
        "Negotiators close to an agreement on pay",  # labour: "close" is an adjective here
        "Fans like the new stadium",  # sport: "like" is rated only as a tagged verb
    ],
)
def test_a_homograph_elsewhere_stays_unrated(title):
    _, words = headline_part(title, news_lexicon())
    assert not {w for w, _ in words} & {"close", "like"}


def test_bases_undo_regular_endings_and_the_phrase_verbs_irregular_pasts():
    assert {"loss"} <= bases("losses")
    assert {"call"} <= bases("called")
    assert {"cut"} <= bases("cutting") and {"cut"} <= bases("cuts")
    assert {"close"} <= bases("closing")
    assert {"lay"} <= bases("laid") and {"strike"} <= bases("struck")
    assert bases("deal") == {"deal"}


@pytest.mark.parametrize(
    "title",
    [
        "No one hurt as gas blast rocks high street",  # disaster
        "No injuries after tram leaves the rails",  # local
        "Nobody hurt as stand roof gives way",  # sport
    ],
)
def test_a_negator_reverses_the_harm_and_rates_nothing_itself(title):
    part, words = headline_part(title, news_lexicon())
    assert "no" not in dict(words) and "nobody" not in dict(words)
    assert part.positive > 0


@pytest.mark.parametrize(
    ("title", "sign"),
    [
        ("Bakery profits rise but chain will shut forty shops", -1),  # business
        ("Storm tears roofs off but nobody hurt", 1),  # disaster
        ("Tough start but brilliant finish for the relay team", 1),  # sport
    ],
)
def test_the_part_of_a_headline_after_but_leads(title, sign):
    assert tone(title) * sign > 0.05


@pytest.mark.parametrize(
    "title",
    [
        "Police dismantle smuggling ring, free 30 captives",  # crime
        "Rebels sign truce, release hostages",  # diplomacy
        "Striker injured, club confirms; season not over",  # sport: "not" stays in its clause
    ],
)
def test_a_comma_ends_a_shifter_s_reach(title):
    _, words = headline_part(title, news_lexicon())
    rated = dict(words)
    assert all(v > 0 for w, v in rated.items() if w in ("free", "release", "over"))


@pytest.mark.parametrize(
    ("title", "sign"),
    [
        ("Lender's bad loans shrink", 1),  # business
        ("Deadly attacks rise in border region", -1),  # conflict
        ("Illegal dumping falls after cameras installed", 1),  # local politics
    ],
)
def test_a_bad_kind_of_something_is_a_bad_quantity(title, sign):
    assert tone(title) * sign > 0


@pytest.mark.parametrize(
    "title",
    [
        "Club loses striker to injury",  # sport: the injury is the cause, not what is lost
        "Town loses 300 jobs to automation",  # labour: the jobs are lost
        "Port loses investment to rival state",  # business
    ],
)
def test_what_is_lost_to_something_is_bad_news(title):
    assert tone(title) < 0


@pytest.mark.parametrize(
    "title",
    [
        "Trapped miners rescued after three days",  # disaster
        "Wrongly convicted man freed after 18 years",  # crime
        "Kidnapped aid workers freed in border town",  # diplomacy
    ],
)
def test_the_predicament_before_a_relief_participle_is_no_bad_news(title):
    assert tone(title) > 0


@pytest.mark.parametrize(
    ("title", "rated"),
    [
        ("Deputy to succeed governor at central bank", False),  # business: an appointment
        ("Ortiz succeeds Lamb as club captain", False),  # sport
        ("Mayor succeeds in bid to save library", True),  # local politics: a success
    ],
)
def test_a_headline_succession_is_no_success(title, rated):
    _, words = headline_part(title, news_lexicon())
    assert any(w.startswith("succeed") for w, _ in words) is rated


@pytest.mark.parametrize(
    "title",
    [
        "Hospital opens new cancer unit",  # health
        "Fraud trial of former county treasurer begins",  # courts
        "Trauma specialist joins rugby club staff",  # sport
        "Crime squad officers move to new station",  # local politics
        "Abuse helpline extends its opening hours",  # charities
        "Terror research centre moves to science park",  # science
    ],
)
def test_what_a_service_works_on_is_a_kind_not_bad_news(title):
    assert tone(title) >= 0


@pytest.mark.parametrize(
    "title",
    [
        "Poor service costs rail firm its contract",  # business
        "Unfair trial claim upheld by appeal judges",  # courts
        "Careless test error costs student her place",  # education
    ],
)
def test_an_adjective_before_a_service_still_judges_it(title):
    assert tone(title) < -0.2


def test_a_service_kind_leaves_the_news_around_it():
    assert tone("Hospital to close cancer unit") < -0.2
    assert tone("Free blood pressure checks offered at libraries") > 0.2


@pytest.mark.parametrize(
    "title",
    [
        "Title won after a long fight",  # sport
        "Pay deal agreed after bitter dispute",  # labour
        "Treaty hailed as triumph after tense standoff",  # diplomacy
    ],
)
def test_a_struggle_after_good_news_in_a_headline_is_its_road(title):
    assert tone(title) > 0.2


def test_a_struggle_after_bad_news_in_a_headline_still_counts():
    assert tone("Talks collapse after long dispute") < -0.2


@pytest.mark.parametrize(
    "title",
    [
        "Quarterly profits rise, but not sales",  # business
        "Truce agreed, but not prisoner swap",  # diplomacy
        "Rovers win again, but not the league",  # sport
        "Jobs saved, but not at the northern plant",  # labour
    ],
)
def test_but_not_denies_the_first_side_for_the_second(title):
    part, _ = headline_part(title, news_lexicon())
    assert part.contrasted


@pytest.mark.parametrize(
    "title",
    [
        "Rovers win again, and keep top spot",  # no "but"
        "Pact signed but not before late drama",  # "not before" grants the first side
        "Minister visits, but not the mayor",  # nothing rated to deny
    ],
)
def test_a_headline_without_an_elided_denial_has_one_side(title):
    part, _ = headline_part(title, news_lexicon())
    assert not part.contrasted
