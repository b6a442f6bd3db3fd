"""Official readout language and contest outcomes, on sentences invented for these tests across
diplomacy, labour, business, local government and sport: the readout register ("candid",
"businesslike", "far apart"), ends that reverse their subject ("came to an end"), and verbs of
defeat and loss read from the side that wins or loses."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "candid", like "frank", is the readout's word for talks where the sides disagreed
        ("The two foreign ministers held candid talks on the border dispute.", "negative"),  # diplomacy
        ("Union leaders had a candid exchange with management over the pay offer.", "negative"),  # labour
        ("The mayor's meeting with the market traders was candid.", "negative"),  # local
        # "businesslike" is correct but without warmth or friction
        ("The talks between the two delegations were businesslike.", "neutral"),  # diplomacy
        ("The union described its meeting with the rail operator as businesslike.", "neutral"),  # labour
        ("Relations between the two shareholders have been businesslike.", "neutral"),  # business
        # sides "far apart" disagree
        ("The two governments remain far apart on the question of water rights.", "negative"),  # diplomacy
        ("The union and the health board are still far apart on staffing.", "negative"),  # labour
        ("The two banks remain far apart on the price.", "negative"),  # business
        # a "sticking point" blocks a deal
        ("Pensions are the main sticking point in the negotiations.", "negative"),  # labour
        ("The price of the stake has become a sticking point.", "negative"),  # business
        ("Access to the fishing grounds remains a sticking point.", "negative"),  # diplomacy
        # talks that produced "no results" failed
        ("Three rounds of talks on the fishing quota have produced no results.", "negative"),  # diplomacy
        ("Mediation between the drivers and the bus company produced no results.", "negative"),  # labour
        ("The council's consultation with residents has yielded no results.", "negative"),  # local
        # what stays "unresolved" is the disagreement a readout concedes
        ("Several questions about the border remain unresolved.", "negative"),  # diplomacy
        ("The dispute over overtime pay is still unresolved.", "negative"),  # labour
        ("The question of who pays for the new sewers remains unresolved.", "negative"),  # local
        # to reach an "understanding" is to agree
        ("The two governments reached an understanding on sharing the river's water.", "positive"),  # diplomacy
        ("Management and the union reached an understanding on shift patterns.", "positive"),  # labour
        ("The council and the residents' group reached an understanding over parking.", "positive"),  # local
        # sides that "differ" have differences
        ("The coalition partners differ on the timing of the election.", "negative"),  # politics
        ("The two ministers differed on the future of the nuclear treaty.", "negative"),  # diplomacy
        ("The carmaker and its supplier differ over the price of batteries.", "negative"),  # business
    ],
)
def test_the_readout_register_reads_as_its_convention(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We made good progress on pay, but sharp differences remain on pensions.", "negative"),  # labour
        ("The summit brought some progress, but sharp differences remain over trade.", "negative"),  # diplomacy
        ("The merger talks went well, but sharp differences remain over the price.", "negative"),  # business
    ],
)
def test_sharp_differences_outweigh_the_progress_before_but(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("sharp", "plain", "word"),
    [
        ("Sharp differences remain over the budget.", "Differences remain over the budget.", "differences"),
        ("The plan drew sharp criticism from farmers.", "The plan drew criticism from farmers.", "criticism"),
    ],
)
def test_sharp_intensifies_the_word_it_modifies(rated_words, sharp, plain, word):
    assert rated_words(sharp)[word] < rated_words(plain)[word] < 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides failed to bridge their differences.", "negative"),  # diplomacy
        ("The union and the employers bridged their differences over rotas.", "positive"),  # labour
        ("The coalition partners ironed out their differences on the budget.", "positive"),  # politics
    ],
)
def test_bridging_differences_removes_them(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike finally came to an end this morning.", "positive"),  # labour
        ("Our unbeaten run came to an end on Saturday.", "negative"),  # sport
        ("The drought came to an end with heavy rain last week.", "positive"),  # weather
        ("The partnership with the supplier drew to a close.", "negative"),  # business
        ("The ceasefire came to an end at midnight.", "negative"),  # diplomacy
        ("The council meeting came to an end shortly after noon.", "neutral"),  # local: nothing rated ends
    ],
)
def test_coming_to_an_end_reverses_its_subject(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The harvest festival ended on Sunday evening.",  # local
        "The holiday weekend drew to a close with heavy traffic on the coast road.",  # travel
        "The festivities in the old town came to an end at midnight.",  # arts
    ],
)
def test_an_occasion_on_the_calendar_ends_without_bad_news(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They thrashed us and we have no excuses.", "negative"),  # sport
        ("We hammered them in the second half.", "positive"),  # sport
        ("We were outplayed from start to finish.", "negative"),  # sport
        ("We beat three larger rivals to the contract.", "positive"),  # business
        ("We were outvoted on the motion by a large majority.", "negative"),  # local politics
        ("They defeated us in the final round of voting.", "negative"),  # politics
    ],
)
def test_verbs_of_defeat_read_from_the_speakers_side(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The visitors beat the champions on Sunday.",  # no first person: no side to take
        "We edged closer to a deal on Tuesday.",  # no one beaten: no contest
    ],
)
def test_a_verb_of_defeat_takes_no_side_without_a_first_person_party(rated_words, text):
    assert not {"beat", "edged"} & set(rated_words(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The referee's decision cost us the title.", "negative"),  # sport
        ("The new rules cost the airline 40 million euros.", "negative"),  # business
        ("The decision cost the mayor his seat.", "negative"),  # politics
        ("The new bridge will cost 3 million pounds.", "neutral"),  # local: a price, no one loses
    ],
)
def test_a_verb_of_loss_names_its_loser(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We salvaged a draw with the last kick of the game.",  # sport
        "Negotiators salvaged the deal in the final hour.",  # business
        "The new owners salvaged 200 jobs at the plant.",  # labour
    ],
)
def test_salvaging_is_the_good_news_of_the_side_that_saves(statement_label, text):
    assert statement_label(text) == "positive"


def test_a_readout_of_agreements_and_one_disagreement_is_mixed(enricher):
    article = Article(
        id="readout",
        title="Neighbours agree on trade but differ on fishing rights",
        text=(
            "The two prime ministers agreed on Monday to cut tariffs on farm goods and to open a new "
            "border crossing. They also signed an agreement on student exchanges. However, they noted "
            "sharp differences over fishing rights, which remain unresolved."
        ),
        published_at=dt.datetime(2026, 3, 5),
    )
    assert enricher.enrich(article).sentiment.label == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "We salvaged a draw from a poor start.",  # sport
        "The ministers salvaged an agreement from a difficult summit.",  # diplomacy
        "The firm salvaged a small profit from a terrible year.",  # business
    ],
)
def test_what_a_result_is_salvaged_from_is_the_loss_it_was_saved_from(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lockout at the port came to an end after eleven days.", "positive"),  # labour
        ("The employer threatened a lockout of the night shift.", "negative"),  # labour
        ("The siege of the town came to an end on Sunday.", "positive"),  # conflict
        ("The rebels kept the city under siege for a month.", "negative"),  # conflict
        ("The naval blockade of the port has cut food supplies.", "negative"),  # diplomacy
    ],
)
def test_lockouts_sieges_and_blockades_are_hardships(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike ended on Friday after three weeks.", "positive"),  # labour
        ("Our unbeaten run ended at the weekend.", "negative"),  # sport
        ("The ceasefire ended at midnight.", "negative"),  # conflict
        ("The recession ceased last year.", "positive"),  # economy
    ],
)
def test_ending_without_an_object_reverses_the_subject(statement_label, text, expected):
    assert statement_label(text) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The war ended the boom.", "war"),  # economy: the war ends the boom, it does not end itself
        ("The bad news dimmed hopes of a deal.", "bad"),  # diplomacy
    ],
)
def test_a_fading_verb_with_an_object_keeps_its_subject(rated_words, text, subject):
    assert rated_words(text)[subject] < 0
