"""A body named in full keeps that name when the article later writes it shorter or the recogniser cuts or
mislabels it: a wire-bracketed firm whose span holds the "<", a name closed by a title-case legal form ("Co")
the recogniser missed, a "<Place>-based" prefix (where the body is, no word of its name), a title word opening
a firm's name ("General X Co"), a body named by its count ("Group of Five"), a paper's name read as a date.
Must-not-fire: people titled with those words, two firms sharing an opening word, a real date before a paper's
noun, a body whose "of" names a place. Invented sentences across beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import cast_of
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import speaker_of, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # labour: a bracketed firm opening the lede, the parse heading its name on the first word
        ("<Tessa Group Holdings Inc> members voted to strike at the plant.\n\nTessa said the ballot was flawed.",
         "Tessa Group Holdings Inc"),
        # science
        ("<Kelso Group Holdings Inc> scientists published the trial results on Monday.\n\nKelso said the drug cut "
         "relapses by half.", "Kelso Group Holdings Inc"),
        # local government
        ("<Pavlo Group Holdings Inc> residents objected to the plan at the council meeting.\n\nPavlo said the homes "
         "would be built anyway.", "Pavlo Group Holdings Inc"),
    ],
)
def test_a_bracketed_firm_keeps_its_short_form(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # sport: a stadium's owner in wire parentheses, the recogniser labelling none of it
        "The stadium's two owners, (National Drennan Leisure Co) and Vantor Ltd, said the ground would be "
        'sold.\n\n"We regret it," a National Drennan spokesman said.',
        # science: a lab's owner
        "The lab's two owners, (National Kelso Research Co) and Vantor Ltd, said the trial would end.\n\n"
        '"We regret it," a National Kelso spokesman said.',
        # health: a clinic's owner
        "The clinic's two owners, (Central Pavlo Health Co) and Orla Ltd, said it would close.\n\n"
        '"It is sad," a Central Pavlo spokesman said.',
    ],
)
def test_a_legal_form_closes_a_name_the_model_missed(nlp: Language, text: str) -> None:
    got = speakers(nlp, text)
    full = text[text.index("(") + 1 : text.index(")")]
    assert got == [full, full]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # business: a miner
        ("Tarrow Mining Ltd said output rose.\n\nA spokesman for Leeds-based Tarrow said the mine would add a shift.",
         "Tarrow Mining Ltd"),
        # business: a food firm, the spokeswoman's only statement
        ("Vessa Foods Plc agreed to buy a bakery.\n\nA spokeswoman for Oslo-based Vessa said the deal would close "
         "in May.", "Vessa Foods Plc"),
        # culture / local: a theatre trust
        ("The Marlow Players Trust said ticket sales fell.\n\nA spokesman for London-based Marlow Players said the "
         "season would go ahead.", "Marlow Players Trust"),
    ],
)
def test_where_a_body_is_based_is_no_word_of_its_name(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # business: an engineering firm whose name opens with a military title
        ("General Dynamo Co said it would bid for the rail contract.\n\nGeneral Dynamo said its offer was the "
         "lowest.", "General Dynamo Co"),
        # business: a food firm opening with a rank
        ("Captain Harvest Foods Ltd said it would cut prices.\n\nCaptain Harvest said sales were flat.",
         "Captain Harvest Foods Ltd"),
    ],
)
def test_a_title_word_opening_a_firms_name_is_the_firms(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # diplomacy: a general, named in full then by rank and surname
        ("General Ana Ruiz said the troops would leave.\n\nRuiz said the withdrawal would take a month.", "Ana Ruiz"),
        # courts: a judge
        ("Judge Mark Tobin said the case would resume.\n\nJudge Tobin said the jury was tired.", "Mark Tobin"),
        # business: a general who chairs a firm named after him keeps his name
        ("General Lars Berg of Berg Freight Ltd said costs rose.\n\nGeneral Berg said he would retire.", "Lars Berg"),
    ],
)
def test_titled_people_stay_people(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # diplomacy: the recogniser reads the count alone
        ("Delegates sent by the Group of Seven gathered in Oslo on Friday.\n\n"
         "The Group of Seven said it backed the peace plan.", "Group of Seven"),
        # development aid: a count in figures
        ("Leaders of the Group of 15 met in Dakar.\n\nThe Group of 15 said aid should rise.", "Group of 15"),
    ],
)
def test_a_body_named_by_its_count_keeps_the_count(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body]


def test_a_count_after_a_lower_case_body_names_none(nlp: Language) -> None:
    # sport: "a league of 12 clubs" describes a league, it names none
    got = speakers(nlp, "Officials of a league of 12 clubs said the season would start late.")
    assert not any(name and "of 12" in name for name in got)


def test_an_of_phrase_naming_a_place_is_left_alone(nlp: Language) -> None:
    assert speakers(nlp, "The Bank of Norvania said rates would stay.") == ["Bank of Norvania"]


def test_a_papers_name_read_as_a_date_is_the_outlet(nlp: Language) -> None:
    # farming: a trade paper whose name ends in a word of time
    assert speakers(nlp, "Trade Day newspaper said grain prices would rise.") == ["Trade Day"]


def test_a_real_date_before_a_papers_noun_names_no_paper(nlp: Language) -> None:
    got = speakers(nlp, "The Monday newspaper said the strike would end.\n\nThe Sunday Times said talks had stalled.")
    assert not any(name and "Monday" in name for name in got)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # energy: a parent and its partnership share the opening word: the short form names neither
        (
            "Transo Exploration Partners Ltd said reserves rose. Transo Energy Co, which owns most of it, said demand "
            "fell.\n\nTranso said prices would stay weak.",
            "prices would stay",
            "Transo",
        ),
        # mining: a holding company and its unit, the unit named in full
        (
            "Kessel Holdings Inc said its unit Kessel Mining Ltd would be sold.\n\nKessel Mining said output fell.",
            "output fell",
            "Kessel Mining Ltd",
        ),
    ],
)
def test_firms_sharing_a_word_stay_apart(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(nlp, text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # energy: a parent and its unit open with the same words; the short form is the parent's own name
        ("Pellam Western Inc said its Pellam Western Pipeline Co unit agreed to pay fines.\n\n"
         "The fines are small, Pellam Western also said.", "Pellam Western Inc"),
        # science: a drugmaker and its lab
        ("Vexley Southern Inc said its Vexley Southern Labs Co unit ended the vaccine trial.\n\n"
         "The results were poor, Vexley Southern also said.", "Vexley Southern Inc"),
        # sport: a club owner and its stadium company
        ("Corrow Eastern Inc said its Corrow Eastern Stadium Co unit agreed to sell the ground.\n\n"
         "The club will move next year, Corrow Eastern also said.", "Corrow Eastern Inc"),
        # labour: a transport group and its bus unit
        ("Brannock Central Inc said its Brannock Central Bus Co unit reached a deal with the drivers union.\n\n"
         "The strike is over, Brannock Central also said.", "Brannock Central Inc"),
    ],
)
def test_a_short_form_read_as_a_person_is_the_firm_it_names(nlp: Language, text: str, firm: str) -> None:
    assert speakers(nlp, text) == [firm, firm]


def test_a_founders_name_opening_a_firm_stays_a_person(nlp: Language) -> None:
    # business: a given name opens the words, so they may be the founder's own: the cast keeps her a person
    text = "Dana Okafor Group Ltd said sales rose.\n\nDana Okafor, who founded it, will retire in June."
    cast = cast_of(parse(Article(id="t", text=text), nlp).doc)
    assert "Dana Okafor" in [e.name for e in cast.people]


def test_two_legal_forms_are_two_firms(nlp: Language) -> None:
    # business: a company and the group that sold control of it, each named in full
    text = (
        "<Orvell Ltd> shareholders will vote on a new name, the company said. Orvell Group Plc sold control of "
        "the company in 1984.\n\nOrvell Ltd said profits rose."
    )
    assert speakers(nlp, text) == ["Orvell Ltd", "Orvell Ltd"]
