"""A condition or concession fronted before the speaker belongs to the report; cues of reckoning and of
saying again."""

from __future__ import annotations

from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def indirect(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    statements: list[Statement] = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in statements if s.kind == "indirect"]


def test_fronted_condition_joins_the_clause_reported_after_the_cue(nlp: Language) -> None:
    text = "However, if the grant arrives, Pello Marrik said the observatory will open a second dome."
    [(quote, speaker)] = indirect(nlp, text)
    assert quote.startswith("if the grant arrives")
    assert quote.endswith("the observatory will open a second dome")
    assert "said" not in quote and speaker == "Pello Marrik"


def test_concession_before_an_interrupting_cue_joins_the_clause_after(nlp: Language) -> None:
    text = "Although the draft was not liked by every member, Sunna Velt said, the ferry timetable was approved."
    [(quote, speaker)] = indirect(nlp, text)
    assert quote.startswith("Although the draft was not liked by every member")
    assert quote.endswith("the ferry timetable was approved")
    assert speaker == "Sunna Velt"


def test_concession_about_the_speaker_stays_out(nlp: Language) -> None:
    text = "Although she lost the vote, Sunna Velt said the ferry timetable would stand."
    assert indirect(nlp, text) == [("the ferry timetable would stand", "Sunna Velt")]


def test_time_clause_fronted_before_the_speaker_stays_out(nlp: Language) -> None:
    text = "When the hearing ended, Pello Marrik said the appeal would be lodged in May."
    assert indirect(nlp, text) == [("the appeal would be lodged in May", "Pello Marrik")]


def test_condition_hung_on_the_cue_with_its_consequence_inside(nlp: Language) -> None:
    text = "Pello Marrik said if the keeper recovers he will start in the derby."
    [(quote, speaker)] = indirect(nlp, text)
    assert quote.endswith("he will start in the derby") and speaker == "Pello Marrik"


def test_said_if_with_one_subject_is_no_claim(nlp: Language) -> None:
    assert indirect(nlp, "Pello Marrik said if the vote failed.") == []


def test_calculated_and_projected_report_their_clause(nlp: Language) -> None:
    text = "Sunna Velt calculated that the new rota would save the ward nine hours a week."
    assert indirect(nlp, text) == [("the new rota would save the ward nine hours a week", "Sunna Velt")]
    text = "Pello Marrik projected that ticket sales would double by the autumn."
    assert indirect(nlp, text) == [("ticket sales would double by the autumn", "Pello Marrik")]


def test_projected_without_a_clause_is_no_cue(nlp: Language) -> None:
    assert indirect(nlp, "Pello Marrik projected the old film onto the wall of the hall.") == []


def test_reiterated_earlier_statements_report_the_clause_they_frame(nlp: Language) -> None:
    text = "Sunna Velt reiterated earlier statements that the quarry would close within two years."
    assert indirect(nlp, text) == [("the quarry would close within two years", "Sunna Velt")]


def test_forecasts_that_reports_its_clause(nlp: Language) -> None:
    text = "Sunna Velt forecasts that the harvest would be the smallest in a decade."
    assert indirect(nlp, text) == [("the harvest would be the smallest in a decade", "Sunna Velt")]


def test_concession_the_parse_hangs_on_a_set_off_cue_opens_the_clause_around_it(nlp: Language) -> None:
    text = (
        "The union met the board. Although talks had stalled, officials said, no final decision was made on a walkout."
    )
    [(quote, speaker)] = indirect(nlp, text)
    assert quote.startswith("Although talks had stalled") and speaker is None
    assert quote.endswith("no final decision was made on a walkout") and "said" not in quote


def test_time_clause_before_a_set_off_cue_changes_nothing(nlp: Language) -> None:
    text = "When the hearing ended, officials said, the appeal was lodged in May."
    assert all(not quote.startswith("When") for quote, _ in indirect(nlp, text))
