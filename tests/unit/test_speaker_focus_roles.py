"""Speakers the article identifies without a title or a name beside the cue: the organisation a clause was
about before "It said", roles people hold by what the article says of them. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares in Tessaro Logistics fell 8% on Monday. It said demand had weakened in Asia.", "Tessaro Logistics"),
        ("The profits of Nordhavn Shipping halved last year. It said fuel costs had doubled.", "Nordhavn Shipping"),
        (
            "Season ticket sales of Kestrel Rovers Football Club dropped sharply. It said fans were waiting "
            "for a new manager.",
            "Kestrel Rovers Football Club",
        ),
        (
            "The budget of the Marren Ocean Institute was cut by a third. It said two research ships would stay "
            "in port.",
            "Marren Ocean Institute",
        ),
    ],
)
def test_it_is_the_organisation_the_subject_belonged_to(nlp: Language, text: str, expected: str) -> None:
    assert speakers(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # health: the honorific implies the role
            "Dr Amara Osei treated the patients at Lakeside Hospital. \"We saw a clear pattern,\" the doctor said.",
            "Amara Osei",
        ),
        (  # courts: the person charged is the defendant
            "Tomas Lindqvist was charged with assault in May. The defendant told the court that he had acted "
            "in self-defence.",
            "Tomas Lindqvist",
        ),
        (  # sport: a doping case
            "Keanu Tamihana, a sprinter, was accused of missing three tests. The defendant told the tribunal that "
            "nobody had warned him.",
            "Keanu Tamihana",
        ),
        (  # culture: the one who wrote it is the author
            "The novel was written by Ngozi Adichie-Bello in 2019. \"It took ten years,\" the author said.",
            "Ngozi Adichie-Bello",
        ),
    ],
)
def test_a_role_the_article_only_implied_is_its_one_holder(nlp: Language, text: str, expected: str) -> None:
    assert speakers(nlp, text) == [expected]


def test_an_implied_role_two_people_hold_names_no_one(nlp: Language) -> None:
    text = (
        "Dr Amara Osei and Dr Jonas Weber studied the river for a decade. "
        "\"The fish have gone,\" the doctor said."
    )
    assert speakers(nlp, text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"We will rebuild.\" That was the promise from Minister Lucia Ferreira on Sunday.", "Lucia Ferreira"),
        ("\"We will win the league.\" That was the pledge from coach Diego Pereira after the match.", "Diego Pereira"),
        ("\"Prices will fall by summer.\" That was the forecast from economist Mei Lin on Tuesday.", "Mei Lin"),
        ("\"The museum will reopen in May.\" That was the vow of director Aigerim Nurlan.", "Aigerim Nurlan"),
    ],
)
def test_the_next_sentence_names_whose_promise_the_quotation_was(nlp: Language, text: str, expected: str) -> None:
    assert speakers(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister for Culture Thandiwe Mokoena said the festival would go ahead in May.", "Thandiwe Mokoena"),
        ("Minister for Sport Chidi Eze said the stadium would be finished by June.", "Chidi Eze"),
        ("Director of Public Prosecutions Sean Murphy said the case would be heard in spring.", "Sean Murphy"),
        ("Minister for Housing Yusuf Demir said rents had risen by a fifth.", "Yusuf Demir"),
    ],
)
def test_the_name_after_title_and_portfolio_speaks(nlp: Language, text: str, expected: str) -> None:
    assert speakers(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WHO director Dr Tedros Alemu said the outbreak was under control.", "Tedros Alemu"),  # health
        ("WHO chief Maria Van Kerk said the vaccine trial would resume.", "Maria Van Kerk"),  # science
        ("WHO director Ana Souza said the Olympic marathon should start before dawn.", "Ana Souza"),  # sport
        ("WHO chief Kwame Mensah said aid convoys had reached the border.", "Kwame Mensah"),  # international
        ("WHO director Dr Ingrid Solberg said the festival could go ahead.", "Ingrid Solberg"),  # culture
    ],
)
def test_an_acronym_read_as_a_pronoun_leaves_the_name_after_the_role_speaking(
    nlp: Language, text: str, expected: str
) -> None:
    assert speakers(nlp, text) == [expected]


def statements_of(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(text[s.span.start : s.span.end], s.speaker.name if s.speaker else None) for s in found]


@pytest.mark.parametrize(
    ("intro", "answer", "expected"),
    [
        ("Novelist Chimamanda Eze spoke to us about her new book.", "I wanted to tell my grandmother's story.",
         "Chimamanda Eze"),  # culture
        ("We spoke to striker Luis Ortega before the cup final.", "We are ready and the squad is fit.",
         "Luis Ortega"),  # sport
        ("Professor Aiko Tanabe has studied the ice sheet for ten winters.", "The melt is faster than we modelled.",
         "Aiko Tanabe"),  # science
    ],
)
def test_an_interviews_answers_are_the_words_of_the_one_person_introduced(
    nlp: Language, intro: str, answer: str, expected: str
) -> None:
    text = f"{intro}\n\nQ: What matters most now?\n\nA: {answer}\n\nQ: And next year?\n\nA: We will see."
    assert statements_of(nlp, text) == [(answer, expected), ("We will see.", expected)]


def test_answers_after_an_introduction_of_two_people_are_nobodys_guess(nlp: Language) -> None:
    text = (
        "Mayor Ruth Baker and councillor Tariq Aziz met readers on Monday.\n\n"
        "Q: Will the bridge reopen?\n\nA: It will reopen in June."
    )
    assert extract_statements(parse(Article(id="t", text=text), nlp)) == []


def test_a_paragraph_opening_a_without_questions_is_no_answer(nlp: Language) -> None:
    text = "Engineer Ola Nordmann drew up two plans for the harbour.\n\nA: a wall of concrete along the pier."
    assert extract_statements(parse(Article(id="t", text=text), nlp)) == []


@pytest.mark.parametrize(
    ("intro", "asker", "answerer", "expected"),
    [
        ("Novelist Chimamanda Eze spoke to reporter Tom Hale about her new book.", "Hale", "Eze",
         "Chimamanda Eze"),  # culture
        ("Coach Rafael Moreno sat down with our writer Priya Nair after the derby.", "Nair", "Moreno",
         "Rafael Moreno"),  # sport
        ("Councillor Tariq Aziz answered questions from resident Ruth Baker at the town hall.", "Baker", "Aziz",
         "Tariq Aziz"),  # local politics
    ],
)
def test_a_transcripts_named_turns_are_their_speakers_and_questions_are_none(
    nlp: Language, intro: str, asker: str, answerer: str, expected: str
) -> None:
    text = f"{intro}\n\n{asker}: What comes next?\n\n{answerer}: We start again on Monday with a clear plan."
    assert statements_of(nlp, text) == [("We start again on Monday with a clear plan.", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Dr Amara Osei runs the clinic in Tamale. A doctor who treated the boy spoke on Monday. "
        "\"He was lucky,\" the doctor said.",  # health
        "Marco Bianchi was charged with fraud. A second defendant, who cannot be named, was also in the dock. "
        "The defendant told the court that he was innocent.",  # courts
        "The novel was written by Ngozi Adichie-Bello. An author who judged the prize spoke on Monday. "
        "\"It is a bold book,\" the author said.",  # culture
    ],
)
def test_an_implied_role_after_an_unnamed_holder_names_no_one(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == [None]
