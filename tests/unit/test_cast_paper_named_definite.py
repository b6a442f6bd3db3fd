"""A bare "the report said" refers back to the paper written before with its issuer's name in front of it,
whether that mention brought the paper in with "a" or named it with "the" ("once the Harlow Commission
report came out"): the report speaks as that commission. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said


@pytest.mark.parametrize("article", ["the", "a"])
def test_the_report_is_its_issuers_after_a_named_mention(nlp: Language, article: str) -> None:
    text = (
        "Ferry fares in the islands have risen for six years running.\n\n"
        f"Critics of the operator stayed quiet until the publication of {article} Harlow Commission report "
        "on island transport.\n\n"
        '"The operator treated its passengers as a captive market," the report said.'
    )
    assert [s for s, _, q in said(nlp, text) if q.startswith("The operator")] == ["Harlow Commission"]


def test_a_report_brought_in_since_has_no_named_issuer(nlp: Language) -> None:
    text = (
        "Critics stayed quiet until the publication of the Harlow Commission report on island transport.\n\n"
        "Island councils later commissioned a report of their own on the ferries.\n\n"
        '"The operator treated its passengers as a captive market," the report said.'
    )
    assert [s for s, _, q in said(nlp, text) if q.startswith("The operator")] != ["Harlow Commission"]
