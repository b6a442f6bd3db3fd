"""Reports whose speaker is not the subject of a plain speech verb, and demands or assurances without one:
a passive cue's agent speaks ("was told by the council that ..."); a leading cue's subject keeps a report
it relays ("X said Y warned that ..."); a "for ... to" demand ("called for X to resign"); an assurance given
("gave assurances that ...", "called in a statement for ..."); a report in a relative clause without "that";
a title and name set off by commas before "called for". Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said

LEAD = "The story went on this week.\n\n"


def _statements_of(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(name, quote) for name, _, quote in said(nlp, LEAD + text)]


# "was told by X that ...": the agent of a passive cue speaks, not its subject.
PASSIVE_AGENTS = [
    (  # sport: the told party is the subject, the teller the agent
        "The squad trained indoors on Tuesday when it was told by Northfield Council that the pitch had flooded.",
        "Northfield Council",
        "the pitch had flooded",
    ),
    (  # health
        "Mrs Okafor was told by Health Minister Aroha Ngata on Monday that the ward would stay open.",
        "Aroha Ngata",
        "the ward would stay open",
    ),
    (  # courts
        "The tenants' association has been told by Judge Lena Vogel that the hearing must wait until March.",
        "Lena Vogel",
        "the hearing must wait until March",
    ),
]


# "called/appealed/pleaded for X to Y": the parse reads "for" as an infinitive clause's subordinator.
FOR_TO_DEMANDS = [
    (  # local politics
        "Councillor Ngozi Eze called for the Greens to back the parking plan.",
        "Ngozi Eze",
        "the Greens to back the parking plan",
    ),
    (  # health
        "Health Minister Sofia Lindqvist has appealed for residents to conserve water over summer.",
        "Sofia Lindqvist",
        "residents to conserve water over summer",
    ),
    (  # international
        "Dr Farah Siddiqui pleaded for both sides to resume the ceasefire talks.",
        "Farah Siddiqui",
        "both sides to resume the ceasefire talks",
    ),
]


# "gave assurances (an assurance, a guarantee) that ...": a stance frame.
ASSURANCES = [
    (  # business
        "Chief executive Meera Pillai has given firm assurances that the Leeds plant would stay open.",
        "Meera Pillai",
        "the Leeds plant would stay open",
    ),
    (  # sport: the parse takes the clause for a relative one
        "Coach Mateo Rossi gave an assurance that the final would go ahead.",
        "Mateo Rossi",
        "the final would go ahead",
    ),
    (  # culture
        "Museum director Tomasz Nowak offered a guarantee that the collection would stay in the city.",
        "Tomasz Nowak",
        "the collection would stay in the city",
    ),
]


# "X say A but so far, Y says B": the parse hangs X's report on Y's cue; Y still says B.
SECOND_REPORTS = [
    (  # sport
        "The club say it has paid the fine but so far, league chief Oluwaseun Adeyemi says the matter is closed.",
        "Oluwaseun Adeyemi",
        "the matter is closed",
    ),
    (  # environment
        "Farmers say they have cut water use by a third but so far, Environment Minister Sipho Dlamini says "
        "the rivers are still too low.",
        "Sipho Dlamini",
        "the rivers are still too low",
    ),
    (  # courts
        "Police say they have questioned six men but so far, Detective Inspector Mei Wong says no charges have "
        "been laid.",
        "Mei Wong",
        "no charges have been laid",
    ),
    (  # culture
        "Organisers say they have booked every act but so far, the Kestrel Arts Trust says the festival is short "
        "of funds.",
        "Kestrel Arts Trust",
        "the festival is short of funds",
    ),
]


# "called in a statement for ...": the parse hangs the demand on the medium's noun.
DEMANDS_THROUGH_A_MEDIUM = [
    (  # environment: the parse hangs the demand on the medium's noun
        "Greenpeace called in a statement for parents to vaccinate their children before winter.",
        "Greenpeace",
        "parents to vaccinate their children before winter",
    ),
    (  # sport
        "Coach Mateo Rossi called in an interview for a review of the rules.",
        "Mateo Rossi",
        "a review of the rules",
    ),
    (  # health
        "Dr Farah Siddiqui called in a statement for the court to delay the hearing.",
        "Farah Siddiqui",
        "the court to delay the hearing",
    ),
]

SPOKEN = PASSIVE_AGENTS + FOR_TO_DEMANDS + ASSURANCES + SECOND_REPORTS + DEMANDS_THROUGH_A_MEDIUM


@pytest.mark.parametrize(("text", "speaker", "content"), SPOKEN)
def test_the_speaker_says_the_report(nlp: Language, text: str, speaker: str, content: str) -> None:
    found = _statements_of(nlp, text)
    assert any(name is not None and speaker in name and content in quote for name, quote in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # business: evidence to an inquiry
            "Ms Chiamaka Adebayo said Mr Henrik Lindgren noted that the fund was losing money.",
            "Chiamaka Adebayo",
            "Mr Henrik Lindgren noted that the fund was losing money",
        ),
        (  # science
            "Professor Raj Malhotra says the auditor warned the trial had recruited too few patients.",
            "Raj Malhotra",
            "the auditor warned the trial had recruited too few patients",
        ),
        (  # local politics: a verb of telling leads
            "Dr Amara Osei told the inquiry her deputy had said that the roof needed urgent repairs.",
            "Amara Osei",
            "her deputy had said that the roof needed urgent repairs",
        ),
    ],
)
def test_a_leading_cue_keeps_the_report_it_relays(nlp: Language, text: str, speaker: str, content: str) -> None:
    found = _statements_of(nlp, text)
    assert len(found) == 1, found
    name, quote = found[0]
    assert name is not None and speaker in name
    assert content in quote


@pytest.mark.parametrize(
    "text",
    [
        "The provincial cabinet has called in mediators to help end the bus strike.",  # industrial
        "The hospital board has called in outside auditors to review the waiting lists.",  # health
        "The league called off the final to protect the pitch.",  # sport
        "Organisers gave assurances to no one and the festival went ahead.",  # culture: no clause given
    ],
)
def test_no_demand_or_assurance_without_one(nlp: Language, text: str) -> None:
    assert _statements_of(nlp, text) == []


def test_a_garbled_leading_cue_leaves_the_report_to_the_inner_one(nlp: Language) -> None:
    """ "X told AGENCY said that ...": the inner cue has no subject of its own, so it carries the report once."""
    found = _statements_of(nlp, "Finance chief Maria Okonjo told Meridian said that the merger would close in May.")
    assert found == [("Maria Okonjo", "the merger would close in May")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # health
            "Health Minister Sofia Lindqvist, who has warned the ward will stay open, will meet the board on Monday.",
            "Sofia Lindqvist",
            "the ward will stay open",
        ),
        (  # local politics
            "Mayor Kwame Mensah, who claimed rates will not rise this year, will meet the board on Monday.",
            "Kwame Mensah",
            "rates will not rise this year",
        ),
        (  # science
            "Professor Tariq Aziz, who has denied his data are too thin to judge, will meet the board on Monday.",
            "Tariq Aziz",
            "his data are too thin to judge",
        ),
    ],
)
def test_a_report_in_a_relative_clause_without_that(nlp: Language, text: str, speaker: str, content: str) -> None:
    """The parse takes the clause's subject for the cue's object and its verb for the sentence's."""
    assert _statements_of(nlp, text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Dragana Petrovic, who has denied four counts of fraud, appeared in the crown court on Friday.",  # courts
        "Coach Mateo Rossi, who rejected the claims, left the ground early.",  # sport
        "Senator Ewa Nowak, who welcomed the report, chairs the finance committee.",  # politics
    ],
)
def test_a_relative_clause_reporting_a_noun_gives_the_main_clause_to_nobody(nlp: Language, text: str) -> None:
    assert all(
        "committee" not in quote and "court" not in quote and "ground" not in quote
        for _, quote in _statements_of(nlp, text)
    )


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The mayor, Kwame Mensah, called for calm.", "Kwame Mensah", "calm"),  # local politics
        ("The coach, Diego Herrera, called for an inquiry into the delays.", "Diego Herrera", "inquiry"),  # sport
        # courts
        ("The prosecutor, Ingrid Solberg, called for an inquiry into the delays.", "Ingrid Solberg", "inquiry"),
    ],
)
def test_a_title_and_its_name_set_off_by_commas_call_for(nlp: Language, text: str, speaker: str, content: str) -> None:
    """The parse reads "The mayor, X, called ..." as one noun phrase with "called" modifying it."""
    found = _statements_of(nlp, text)
    assert len(found) == 1 and found[0][0] == speaker and content in found[0][1], found
