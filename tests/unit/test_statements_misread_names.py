"""A speaker's name the small model misreads still speaks: a surname the tagger calls an adjective ("Treble told
reporters") is the person the article named with it, and a person's name the parse lists on by a comma after
the reported clause's last noun, leaving the cue without a subject, is the cue's subject. A capitalised word no
person of the article bears, and a name that is no person's, are left alone. Invented sentences and parses."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from streams.enrich.extractors.statements.cues import subject_of
from tests.unit.readers import speaker_of

SURNAMES = [
    pytest.param(
        "Harbour master Peter Treble inspected the new quay on Monday.\n\n"
        "\"We want more ships in the harbour ... To bring trade back to the town,\" Treble told reporters after "
        "the tour.",
        "more ships", "Peter Treble", id="port",
    ),
    pytest.param(
        "Professor Ines Treble led the survey of the reef.\n\n"
        "\"The coral is recovering ... Faster than we had hoped,\" Treble told the conference in the capital.",
        "coral is recovering", "Ines Treble", id="science",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), SURNAMES)
def test_a_surname_tagged_an_adjective_is_the_person(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(nlp, text, fragment) == speaker


def test_a_capitalised_word_no_one_bears_names_no_one(nlp: Language) -> None:  # must not fire
    text = "\"We will win the final ... Whatever it takes,\" Able told reporters."
    assert speaker_of(nlp, text, "win the final") is None


def _listed_on(nlp: Language, label: str) -> Doc:
    """ "Growers agreed to raise quotas, union chairman Ana Velde said ." as the small model may parse it: the
    name listed on after "quotas" by the comma, "said" with no subject."""
    words = ["Growers", "agreed", "to", "raise", "quotas", ",", "union", "chairman", "Ana", "Velde", "said", "."]
    heads = [1, 10, 3, 1, 3, 4, 7, 9, 9, 4, 10, 10]
    deps = ["nsubj", "ccomp", "aux", "xcomp", "dobj", "punct", "compound", "compound", "compound", "conj", "ROOT",
            "punct"]
    pos = ["NOUN", "VERB", "PART", "VERB", "NOUN", "PUNCT", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
               ents=["O"] * 8 + [f"B-{label}", f"I-{label}", "O", "O"])


def test_a_person_listed_on_by_a_comma_is_the_subject(nlp: Language) -> None:
    doc = _listed_on(nlp, "PERSON")
    subject = subject_of(doc[10])
    assert subject is not None and subject.text == "Velde"


def test_a_body_listed_on_by_a_comma_is_no_subject(nlp: Language) -> None:  # must not fire
    doc = _listed_on(nlp, "ORG")
    subject = subject_of(doc[10])
    assert subject is None or subject.text != "Velde"
