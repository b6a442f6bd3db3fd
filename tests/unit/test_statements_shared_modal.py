"""Two bare verbs under one modal stay one reported clause; a reporter's own second act stays apart."""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def _statements(nlp: Language, text: str) -> list[Statement]:
    return extract_statements(parse(Article(id="modal", text=text), nlp))


def test_second_verb_under_the_modal_keeps_its_object(nlp: Language) -> None:
    found = _statements(nlp, "Ivo Markel said the board could not confirm or deny the report of a sale.")
    assert [(s.quote, s.cue) for s in found] == [("the board could not confirm or deny the report of a sale", "said")]
    assert found[0].speaker is not None and "Markel" in found[0].speaker.name


def test_nor_joins_two_verbs_of_one_clause(nlp: Language) -> None:
    found = _statements(nlp, "Ruth Amberley said she could not measure nor forecast the fall in attendance.")
    assert [s.quote for s in found if s.cue == "said"] == ["she could not measure nor forecast the fall in attendance"]


def test_reporters_own_second_act_is_not_joined(nlp: Language) -> None:
    found = _statements(nlp, "Lena Voss said the club would sell the old stadium and urged fans to stay calm.")
    said = [s.quote for s in found if s.cue == "said"]
    assert said == ["the club would sell the old stadium"]
