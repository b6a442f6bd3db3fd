"""A paper speaks with its authors' voice: "a report by A and B said", "the study, prepared by A and B, said",
"The survey was written by A and B. It said ...": both authors, named "A and B" as the gold names joint
speakers. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers


def test_a_report_by_two_bodies_is_both_speaking(nlp: Language) -> None:
    text = "A report by the Harbour Safety Board and the Coastal Fisheries Institute said catches fell this season."
    assert speakers(nlp, text) == ["Harbour Safety Board and Coastal Fisheries Institute"]


def test_a_paper_prepared_by_two_bodies_is_both_speaking(nlp: Language) -> None:
    text = (
        "The review, prepared by the Valley Health Service and the Northern Athletics League, said "
        "injuries among young runners had doubled."
    )
    assert speakers(nlp, text) == ["Valley Health Service and Northern Athletics League"]


def test_it_after_a_paper_written_by_two_firms_is_both_firms(nlp: Language) -> None:
    text = (
        "The survey was written by Dravo Holdings Corp and Quillon Foods Plc for the regulator.\n\n"
        "It said bakery prices would rise by four pct next year."
    )
    assert speakers(nlp, text) == ["Dravo Holdings Corp and Quillon Foods Plc"]


def test_it_after_a_study_prepared_by_one_body_is_that_body(nlp: Language) -> None:
    text = "The study was prepared by the Regional Transit Authority.\n\nIt said fares would rise next year."
    assert speakers(nlp, text) == ["Regional Transit Authority"]


def test_it_after_a_paper_about_two_bodies_is_not_them(nlp: Language) -> None:  # must not fire
    text = (
        "The report was about the Harbour Safety Board and the Coastal Fisheries Institute.\n\n"
        "It said catches fell this season."
    )
    assert speakers(nlp, text) != ["Harbour Safety Board and Coastal Fisheries Institute"]


def test_a_speaker_naming_two_people_keeps_the_speaker(nlp: Language) -> None:  # must not fire
    text = "Marta Velkova said Tomas Brandel and Ines Carvalho would lead the review of the museum's hours."
    assert speakers(nlp, text) == ["Marta Velkova"]


def test_the_paper_named_again_speaks_with_the_authors_named_before(nlp: Language) -> None:
    text = (
        "The audit was prepared by the Harbour Safety Board and the Coastal Fisheries Institute.\n\n"
        "Inspectors visited the docks on Monday.\n\n"
        "The audit said three cranes needed repairs."
    )
    assert speakers(nlp, text) == ["Harbour Safety Board and Coastal Fisheries Institute"]
