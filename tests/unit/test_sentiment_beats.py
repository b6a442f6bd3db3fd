"""Constructions of news English across beats, on sentences and headlines invented for these tests:
comparisons with a reference, negated bad news, spreading and containment, and the direction and
shifter phrases of headlines."""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from tests.unit.readers import headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There were fewer deaths on the county's roads than last year.", "positive"),  # local
        ("The deficit was smaller than the treasury had forecast.", "positive"),  # public finance
        ("Turnout was lower than at any previous election.", "negative"),  # politics
        ("Waiting times at the clinic are shorter than a year ago.", "positive"),  # health
        ("The hurricane caused less damage than forecasters had feared.", "positive"),  # disaster
        ("The region attracted greater investment than its neighbours.", "positive"),  # business
        ("The recovery of the tourism trade has been slower than anyone expected.", "negative"),  # business
        ("Patients face longer waits for knee surgery.", "negative"),  # health
    ],
)
def test_a_comparative_of_amount_moves_its_quantity(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales at the toy maker grew less than analysts had hoped.", "negative"),  # business
        ("Unemployment rose less than economists had feared.", "positive"),  # economy
        ("Attendance at the stadium rose less than the club had hoped.", "negative"),  # sport
        ("Infections fell less than the health ministry expected.", "negative"),  # health
    ],
)
def test_less_than_expected_turns_a_move_against_its_expectation(statement_label, text, expected):
    assert statement_label(text) == expected


def test_a_comparative_bounding_a_count_is_no_move(rated_words):
    scored = rated_words("Fewer than 200 jobs will be cut at the depot.")
    assert "fewer" not in scored and scored.get("cut", 0) < 0


@pytest.mark.parametrize(
    ("text", "standard"),
    [
        ("The flood damage was worse than feared.", "feared"),  # disaster
        ("Quarterly profits were better than hoped.", "hoped"),  # business
        ("The striker recovered faster than the doctors had predicted.", "predicted"),  # sport
    ],
)
def test_the_expectation_a_result_is_compared_with_rates_nothing(rated_words, text, standard):
    assert standard not in rated_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Not a single job will be lost at the bottling plant.",  # labour
        "Not one patient was harmed during the operation.",  # health
        "Not a single player was injured in the crash of the team bus.",  # sport
    ],
)
def test_a_subject_denied_by_not_a_single_denies_the_harm(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank has no intention of cutting jobs.", "positive"),  # business
        ("The council has no intention of closing the library.", "positive"),  # local politics
        ("There is now no chance of winning the league.", "negative"),  # sport
    ],
)
def test_a_negated_noun_denies_its_of_gerund(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The measles outbreak has been contained.", "positive"),  # health
        ("The virus has spread to three more provinces.", "negative"),  # health
        ("The fire spread to nearby farms overnight.", "negative"),  # disaster
        ("Crews contained the wildfire before it reached the village.", "positive"),  # disaster
        ("The blaze spread through the warehouse.", "negative"),  # local
        ("The disease has not spread beyond the valley.", "positive"),  # agriculture
        ("The new drug reduced symptoms in most patients.", "positive"),  # science
        ("Accidents on the motorway have halved since the speed limit changed.", "positive"),  # transport
        ("Serious injuries at the plant dropped last year.", "positive"),  # labour
        ("The report said the storm damage had doubled.", "negative"),  # disaster
        ("Turnout rose sharply in the city's outer wards.", "positive"),  # politics
        ("The recovery has slowed in recent months.", "negative"),  # business
    ],
)
def test_events_and_public_quantities_spread_fall_and_are_contained(statement_label, text, expected):
    assert statement_label(text) == expected


def test_containing_something_that_is_no_listed_quantity_carries_no_tone(rated_words):
    assert "contained" not in rated_words("The report contained two new chapters.")


@pytest.mark.parametrize(
    "text",
    [
        "Nobody was hurt when a fire broke out at the primary school.",  # local
        "No players were hurt when a storm hit the training ground.",  # sport
        "No workers were injured when an explosion shook the refinery.",  # business
    ],
)
def test_the_event_in_a_clause_of_time_is_the_setting_of_a_denied_harm(statement_label, text):
    assert statement_label(text) == "positive"


def test_what_the_event_did_besides_is_still_news(rated_words):
    assert rated_words("Nobody was hurt when the fire destroyed forty homes.").get("destroyed", 0) < 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There is no sign of a slowdown in the housing market.", "positive"),  # slowdown
        ("The slowdown has hit exporters hard.", "negative"),
        ("An outbreak of cholera was reported in the camp.", "negative"),  # outbreak
        ("The earthquake left hundreds of families homeless.", "negative"),  # homeless
        ("The visitors were outclassed after the break.", "negative"),  # outclassed
        ("Rovers snatched a late equaliser.", "positive"),  # equaliser
        ("She scored a hat-trick on her debut.", "positive"),  # hat-trick
        ("The holders were knocked out in the quarter-finals.", "negative"),  # knock out
        ("The storm knocked out power to thousands of homes.", "negative"),
        ("Officials said spending was out of control.", "negative"),  # out of control
        ("The negotiators went home with no deal.", "negative"),  # no deal
    ],
)
def test_news_words_and_idioms_carry_their_news_tone(statement_label, text, expected):
    assert statement_label(text) == expected


def test_arguments_in_court_are_submissions_not_quarrels(statement_label):
    assert statement_label("Both parties will present their arguments to the tribunal on Monday.") == "neutral"


@pytest.mark.parametrize(
    ("title", "sign"),
    [
        ("Unemployment falls to lowest level in a decade", 1),  # economy
        ("Losses narrow as airline recovers", 1),  # business
        ("Road deaths fall to record low", 1),  # local
        ("Carmaker to cut 1,200 jobs", -1),  # labour
        ("Exports slump for third month", -1),  # trade
        ("Infections rise in northern province", -1),  # health
        ("Unemployment rate rises again", -1),  # a measure noun between quantity and move
    ],
)
def test_a_headline_quantity_moves_with_its_verb(title, sign):
    assert headline(title) * sign > 0.2


@pytest.mark.parametrize(
    ("title", "sign"),
    [
        ("Union calls off strike", 1),  # labour
        ("Strike called off", 1),  # labour, passive
        ("Government lifts ban on fishing", 1),  # politics
        ("Travel ban lifted", 1),  # diplomacy, passive
        ("Council scraps free bus travel", -1),  # local politics
        ("Talks fail to end war", -1),  # diplomacy: two shifters cancel
    ],
)
def test_a_headline_shifter_reverses_what_it_takes(title, sign):
    assert headline(title) * sign > 0.2


@pytest.mark.parametrize(
    "title",
    [
        "Rowing federation scraps emergency board meeting",  # sport
        "Ministry calls off crisis talks with hauliers",  # business
        "Council cancels flood summit",  # local politics
    ],
)
def test_a_headline_shifter_cancels_the_encounter_not_what_it_was_about(title):
    assert headline(title) < 0


def test_a_headline_shifter_does_not_reach_across_a_clause_word():
    _, words = headline_part("Firm cuts jobs amid crisis", news_lexicon())
    assert dict(words).get("crisis", 0) < 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports hit a record high in March.", "positive"),  # trade
        ("Crime in the port city is at its lowest level for twenty years.", "positive"),  # crime
        ("Youth unemployment is at its highest level since the crash.", "negative"),  # economy
    ],
)
def test_a_level_named_by_a_measure_noun_or_an_adverb_is_where_the_subject_stands(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ferry terminal has yet to reopen after the storm.",  # transport
        "Flood victims have yet to receive any compensation.",  # disaster
        "The new stadium is yet to win planning approval.",  # sport
    ],
)
def test_yet_to_denies_the_good_news_for_now(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The former mayor was acquitted of all charges.",  # local politics
        "The coach was cleared of misconduct by the league.",  # sport
        "The bank was cleared of fraud by the regulator.",  # business
    ],
)
def test_what_someone_is_acquitted_or_cleared_of_is_the_accusation_ended(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff at the depot will receive a pay rise of 5 per cent.", "positive"),  # labour: pay
        ("State pensions will be frozen for two years.", "negative"),  # public finance: pension, freeze
        ("Bus fares will be frozen until next spring.", "positive"),  # transport: freeze of a cost
        ("The chip maker will hire 300 new workers.", "positive"),  # business: hire, worker
        ("The hospital plans to recruit 80 new employees.", "positive"),  # health: recruit, employee
        ("The council's borrowing costs have exploded.", "negative"),  # local politics: explode
    ],
)
def test_pay_people_hiring_and_freezes_are_moves_of_a_quantity(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The border crossing reopened on Tuesday.", "positive"),  # reopen
        ("An explosion damaged the chemical plant.", "negative"),  # explosion
        ("The test rocket exploded shortly after launch.", "negative"),  # exploded
        ("Her acquittal was read out in a packed courtroom.", "positive"),  # acquittal
        ("The champions extended their unbeaten run to twenty games.", "positive"),  # unbeaten
        ("The region's hospitals have run out of beds.", "negative"),  # run out of
        ("The sprinter broke the world record in the final.", "positive"),  # break the world record
        ("The museum broke the record for visitors in a single day.", "positive"),  # break the record
    ],
)
def test_more_news_words_and_idioms_carry_their_news_tone(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("title", "sign"),
    [
        ("Summit ends without agreement", -1),  # diplomacy: the summit's end is not the agreement's
        ("Union will not call off strike", -1),  # labour: a negator chained to a shifter
        ("Government refuses to lift ban", -1),  # politics: a shifter through "to"
        ("Minister does not rule out job cuts", -1),  # business
    ],
)
def test_headline_reversals_compose_only_along_a_chain(title, sign):
    assert headline(title) * sign > 0.2


@pytest.mark.parametrize(
    "title",
    [
        "Mayor cleared of misconduct",  # local politics
        "Coach cleared of abuse claims",  # sport
        "Miners rescued from collapsed tunnel",  # disaster
    ],
)
def test_a_headline_verb_of_relief_ends_the_predicament(title):
    _, words = headline_part(title, news_lexicon())
    assert words and all(v > 0 for _, v in words)
