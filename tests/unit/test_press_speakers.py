"""A newspaper or a news agency as the speaker: named by its name's shape or by the noun it is introduced
with, then referred back to as "the newspaper", "the paper" or "the daily", or foretold by "according to a
published report". Invented mini-articles from several beats; people the paper quotes or talks to keep
their words, and a paper that is a document is no outlet."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def spoken_by(nlp: Language, text: str, words: str) -> str | None:
    """The speaker of the one statement whose words hold `words`."""
    found = [s for s in extract_statements(parse(Article(id="t", text=text), nlp)) if words in s.quote]
    assert len(found) == 1, f"{len(found)} statements hold {words!r}"
    return found[0].speaker.name if found[0].speaker else None


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (  # business: the paper only "carried" the story, then "the newspaper said"
            "Trading in Pellory Mining shares was halted.\n\nThe Ostrel Evening Courier carried the story on "
            "Monday. The company would sell its zinc unit, the newspaper said.",
            "zinc unit",
            "Ostrel Evening Courier",
        ),
        (  # labour: "the paper said"
            "Dock workers in Farrow walked out.\n\nThe Velmar Gazette ran the story on Monday. The paper said "
            "the union would call out two more ports.",
            "two more ports",
            "Velmar Gazette",
        ),
        (  # sport: "the daily" read by the tagger as an adjective
            "The Lindel Rovers coach was dismissed.\n\nThe Norvik Tribune ran the story on its front page. The "
            "daily reported that the club had approached a former player.",
            "former player",
            "Norvik Tribune",
        ),
        (  # courts: a participial aside and "today" between the paper and its verb
            "A court in Delmar heard the case.\n\nThe Carrow Daily Herald, quoting people familiar with the "
            "inquiry, today said the judge would rule next week.",
            "rule next week",
            "Carrow Daily Herald",
        ),
        (  # culture: a name joined by "and", read as the subject of the aside
            "The Harlow opera house closed.\n\nThe Ostrel Beacon and Courier, quoting people familiar with the board, "
            "today said the season would open two months late.",
            "two months late",
            "Ostrel Beacon and Courier",
        ),
        (  # science: "according to a press report" before the paper is named
            "A research ship returned to Port Kell.\n\nThe survey found a new coral, according to a press "
            "report. The Tamsin Observer said the crew had worked for six weeks.",
            "new coral",
            "Tamsin Observer",
        ),
        (  # diplomacy: the paper speaks again after a company came between
            "Envoys met on Friday.\n\nThe Belvar Post said the talks had stalled. Pellory Mining declined to "
            "comment. Both neighbours plan to reopen trade talks, the newspaper said.",
            "reopen trade talks",
            "Belvar Post",
        ),
    ],
)
def test_a_newspaper_speaks_through_its_later_references(nlp: Language, text: str, words: str, expected: str) -> None:
    assert spoken_by(nlp, text, words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (  # health: the one the paper talked to speaks
            "Hospitals in Esker saw more flu cases.\n\nThe Velmar Gazette ran the story. Jorun Malde told the "
            "newspaper that the ministry would open two clinics.",
            "two clinics",
            "Jorun Malde",
        ),
        (  # culture: the paper's editor, named
            "The Harlow opera house closed.\n\nThe Norvik Tribune ran the story. The paper's editor, Tessa "
            "Brannock, said the season would open late.",
            "open late",
            "Tessa Brannock",
        ),
        (  # business: a surname that is also a newspaper's word stays a person
            "Pellory Mining cut its forecast.\n\nAnna Post said the firm was selling its zinc unit.",
            "zinc unit",
            "Anna Post",
        ),
    ],
)
def test_people_and_documents_near_a_newspaper_keep_their_own_words(
    nlp: Language, text: str, words: str, expected: str | None
) -> None:
    assert spoken_by(nlp, text, words) == expected


def test_a_discussion_paper_is_no_newspaper(nlp: Language) -> None:
    """Local politics: "the discussion paper said" speaks for whoever issued it, never for the outlet nearby."""
    text = (
        "The Varn council met on Wednesday.\n\nThe Belvar Post covered the meeting. The Varn board published a "
        "discussion paper. The mayor would not stand again, the discussion paper said."
    )
    assert spoken_by(nlp, text, "not stand again") != "Belvar Post"
