"""Speech-attribution constructions of news English, each across beats: who speaks, and what they said.

Every sentence is invented. Each construction is tested in at least three beats (business, sport, local
politics, science, labour, diplomacy), because a rule that holds in one beat only is no rule.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import load_nlp, parse
from streams.ingest.article import Article

LEDE = "The figures were published on Monday.\n\n"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def statements(nlp: Language, text: str) -> list[Statement]:
    found = extract_statements(parse(Article(id="t", text=LEDE + text), nlp))
    assert found, "no statement found"
    return found


def speakers(nlp: Language, text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in statements(nlp, text)]


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "Marta Okonkwo said in a statement that the chain would go ahead with the closures.",
            "Marta Okonkwo",
            "the chain would go ahead with the closures",
        ),
        (
            "Priya Ramaswamy said in a statement that the bus lane would go ahead.",
            "Priya Ramaswamy",
            "the bus lane would go ahead",
        ),
        (
            "Amara Diallo said in a letter that the strike would go ahead.",
            "Amara Diallo",
            "the strike would go ahead",
        ),
    ],
)
def test_a_that_clause_after_the_cues_adjunct_is_what_was_said(
    nlp: Language, text: str, name: str, content: str
) -> None:
    [statement] = statements(nlp, text)
    assert statement.speaker is not None and statement.speaker.name == name
    assert statement.quote == content


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "The merger, Marta Okonkwo said, would be completed by June.",
            "Marta Okonkwo",
            "The merger would be completed by June",
        ),
        (
            "The striker, Tobias Lindqvist said, was fit to play on Sunday.",
            "Tobias Lindqvist",
            "The striker was fit to play on Sunday",
        ),
        (
            "The new rules, Kenji Morimoto said, would slow the trial down.",
            "Kenji Morimoto",
            "The new rules would slow the trial down",
        ),
    ],
)
def test_a_cue_set_off_inside_the_clause_reports_the_clause_around_it(
    nlp: Language, text: str, name: str, content: str
) -> None:
    [statement] = statements(nlp, text)
    assert statement.speaker is not None and statement.speaker.name == name
    assert statement.quote == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenji Morimoto was quoted as saying the vaccine trial would resume in spring.", "Kenji Morimoto"),
        ("Amara Diallo was quoted as saying the dockers would strike again.", "Amara Diallo"),
        ("Tobias Lindqvist was quoted by a local paper as saying the club needed a new stadium.", "Tobias Lindqvist"),
    ],
)
def test_quoted_as_saying_is_the_passive_subjects_statement(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        'Marta Okonkwo said the bakery chain would close four stores. "Rents have doubled," she added.',
        'Kenji Morimoto said the vaccine trial would resume. "We lost three months," he added.',
        'Amara Diallo said the dockers would strike again. "Nobody has talked to us," she added.',
    ],
)
def test_a_pronoun_after_a_single_named_speaker_is_that_speaker(nlp: Language, text: str) -> None:
    name = text.split(" said")[0]
    assert speakers(nlp, text) == [name, name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Marta Okonkwo: "Rents have doubled in two years."', "Marta Okonkwo"),
        ('Dr. Kenji Morimoto: "We lost three months of data."', "Kenji Morimoto"),
        ('Tobias Lindqvist: "The squad is ready for the final."', "Tobias Lindqvist"),
    ],
)
def test_a_name_and_a_colon_give_the_name_the_quote(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        'Update: "Rents have doubled in two years."',
        'Lisbon: "The squad is ready for the final."',
    ],
)
def test_a_label_or_a_place_before_a_colon_speaks_no_quote(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Marta Okonkwo said on Monday. "Rents have doubled in two years."', "Marta Okonkwo"),
        ('Kenji Morimoto told reporters on Tuesday. "We lost three months of data."', "Kenji Morimoto"),
        ('Amara Diallo said on Friday. "Nobody from the port authority has talked to us."', "Amara Diallo"),
    ],
)
def test_a_speech_sentence_without_content_attributes_the_quote_after_it(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Tobias Lindqvist is the coach of Harbour City.\n\n"We deserved more," the coach said.', "Tobias Lindqvist"),
        (
            'Priya Ramaswamy is the councillor for the east ward.\n\n"The lane goes," the councillor said.',
            "Priya Ramaswamy",
        ),
        (
            'Kenji Morimoto is the first author of the study.\n\n"We lost months," the researcher said.',
            "Kenji Morimoto",
        ),
        (
            'Amara Diallo is the general secretary of the Port Workers Union. "We will strike," the secretary said.',
            "Amara Diallo",
        ),
        (
            'Marta Okonkwo became chief executive of Dunmore Foods in May. "Rents doubled," the executive said.',
            "Marta Okonkwo",
        ),
        (
            'Luis Fernandez is the ambassador to the region. "Talks resume next week," the ambassador said.',
            "Luis Fernandez",
        ),
    ],
)
def test_a_title_given_by_a_copula_lets_the_title_name_the_person(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In an interview, Priya Ramaswamy conceded that the bus lane had failed.", "Priya Ramaswamy"),
        ("In a podcast, Tobias Lindqvist admitted that the squad had been tired.", "Tobias Lindqvist"),
        ("In a letter to shareholders, Marta Okonkwo conceded that sales had fallen.", "Marta Okonkwo"),
    ],
)
def test_a_speaker_after_a_fronted_adjunct_keeps_the_full_name(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The chief executive of Dunmore Foods, Marta Okonkwo, said four stores would close.", "Marta Okonkwo"),
        ("The coach of Harbour City, Tobias Lindqvist, said the squad was ready.", "Tobias Lindqvist"),
        ("The head of the Ministry of Transport, Luis Fernandez, said the tender would reopen.", "Luis Fernandez"),
    ],
)
def test_a_name_closing_the_roles_phrase_holds_the_role(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "Marta Okonkwo said four stores would close, according to a transcript.",
            "Marta Okonkwo",
            "four stores would close",
        ),
        (
            "Tobias Lindqvist said the squad was tired, according to a recording.",
            "Tobias Lindqvist",
            "the squad was tired",
        ),
        (
            "Luis Fernandez said the tender would reopen, according to the minutes.",
            "Luis Fernandez",
            "the tender would reopen",
        ),
    ],
)
def test_according_to_a_record_after_a_report_is_not_a_second_statement(
    nlp: Language, text: str, name: str, content: str
) -> None:
    [statement] = statements(nlp, text)
    assert statement.speaker is not None and statement.speaker.name == name
    assert statement.quote == content


def test_according_to_before_the_clause_still_reports_it(nlp: Language) -> None:
    [statement] = statements(nlp, "According to Marta Okonkwo, four stores will close by June.")
    assert statement.speaker is not None and statement.speaker.name == "Marta Okonkwo"
    assert statement.quote == "four stores will close by June"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Marta Okonkwo met the board on Monday.\n\n"Rents have doubled," Okonkwo said.', "Marta Okonkwo"),
        ("Kenji Morimoto met the ethics panel on Monday.\n\nMorimoto said the trial would resume.", "Kenji Morimoto"),
        ('Amara Diallo met the port authority.\n\n"Nobody listens," Ms Diallo said.', "Amara Diallo"),
    ],
)
def test_a_later_surname_is_the_person_named_in_full_before(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]
