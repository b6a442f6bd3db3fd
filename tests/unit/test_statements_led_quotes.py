"""A quotation with no attribution of its own and no speaker before it to go on: when it runs straight into
an attributed quotation, it opens that speaker's words (`"A." / "B," X said.`).

Every sentence is invented, with names of many cultures; none comes from an evaluation article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article

LED = [
    # courts: a judge is in focus in the narrative before; the barrister speaks both quotations
    (
        "The trial before Justice Harriet Lowe is expected to run for three weeks.",
        '"My client has always maintained his innocence."',
        '"This case should never have come to trial," barrister Siobhan Kelly said.',
        "Siobhan Kelly",
    ),
    # culture
    (
        "The festival closed on Sunday night with a sold-out concert.",
        '"We took a risk on new writers this year."',
        '"Audiences came in numbers we had never seen," director Elena Petrova said.',
        "Elena Petrova",
    ),
    # international
    (
        "Fighting along the border has killed dozens this year.",
        '"Both sides have agreed to keep talking."',
        '"The next round will be held in a neutral city," said envoy Oskar Lindqvist.',
        "Oskar Lindqvist",
    ),
]


@pytest.mark.parametrize("joiner", ["\n\n", " "])
@pytest.mark.parametrize(("narrative", "first", "attributed", "speaker"), LED)
def test_unattributed_quotation_opens_the_next_speakers_words(
    nlp: Language, narrative: str, first: str, attributed: str, speaker: str, joiner: str
) -> None:
    text = joiner.join([narrative, first, attributed])
    found = [s for s in extract_statements(parse(Article(id="t", text=text), nlp)) if s.kind == "direct"]
    assert [s.quote for s in found] == [first.strip('"'), attributed.split('"')[1]]
    assert [s.speaker.name if s.speaker else None for s in found] == [speaker, speaker]
    assert found[0].cue is None


def test_a_speaker_before_goes_on_first(nlp: Language) -> None:
    # health: the quotation continues the doctor reported just before, not the official quoted after it
    text = (
        "Dr Kwame Mensah says the ward has been full since Monday.\n\n"
        '"Our staff are working double shifts."\n\n'
        '"Help is on the way," health minister Ingrid Solberg said.'
    )
    found = [s for s in extract_statements(parse(Article(id="t", text=text), nlp)) if s.kind == "direct"]
    assert [s.speaker.name if s.speaker else None for s in found] == ["Kwame Mensah", "Ingrid Solberg"]
