"""Newswire constructions a demanding reader met in invented full articles (round 11), each across beats:
the quotation's cue and speaker, and the reported clause that a quotation must not swallow.

Every sentence is invented, with names of many cultures; none comes from an evaluation article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def _statements(nlp: Language, text: str) -> list[Statement]:
    return extract_statements(parse(Article(id="t", text=text), nlp))


def _direct(nlp: Language, text: str) -> Statement:
    found = [s for s in _statements(nlp, text) if s.kind == "direct"]
    assert len(found) == 1, found
    return found[0]


# A quotation hung on the object of a negated speech verb inside a report: the report's own verb is the cue.
DENIED_INNER_CUE = [
    # business
    (
        'Analyst Tariq Haddad of Northpine Bank said rival lenders had not reported similar losses, which '
        '"tells you where the problem sits."',
        "said",
        "Tariq Haddad",
    ),
    # courts
    (
        'Defence lawyer Mei-Lin Zhou argued that the witness had never mentioned the second car, a detail that '
        '"changes the whole timeline."',
        "argued",
        "Mei-Lin Zhou",
    ),
    # science
    (
        'Astronomer Kofi Boateng noted that the probe team had not announced any fault, which "is exactly what '
        'you hope to hear."',
        "noted",
        "Kofi Boateng",
    ),
    # sport
    (
        'Coach Ilse Brandt insisted that the club had not confirmed the transfer, a deal that "exists only in '
        'the newspapers."',
        "insisted",
        "Ilse Brandt",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), DENIED_INNER_CUE)
def test_a_negated_inner_verb_is_not_the_quotations_cue(nlp: Language, text: str, cue: str, speaker: str) -> None:
    statement = _direct(nlp, text)
    assert statement.cue == cue
    assert statement.speaker is not None and statement.speaker.name == speaker


# "One of the X, NAME, said": the partitive subject names nobody; the name set beside it speaks.
NAMED_ONE_OF = [
    # business
    ("One of the bidders, Tamarind Freight, said it would appeal the ruling.", "Tamarind Freight"),
    # weather / disaster
    ("One of the evacuated residents, Farida Nazari, said the water had reached the second floor.", "Farida Nazari"),
    # culture
    ("Another of the finalists, Sipho Ndlovu, told reporters that the jury had been fair.", "Sipho Ndlovu"),
    # sport: the parse hangs the name on the group rather than on "One"
    ("One of the clubs, Atletico Varenna, said it had made an offer for the goalkeeper.", "Atletico Varenna"),
    # courts
    ("One of the jurors, Hamid Rostami, told the court that he had felt pressured.", "Hamid Rostami"),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_ONE_OF)
def test_one_of_a_group_named_beside_it_speaks(nlp: Language, text: str, speaker: str) -> None:
    (statement,) = _statements(nlp, text)
    assert statement.speaker is not None and statement.speaker.name == speaker


def test_one_of_a_group_with_no_name_stays_unnamed(nlp: Language) -> None:
    (statement,) = _statements(nlp, "One of the stewards said the gates had opened late.")
    assert statement.speaker is None


# "According to X, A, and B “...”": the quotation is B's; A, a clause of its own, is still X's statement.
ACCORDING_CLAUSES = [
    # health
    (
        "According to Jonah Whitebear, who runs a patients' group, waiting lists had grown all year, and some "
        'families had been sent home "three times or more."',
        "waiting lists had grown all year",
        "Jonah Whitebear",
    ),
    # sport
    (
        "According to the coach, Rui Salgado, the squad had trained twice a day and the players were "
        '"hungrier than ever."',
        "the squad had trained twice a day",
        "Rui Salgado",
    ),
    # science
    (
        'According to Amina Yusuf, the trial had enrolled 400 patients, but the results were "far from '
        'conclusive."',
        "the trial had enrolled 400 patients",
        "Amina Yusuf",
    ),
    # culture, the source after the sentence
    (
        'The mill had closed in 1998 and the town was "never the same again," according to the historian '
        "Pita Havili.",
        "The mill had closed in 1998",
        "Pita Havili",
    ),
]


@pytest.mark.parametrize(("text", "reported", "speaker"), ACCORDING_CLAUSES)
def test_according_to_keeps_the_unquoted_clause(nlp: Language, text: str, reported: str, speaker: str) -> None:
    statements = _statements(nlp, text)
    assert [s.quote for s in statements if s.kind == "indirect"] == [reported]
    assert all(s.speaker is not None and s.speaker.name == speaker for s in statements)
    assert len([s for s in statements if s.kind == "direct"]) == 1


# A quotation whose speaker is named by how the words were put: "as X put it", "That was how X described it."
WORDING = [
    # local government
    ('"The budget is a patchwork of promises," as Councillor Nkechi Obi put it.', "Nkechi Obi", "put"),
    # sport
    ('"The league is broken," as the coach, Olumide Bankole, put it after the game.', "Olumide Bankole", "put"),
    # courts: the pointer in the next sentence
    ('"Nobody read the contract before signing it." That is how Arvid Sandberg described the hearing.',
     "Arvid Sandberg", "described"),
    # weather, set off by a dash
    ('"We have cleared the channel and the berths are open" - that was how Ines Carvalho put it.',
     "Ines Carvalho", "put"),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), WORDING)
def test_a_wording_clause_names_the_speaker(nlp: Language, text: str, speaker: str, cue: str) -> None:
    statement = _direct(nlp, text)
    assert statement.speaker is not None and statement.speaker.name == speaker
    assert statement.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        '"A patchwork of promises, stitched together overnight." That was how Lukas Brenner was described by rivals.',
        '"Stubborn, slow and always right." That is how Amara Osei was described in the report.',
    ],
)
def test_a_passive_wording_clause_is_no_attribution(nlp: Language, text: str) -> None:
    statement = _direct(nlp, text)
    assert statement.speaker is None
    assert statement.cue is None


# Two people with one surname: a bare surname before the second is introduced is the first one.
SHARED_SURNAME = [
    # business
    (
        'Lena Okafor, the chief executive, presented the results on Monday. "Demand has moved, not vanished," '
        "Okafor told analysts.\n\nThe company's founder, Daniel Okafor, who is her cousin, said the plan had not "
        "changed.",
        ["Lena Okafor", "Daniel Okafor"],
    ),
    # sport
    (
        'Striker Kwesi Danso joined the club on Friday. "I did not need to think twice," Danso said.\n\n'
        "His agent, Yaw Danso, who is also his brother, said several clubs had made offers.",
        ["Kwesi Danso", "Yaw Danso"],
    ),
    # local government
    (
        'Councillor Elin Marsh opened the debate. "We were given one option and told to take it," Marsh said.\n\n'
        "Her husband, Tom Marsh, also a councillor, said the process had been rushed.",
        ["Elin Marsh", "Tom Marsh"],
    ),
    # courts
    (
        'Judge Miriam Adler read the ruling. "The error cannot be treated as harmless," Adler wrote.\n\n'
        "The defendant's lawyer, Saul Adler, who is no relation, said he would seek costs.",
        ["Miriam Adler", "Saul Adler"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SHARED_SURNAME)
def test_a_bare_surname_is_whoever_bore_it_so_far(nlp: Language, text: str, speakers: list[str]) -> None:
    assert [s.speaker.name if s.speaker else None for s in _statements(nlp, text)] == speakers
