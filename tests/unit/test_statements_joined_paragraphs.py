"""Articles whose feed joined the paragraphs into one line: a quotation that runs over several paragraphs
keeps no closing mark before each next paragraph, so the pairing of marks must find those paragraphs again.

Every sentence is invented, with names of many cultures; none comes from an evaluation article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def _direct(nlp: Language, text: str) -> list[Statement]:
    return [s for s in extract_statements(parse(Article(id="t", text=text), nlp)) if s.kind == "direct"]


# (paragraphs, expected direct statements as (quote, speaker)); each case is run with and without breaks.
CASES = [
    # business: a split quotation whose second part runs on into a paragraph of its own
    (
        [
            "Shipping group Tidewater Lines will cut a third of its fleet, chief executive Ngozi Adeyemi said.",
            '"We have had the hardest year in a decade," she said. "Fuel costs doubled in six months.',
            '"We will not close any depots."',
        ],
        [
            ("We have had the hardest year in a decade, Fuel costs doubled in six months.", "Ngozi Adeyemi"),
            ("We will not close any depots.", "Ngozi Adeyemi"),
        ],
    ),
    # sport: the attribution comes with the last paragraph of the quotation
    (
        [
            "The Harbour Hawks slipped to fifth on the ladder after the loss.",
            '"We played well enough to win that game.',
            '"Now we go north and fight again," coach Sebastián Ortega said.',
        ],
        [
            ("We played well enough to win that game.", "Sebastián Ortega"),
            ("Now we go north and fight again,", "Sebastián Ortega"),
        ],
    ),
    # local politics: a quotation attributed in its second paragraph, then split by its attribution
    (
        [
            "Eastfield council will freeze rates for another year.",
            '"Families here are doing it tough.',
            '"We cannot ask them for more," Mayor Priya Raghunathan said. "The pool will stay open."',
        ],
        [
            ("Families here are doing it tough.", "Priya Raghunathan"),
            ("We cannot ask them for more, The pool will stay open.", "Priya Raghunathan"),
        ],
    ),
    # courts: a split quotation whose second part runs on into a paragraph attributed of its own
    (
        [
            '"The verdict stands," defence barrister Tomasz Wojcik said. "We respect the jury.',
            '"An appeal is still open to us," he added.',
        ],
        [
            ("The verdict stands, We respect the jury.", "Tomasz Wojcik"),
            ("An appeal is still open to us,", "Tomasz Wojcik"),
        ],
    ),
    # sport: the same, in the speaker's own paragraph form
    (
        [
            '"We were flat," Redbank captain Kofi Asante said. "The crowd deserved more.',
            '"We owe them a win next week," Asante said.',
        ],
        [
            ("We were flat, The crowd deserved more.", "Kofi Asante"),
            ("We owe them a win next week,", "Kofi Asante"),
        ],
    ),
    # business: the same, the added paragraph in a pronoun's voice
    (
        [
            '"Orders are back," Tidewater chief Ngozi Adeyemi said. "Fuel is cheaper too.',
            '"We will hire again in spring," she added.',
        ],
        [
            ("Orders are back, Fuel is cheaper too.", "Ngozi Adeyemi"),
            ("We will hire again in spring,", "Ngozi Adeyemi"),
        ],
    ),
    # science: an unattributed two-paragraph quotation after the speaker's reported words, then another source
    (
        [
            "Marine biologist Aroha Ngata says the reef has lost half its coral since 2010.",
            '"What we saw on the last dive shocked the whole team.',
            '"Some corals are recovering in the cooler bays."',
            'Climate modeller Dmitri Volkov said the losses were "well within the range of the models".',
        ],
        [
            ("What we saw on the last dive shocked the whole team.", "Aroha Ngata"),
            ("Some corals are recovering in the cooler bays.", "Aroha Ngata"),
            ("well within the range of the models", "Dmitri Volkov"),
        ],
    ),
]


@pytest.mark.parametrize("joiner", ["\n\n", " "])
@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_quoted_paragraphs_are_statements_of_their_speaker(
    nlp: Language, paragraphs: list[str], expected: list[tuple[str, str]], joiner: str
) -> None:
    found = _direct(nlp, joiner.join(paragraphs))
    assert [(s.quote, s.speaker.name if s.speaker else None) for s in found] == expected
