"""Two companies named apart and then spoken for together: "the companies said" after exactly two firms is both,
named "A and B" as the gold names joint speakers; never after three, after one, or inside a quotation.
Invented sentences across beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said, speaker_of

_PAIRS = [  # (beat, text, words of the statement, the joint speaker)
    ("business", "Marlin Chemical Corp said it signed a supply agreement with Ostrava Glassworks Inc covering its"
     " plant.\n\nIn a joint statement the companies said the agreement runs for ten years.", "ten years",
     "Marlin Chemical Corp and Ostrava Glassworks Inc"),
    ("science", "Velmora Biotech Inc said it would test its vaccine with Castren Laboratories Ltd under a research"
     " pact.\n\nThe firms said the trial would enrol 400 patients.", "400 patients",
     "Velmora Biotech Inc and Castren Laboratories Ltd"),
    ("sport: a club beside two firms is no company", "Redbank Football Club signed a kit deal with Stroud Sportswear"
     " Plc, which partners Lyle Textiles Co on the shirts.\n\nThe companies said the new shirts would be sold from"
     " August.", "from August", "Stroud Sportswear Plc and Lyle Textiles Co"),
]


@pytest.mark.parametrize(("beat", "text", "words", "pair"), _PAIRS, ids=[case[0] for case in _PAIRS])
def test_the_companies_after_two_firms_named_apart_are_both(
        nlp: Language, beat: str, text: str, words: str, pair: str) -> None:
    assert speaker_of(nlp, text, words) == pair, beat


def test_the_companies_after_a_union_deal_with_two_firms(nlp: Language) -> None:  # labour
    text = (
        "The Orvell Steelworkers Union said it reached a pay deal with Tarrow Steel Corp and Kelso Mining Ltd.\n\n"
        "The companies said the deal covers 3,000 workers."
    )
    assert (speaker_of(nlp, text, "3,000 workers") or "").rstrip(".") == "Tarrow Steel Corp and Kelso Mining Ltd"


_NO_PAIR = [  # must not fire: (why, text, words of the statement)
    ("three firms named", "Tarrow Steel Corp said it would buy ore from Kelso Mining Ltd and Dunmore Minerals Inc over"
     " five years.\n\nThe companies said deliveries start in June.", "in June"),
    ("one firm and an agency", "Tarrow Steel Corp said it would buy ore under a deal the Federal Trade Agency"
     " approved.\n\nThe companies said deliveries start in June.", "in June"),
    ("inside a quotation", 'Tarrow Steel Corp said it signed a deal with Kelso Mining Ltd.\n\n"The companies said'
     ' nothing to us about the price," a union official said.', "about the price"),
    ("a clause of their own", "Tarrow Steel Corp said it signed a deal with Kelso Mining Ltd.\n\nThe companies that"
     " supply the plant said prices would rise.", "prices would rise"),
]


@pytest.mark.parametrize(("why", "text", "words"), _NO_PAIR, ids=[case[0] for case in _NO_PAIR])
def test_the_companies_not_a_named_pair_are_no_one_named(nlp: Language, why: str, text: str, words: str) -> None:
    assert speaker_of(nlp, text, words) is None, why


def test_a_founders_firm_and_co_is_one_company_of_the_pair(nlp: Language) -> None:  # the name "Given Surname and Co"
    text = (
        "Harlan Mills Inc said it settled the patent case with Edith Marwood and Co over its loom design.\n\n"
        "In a joint release the companies said the settlement ends all claims."
    )
    assert speaker_of(nlp, text, "all claims") == "Harlan Mills Inc and Edith Marwood and Co"


def test_a_titled_person_and_co_stays_a_person(nlp: Language) -> None:  # must not fire
    text = (
        'Mayor Edith Marwood said the council would act. "Mayor Edith Marwood and Co have done nothing," '
        "a resident said."
    )
    assert "Edith Marwood and Co" not in [name for name, _, _ in said(nlp, text)]
