"""Lost quotation marks. A quotation whose closing mark was lost ends before the reporter's next sentence in
the third person; one whose opening mark was lost starts with the sentence its closing mark ends.

Laid-out copy bounds a lost mark by its paragraph; a feed that joins an article into one paragraph does not,
so cases run with the paragraphs kept and joined: the statements must be the same either way.

Every sentence is invented, with names of many cultures; none comes from an evaluation article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def _statements(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.kind, s.quote, s.speaker.name if s.speaker else None) for s in found]


# (paragraphs, expected statements as (kind, quote, speaker)); the first paragraph with a quotation loses its
# closing mark, and the next paragraph reports someone else.
CLOSERS = [
    # local politics: a named councillor reports after the lost mark
    (
        [
            '"The depot will be finished next year," said Amara Okonkwo, the council\'s planning chief. '
            '"Nobody will lose a parking space.',
            "Councillor Radek Nowicki said the budget had been approved in March.",
        ],
        [
            ("direct", "The depot will be finished next year, Nobody will lose a parking space.", "Amara Okonkwo"),
            ("indirect", "the budget had been approved in March", "Radek Nowicki"),
        ],
    ),
    # culture: the pronoun of another speaker reports in the next paragraph
    (
        [
            'Festival director Aroha Ngata said: "This is our most ambitious programme. Sales are ahead of last year.',
            "Her deputy, Hamid Rezaei, told reporters that sixty artists would take part.",
        ],
        [
            ("direct", "This is our most ambitious programme. Sales are ahead of last year.", "Aroha Ngata"),
            ("indirect", "sixty artists would take part", "Hamid Rezaei"),
        ],
    ),
    # sport: an organisation reports, in the present tense of wire copy
    (
        [
            'Coach Kenji Moriyama said: "We were second best all afternoon. The players gave everything.',
            "Riverton Rovers says two players will need surgery.",
        ],
        [
            ("direct", "We were second best all afternoon. The players gave everything.", "Kenji Moriyama"),
            ("indirect", "two players will need surgery", "Riverton Rovers"),
        ],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # courts: the speaker reports what others told them; that is still the quotation
        '"My client is innocent," Ingrid Solberg said. "They told us the case would collapse.',
        # science: a first-person report inside the quotation
        'Dr Priya Raghunathan said: "The results are encouraging. My colleagues said the trial must grow.',
    ],
)
def test_the_speakers_own_reports_stay_quoted(nlp: Language, text: str) -> None:
    statements = _statements(nlp, text)
    assert len(statements) == 1
    assert statements[0][0] == "direct" and statements[0][1].endswith(text[-12:])


def test_a_report_after_unreported_narrative_is_still_found(nlp: Language) -> None:
    """Health: with the paragraphs joined, narrative that reports nobody cannot be told from the quotation, but
    the report after it is the reporter's and ends the quotation."""
    text = (
        '"Our wards are full," said Dr Fatou Diallo. "Patients wait far too long for beds. The hospital opened '
        "a new wing in May. Health minister Liam Gallagher-Byrne said flu admissions had doubled in a fortnight."
    )
    statements = _statements(nlp, text)
    assert statements[-1] == ("indirect", "flu admissions had doubled in a fortnight", "Liam Gallagher-Byrne")
    assert [s[0] for s in statements] == ["direct", "indirect"]
    assert statements[0][2] == "Fatou Diallo" and "Liam" not in statements[0][1]


def test_an_inline_attribution_still_closes_at_its_comma(nlp: Language) -> None:
    """Business: `B, she said, adding that C` is the comma repair's shape, not a sentence of the reporter's."""
    text = (
        'Lucia Ferreira said the firm would share its data. "The figures exist. They are locked in old '
        "systems, she said, adding that a pilot had cut costs by a third."
    )
    assert _statements(nlp, text) == [
        ("indirect", "the firm would share its data", "Lucia Ferreira"),
        ("direct", "The figures exist. They are locked in old systems,", "Lucia Ferreira"),
        ("indirect", "a pilot had cut costs by a third", "Lucia Ferreira"),
    ]


# (paragraphs, expected statements): the paragraph with the quotation lost its opening mark.
OPENERS = [
    # sport
    (
        [
            "Coach Kenji Moriyama faced the press after the cup final.",
            'We were second best all afternoon," he said. "The players gave everything."',
            "Club president Ingrid Solberg said the squad was tired after a long campaign.",
        ],
        [
            ("direct", "We were second best all afternoon, The players gave everything.", "Kenji Moriyama"),
            ("indirect", "the squad was tired after a long campaign", "Ingrid Solberg"),
        ],
    ),
    # business
    (
        [
            "Kestrel Freight reported its results on Tuesday.",
            'Demand has never been stronger," chief executive Lucia Ferreira said. "We expect margins to improve."',
        ],
        [("direct", "Demand has never been stronger, We expect margins to improve.", "Lucia Ferreira")],
    ),
    # international
    (
        [
            "Foreign Minister Priya Raghunathan spoke after the border talks.",
            'Our door remains open to dialogue," she said.',
        ],
        [("direct", "Our door remains open to dialogue,", "Priya Raghunathan")],
    ),
]


@pytest.mark.parametrize("joiner", ["\n\n", " "])
@pytest.mark.parametrize(("paragraphs", "expected"), CLOSERS + OPENERS)
def test_a_lost_mark_costs_no_statement_with_paragraphs_kept_or_joined(
    nlp: Language, paragraphs: list[str], expected: list[tuple[str, str, str]], joiner: str
) -> None:
    """A lost closing mark swallows no later report; a lost opening mark splits no quotation."""
    assert _statements(nlp, joiner.join(paragraphs)) == expected


def test_a_stray_mark_after_an_attribution_opens_nothing(nlp: Language) -> None:
    """Culture: the words between a quotation and a stray mark are its attribution, not a second quotation."""
    text = '"We are ready," festival director Aroha Ngata said." The opening night is on Friday.'
    assert _statements(nlp, text) == [("direct", "We are ready,", "Aroha Ngata")]


def test_an_inch_mark_is_no_closing_mark(nlp: Language) -> None:
    """Sport: a height in feet and inches quotes nothing."""
    text = 'The Rovers signed a 6ft 2" centre. Coach Mateo Quispe said the squad was complete.'
    assert _statements(nlp, text) == [("indirect", "the squad was complete", "Mateo Quispe")]
