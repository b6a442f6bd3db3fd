"""Speakers whose names the small model misreads: given names it has never met, surname particles,
hyphens, and the descriptions that refer back to them. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.test_cast_speakers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rajvinder Kumar Sandhu, 54, said the plant would reopen in March.", "Rajvinder Kumar Sandhu"),
        ("Rajvinder Kumar Sandhu told reporters the striker would be fit by Sunday.", "Rajvinder Kumar Sandhu"),
        ("Laylani Haddour of the Tenants Union said the council would freeze rents.", "Laylani Haddour"),
        ("Thandeka Zwane of the Coastal Survey Institute said the reef trial would expand.", "Thandeka Zwane"),
    ],
)
def test_a_given_name_english_does_not_know_stays_with_the_name(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spokesperson Marijke de Graaf said the ferry line would close in May.", "Marijke de Graaf"),
        ("Spokesperson Jean-Remy Castagne said the club would appeal the ban.", "Jean-Remy Castagne"),
        ("Spokesperson Joost van der Meulen said the envoys would meet again.", "Joost van der Meulen"),
        ("Spokesperson Darnell Fisk III said the plant would reopen in March.", "Darnell Fisk III"),
    ],
)
def test_a_title_before_a_name_with_particles_or_hyphens_is_no_part_of_it(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Velloso, the general secretary of the bus drivers' union, spoke on Monday. "
        '"We will not back down," the veteran union leader said.',
        'Ana Velloso, the coach of Harbour City, spoke on Monday. "We will fight," the long-serving coach said.',
        'Ana Velloso is the deputy foreign minister. "We will keep talking," the seasoned diplomat said.',
        'Ana Velloso, the chief executive of Ravelin Foods, spoke on Monday. "We will grow," the outspoken boss said.',
    ],
)
def test_a_description_with_adjectives_is_the_person_who_holds_the_office(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == ["Ana Velloso"]


def test_an_unnamed_voice_of_a_body_stays_unnamed(nlp: Language) -> None:
    text = 'Ana Velloso, the chief executive, spoke on Monday. "We will grow," a union official said.'
    assert speakers(nlp, text) == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ana Sofía Guzmán Rivas said the port strike was over. "We are back at work," Ms Guzmán said.',
         "Ana Sofía Guzmán Rivas"),
        ('Luis Alberto Ferrer Soto said the port strike was over. "We are back at work," Mr Ferrer said.',
         "Luis Alberto Ferrer Soto"),
        ('Xu Meifang scored twice on Sunday. "The team deserved it," Xu said.', "Xu Meifang"),
        ('Darnell Fisk III said the council vote was close. "We lost by one," Mr Fisk said.', "Darnell Fisk III"),
        ('Lorenzo Bright Jr. said the trial data looked strong. "We will publish in June," Bright said.',
         "Lorenzo Bright Jr."),
    ],
)
def test_a_short_name_inside_a_full_one_is_that_person(nlp: Language, text: str, name: str) -> None:
    assert set(speakers(nlp, text)) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The vote ran late on Monday. Layla Haddour said little. "We will appeal," she told reporters.',
         "Layla Haddour"),
        ('Training ended early. Layla Haddour said little. "We need a win," she told reporters.', "Layla Haddour"),
        ('The trial was paused. Layla Haddour said little. "The data are sound," she told reporters.', "Layla Haddour"),
    ],
)
def test_a_given_name_that_is_also_a_small_town_opens_the_name(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


def test_two_people_sharing_a_word_leave_the_short_name_to_neither(nlp: Language) -> None:
    text = (
        "Carlos Medina Prieto and Rosa Medina Vidal met the mayor. "
        '"We were heard," Medina said.'
    )
    assert speakers(nlp, text) != ["Carlos Medina Prieto"] and speakers(nlp, text) != ["Rosa Medina Vidal"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Destiny Okafor-Bell, 54, said the council would freeze rents.", "Destiny Okafor-Bell"),
        ("Blessing Ekwueme, a nurse, said the ward had run out of beds.", "Blessing Ekwueme"),
        ("Sunday Olaniran, who coaches the under-12s, said the pitch was flooded.", "Sunday Olaniran"),
    ],
)
def test_a_given_name_the_tagger_reads_as_a_word_opens_an_introduced_name(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The vote ran late. May Quan said little. "We will appeal," she told reporters afterwards.', "May Quan"),
        ('Training ended early. Will Tranh said little. "We need a win," he told reporters afterwards.', "Will Tranh"),
        ("Do Van Khoa said the trial data would be published in June.", "Do Van Khoa"),
    ],
)
def test_a_capitalised_auxiliary_on_a_finite_verb_is_a_name(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minh Tran, 54, said the plant would close in May.", "Minh Tran"),  # business
        ("Quang Tran, 31, a midfielder, said the club owed him wages.", "Quang Tran"),  # sport
        ("Khanh Tran, 67, told the council the bus cuts had left her stranded.", "Khanh Tran"),  # local politics
    ],
)
def test_a_surname_read_as_a_place_takes_its_given_name_where_an_age_introduces_it(
    nlp: Language, text: str, name: str
) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The dispute dragged on.\n\nMinh Tran, 54, met Zhang Wei on Monday to discuss the strike.",
         {"Minh Tran", "Zhang Wei"}),
        ("The season is over.\n\nQuang Tran, 31, met Ken Obi on Friday to discuss a new contract.",
         {"Quang Tran", "Ken Obi"}),
        ("The bus cuts begin in May.\n\nKhanh Tran, 67, met Ana Velloso at the town hall on Tuesday.",
         {"Khanh Tran", "Ana Velloso"}),
    ],
)
def test_a_meeting_keeps_a_participant_whose_surname_the_model_read_as_a_place(
    nlp: Language, text: str, people: set[str]
) -> None:
    meetings = extract_meetings(parse(Article(id="m", text=text), nlp))
    assert len(meetings) == 1 and {p.name for p in meetings[0].participants} == people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The vote ran late on Monday. Hope Nwachukwu said little. "We will appeal," she told reporters afterwards.',
         "Hope Nwachukwu"),
        ('Training ended early. Hope Nwachukwu said little. "We need a win," she told reporters afterwards.',
         "Hope Nwachukwu"),
        ('The trial was paused. Hope Nwachukwu said little. "The data are sound," she told reporters afterwards.',
         "Hope Nwachukwu"),
    ],
)
def test_a_surname_read_as_a_body_keeps_its_given_name_and_the_pronoun_finds_the_person(
    nlp: Language, text: str, name: str
) -> None:
    assert speakers(nlp, text) == [name]
