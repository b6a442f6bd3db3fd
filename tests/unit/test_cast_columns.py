"""The cast's candidate columns, picked with whole-column tests, are the words a plain reading of each token
picks: the same indices, in order, as Python ints. Invented sentences from several beats, names from many
cultures; an empty document has no candidates."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from streams.enrich.cast.lexicon import lexicon
from streams.enrich.cast.reading.columns import ARGUMENT_DEPS, SOFT_LABELS, SUBJECT_DEPS, Columns

TEXTS = [
    # sport: titles, a list of names, a pronoun
    "Coach Mateus Ferreira named winger Ines Okafor and Tomasz Zielinski in the squad. She starts on Sunday.",
    # business: a body as subject, an upper-case word, a name after a preposition
    "Vantor Mining SAYS its smelter will reopen. The board met with Lena Sorensen of Kestrel Partners on Monday.",
    # health: honorific, apposition, reported speech
    "Dr Aiko Tanaka, a virologist at Norden Hospital, told the panel he and she had seen fewer infections.",
    # courts: several sentences, a quotation
    "Judge Kwame Mensah adjourned the case. 'We are ready,' counsel Ruth Abebe said. They will return in May.",
    # local politics: conjoined names, a lower-case role
    "Councillors Beatriz Santos and Hemi Walker opposed the levy, which mayor Oren Katz defended.",
    # farming: a speaker after the quotation marks that the model labels a work of art
    '"The harvest was late this year," Odile Brassac said.',
    # athletics: one-word names the model leaves unlabelled in a list
    "Fans cheered Lukas, Mirela and Sione as the relay team arrived.",
]


def _plain(token: Token) -> dict[str, bool]:
    """What each column asks of one word, read from the token itself."""
    pos, dep, label = token.pos_, token.dep_, token.ent_type_
    soft = not label or label in SOFT_LABELS
    return {
        "subjects": dep in SUBJECT_DEPS,
        "unlabelled_arguments": pos == "PROPN" and dep in ARGUMENT_DEPS
        and (not label or (label in SOFT_LABELS and dep in SUBJECT_DEPS)),
        "unlabelled_pobjs": pos == "PROPN" and not label and dep == "pobj",
        "listed": pos == "PROPN" and dep in ("conj", "appos") and soft,
        "coordinated": dep == "conj" and token.is_title and pos != "PRON",
        "capitalised": pos == "PROPN" or (pos == "NOUN" and (token.is_title or token.is_upper)),
        "pronouns": pos == "PRON" and token.lower_ in lexicon().pronoun_genders,
    }


@pytest.mark.parametrize("text", TEXTS)
def test_columns_pick_the_words_a_plain_reading_picks(nlp: Language, text: str) -> None:
    doc = nlp(text)
    cols = Columns(doc)
    answers = [_plain(t) for t in doc]
    for name in answers[0]:
        picked = getattr(cols, name)
        assert picked == [i for i, a in enumerate(answers) if a[name]], name
        assert all(type(i) is int for i in picked), name
    starts, current = [], 0
    for t in doc:
        current = t.i if t.is_sent_start else current
        starts.append(current)
    assert cols.sent_start == starts
    assert len(set(starts)) > 1 or len(list(doc.sents)) == 1


def test_columns_pick_someone_in_every_text(nlp: Language) -> None:
    """The texts exercise the columns: each column picks a word in at least one of them."""
    picked = {name: False for name in _plain(nlp("x")[0])}
    for text in TEXTS:
        cols = Columns(nlp(text))
        for name in picked:
            picked[name] = picked[name] or bool(getattr(cols, name))
    assert all(picked.values()), picked


def test_an_empty_document_has_no_candidates(nlp: Language) -> None:
    cols = Columns(Doc(nlp.vocab))
    assert cols.subjects == cols.capitalised == cols.pronouns == cols.sent_start == []
