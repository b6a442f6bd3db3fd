"""Statements around the speech verbs: an inverted "Said X:" opening a sentence, a stance that puts a clause
forward ("made it clear that", "made the point that", "was adamant that"), a speech verb under an adjective
("was keen to stress that"), "the Swede said" after the article named the Swedish player, and headlines,
which sum up the reporting and say nothing themselves. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str, str | None]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote, s.cue) for s in statements]


INVERTED = [  # "Said X:" opening a sentence: X speaks, and "Said" is no part of the name
    (
        "Brenna Castell scored twice on Sunday. Said Brenna Castell: \"We never stopped running.\"",
        ("Brenna Castell", "direct", "We never stopped running.", "Said"),
    ),
    (
        'Said chief executive Rafael Okoye: "Our margins held up in a hard quarter."',
        ("Rafael Okoye", "direct", "Our margins held up in a hard quarter.", "Said"),
    ),
    (
        'The council passed the budget on Tuesday.\n\nAdded councillor Ingrid Halvorsen: "The libraries stay open."',
        ("Ingrid Halvorsen", "direct", "The libraries stay open.", "Added"),
    ),
]



STANCES = [  # a stance that puts a "that" clause forward is a statement of the clause
    (
        "The transport minister Selin Aydemir made it clear that the fares would not rise.",
        ("Selin Aydemir", "indirect", "the fares would not rise", "made it clear"),
    ),
    (
        "Coach Tomasz Wrona made clear that the squad needed a rest.",
        ("Tomasz Wrona", "indirect", "the squad needed a rest", "made clear"),
    ),
    (
        "Geologist Amara Diallo made the point that the samples were too few.",
        ("Amara Diallo", "indirect", "the samples were too few", "made the point"),
    ),
    (
        "The union leader Pavel Hrdina was adamant that the strike would go ahead.",
        ("Pavel Hrdina", "indirect", "the strike would go ahead", "was adamant"),
    ),
    (
        "Finance chief Lucia Ferraro was adamant that the merger would close in May.",
        ("Lucia Ferraro", "indirect", "the merger would close in May", "was adamant"),
    ),
]



NOT_STANCES = [  # the same words with no clause put forward: no statement
    "The minister made it clear.",
    "The coach was adamant about the line-up.",
    "The company made the point of hiring locally.",
]


@pytest.mark.parametrize("text", NOT_STANCES)
def test_stance_word_without_a_that_clause_is_no_statement(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []


UNDER_ADJECTIVE = [  # "was keen to stress": the speech verb's speaker is the copula's subject
    (
        "Mayor Odile Fournier was keen to stress that the bridge was safe.",
        ("Odile Fournier", "indirect", "the bridge was safe", "stress"),
    ),
    (
        "Captain Yusuf Demir was quick to point out that the pitch was wet.",
        ("Yusuf Demir", "indirect", "the pitch was wet", "point out"),
    ),
    (
        "Economist Hana Sato was careful to note that the figures were provisional.",
        ("Hana Sato", "indirect", "the figures were provisional", "note"),
    ),
]



HEADLINES = [  # a headline's quotation or claim is not a statement; the body's is
    (
        'Coach: "We were robbed of a fair result"\n\nCoach Darius Mensah said the referee had missed a foul.',
        ("Darius Mensah", "indirect", "the referee had missed a foul", "said"),
    ),
    (
        "'We will rebuild the market hall,' says mayor\n\nMayor Elin Strand said the work would start in June.",
        ("Elin Strand", "indirect", "the work would start in June", "said"),
    ),
    (
        "\u201cThe data are clear\u201d: researchers defend the study\n\n"
        "Lead author Kofi Boateng said the sample was large enough.",
        ("Kofi Boateng", "indirect", "the sample was large enough", "said"),
    ),
]



PLATFORM_ADJUNCTS = [  # "said on X, formerly Y, that ...": the clause the parse hangs on the platform's name
    (
        "Chief executive Marta Okonkwo said on X, formerly Twitter, that the plant would stay open.",
        ("Marta Okonkwo", "indirect", "the plant would stay open", "said"),
    ),
    (
        "Councillor Priya Shah wrote on Chirper, the messaging app, that the vote was close.",
        ("Priya Shah", "indirect", "the vote was close", "wrote"),
    ),
    (
        "Striker Tobias Lindqvist posted on X, formerly Twitter, that his knee had healed.",
        ("Tobias Lindqvist", "indirect", "his knee had healed", "posted"),
    ),
]


ONE_STATEMENT = [
    *[pytest.param(text, expected, id=f"inverted-{k}") for k, (text, expected) in enumerate(INVERTED)],
    *[pytest.param(text, expected, id=f"stance-{k}") for k, (text, expected) in enumerate(STANCES)],
    *[pytest.param(text, expected, id=f"under-adjective-{k}") for k, (text, expected) in enumerate(UNDER_ADJECTIVE)],
    *[pytest.param(text, expected, id=f"headline-{k}") for k, (text, expected) in enumerate(HEADLINES)],
    *[pytest.param(text, expected, id=f"platform-{k}") for k, (text, expected) in enumerate(PLATFORM_ADJUNCTS)],
]


@pytest.mark.parametrize(("text", "expected"), ONE_STATEMENT)
def test_the_one_statement_of_each_form(nlp: Language, text: str, expected) -> None:
    """Inverted "Said X:" gives X the floor; a stance frame reports its "that" clause; a speech verb under an
    adjective is the copula's subject's; a headline's quotation is no statement, the body's is; "said on X,
    formerly Y, that ..." reports the clause the parse hangs on the platform's name."""
    assert said(nlp, text) == [expected]


def test_quotation_closing_a_reporting_paragraph_still_counts(nlp: Language) -> None:
    text = 'The ministry met the growers on Monday.\n\nMinister Aino Laine said: "The quota stays as it is."'
    assert said(nlp, text) == [("Aino Laine", "direct", "The quota stays as it is.", "said")]


DEMONYMS = [  # "the Swede said": the person in focus whose title carries that nationality
    (
        'The Swedish striker Anders Holm scored twice.\n\n"We were sharper today," the Swede said.',
        "Anders Holm",
    ),
    (
        'The French union leader Marie Duval addressed the strikers.\n\n"We will not give in," the Frenchwoman said.',
        "Marie Duval",
    ),
    (
        'The Ghanaian minister Abena Owusu led the delegation.\n\n"The talks were useful," the Ghanaian said.',
        "Abena Owusu",
    ),
    (
        'The German coach Jonas Weber named his side.\n\n"The squad is fit," the German said.',
        "Jonas Weber",
    ),
    (
        'The Dutch researcher Pieter Jansen led the study.\n\n"The signal is real," the Dutchman said.',
        "Pieter Jansen",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DEMONYMS)
def test_nationality_description_resolves_to_the_named_person(nlp: Language, text: str, speaker: str) -> None:
    assert [s[0] for s in said(nlp, text)] == [speaker]


def test_nationality_with_nobody_of_it_in_focus_names_no_one(nlp: Language) -> None:
    text = 'The striker Anders Holm scored twice.\n\n"We were sharper today," the Kenyan said.'
    assert [s[0] for s in said(nlp, text)] == [None]


AGES = [  # "the 36-year-old": the person written with that age, not whoever was in focus last
    (
        "Striker Tobias Lindqvist (36) scored twice, and coach Ana Ruiz, 48, praised him.\n\n"
        '"I still love this game," the 36-year-old said.',
        "Tobias Lindqvist",
    ),
    (
        "Chief executive Marta Okonkwo, 52, and her finance director, Tom Reyes, 41, presented the results.\n\n"
        "The 41-year-old said the margins had held.",
        "Tom Reyes",
    ),
    (
        "Councillor Priya Shah, 39, spoke after mayor Leon Brandt, 61, opened the debate.\n\n"
        "The 39-year-old said the budget was too thin.",
        "Priya Shah",
    ),
    (  # after a quotation, where the parser hangs "the 61-year-old" on the verb as a modifier
        "Councillor Priya Shah, 39, spoke after mayor Leon Brandt, 61, opened the debate.\n\n"
        '"The budget is too thin," the 61-year-old said.',
        "Leon Brandt",
    ),
    (
        "Chief executive Marta Okonkwo, 52, and her finance director, Tom Reyes, 41, presented the results.\n\n"
        '"The margins held," the 41-year-old said.',
        "Tom Reyes",
    ),
    (
        "Striker Tobias Lindqvist, 36, and coach Ana Ruiz, 48, spoke after the match.\n\n"
        '"I still love this game," the 36-year-old said.',
        "Tobias Lindqvist",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), AGES)
def test_age_description_resolves_to_the_person_of_that_age(nlp: Language, text: str, speaker: str) -> None:
    assert [s[0] for s in said(nlp, text)][-1] == speaker


SPOKESPEOPLE = [  # "X's spokesperson": X speaks, a person as a person and a company as a company
    ("Mayor Elin Strand's spokesperson said the market would reopen.", "Elin Strand"),
    ("Coach Tomasz Wrona's spokesman said the squad would travel on Friday.", "Tomasz Wrona"),
    ("Dr Hana Sato's spokesperson said the results would be published in May.", "Hana Sato"),
    ("Halden Foods' spokesman said the plant would stay open.", "Halden Foods"),
]


@pytest.mark.parametrize(("text", "speaker"), SPOKESPEOPLE)
def test_possessive_before_a_spokesperson_names_who_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert [s[0] for s in said(nlp, text)] == [speaker]
