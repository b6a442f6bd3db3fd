"""A name the model cuts inside a hyphenated word is read whole; suffixes glued to a name are not."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from streams.enrich.repairs.glued_names import FACTORY, glued_names


def _doc_with_person(nlp, text: str, name_start: int, name_end: int) -> Doc:
    """A parse whose only entity is the PERSON tokens [name_start, name_end): what the model does on
    some sentences, set by hand so the test does not hang on the model's mood."""
    doc = nlp.make_doc(text)
    doc.set_ents([doc[name_start:name_end].char_span(0, len(doc[name_start:name_end].text), label="PERSON")])
    return doc


@pytest.mark.parametrize(
    ("text", "start", "end", "whole"),
    [
        ("Coach Baek Min-in praised the defence.", 1, 4, "Baek Min-in"),
        ("Governor Seo Jae-in opened the new clinic on Monday.", 1, 4, "Seo Jae-in"),
        ("A summit that Premier Ahn Do-in will host was put off.", 4, 7, "Ahn Do-in"),
        ("Coach Baek Min-in praised the defence.", 1, 3, "Baek Min-in"),
        ("Researcher Ko Eun-un led the survey of the reef.", 1, 3, "Ko Eun-un"),
        ("Governor Seo Jae-in opened the new clinic on Monday.", 1, 3, "Seo Jae-in"),
    ],
)
def test_a_name_cut_on_its_hyphen_reaches_the_end_of_the_word(nlp, text, start, end, whole):
    doc = glued_names(_doc_with_person(nlp, text, start, end))
    assert [(e.text, e.label_) for e in doc.ents] == [(whole, "PERSON")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The Ruiz-led council cut the bus budget.", 1, 2),
        ("Quill-backed researchers found ice on the moon.", 0, 1),
        ("The striker Lind scored twice.", 2, 3),
        ("The Ana Ruiz-led council cut the bus budget.", 1, 3),
        ("Under the Tom Lee-era rules, the club lost its licence.", 2, 4),
        ("The Mara Quillfeather-in-chief joke fell flat.", 1, 3),
    ],
)
def test_a_whole_name_glued_to_a_suffix_or_standing_alone_is_kept(nlp, text, start, end):
    doc = _doc_with_person(nlp, text, start, end)
    before = [(e.start, e.end) for e in doc.ents]
    assert [(e.start, e.end) for e in glued_names(doc).ents] == before


def test_the_shared_pipeline_repairs_names_right_after_the_recogniser(nlp):
    names = list(nlp.pipe_names)
    assert names.index(FACTORY) == names.index("ner") + 1


@pytest.mark.parametrize(
    ("text", "start", "end", "whole"),
    [
        ("Coach Willem van den Broek praised the defence.", 1, 4, "Willem van den Broek"),
        ("Councillor Marta de Souza opened the library.", 1, 3, "Marta de Souza"),
        ("Researcher Omar bin Khalid led the reef survey.", 1, 3, "Omar bin Khalid"),
    ],
)
def test_a_name_that_ends_on_a_surname_particle_takes_the_next_word(nlp, text, start, end, whole):
    doc = glued_names(_doc_with_person(nlp, text, start, end))
    assert [(e.text, e.label_) for e in doc.ents] == [(whole, "PERSON")]


def test_a_particle_takes_the_next_word_out_of_the_entity_the_model_put_it_in(nlp):
    doc = nlp.make_doc("Willem van den Broek Holdings said on Monday that sales rose.")
    doc.set_ents([Span(doc, 0, 3, label="PERSON"), Span(doc, 3, 5, label="ORG")])
    assert [(e.text, e.label_) for e in glued_names(doc).ents] == [
        ("Willem van den Broek", "PERSON"),
        ("Holdings", "ORG"),
    ]


def test_a_name_followed_by_a_lower_case_word_or_standing_alone_is_kept(nlp):
    doc = _doc_with_person(nlp, "Coach Ana de la Cruz said the Rovers de facto won.", 1, 5)
    assert [e.text for e in glued_names(doc).ents] == ["Ana de la Cruz"]


def _tagged(nlp, text: str, pos: dict[int, str], person: tuple[int, int] | None = None) -> Doc:
    """A doc with the tags and the PERSON span the small model gives some sentences, set by hand."""
    doc = nlp.make_doc(text)
    for i, tag in pos.items():
        doc[i].pos_ = tag
    if person is not None:
        doc.set_ents([Span(doc, *person, label="PERSON")])
    return doc


@pytest.mark.parametrize(
    ("text", "person", "whole"),
    [
        ("Rajvinder Kumar Sandhu said the plant would reopen in March.", (1, 3), "Rajvinder Kumar Sandhu"),
        ("Coach Oluwadamilare Bankole praised the defence.", (2, 3), "Oluwadamilare Bankole"),
        ("Councillor Thandeka Zwane, 54, opposed the rent freeze.", (2, 3), "Thandeka Zwane"),
    ],
)
def test_a_person_takes_the_word_english_does_not_know_right_before_it(nlp, text, person, whole):
    doc = glued_names(_tagged(nlp, text, {}, person))
    assert [(e.text, e.label_) for e in doc.ents] == [(whole, "PERSON")]


@pytest.mark.parametrize(
    ("text", "pos", "name"),
    [
        ("Laylani Haddour of the dockers' union said the strike would go ahead.", {0: "VERB", 1: "PROPN"},
         "Laylani Haddour"),
        ("Rajvinder Kumar Sandhu of the study team said the trial would expand.", {0: "NOUN", 1: "PROPN", 2: "PROPN"},
         "Rajvinder Kumar Sandhu"),
        ("On Monday Thandeka Zwane told the council the budget was short.", {2: "VERB", 3: "PROPN"}, "Thandeka Zwane"),
    ],
)
def test_a_word_english_does_not_know_read_as_a_verb_opens_a_name_with_the_proper_nouns_after(nlp, text, pos, name):
    doc = glued_names(_tagged(nlp, text, pos))
    assert [(e.text, e.label_) for e in doc.ents] == [(name, "PERSON")]


@pytest.mark.parametrize(
    ("text", "pos", "person"),
    [
        ("Veteran Ana Ruiz scored twice.", {0: "ADJ", 1: "PROPN", 2: "PROPN"}, (1, 3)),  # English knows "veteran"
        ("Expect Ana Ruiz to win the vote.", {0: "VERB", 1: "PROPN", 2: "PROPN"}, None),  # and "expect"
        ("Nigerian Ana Ruiz won the race.", {0: "ADJ", 1: "PROPN", 2: "PROPN"}, (1, 3)),  # a nationality
        ("In Lagos Ana Ruiz opened a clinic.", {1: "PROPN", 2: "PROPN", 3: "PROPN"}, (2, 4)),  # a place
    ],
)
def test_words_english_or_the_gazetteer_knows_open_no_name(nlp, text, pos, person):
    doc = _tagged(nlp, text, pos, person)
    before = [(e.start, e.end) for e in doc.ents]
    assert [(e.start, e.end) for e in glued_names(doc).ents] == before


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Could Ken Obi take the job?", "Ken Obi"),
        ("Will Ken Obi sign the deal before Friday?", "Ken Obi"),
        ("May Ken Obi stay on as coach?", "Ken Obi"),
    ],
)
def test_an_auxiliary_opening_a_question_stays_out_of_the_name(nlp, text, name):
    doc = nlp.make_doc(text)
    parsed = nlp(text)
    for token, seen in zip(doc, parsed, strict=True):  # the parse of the question, the model's name left out
        token.tag_, token.pos_, token.dep_, token.lemma_ = seen.tag_, seen.pos_, seen.dep_, seen.lemma_
    for token, seen in zip(doc, parsed, strict=True):
        token.head = doc[seen.head.i]
    start = text.index(name)
    doc.set_ents([doc.char_span(start, start + len(name), label="PERSON")])
    assert [e.text for e in glued_names(doc).ents] == [name]


@pytest.mark.parametrize(
    ("text", "start", "end", "whole"),
    [
        ("Eun-ji Kim said the clinic would reopen in May.", 3, 4, "Eun-ji Kim"),  # health, from the surname
        ("Coach Joon-ho Park praised the defence.", 3, 5, "Joon-ho Park"),  # sport, from inside the word
        ("Professor Mi-rae Cho led the survey of the reef.", 3, 5, "Mi-rae Cho"),  # science
    ],
)
def test_a_name_after_or_inside_a_hyphenated_given_name_reaches_back_to_its_start(nlp, text, start, end, whole):
    doc = glued_names(_doc_with_person(nlp, text, start, end))
    assert [(e.text, e.label_) for e in doc.ents] == [(whole, "PERSON")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The Paris-based Kim Lee chaired the panel.", 4, 6),  # business: a place describes
        ("British-born Ana Lima won the final.", 3, 5),  # sport: a nationality describes
        ("A well-known Omar Haddad spoke first.", 4, 6),  # local politics: a lower-case word describes
    ],
)
def test_a_describing_hyphenated_word_before_a_name_stays_out(nlp, text, start, end):
    doc = _doc_with_person(nlp, text, start, end)
    before = [(e.start, e.end) for e in doc.ents]
    assert [(e.start, e.end) for e in glued_names(doc).ents] == before


def _doc_with(nlp, text: str, *labelled: tuple[str, str]) -> Doc:
    """A bare tokenisation of `text` with exactly the entities `labelled` (words, label): the model's split of
    a name at its particles, set by hand."""
    doc = nlp.make_doc(text)
    at = [(text.index(words), len(words), label) for words, label in labelled]
    doc.set_ents([doc.char_span(start, start + length, label=label) for start, length, label in at])
    return doc


@pytest.mark.parametrize(
    ("text", "labelled", "whole"),
    [
        ("Rafael dos Santos scored twice on Sunday.", [("Rafael", "GPE"), ("Santos", "PERSON")], "Rafael dos Santos"),
        ("Lars af Klint chairs the shipping firm.", [("Lars af Klint", "PRODUCT")], "Lars af Klint"),
        ("Maria do Carmo runs the clinic in town.", [("Maria", "NORP")], "Maria do Carmo"),
        ("Judge Dirk op den Kamp threw out the case.", [("Dirk", "ORG"), ("Kamp", "PERSON")], "Dirk op den Kamp"),
        ("Senator Luca del Piero voted against the bill.", [("del Piero", "GPE")], "Luca del Piero"),
        ("Erik af Ugglas leads the research team.", [("Erik", "PERSON"), ("Ugglas", "PERSON")], "Erik af Ugglas"),
    ],
)
def test_pieces_of_a_name_joined_by_particles_after_a_given_name_are_one_person(nlp, text, labelled, whole):
    doc = glued_names(_doc_with(nlp, text, *labelled))
    assert [(e.text, e.label_) for e in doc.ents] == [(whole, "PERSON")]


@pytest.mark.parametrize(
    ("text", "labelled"),
    [
        ("Rio de Janeiro will host the summit.", [("Rio de Janeiro", "GPE")]),  # a place the gazetteer knows
        ("Banco do Brasil raised its rates.", [("Banco do Brasil", "ORG")]),  # no given name opens it
        ("The Tour de France starts in Lille.", [("Tour de France", "EVENT"), ("Lille", "GPE")]),  # sport
    ],
)
def test_a_place_or_a_body_with_a_particle_stays_what_it_is(nlp, text, labelled):
    doc = glued_names(_doc_with(nlp, text, *labelled))
    assert [(e.text, e.label_) for e in doc.ents] == [(words, label) for words, label in labelled]


def test_a_name_joined_by_particles_stops_at_a_new_paragraph_and_leaves_the_rest_its_label(nlp):
    text = "Rafael dos Santos\n\nLars af Klint said it was over."
    doc = _doc_with(nlp, text, ("Rafael", "GPE"), ("Santos\n\nLars af Klint", "ORG"))
    assert [(e.text, e.label_) for e in glued_names(doc).ents] == [
        ("Rafael dos Santos", "PERSON"), ("Lars af Klint", "PERSON")
    ]
