"""Reporting forms met on every beat: a report whose own clause holds "continue", a cue set before its
speaker ("..., warned X"), an outlet quoting someone "as saying", a channel with its audience ("said in an
interview with a paper that ..."), and the quotation marks and passives that report nobody (titles in
sentence case, slogans, chants, "it is said that", a reporter's question).

Every sentence is invented, with invented names; none comes from an evaluation article.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said

LEDE = "The figures were published on Monday.\n\n"

# (text, (speaker, kind, quote) of the one statement found)
FOUND = [
    # a report whose clause holds "continue": the verb is the event reported, not a second cue
    (
        "The strike will continue until Friday, union leader Ruta Kalnina said.",
        ("Ruta Kalnina", "indirect", "The strike will continue until Friday"),
    ),
    (
        "The search for the missing climbers continued, Ilkka Saarinen of Vantor Rescue said.",
        ("Ilkka Saarinen", "indirect", "The search for the missing climbers continued"),
    ),
    (
        "Ticket sales continued to climb, festival director Amaia Etxeberria told reporters.",
        ("Amaia Etxeberria", "indirect", "Ticket sales continued to climb"),
    ),
    # the cue before its speaker, whom the parse takes for the cue's object
    (
        "Talks will resume next month, warned Nilufar Rashidova, the foreign minister.",
        ("Nilufar Rashidova", "indirect", "Talks will resume next month"),
    ),
    (
        "The squad is ready for the final, confirmed head coach Bram Dekker.",
        ("Bram Dekker", "indirect", "The squad is ready for the final"),
    ),
    (
        "The evidence was never tested in court, insisted Oluwaseun Adeyemi, the defence lawyer.",
        ("Oluwaseun Adeyemi", "indirect", "The evidence was never tested in court"),
    ),
    # the outlet that quotes someone "as saying" only relays the words
    (
        "A local newspaper quoted Siosaia Fifita as saying the harbour would reopen in May.",
        ("Siosaia Fifita", "indirect", "the harbour would reopen in May"),
    ),
    (
        "The broadcaster quoted coach Bram Dekker as saying that the striker would miss three matches.",
        ("Bram Dekker", "indirect", "the striker would miss three matches"),
    ),
    # a channel with whom it went to, before "that"
    (
        "Mayor Teodora Vasile said in an interview with a local paper that the bus lane would be removed.",
        ("Teodora Vasile", "indirect", "the bus lane would be removed"),
    ),
    (
        "Health minister Kwame Boateng said in an interview with a newspaper that the new ward would open in March.",
        ("Kwame Boateng", "indirect", "the new ward would open in March"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_the_report_and_its_speaker(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert said(nlp, LEDE + text) == [expected]


def test_continued_still_reports_words_of_its_own(nlp: Language) -> None:
    # sport: bare "continued" after a quotation, and with a colon, is still a cue
    text = 'Coach Bram Dekker was calm. "We lost the first leg," he continued. Dekker continued: "Nothing is decided."'
    assert said(nlp, LEDE + text) == [
        ("Bram Dekker", "direct", "We lost the first leg,"),
        ("Bram Dekker", "direct", "Nothing is decided."),
    ]


SILENT = [
    # slogans on signs, in a motto, in a chant: whatever their case, nobody's statement
    'Protesters carried banners reading "Hands off our pensions" outside the town hall.',
    'Fans chanted "we want our club back" as the owner arrived.',
    'The campaign ran under the slogan "Clean water for every village".',
    'A sign that read "no more cuts to our wards" hung on the hospital gate.',
    # a work's title set beside the work, in sentence case
    'Her memoir, "A life in two halves", comes out in May.',
    'The documentary "Nine winters in the north" opened the festival.',
    # hearsay: a passive "it is said" names nobody
    "It is said that the plant will close next year.",
    "It was alleged that the referee had been paid.",
    # a question the press puts
    '"Is it true that the trial will resume next week?" a reporter asked.',
    '"Will the theatre close?" one journalist asked the festival director.',
]


@pytest.mark.parametrize("text", SILENT)
def test_nobody_is_reported(nlp: Language, text: str) -> None:
    assert said(nlp, LEDE + text) == []


def test_neighbours_still_report(nlp: Language) -> None:
    # an announcement in the passive, a hearsay verb with its agent, a named person's question
    assert said(nlp, LEDE + "It was announced on Monday that the clinic will open in June.") == [
        (None, "indirect", "the clinic will open in June")
    ]
    [(speaker, kind, quote)] = said(nlp, LEDE + "It was said by Marek Zielinski that the clinic will open in June.")
    assert (speaker, kind) == ("Marek Zielinski", "indirect") and quote.endswith("the clinic will open in June")
    assert said(nlp, LEDE + '"Will the theatre close?" Marek Zielinski asked.') == [
        ("Marek Zielinski", "direct", "Will the theatre close?")
    ]
