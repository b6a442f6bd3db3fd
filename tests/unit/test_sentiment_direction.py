"""Direction phrases and topics of talk, on sentences invented for these tests (every beat).

A direction phrase takes its tone from two signs, the quantity's and the movement's; plain VADER
rates neither "fell" nor "sales", and reads "losses narrowed" as bad news.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # business
        ("Quarterly sales at the bakery chain fell sharply.", "negative"),
        ("The carmaker said its operating losses had narrowed.", "positive"),
        ("Running costs rose again at the paper mill.", "negative"),
        # labour
        ("The shipyard will cut 400 jobs next spring.", "negative"),
        ("The warehouse operator plans to create 250 jobs in the valley.", "positive"),
        ("The call centre's jobs will be relocated abroad.", "negative"),
        ("The council plans to outsource its refuse collection staff.", "negative"),
        # local politics
        ("The council says unemployment in the district has fallen to its lowest in a decade.", "positive"),
        ("There was a sharp rise in burglary and crime across the borough.", "negative"),
        # sport
        ("Attendance at the club's home games has dropped this season.", "negative"),
        # science and health
        ("The clinic says infections have declined for a third week.", "positive"),
        ("Emissions from the region's power stations rose last year.", "negative"),
    ],
)
def test_a_quantity_and_its_movement_give_the_tone(statement_label, text, expected):
    assert statement_label(text) == expected


def test_the_quantity_word_gives_up_its_own_rating_to_the_phrase(rated_words):
    scored = rated_words("The airline said losses had narrowed.")
    assert scored.get("narrowed", 0) > 0
    assert "losses" not in scored  # VADER's -1.7 for "losses" would make good news bad


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unemployment rate fell in the spring.", "positive"),  # a measure noun's compound
        ("The number of deaths on the county's roads rose.", "negative"),  # its "of" complement
        ("Profits at the brewery are expected to fall.", "negative"),  # the subject of "expected"
        ("Rising unemployment weighs on the town.", "negative"),  # a modifier moves its noun
        ("Costs at the port remain high.", "negative"),  # a level stated of the subject
        ("The decision to suspend service on the branch line came on Monday.", "negative"),  # a verb on a noun
        ("The toymaker is ramping up its output before the holidays.", "positive"),  # particle verb
    ],
)
def test_how_a_direction_reaches_its_quantity(statement_label, text, expected):
    assert statement_label(text) == expected


def test_negation_reverses_a_direction_phrase(statement_label):
    assert statement_label("Heating costs did not rise this winter.") == "positive"
    assert statement_label("Ticket sales did not grow this season.") == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Staff turnover at the hospital rose again.",  # churn: bad; a shop's turnover rising is good
        "Oil prices rose on Tuesday.",  # good for producers, bad for drivers
        "The final was settled by a narrow margin.",  # a margin of victory, not of profit
    ],
)
def test_quantities_whose_sign_depends_on_the_beat_are_not_listed(statement_label, text):
    assert statement_label(text) == "neutral"


def test_a_direction_word_without_a_listed_quantity_keeps_its_own_reading(rated_words):
    assert "fell" not in rated_words("The striker fell in the box late in the game.")
    assert rated_words("The protest turned into a slump in public trust.").get("slump", 0) < 0


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers discussed the border crisis and the refugee problem.",  # diplomacy
        "Union leaders held talks on the pay dispute with hospital managers.",  # labour
        "The mayor briefed councillors on the flooding and the damage to the bridge.",  # local politics
        "The league board discussed several matters, including a doping scandal.",  # sport
    ],
)
def test_the_trouble_a_talk_is_about_is_its_topic_not_its_tone(statement_label, text):
    assert statement_label(text) == "neutral"


def test_what_the_talk_did_still_carries_the_tone(statement_label):
    assert statement_label("The negotiators welcomed further talks on the border crisis.") == "positive"
    assert statement_label("Talks on the pay dispute collapsed on Friday.") == "negative"
    # a clause under the talk states facts of its own: only the noun phrase is a topic
    assert statement_label("The ministers discussed how the strike had badly hurt exports.") == "negative"


def test_talks_towards_a_good_thing_keep_its_warmth(statement_label):
    assert statement_label("The two unions opened talks on a new pay agreement.") == "positive"
    assert statement_label("The science ministers discussed closer cooperation in space.") == "positive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crime in the borough hit a record low last year.", "positive"),  # local politics
        ("Exports reached a record high in March.", "positive"),  # business
        ("Road deaths in the province reached a record high.", "negative"),  # public safety
        ("Unemployment in the valley is at a record low.", "positive"),  # labour
        ("Prices reached a record high in March.", "neutral"),  # no sign without the beat
    ],
)
def test_a_level_named_as_an_object_is_where_the_subject_stands(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Waiting times at the county hospital have fallen.", "positive"),  # health
        ("Waiting times for council housing grew again.", "negative"),  # local politics
        ("Orders at the shipyard have dried up.", "negative"),  # business
    ],
)
def test_waits_and_drying_up_are_movements_of_a_quantity(statement_label, text, expected):
    assert statement_label(text) == expected


def test_bookings_are_a_quantity_of_trade(statement_label):
    assert statement_label("Bookings at the seaside hotels have picked up.") == "positive"
    assert statement_label("Bookings at the seaside hotels have fallen.") == "negative"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crime, by kind of offence
        ("Burglaries in the northern suburbs surged last year.", "negative"),
        ("Car thefts across the county fell by a fifth.", "positive"),
        ("Police said violence in the city centre had declined since the summer.", "positive"),
        # health
        ("Hospitalisations for the virus climbed again this week.", "negative"),
        # public services
        ("Waiting times at the passport office lengthened over the summer.", "negative"),
        ("The new triage desk has shortened waits at the clinic.", "positive"),
    ],
)
def test_offences_admissions_and_waits_are_quantities(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brewer posted a record profit for the year.", "positive"),  # business
        ("The festival drew a record 40,000 visitors.", "positive"),  # culture
        ("Record crowds watched the cup final.", "positive"),  # sport
        ("The shipping line reported record losses.", "negative"),  # business, a bad quantity
    ],
)
def test_a_record_quantity_is_more_of_it_than_ever(statement_label, text, expected):
    assert statement_label(text) == expected


def test_a_record_of_nothing_listed_rates_nothing(rated_words):
    assert rated_words("The candidate has a long record in local government.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lender said bad loans shrank in the third quarter.", "positive"),  # business
        ("Deadly attacks on aid convoys rose last month.", "negative"),  # diplomacy and conflict
        ("The council said illegal dumping had fallen since the cameras went up.", "positive"),  # local politics
    ],
)
def test_a_noun_qualified_as_bad_is_a_bad_quantity(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The smoking rate among teenagers fell again last year.", "positive"),  # health
        ("Overdoses in the county rose for a fourth year.", "negative"),  # local politics
        ("Child obesity has declined since the school meals reform.", "positive"),  # education
    ],
)
def test_habits_and_harms_of_public_health_are_bad_quantities(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The share of voters who backed the mayor fell in the spring.", "neutral"),  # politics: unlisted
        ("The share of jobs held by temporary staff fell.", "negative"),  # labour: jobs are measured
        ("Shares in the airline fell after the results.", "negative"),  # business: traded shares
        ("The proportion of deaths caused by falls has dropped.", "positive"),  # health
    ],
)
def test_a_share_of_something_is_a_measure_of_that_thing(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Measles cases dropped sharply after the vaccination drive.", "positive"),  # health
        ("New cases of bird flu on poultry farms rose this week.", "negative"),  # farming
        ("The number of cases waiting for the county court rose.", "negative"),  # courts: a backlog
        ("Prosecutors dropped the case against the councillor.", "neutral"),  # courts: a singular case
    ],
)
def test_cases_count_in_the_plural(statement_label, text, expected):
    assert statement_label(text) == expected
