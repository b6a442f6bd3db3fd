"""Speech-attribution constructions of news English, each across beats: who speaks, and what they said.

Every sentence is invented. Each construction is tested in at least three beats (business, sport, local
politics, science, labour, diplomacy), because a rule that holds in one beat only is no rule. The case id
names the construction.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article

LEDE = "The figures were published on Monday.\n\n"

# (text, the speaker of the one statement found, or of each in order): None where the text names nobody
SPEAKERS = [
    # "X was quoted as saying", "X is understood to have said": the passive's subject speaks
    ("Luis Fernandez is understood to have said that the tender would reopen.", "Luis Fernandez"),
    ("Priya Ramaswamy is understood to have said that the bus lane would go.", "Priya Ramaswamy"),
    ("Marta Okonkwo is believed to have told staff that four stores would close.", "Marta Okonkwo"),
    ("Kenji Morimoto was quoted as saying the vaccine trial would resume in spring.", "Kenji Morimoto"),
    ("Amara Diallo was quoted as saying the dockers would strike again.", "Amara Diallo"),
    ("Tobias Lindqvist was quoted by a local paper as saying the club needed a new stadium.", "Tobias Lindqvist"),
    # "<outlet> quoted <long title> X as telling ...": the name before "as" speaks, not the outlet
    (
        "They quoted ruling Green Union (GU) chief whip Ilse Marowitz as telling aides that the bill would pass.",
        "Ilse Marowitz",
    ),
    (
        "State radio quoted opposition Farmers League deputy leader Odile Farkas as saying grain prices would rise.",
        "Odile Farkas",
    ),
    (
        "The Courier quoted ruling Civic Alliance (CA) party chairman Tomas Brennig as saying the mill would close.",
        "Tomas Brennig",
    ),
    (
        "The Harbor Tribune quoted minister Ilse Marowitz as saying the team would play without its captain.",
        "Ilse Marowitz",
    ),
    # "X was questioned ..., saying": a participle takes its passive clause's subject
    ("Renata Quill was questioned about a report she wrote in May, saying no judge had seen the file.", "Renata Quill"),
    (
        "Ansel Dorrity was questioned by the panel about his memo, saying the vaccine supply was adequate.",
        "Ansel Dorrity",
    ),
    ("Dario Venkel was interviewed after the match, saying the team would play without its captain.", "Dario Venkel"),
    # ... but a thing under an agent does not speak
    ("The bid was turned down by directors of Kelvar Mills on Monday, saying the price was too low.", None),
    # a he/she after one named speaker, whatever the parse called the name
    (
        'Marta Okonkwo said the bakery chain would close four stores. "Rents have doubled," she added.',
        ["Marta Okonkwo"] * 2,
    ),
    ('Kenji Morimoto said the vaccine trial would resume. "We lost three months," he added.', ["Kenji Morimoto"] * 2),
    ('Amara Diallo said the dockers would strike again. "Nobody has talked to us," she added.', ["Amara Diallo"] * 2),
    # "X: '...'": a bare name and a colon; a label or a place before a colon is nobody
    ('Marta Okonkwo: "Rents have doubled in two years."', "Marta Okonkwo"),
    ('Dr. Kenji Morimoto: "We lost three months of data."', "Kenji Morimoto"),
    ('Tobias Lindqvist: "The squad is ready for the final."', "Tobias Lindqvist"),
    ('Ahmed Al-Rashid: "The council will vote again in June."', "Ahmed Al-Rashid"),
    ('Update: "Rents have doubled in two years."', None),
    ('Lisbon: "The squad is ready for the final."', None),
    # ... but never a body by its name's shape: the pronoun then names nobody
    ('Dunmore Foods said four stores would close. "Rents doubled," she added.', ["Dunmore Foods", None]),
    ('The Port Workers Union said dockers would strike. "No one listens," she added.', ["Port Workers Union", None]),
    ('Tessel Bank said rates would rise. "It was a hard year," he added.', ["Tessel Bank", None]),
    # "X opened the meeting. '...,' he said": the one name in focus, though the parse called it a body
    ('Marta Okonkwo opened the shareholder meeting. "Rents have doubled," she said.', "Marta Okonkwo"),
    ('Aroha Ngata opened the council session. "The lane goes," she said.', "Aroha Ngata"),
    ('Kenji Morimoto opened the conference on Monday. "We lost three months," he said.', "Kenji Morimoto"),
    # "X said on Monday. '...'": a speech sentence with no content of its own introduces the quote after it
    ('Marta Okonkwo said on Monday. "Rents have doubled in two years."', "Marta Okonkwo"),
    ('Kenji Morimoto told reporters on Tuesday. "We lost three months of data."', "Kenji Morimoto"),
    ('Amara Diallo said on Friday. "Nobody from the port authority has talked to us."', "Amara Diallo"),
    # "X is the coach of Y. '...,' the coach said": a title given by a copula
    ('Tobias Lindqvist is the coach of Harbour City.\n\n"We deserved more," the coach said.', "Tobias Lindqvist"),
    ('Priya Ramaswamy is the councillor for the east ward.\n\n"It goes," the councillor said.', "Priya Ramaswamy"),
    ('Kenji Morimoto is the first author of the study.\n\n"We lost months," the researcher said.', "Kenji Morimoto"),
    (
        'Amara Diallo is the general secretary of the Port Workers Union. "We strike," the secretary said.',
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
    # a fronted adjunct, then the speaker: the full name, however the parse hung the surname
    ("In an interview, Priya Ramaswamy conceded that the bus lane had failed.", "Priya Ramaswamy"),
    ("In a podcast, Tobias Lindqvist admitted that the squad had been tired.", "Tobias Lindqvist"),
    ("In a letter to shareholders, Marta Okonkwo conceded that sales had fallen.", "Marta Okonkwo"),
    # "The coach of Y, X, said": the name closing the role's phrase holds the role
    ("The chief executive of Dunmore Foods, Marta Okonkwo, said four stores would close.", "Marta Okonkwo"),
    ("The coach of Harbour City, Tobias Lindqvist, said the squad was ready.", "Tobias Lindqvist"),
    ("The head of the Ministry of Transport, Luis Fernandez, said the tender would reopen.", "Luis Fernandez"),
    # a later surname, with or without an honorific, is the person named in full before
    ('Marta Okonkwo met the board on Monday.\n\n"Rents have doubled," Okonkwo said.', "Marta Okonkwo"),
    ("Kenji Morimoto met the ethics panel on Monday.\n\nMorimoto said the trial would resume.", "Kenji Morimoto"),
    ('Amara Diallo met the port authority.\n\n"Nobody listens," Ms Diallo said.', "Amara Diallo"),
]

# (text, speaker, content of the one statement found)
CONTENTS = [
    # "X said in a statement that ...": the that-clause hung on the adjunct's noun is the report
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
    ("Amara Diallo said in a letter that the strike would go ahead.", "Amara Diallo", "the strike would go ahead"),
    # "The plan, X said, would go ahead": the clause around an interrupting cue, without the cue
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
    # "X said A, according to a transcript": the record of a report is neither a statement nor part of one
    (
        "Marta Okonkwo said four stores would close, according to a transcript.",
        "Marta Okonkwo",
        "four stores would close",
    ),
    ("Tobias Lindqvist said the squad was tired, according to a recording.", "Tobias Lindqvist", "the squad was tired"),
    (
        "Luis Fernandez said the tender would reopen, according to the minutes.",
        "Luis Fernandez",
        "the tender would reopen",
    ),
    # "According to X, A": still X's report
    ("According to Marta Okonkwo, four stores will close by June.", "Marta Okonkwo", "four stores will close by June"),
]


def statements(nlp: Language, text: str) -> list[Statement]:
    found = extract_statements(parse(Article(id="t", text=LEDE + text), nlp))
    assert found, "no statement found"
    return found


@pytest.mark.parametrize(("text", "names"), SPEAKERS)
def test_each_statement_has_the_speaker_the_construction_names(
    nlp: Language, text: str, names: str | list[str] | None
) -> None:
    expected = names if isinstance(names, list) else [names]
    assert [s.speaker.name if s.speaker else None for s in statements(nlp, text)] == expected


@pytest.mark.parametrize(("text", "name", "content"), CONTENTS)
def test_the_statement_is_what_the_cue_reports_and_no_more(nlp: Language, text: str, name: str, content: str) -> None:
    [statement] = statements(nlp, text)
    assert statement.speaker is not None and statement.speaker.name == name
    assert statement.quote == content


# "quoted" of prices and shares, and "a saying", name no speaker and report nothing
NOT_SPEECH = [
    "Dealers quoted the currency at 1.80 marks, unchanged from last week.",
    "Shares of Kelvar Mills were quoted as low as 12 dlrs on Friday.",
    "As an old saying goes, the team that trains together wins together.",
]


def test_quoted_prices_and_sayings_are_no_statements(nlp: Language) -> None:
    found = [text for text in NOT_SPEECH if extract_statements(parse(Article(id="t", text=LEDE + text), nlp))]
    assert found == []
