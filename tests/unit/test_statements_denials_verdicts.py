"""Reported speech around denials, claims, verdicts and relays, on invented sentences from several beats:
what counts as a statement, what only looks like one (data, an answered report), and whose it is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.quote) for s in found if s.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # courts
            "Chief executive Meera Pillai has denied any wrongdoing in the awarding of the contract.",
            "denied any wrongdoing in the awarding of the contract",
        ),
        (  # health
            "A former manager of the regional hospital trust has denied responsibility for the delays.",
            "denied responsibility for the delays",
        ),
        (  # international
            "A militant group, the Red Dawn Front, claimed responsibility for the attack on the convoy.",
            "claimed responsibility for the attack on the convoy",
        ),
        (  # local politics
            "Councillor Kwame Mensah denied involvement in the planning scandal.",
            "denied involvement in the planning scandal",
        ),
    ],
)
def test_a_denial_or_claim_of_responsibility_is_a_statement(nlp: Language, text: str, quote: str) -> None:
    assert quote in [q for _, q in said(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Striker Luis Moreno claimed his third title of the season on Sunday.",  # sport
        "The flood claimed the lives of 12 villagers in the valley.",  # weather
        "Officials accepted responsibility for the error in the tax letters.",  # government
    ],
)
def test_claiming_a_prize_or_a_life_is_no_statement(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (  # courts
            "Lawyer Grace Okonkwo described the ruling of the appeals court as a victory for tenants.",
            "Grace Okonkwo",
            "described the ruling of the appeals court as a victory for tenants",
        ),
        (  # science
            "Professor Li Wei described the results of the trial as encouraging but preliminary.",
            "Li Wei",
            "described the results of the trial as encouraging but preliminary",
        ),
        (  # local politics
            "Opposition leader Fatima Al-Sayed described the budget for the coming year as a betrayal of pensioners.",
            "Fatima Al-Sayed",
            "described the budget for the coming year as a betrayal of pensioners",
        ),
        (  # culture
            "He described the closure of the theatre in the old town as a loss that nobody could have foreseen.",
            None,
            "described the closure of the theatre in the old town as a loss that nobody could have foreseen",
        ),
    ],
)
def test_an_unquoted_verdict_keeps_what_it_judges(nlp: Language, text: str, speaker: str | None, quote: str) -> None:
    assert (speaker, quote) in said(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Calder responded to a report that the council plans to close two libraries.",  # local
        "Chief executive Amara Nwosu commented on rumours that the bank would cut 500 jobs.",  # business
        "Minister Chen Jing replied to suggestions that the dam was unsafe.",  # infrastructure
        "Professor Sven Olsen responded to criticism that the study was too small.",  # science
    ],
)
def test_the_report_a_speaker_answers_is_not_their_statement(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Union leader Maria Gomez said in a statement that the strike would go ahead.", "the strike would go ahead"),
        ("Dr Olga Ivanova said in an interview that a cure was years away.", "a cure was years away"),
    ],
)
def test_the_medium_a_statement_was_made_in_still_frames_it(nlp: Language, text: str, quote: str) -> None:
    assert quote in [q for _, q in said(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The quarterly survey suggests house sales in the capital fell by a fifth in May.",  # business
        "The survey found that two in five nurses plan to leave the profession.",  # health
        "The data indicate that the river is warming faster than expected.",  # science
        "The poll suggests voters are turning away from the government.",  # politics
    ],
)
def test_data_that_find_or_suggest_make_no_statement(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Economist Priya Natarajan suggested the recovery has stalled in the north.",
            "Priya Natarajan",
            "the recovery has stalled in the north",
        ),
        (
            "The auditor-general, Yusuf Demir, revealed that the council had overspent by $3 million.",
            "Yusuf Demir",
            "the council had overspent by $3 million",
        ),
    ],
)
def test_a_person_who_suggests_or_reveals_still_speaks(nlp: Language, text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in said(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (  # international
            "A militant group, the Red Dawn Front, earlier claimed responsibility for the bombing, "
            "state television reported.",
            "Red Dawn Front",
            "claimed responsibility for the bombing",
        ),
        (  # politics
            "Senator Ada Nwankwo denied any wrongdoing, the newspaper reported.",
            "Ada Nwankwo",
            "denied any wrongdoing",
        ),
        (  # sport
            "Club president Rania Khoury urged fans to stay calm, local radio reported.",
            "Rania Khoury",
            "urged fans to stay calm",
        ),
    ],
)
def test_a_speech_act_relayed_by_a_trailing_cue_is_its_subjects(
    nlp: Language, text: str, speaker: str, quote: str
) -> None:
    assert said(nlp, text) == [(speaker, quote)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # emergencies
            "A climber who was rescued from the ridge says for two days she had no food.",
            "for two days she had no food",
        ),
        (  # sport
            "Coach Lena Fischer said after the match her team was exhausted.",
            "after the match her team was exhausted",
        ),
        (  # business
            "The chairman, Dimitri Pappas, says for several years the club would not survive without "
            "the council grant.",
            "for several years the club would not survive without the council grant",
        ),
    ],
)
def test_a_clause_after_an_adjunct_is_still_reported(nlp: Language, text: str, quote: str) -> None:
    assert quote in [q for _, q in said(nlp, text)]


def test_an_absolute_phrase_after_the_cue_is_no_report(nlp: Language) -> None:
    assert said(nlp, '"We lost everything," she said, her voice breaking.') == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # international
            "A youth wing of Omar Haddad's party, the Red Guards, said in a statement that it was "
            "responsible for the fire.",
            "Red Guards",
        ),
        (  # sport
            "An assistant to coach Tomas Berg's staff, Jonas Holm, said the team would appeal the ban.",
            "Jonas Holm",
        ),
        (  # business
            "A sister company of Ravi Kumar's airline, Sky Bridge, said the flights would resume.",
            "Sky Bridge",
        ),
        (  # science
            "A research arm of Professor Ana Costa's institute, the Delta Lab, said the results were robust.",
            "Delta Lab",
        ),
    ],
)
def test_a_descriptions_closing_name_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert [s for s, _ in said(nlp, text)] == [speaker]


def test_a_place_beside_a_place_is_no_speaker(nlp: Language) -> None:
    text = "The new model is cheaper, the company based in Austin, Texas, said on Monday."
    assert said(nlp, text) == [(None, "The new model is cheaper")]


@pytest.mark.parametrize(
    "text",
    [
        "Councillors adopted a plan which recommended closing two branch libraries.",  # local politics
        "The board approved a proposal that urged members to back the merger.",  # business
        "The coach welcomed a review which recommended more funding for junior squads.",  # sport
        "Scientists published a study which urged governments to cut methane emissions.",  # science
    ],
)
def test_what_a_document_holds_is_no_statement(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []


def test_a_person_in_a_relative_clause_still_urges(nlp: Language) -> None:
    quotes = [q for _, q in said(nlp, "Residents who urged the council to act were ignored.")]
    assert quotes == ["urged the council to act"]
