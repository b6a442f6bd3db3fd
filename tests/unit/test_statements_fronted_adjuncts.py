"""A fronted adjunct before a named speaker with a role: the cue reports the clause after it."""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def indirect(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    statements: list[Statement] = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in statements if s.kind == "indirect"]


def test_time_adjunct_is_no_statement(nlp: Language) -> None:
    text = "Late on Tuesday, Tarvin Moss, deputy director of the harbour board, said the pier would reopen in May."
    assert indirect(nlp, text) == [("the pier would reopen in May", "Tarvin Moss")]


def test_participial_frame_is_no_statement_and_the_name_speaks(nlp: Language) -> None:
    text = (
        "Speaking at the annual dinner of the growers' league, Okoro Bledsoe, chief coach of the Eastside "
        "Rovers, said the team had not yet chosen a captain."
    )
    assert indirect(nlp, text) == [("the team had not yet chosen a captain", "Okoro Bledsoe")]


def test_trailing_cue_after_the_name_and_role_still_reports_the_clause_before(nlp: Language) -> None:
    text = "The clinic will reopen its ward next spring, Maren Quill, the county court's press officer, said."
    assert indirect(nlp, text) == [("The clinic will reopen its ward next spring", "Maren Quill")]


def test_inverted_cue_between_subject_and_verb_reports_the_clause_around_it(nlp: Language) -> None:
    text = "The main drawback of the new lease, said Tarvin Moss, is that it raises costs for small tenants."
    assert indirect(nlp, text) == [
        ("The main drawback of the new lease is that it raises costs for small tenants", "Tarvin Moss")
    ]


def test_inverted_cue_before_a_participle_keeps_the_clause_before(nlp: Language) -> None:
    text = "The clinic treated 300 patients last week, said Ilse Vantongeren, speaking in the capital."
    assert indirect(nlp, text) == [("The clinic treated 300 patients last week", "Ilse Vantongeren")]
