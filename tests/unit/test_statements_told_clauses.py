"""Verbs of telling with "that" left out: "X told <audience> <clause>". Whom X told (and where, and how) is
the attribution, never part of the report, and the clause is reported even where the parse hangs it on
the audience or on an adjunct noun as a relative clause. Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said

LEAD = "The story went on this week.\n\n"

TOLD = [
    (  # international: the clause hung on the audience as a relative clause
        "Mei Lin Chen told a parliamentary committee the ceasefire was holding.",
        "Mei Lin Chen",
        "the ceasefire was holding",
    ),
    (  # business: hung on the adjunct's noun ("on a call")
        "Chief executive Meera Pillai told analysts on a call the factory would reopen in spring.",
        "Meera Pillai",
        "the factory would reopen in spring",
    ),
    (  # sport
        "Goalkeeper Jonas Weber told reporters at a press conference the squad was exhausted.",
        "Jonas Weber",
        "the squad was exhausted",
    ),
    (  # international: the audience folded into the clause as a first subject
        "Lars Eriksen told journalists in Geneva the ceasefire was holding.",
        "Lars Eriksen",
        "the ceasefire was holding",
    ),
    (  # culture: the clause read as a complement, with the adjunct "by phone" hung on it
        "Hiroshi Mori told Kestrel by phone the museum needed a new roof.",
        "Hiroshi Mori",
        "the museum needed a new roof",
    ),
    (  # business: past a relative clause on its subject, the verb hung on the subject as a modifier
        "Mara Olsen, Harlow Foods vice president, told analysts the audit, which opened some nine weeks "
        "earlier, ended.",
        "Mara Olsen",
        "the audit, which opened some nine weeks earlier, ended",
    ),
    (  # courts: two objects before the clause
        "Olsen told Kestrel News the trial, which opened last week, stalled.",
        "Olsen",
        "the trial, which opened last week, stalled",
    ),
    (  # labour: a dative audience, the verb left on the cue without a subject
        "Union leader Piet Vermeulen told Kestrel the strike, which started in March, collapsed.",
        "Piet Vermeulen",
        "the strike, which started in March, collapsed",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "report"), TOLD)
def test_the_audience_is_not_the_report(nlp: Language, text: str, speaker: str, report: str) -> None:
    assert said(nlp, LEAD + text) == [(speaker, "indirect", report)]


def test_a_relative_clause_with_a_cue_of_its_own_is_not_the_told_clause(nlp: Language) -> None:
    """Local politics: "the union had called" says which meeting; it is not what the councillor told it."""
    statements = said(nlp, LEAD + "Rania Khoury told a meeting the union had called on Friday that talks would resume.")
    assert not any(quote.startswith("the union") for _, _, quote in statements)


# "X has told <audience>, <clause>": a comma and no "that"; the parse may hang the cue on the clause's verb.
TOLD_COMMA = [
    (  # local politics
        "Councillor Amara Okonkwo has told the hearing, the budget had been approved in March.",
        "Amara Okonkwo",
        "the budget had been approved in March",
    ),
    (  # business
        "Lucia Ferreira has told the committee, the firm would hire two hundred drivers.",
        "Lucia Ferreira",
        "the firm would hire two hundred drivers",
    ),
    (  # courts
        "Defence barrister Mateo Quispe has told the court, two witnesses had been paid by the company.",
        "Mateo Quispe",
        "two witnesses had been paid by the company",
    ),
    (  # international
        "Foreign Minister Priya Raghunathan has told Parliament, observers would be sent to the region.",
        "Priya Raghunathan",
        "observers would be sent to the region",
    ),
    (  # science
        "Dr Aroha Ngata told the committee, the study had enrolled four thousand volunteers.",
        "Aroha Ngata",
        "the study had enrolled four thousand volunteers",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "report"), TOLD_COMMA)
def test_a_told_clause_after_a_comma_is_reported(nlp: Language, text: str, speaker: str, report: str) -> None:
    assert said(nlp, LEAD + text) == [(speaker, "indirect", report)]


@pytest.mark.parametrize(
    "text",
    [
        "After Hamid Rezaei told the inquiry, the committee adjourned for lunch.",  # health: a time clause
        "Ingrid Solberg briefed reporters, then the committee adjourned.",  # sport: events in a row
        "When Kenji Moriyama addressed the hearing, the room fell silent.",  # culture
    ],
)
def test_a_clause_after_a_telling_set_in_time_is_not_reported(nlp: Language, text: str) -> None:
    assert said(nlp, LEAD + text) == []


def test_a_second_object_with_a_relative_clause_is_no_report(nlp: Language) -> None:
    """Local politics: what the mayor told the hearing is a thing, not a clause."""
    assert said(nlp, LEAD + "The mayor told the hearing the details of the contract, which ran until May.") == []
