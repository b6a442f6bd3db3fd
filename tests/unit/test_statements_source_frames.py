"""Source frames that, like "according to X", give the rest of the sentence to X: "in X's words" and "in
the words of X", before or after the words and around a quotation or reported speech; a cue verb in
the passive with no agent inside those words ("will be appealed") is no second report; "X said in a
statement:" closing a paragraph hands the next one to X; "told a meeting of staff that ..." reports the
clause the parse hangs on whom X told. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote) for s in statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # business: possessive, reported
            "In Chidinma Okafor's words, sales would recover by the spring.",
            [("Chidinma Okafor", "indirect", "sales would recover by the spring")],
        ),
        (  # sport: "of", quoted
            'In the words of coach Mateus Ribeiro, "We deserved to win the game tonight."',
            [("Mateus Ribeiro", "direct", "We deserved to win the game tonight.")],
        ),
        (  # diplomacy: after the words
            "The ceasefire will hold, in the words of envoy Tariq Al-Hashimi.",
            [("Tariq Al-Hashimi", "indirect", "The ceasefire will hold")],
        ),
        (  # labour: a pronoun owner takes the person named before
            "Union leader Zanele Dlamini addressed the rally on Friday.\n\n"
            "In her own words, the offer was an insult to every nurse.",
            [("Zanele Dlamini", "indirect", "the offer was an insult to every nurse")],
        ),
    ],
)
def test_the_words_owner_speaks_the_rest_of_the_sentence(nlp, text, expected):
    assert said(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In other words, the budget was spent by the spring.",  # local politics
        "The vaccine, in short words, was a success.",  # health
        "In a few words, the ruling changed nothing.",  # courts
    ],
)
def test_words_without_an_owner_frame_no_statement(nlp, text):
    assert said(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # courts, science, local politics
        ("The ruling will be appealed, according to defence lawyer Nguyen Thi Lan.", "Nguyen Thi Lan", "ruling"),
        ("The tests need to be repeated, according to Professor Hiroshi Tanaka.", "Hiroshi Tanaka", "tests"),
        ("The new budget was announced on Monday, according to councillor Amina Bello.", "Amina Bello", "budget"),
    ],
)
def test_an_agentless_passive_cue_inside_the_words_leaves_them_to_the_source(nlp, text, speaker, words):
    assert [(who, kind) for who, kind, quote in said(nlp, text) if words in quote] == [(speaker, "indirect")]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling will be appealed.",  # courts
        "The strike was announced after the vote.",  # labour
        "The results need to be repeated.",  # science
    ],
)
def test_a_cue_verb_in_the_passive_without_agent_or_clause_reports_nothing(nlp, text):
    assert said(nlp, text) == []


def test_a_passive_report_of_a_clause_is_still_a_statement(nlp):
    said_ = said(nlp, "It was announced on Monday that the plant would close in June.")  # business
    assert [(who, kind) for who, kind, quote in said_ if "plant would close" in quote] == [(None, "indirect")]


COLON_BLOCKS = [  # a cue with adjuncts closing its paragraph on a colon hands over the next
    (  # business
        "Chidinma Okafor, the chief executive, said in a statement:\n\nSales would recover by the spring.",
        "Chidinma Okafor",
        "Sales would recover by the spring.",
    ),
    (  # labour
        "Union leader Zanele Dlamini told members on Friday evening:\n\nThe strike would go ahead on Monday.",
        "Zanele Dlamini",
        "The strike would go ahead on Monday.",
    ),
    (  # science
        "Professor Hiroshi Tanaka wrote in a letter to the journal:\n\nThe results had to be repeated.",
        "Hiroshi Tanaka",
        "The results had to be repeated.",
    ),
]


def test_a_colon_inside_the_paragraph_hands_nothing_over(nlp):
    text = "Mayor Ines Carvalho said in a statement: the budget is fair.\n\nThe council meets on Monday."  # politics
    assert [quote for _, _, quote in said(nlp, text)] == ["the budget is fair"]


TOLD_CLAUSES = [  # a that-clause the parse hangs on whom a verb of telling addresses
    (  # local politics
        "Council leader Siobhan Kearney told a meeting of residents and staff on Tuesday that the library "
        "would stay open.",
        "Siobhan Kearney",
        "the library would stay open",
    ),
    (  # business
        "Chief executive Chidinma Okafor told a gathering of suppliers in Leeds that prices would hold.",
        "Chidinma Okafor",
        "prices would hold",
    ),
    (  # labour
        "Union leader Zanele Dlamini assured a crowd of nurses outside the ward that the strike would go ahead.",
        "Zanele Dlamini",
        "the strike would go ahead",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), COLON_BLOCKS + TOLD_CLAUSES)
def test_the_cues_speaker_reports_words_the_parse_sets_apart_from_the_cue(nlp, text, speaker, words):
    assert (speaker, "indirect", words) in said(nlp, text)
