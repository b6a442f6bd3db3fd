"""Where a reported clause ends: a passive or infinitive speech verb inside it is no second speaker, and a
noun phrase set off after it that the parse hangs elsewhere still renames something in it. Cutting the
clause short there leaves a quote too short to match what the reader keeps."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.extractors.statements.reported import _clausal
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[str]:
    return [s.quote for s in extract_statements(parse(Article(id="t", text=text), nlp))]


def _doc(nlp: Language, rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A parse given row by row (word, head, dep, tag, pos, lemma), the way the small model misreads it."""
    words, heads, deps, tags, pos, lemmas = (list(col) for col in zip(*rows, strict=True))
    spaces = [nxt not in (",", ".") for nxt in [*words[1:], "."]]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def _quote(doc: Doc, cue: int) -> str:
    found = _clausal(doc[cue])
    assert found is not None
    start, end = found[0]
    return doc.text[start:end]


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        # a passive speech verb dating the reported event
        ("Halvorsen said the merger plan has gone nowhere since it was announced in May.", "in May"),
        # an infinitive speech verb giving the purpose of the reported trip
        (
            "The port authority said its chairman Anna Brekke will extend her tour of Asia, flying to Seoul for "
            "talks with shipping firms and bankers to explain the new harbour fees.",
            "the new harbour fees",
        ),
    ],
)
def test_a_speech_verb_with_no_agent_stays_in_the_clause(nlp: Language, text: str, tail: str) -> None:
    assert any(quote.endswith(tail) for quote in run(nlp, text))


def test_a_second_voice_still_ends_the_clause(nlp: Language) -> None:
    quotes = run(nlp, "Ortega said prices had risen while the mayor said they had fallen.")
    assert "prices had risen" in quotes and not any("mayor" in q for q in quotes)


_STRANDED_ON_SUBJECT = [
    ("Envoys", 1, "nsubj", "NNS", "NOUN", "envoy"),
    ("said", 1, "ROOT", "VBD", "VERB", "say"),
    ("there", 3, "expl", "EX", "PRON", "there"),
    ("were", 1, "ccomp", "VBD", "VERB", "be"),
    ("gaps", 3, "attr", "NNS", "NOUN", "gap"),
    (",", 3, "punct", ",", "PUNCT", ","),
    ("with", 3, "prep", "IN", "ADP", "with"),
    ("Peru", 6, "pobj", "NNP", "PROPN", "Peru"),
    ("and", 7, "cc", "CC", "CCONJ", "and"),
    ("Ghana", 7, "conj", "NNP", "PROPN", "Ghana"),
    (",", 1, "punct", ",", "PUNCT", ","),
    ("the", 13, "det", "DT", "DET", "the"),
    ("largest", 13, "amod", "JJS", "ADJ", "large"),
    ("growers", 0, "appos", "NNS", "NOUN", "grower"),
    (",", 13, "punct", ",", "PUNCT", ","),
    ("opposed", 13, "amod", "VBN", "VERB", "oppose"),
    ("to", 15, "prep", "IN", "ADP", "to"),
    ("the", 18, "det", "DT", "DET", "the"),
    ("quota", 16, "pobj", "NN", "NOUN", "quota"),
    (".", 1, "punct", ".", "PUNCT", "."),
]


def test_an_apposition_hung_on_the_speaker_after_the_clause_stays_in_it(nlp: Language) -> None:
    assert _quote(_doc(nlp, _STRANDED_ON_SUBJECT), 1).endswith("the largest growers, opposed to the quota")


def test_an_apposition_read_as_the_cues_object_stays_in_the_clause(nlp: Language) -> None:
    clause = "it launched the Zephyr 9, its first tablet designed for schools, libraries and clinics"
    assert clause in run(nlp, f"The firm also said {clause}.")


def test_a_phrase_with_a_speech_verb_of_its_own_is_left_out(nlp: Language) -> None:
    rows = list(_STRANDED_ON_SUBJECT)
    rows[15] = ("said", 13, "acl", "VBN", "VERB", "say")  # "the largest growers, said to ..."
    assert _quote(_doc(nlp, rows), 1).endswith("with Peru and Ghana")
