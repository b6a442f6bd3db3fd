"""A second clause joined by "and" or "but" after a reported clause, hung by the parse on the cue: with a pronoun
subject and a past perfect, or set off by a comma with any perfect or a modal, it goes on with what was said;
so does the rest of a complement the parse cut in two."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in found]


def test_past_perfect_conjunct_with_a_pronoun_goes_on_with_the_report(nlp: Language) -> None:
    text = "Mayor Ilsa Fenn said the budget was too tight and she had cut two posts to balance the books."
    assert run(nlp, text) == [("the budget was too tight and she had cut two posts to balance the books", "Ilsa Fenn")]


def test_plain_past_conjunct_stays_out_of_the_report(nlp: Language) -> None:
    """The parse hangs this plain past on the cue too; it may be the writer's narrative."""
    text = "Coach Rian Dolt said the budget was too tight and he cut two posts on Monday."
    assert run(nlp, text) == [("the budget was too tight", "Rian Dolt")]


@pytest.mark.parametrize(
    ("clause", "conjunct"),
    [
        ("the orchard harvest was thin in June", "but since then the late pears have come good"),
        ("the choir had lost three tenors", "and this could force it to cancel the spring concert"),
        ("the appeal court was slow to list the case", "but a ruling should follow before the recess"),
    ],
)
def test_set_off_conjunct_with_a_perfect_or_modal_goes_on_with_the_report(
    nlp: Language, clause: str, conjunct: str
) -> None:
    text = f"Warden Pia Lund said {clause}, {conjunct}."
    assert run(nlp, text) == [(f"{clause}, {conjunct}", "Pia Lund")]


@pytest.mark.parametrize(
    ("clause", "conjunct"),
    [
        ("the orchard harvest was thin in June", "but the pickers went home early"),  # farming
        ("sales were higher in the second quarter", "but net income fell 12 pct on higher costs"),  # business
        ("rain may delay the final", "but the groundstaff were working to clear the pitch"),  # sport
    ],
)
def test_set_off_contrast_in_any_tense_goes_on_with_the_report(nlp: Language, clause: str, conjunct: str) -> None:
    """ "said A, but B": the wire sets' readers keep the turn in the statement (AE and AH, one article each;
    no open set's gold cuts at it)."""
    text = f"Warden Pia Lund said {clause}, {conjunct}."
    assert run(nlp, text) == [(f"{clause}, {conjunct}", "Pia Lund")]


def test_set_off_plain_past_joined_by_and_stays_out_of_the_report(nlp: Language) -> None:
    """Must not fire: "and" with a plain past may be the writer's own narrative."""
    text = "Warden Pia Lund said the orchard harvest was thin in June, and the pickers went home early."
    assert run(nlp, text) == [("the orchard harvest was thin in June", "Pia Lund")]


def test_contrast_that_quotes_words_of_its_own_leaves_the_report_apart(nlp: Language) -> None:
    """Must not fire: "but B was "too steep"" is a quotation beside the report, not part of it."""
    text = 'Warden Pia Lund said the orchard harvest was thin in June, but the new fees were "too steep."'
    found = run(nlp, text)
    assert ("the orchard harvest was thin in June", "Pia Lund") in found


def test_conjunct_with_its_own_that_is_a_report_apart(nlp: Language) -> None:
    text = (
        "Warden Pia Lund told the press that the footbridge talks were stalled,"
        " but that both councils had promised to talk again."
    )
    assert ("the footbridge talks were stalled", "Pia Lund") in run(nlp, text)


def test_complement_cut_in_two_by_the_parse_is_read_whole(nlp: Language) -> None:
    text = "Coach Bren Aldo said he was sorry the board refused the transfer but hoped the striker would stay."
    assert run(nlp, text) == [
        ("he was sorry the board refused the transfer but hoped the striker would stay", "Bren Aldo")
    ]
