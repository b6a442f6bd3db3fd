"""A quotation that stands as a sentence of its own, with its speaker named by the sentence right after
it: "So said X" or a demonstrative that is someone's words ("That was the verdict of X"); and one after
a colon closing a clause whose subject is someone's words ("X's message was clear:"). Invented sentences
from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.quote) for s in statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # labour, the next paragraph
            'The talks broke up at midnight.\n\n"Our members will not accept another pay freeze."\n\n'
            "That was the verdict of union leader Zanele Dlamini after the vote.",
            "Zanele Dlamini",
        ),
        (  # science, the same paragraph
            '"The ice is melting faster than any model predicted." So said glaciologist Ingrid Solberg on Monday.',
            "Ingrid Solberg",
        ),
        (  # diplomacy, a possessive
            'Envoys met in Valletta.\n\n"Both sides want the ceasefire to hold." Such was the message from '
            "envoy Tariq Al-Hashimi.",
            "Tariq Al-Hashimi",
        ),
        (  # sport, plural words
            '"We deserved to win the game tonight." Those were the words of coach Mateus Ribeiro.',
            "Mateus Ribeiro",
        ),
    ],
)
def test_the_sentence_after_a_lone_quotation_names_its_speaker(nlp, text, speaker):
    assert [who for who, quote in said(nlp, text) if quote.startswith(("Our", "The ice", "Both", "We"))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild the stand before the summer." That was the year the club nearly folded.',  # sport
        '"Prices will keep rising for months to come." That was the verdict in the end.',  # business
        '"The clinic will reopen on the first of June." So the board met again on Friday.',  # health
    ],
)
def test_a_sentence_after_a_quotation_that_names_no_owner_of_words_leaves_it_unattributed(nlp, text):
    assert [who for who, _ in said(nlp, text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Nguyen Thi Lan\'s message was clear: "My client has always maintained his innocence."', "Nguyen Thi Lan"),
        ('Olga Petrenko\'s comments were blunt: "We will not sign this deal today."', "Olga Petrenko"),  # diplomacy
        ('Coach Mateus Ribeiro\'s verdict was simple: "We did not defend well enough."', "Mateus Ribeiro"),  # sport
    ],
)
def test_the_owner_of_words_said_before_a_colon_speaks_the_quotation(nlp, text, speaker):
    assert [who for who, _ in said(nlp, text)] == [speaker]


def test_a_subject_that_is_no_words_said_gives_no_speaker(nlp):
    assert [who for who, _ in said(nlp, 'The weather was clear: "We will not sign this deal today."')] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Prices will rise" - that was the warning from economist Lars Berg on Monday.', "Lars Berg"),  # business
        ('"We are ready" — those were the words of captain Yusuf Demir.', "Yusuf Demir"),  # sport
        ('"Not yet" - that was the verdict of negotiator Amara Osei after the session.', "Amara Osei"),  # labour
    ],
)
def test_a_dash_after_a_short_quotation_sets_off_whose_words_they_were(nlp, text, speaker):
    assert [who for who, _ in said(nlp, text)] == [speaker]
