"""A body's span the recogniser runs into the short form bracketed after the name, stopping before the closing
bracket, is mended into the name and its short form (so the body keeps a clean fullest name and the short form
joins it); brackets a legal form follows are part of the name. The spans are set by hand on invented sentences,
as the slip is the model's and not every sentence provokes it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from streams.enrich.cast.reading.ner_repair import repaired_ents


def _read_with_span(nlp: Language, text: str, first: str, last: str) -> list[str]:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last and t.i > start) + 1
    doc.ents = [Span(doc, start, end, label="ORG")]
    return [e.text for e in repaired_ents(doc, doc.text)]


def test_a_span_run_into_its_bracketed_short_form_is_mended(nlp: Language) -> None:
    text = "Delegates met during the Tarn Fishing Board (TFB) annual meeting here."
    assert _read_with_span(nlp, text, "Tarn", "TFB") == ["Tarn Fishing Board", "TFB"]


def test_brackets_a_legal_form_follows_stay_in_the_name(nlp: Language) -> None:
    text = "Output rose at Tarn Coal (Norland) Ltd last year."
    assert _read_with_span(nlp, text, "Tarn", "Norland") == ["Tarn Coal (Norland"]
