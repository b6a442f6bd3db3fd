"""Repairs the recogniser's entity spans by shape before any pass reads them.

The small model's common slips are regular: a person glued to either end of an organisation ("Director of
the X Service Ana Ruiz"), a name set off before a title read as a place or a work, a given name read as a
place with its surname left out, a given name and a surname split into two spans, a company it never met
left unlabelled. Repairing the spans once here keeps every later pass, and the name spans meetings read,
working on the same corrected entities.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from streams.enrich.repairs.dateline import dateline_place_end
from streams.enrich.repairs.glued_names import SURNAME_PARTICLES
from streams.enrich.vocabulary.english_words import unknown_to_english
from streams.enrich.vocabulary.places import demonym_code, is_known_place

from ..given_names import given_name_gender
from ..lexicon import lexicon
from ..names import glued_hyphen, is_title_in_name, is_title_word, name_words, org_shaped
from .acronyms import joined_at_and
from .and_names import whole_and_names
from .body_then_holder import holder_after_body, holder_in_body
from .columns import ARGUMENT_DEPS, MISREAD_LABELS
from .family_first import given_name_after
from .kinds import AFFILIATION_PREPS, plain_name
from .lede_sources import answers_lede_source
from .lower_case_names import lower_case_name
from .orgs import founders_firms
from .person_objects import label_beside_person_preposition
from .place_given_names import place_named_person
from .portfolio import name_after_portfolio
from .possessive_firms import possessive_firms
from .press_names import (
    dated_press,
    described_as_press,
    headed_as_press,
    press_of_place,
    quoted_press,
    unlabelled_press,
)
from .registry import big_place, place_in_body_name
from .stock_codes import CodedFirms, in_stock_code, parenthesised_firm
from .titles import aged, comma_title, role_after
from .wire_brackets import bracketed_firm
from .word_before import apposed_firm, opens_with_hyphenated_given_name, titled_person

_MIN_BODY_WORDS = 2
_PLACE_PREPS = ("in", "to")


def _person_after_org(ent: Span) -> int | None:
    """ "Director of the Ocean Survey Service Ana Ruiz" read as one organisation: a name written right after
    an organisation or a title, at the end of the span, is that person's; returns where the name starts.
    The organisation word must not open the span ("Union Pacific Railroad" is one name)."""
    if ent.label_ == "PERSON":
        return None
    lex = lexicon()
    for k in range(len(ent) - 3, -1, -1):
        head, tail = ent[k], ent[k + 1 :]
        is_org_word = head.lower_ in lex.org_name_endings or head.lemma_.lower() in lex.institution_nouns
        if (is_title_word(head) or (is_org_word and k > 0)) and plain_name(tail) and not _legal_form_end(tail):
            return ent.start + k + 1
    return None


def _person_before_org(ent: Span) -> int | None:
    """ "Ana Ruiz of Redwater District Council" read as one organisation: a plain name, then "of", "from" or
    "at" and a name ending in a company or body word, is that body's person; returns where "of" is."""
    if ent.label_ == "PERSON":
        return None
    for k in range(2, min(4, len(ent) - 2)):
        if ent[k].lower_ in AFFILIATION_PREPS and org_shaped(ent[k + 1 :]) and plain_name(ent[:k]):
            return ent.start + k
    return None


def _titled_after(ent: Span) -> bool:
    """ "Ana Ruiz, the chief executive of X", "the mayor, Ana Ruiz," or "Ana Ruiz, 54," read as a place, a
    work or a body: a plain name (no company or institution word) set off by commas from a title or an age
    is a person's; places and works hold no job and have no age."""
    if ent.label_ not in MISREAD_LABELS or not plain_name(ent) or is_known_place(ent.text):
        return False
    return aged(ent.doc, ent.end) or role_after(ent.doc, ent.end) or comma_title(ent) is not None


def _after_trade(ent: Span) -> int | None:
    """ "striker Ana Ruiz", "with coach Ana Ruiz" where only "Ruiz" was read as a place: a name written right
    after a lower-case title or trade is a person's (news puts no body's or place's name there), with the
    unlabelled given names before the span; returns where the name starts."""
    if ent.label_ not in MISREAD_LABELS:
        return None
    doc = ent.doc
    start = ent.start
    while start > 0 and ent.start - start < 2 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1
    name = doc[start : ent.end]
    if start == 0 or not (doc[start - 1].is_lower and is_title_word(doc[start - 1])):
        return None
    return start if plain_name(name) and not is_known_place(name.text) else None


def _trade_inside(ent: Span) -> int | None:
    """ "Nobel laureate Ana Ruiz", "Booker winner Ana Ruiz" read as one work or product: a lower-case title or
    trade inside the span, with a plain name after it to the span's end, makes that name a person's (the words
    before the trade qualify it); returns where the name starts."""
    if ent.label_ not in MISREAD_LABELS or len(ent) < 3:
        return None
    trade = next((t for t in reversed(ent[:-1]) if t.is_lower), None)
    if trade is None or not is_title_word(trade) or trade.i == ent.start:
        return None
    name = ent.doc[trade.i + 1 : ent.end]
    return name.start if plain_name(name) and not is_known_place(name.text) else None


def _place_after_body(ent: Span) -> int | None:
    """ "lawyers for X Mining in Cardiff" read as one organisation: a known place after a lower-case "in" (or
    "to": "welcomed X to Cardiff") that ends the span is where the body is or something happened, not part of
    its name; returns where the preposition stands. A body told by one word before it ("Church in X") may be
    named so, and keeps its span."""
    if ent.label_ != "ORG":
        return None
    at = next((t.i for t in ent if t.lower_ in _PLACE_PREPS), None)
    if at is None or at - ent.start < _MIN_BODY_WORDS or not all(t.is_title for t in ent.doc[ent.start : at]
                                                                  if t.lower_ != "the"):
        return None
    return at if at + 1 < ent.end and is_known_place(ent.doc[at + 1 : ent.end].text) else None


def _given_name_read_as_place(ent: Span) -> bool:
    """ "chief executive Marta Ruiz" with "Marta" read as a place and "Ruiz" left out: one word no gazetteer
    knows, compounded onto the unlabelled capitalised word right after it, is that person's given name."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ not in MISREAD_LABELS or ent.end >= len(doc):
        return False
    word, after = ent[0], doc[ent.end]
    return (
        word.dep_ == "compound"
        and word.head.i == after.i
        and after.pos_ == "PROPN"
        and not after.ent_type_
        and plain_name([word, after])
        and not is_known_place(word.text)
        and demonym_code(word.text) is None
    )


def _lower_case_body(ent: Span) -> bool:
    """An organisation written in lower-case words only ("a Lisbon-based broker" with "broker" read as a body):
    a body's name is capitalised, so the words describe someone unnamed."""
    return ent.label_ == "ORG" and ent.text.islower()


def repaired_ents(doc: Doc, text: str) -> list[Span]:
    """The parse's entity spans with the small model's common slips repaired by shape: a person glued to
    either end of an organisation is split off, a name set off before a title is a person whatever the label,
    and so is a given name read as a place with its surname left out. A name in the dateline's place is a
    place whatever the label (`text` is the document's)."""
    ents: list[Span] = []
    filed_from = dateline_place_end(text)
    coded = CodedFirms(text)
    counted_to = 0  # the end of a body's name that took in its count ("Group of Seven"): the count is no span
    for ent in doc.ents:
        if ent.end <= counted_to:
            continue
        if (counted := _count_cut_off(ent)) is not None:  # "Group of Seven" read as "Group of" and a number
            ents.append(counted)
            counted_to = counted.end
            continue
        if (opened := _bracket_left_open(ent)) is not None:  # "the Tarn Fishing Board (TFB" before its ")"
            ents += [Span(doc, ent.start, opened, label=ent.label), Span(doc, opened + 1, ent.end, label=ent.label)]
            continue
        if ent.end_char <= filed_from:
            ents.append(Span(doc, ent.start, ent.end, label="GPE"))
            continue
        if (typed := lower_case_name(ent)) is not None:  # "orla valley de riego" written "Orla valley" after
            ents.append(typed[0])
            continue
        if in_stock_code(ent, text) or _lower_case_body(ent):  # "<VKGH.HK>", "a Tokyo-based trader" name no one
            continue
        if (bracketed := bracketed_firm(ent, text)) is not None:  # "<Orla Vent Ltd>" read as "Orla Vent Ltd>"
            ents.append(bracketed)
            continue
        if (press := press_of_place(ent)) is not None:  # "the Times of <Country>" read as the country alone
            while ents and ents[-1].end > press.start:
                ents.pop()
            ents.append(press)
            continue
        if (quoted := quoted_press(ent)) is not None:  # "the \u201c<Name>\u201d newspaper" read as a work or a law
            ents.append(quoted)
            continue
        if (ent.label_ in ("PERSON", "GPE") and described_as_press(ent)) or (
            ent.label_ == "PERSON" and headed_as_press(ent)
        ) or dated_press(ent):  # "<Name>, a local daily, said", "the <Name> newspaper said" (a place there is
            # the paper's city), "the <Word> Day newspaper said" read as a date
            ents.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        if (whole := given_name_after(ent)) is not None:  # "Choi Min-jun" read as "Choi"
            ents.append(whole)
            continue
        if (firm := coded.firm(ent)) is not None:  # "Velmora Kong (Holdings) Ltd <VKGH.HK>", "Velmora Kong said"
            ents.append(firm)
            continue
        ent = _body_with_its_first_words(ent)  # "Marlow Concert Hall" read as "Concert Hall"
        tail = _person_after_org(ent) or holder_in_body(ent)
        of = _person_before_org(ent)
        if (told := _told_by_word_before(ent, ents)) is not None:  # "Mayor Ines Toledo", "the airline Skyreach"
            while ents and ents[-1].start >= told.start:
                ents.pop()  # "President Ana Lucia" with "Prado" read as a place: one person
            ents.append(told)
        elif tail is not None:
            ents += [Span(doc, ent.start, tail, label=ent.label), Span(doc, tail, ent.end, label="PERSON")]
        elif of is not None:
            body = of + 2 if doc[of + 1].lower_ == "the" else of + 1
            ents += [Span(doc, ent.start, of, label="PERSON"), Span(doc, body, ent.end, label=ent.label)]
        elif (named := name_after_portfolio(ent)) is not None:  # "Minister of Tourism Ana Ruiz"
            ents.append(Span(doc, named, ent.end, label="PERSON"))
        elif _titled_after(ent):
            ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
        elif (start := _after_trade(ent) or _trade_inside(ent)) is not None:
            ents.append(Span(doc, start, ent.end, label="PERSON"))
        elif _titled_after(given := _with_given_name_before(ent)):  # "Minh Tran, 54," with "Tran" read as a place
            ents.append(Span(doc, given.start, given.end, label="PERSON"))
        elif ent.label_ == "ORG" and len(given) > len(ent):  # "Hope Nwankwo said" with "Nwankwo" read as a body
            ents.append(given)
        elif _given_name_read_as_place(ent):
            ents.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
        elif (at := _place_after_body(ent)) is not None:  # "Kessel Mining in Cardiff"
            ents += [Span(doc, ent.start, at, label="ORG"), Span(doc, at + 1, ent.end, label="GPE")]
        elif _opens_with_given_name(ent):
            ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
        elif (whole := _surname_left_out(ent)) is not None:  # "Ruth Chiamaka" of "Ruth Chiamaka Obi said"
            ents.append(whole)
        elif (holder := holder_after_body(ent)) is not None:  # "director of the X Board Ana Ruiz said"
            ents += [ent, holder]
        elif answers_lede_source(ent, text):  # "..., the director of X said." / "J. Ruiz said as he ..."
            ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
        else:
            ents.append(ent)
    ents = whole_and_names(doc, joined_at_and(doc, possessive_firms(founders_firms(_given_names_joined(ents)))))
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    return sorted([*ents, *_unlabelled_orgs(doc, taken)], key=lambda e: e.start)


def _legal_form_end(tail: Span) -> bool:
    """ "General X Co": a title word opening a firm's name leaves no person after it when a legal form ("Co",
    "Limited") closes the name."""
    return tail[-1].lower_ in lexicon().corporate_suffixes and not tail[-1].is_upper


def _count_cut_off(ent: Span) -> Span | None:
    """ "the Group of Seven", "the Club of 15": a body named by how many members it has, which the recogniser
    cuts at "of" ("Group of" and a number) or reads as the number alone. A name does not end in "of", so the
    number after it, written in figures or as a capitalised word, closes the name; a number alone after a
    capitalised body's word and "of" is that body's count."""
    doc = ent.doc
    if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ == "of" and ent.end < len(doc):
        return Span(doc, ent.start, ent.end + 1, label="ORG") if _count_word(doc[ent.end]) else None
    if ent.label_ != "CARDINAL" or len(ent) != 1 or not _count_word(ent[0]) or ent.start < 2:
        return None
    of, body = doc[ent.start - 1], doc[ent.start - 2]
    if of.lower_ != "of" or not body.is_title or body.lower_ not in lexicon().org_name_endings:
        return None
    return Span(doc, body.i, ent.end, label="ORG")


def _bracket_left_open(ent: Span) -> int | None:
    """ "the Tarn Fishing Board (TFB)" read as "Tarn Fishing Board (TFB": a body's span that runs into the short
    form the article defines for it in brackets and stops before the closing one; the index of its "(", where
    the name ends and the short form, a name of the same body (`bracketed_short_form`), begins. A legal form
    after the ")" ("X Coal (Canada) Ltd") makes the brackets part of the name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or doc[ent.end].text != ")":
        return None
    if ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in lexicon().corporate_suffixes:
        return None
    opened = next((t.i for t in reversed(ent) if t.text in "()"), None)
    return opened if opened is not None and doc[opened].text == "(" and ent.start + 1 < opened < ent.end - 1 else None


def _count_word(token: Token) -> bool:
    """A count written in figures or as a capitalised word ("15", "Seven"), as a body's name gives it, and
    not counting the words after it ("the Group of 20 major economies" keeps what it counts, `orgs`)."""
    doc = token.doc
    counts = token.i + 1 < len(doc) and doc[token.i + 1].is_lower and doc[token.i + 1].pos_ in ("ADJ", "NOUN")
    return token.like_num and (token.is_digit or token.is_title) and not counts


def _body_with_its_first_words(ent: Span) -> Span:
    """ "Marlow Concert Hall", "Eastbrook Water Authority" read as "Concert Hall", "Water Authority": a span
    shaped as a body's name takes the unlabelled capitalised proper nouns compounded onto it from right
    before, which name which hall or authority it is. Not a title ("President X Hall" is a person's) nor
    anything that makes a body of a person's name ("Ana Hall" is not body-shaped to begin with)."""
    doc = ent.doc
    start = ent.start
    while start > 0 and (t := doc[start - 1]).pos_ == "PROPN" and not t.ent_type_ and t.dep_ == "compound" and (
        ent.start <= t.head.i < ent.end and t.is_alpha and t.is_title
    ):
        start -= 1
    if start == ent.start or any(is_title_in_name(t) for t in doc[start : ent.start]):
        return ent
    if not org_shaped(ent) or not org_shaped(doc[start : ent.end]):
        return ent
    return Span(doc, start, ent.end, label=ent.label)


def _told_by_word_before(ent: Span, before: list[Span]) -> Span | None:
    """A name's kind told by the words before it (`word_before`): a one-word firm's name after a business's
    noun, a surname read as a place after an office title and given names the model left unlabelled or read
    as a person on their own (`before`, the spans repaired so far, ends with that person's), a person whose
    surname, compounded onto it right after, the model left out."""
    doc = ent.doc
    misread = ent.label_ in MISREAD_LABELS
    if (misread or ent.label_ == "PERSON") and len(ent) == 1 and (firm := apposed_firm(ent[0])) is not None:
        return firm
    hyphen_before = ent.start >= 3 and glued_hyphen(doc[ent.start - 2])
    if misread and (ent.label_ != "ORG" or hyphen_before):  # a body's label: after "Min-jun" of "Min-jun X" only
        person = titled_person(ent[-1])
        if person is not None and ent.label_ == "ORG" and not opens_with_hyphenated_given_name(person):
            person = None
        given = [e for e in before if e.end > person.start] if person is not None else []
        if person is not None and all(e.label_ == "PERSON" and e.start == person.start for e in given):
            return person
    if ent.label_ == "PERSON" and ent.end < len(doc) and not doc[ent.end].ent_type_:
        person = titled_person(doc[ent.end])
        if person is not None and person.start == ent.start:
            return person
    return None


def _given_names_joined(ents: list[Span]) -> list[Span]:
    """ "Anouk van Dijk" read as the place "Anouk" and the person "van Dijk": a one-word span the model did not
    call a person, a given name every country's list gives one gender, right before a person's span is that
    person's given name. A country or a big city ("Jordan", "Florence") only before a surname particle: written
    right before a person's name, it is more often a list's or a headline's place than a given name. A given
    name that is also an English word ("Destiny", "Christian", "Precious") is often left out of the span or
    called a faith: before a two-word name, hung on it, it opens the name (`_word_opens_name`)."""
    joined: list[Span] = []
    for ent in ents:
        before = joined[-1] if joined else None
        if (
            before is not None
            and ent.label_ == "PERSON"
            and before.end == ent.start
            and len(before) == 1
            and before.label_ in MISREAD_LABELS
            and given_name_gender(before.text, before.vocab) is not None
            and (not big_place(before.text) or (ent[0].is_lower and ent[0].lower_ in SURNAME_PARTICLES))
        ):
            joined[-1] = Span(ent.doc, before.start, ent.end, label="PERSON")
        elif ent.label_ == "PERSON" and _word_opens_name(ent, before):
            if before is not None and before.end == ent.start:
                joined.pop()  # "Christian" read as a faith
            joined.append(Span(ent.doc, ent.start - 1, ent.end, label="PERSON"))
        else:
            joined.append(ent)
    return joined


def _word_opens_name(ent: Span, before: Span | None) -> bool:
    """The word right before a person's two-word name is its first given name ("Destiny Rahul Mehta", "Christian
    Hiroshi Tanaka"): capitalised, in no span but a one-word faith's, a given name every country's list gives one
    gender, no title or trade ("Major", "Coach"), hung on the name by the parse, and opening the run of capitals."""
    doc = ent.doc
    k = ent.start - 1
    if k < 0 or len(name_words(ent)) != 2:
        return False
    word = doc[k]
    if before is not None and before.end == ent.start and not (len(before) == 1 and before.label_ == "NORP"):
        return False
    return (
        word.is_alpha
        and word.is_title
        and "\n" not in word.whitespace_
        and ent.start <= word.head.i < ent.end
        and word.dep_ in ("compound", "amod", "nmod")
        and (k == 0 or not doc[k - 1].is_title or doc[k - 1].is_sent_start or doc[k - 1].is_space)
        and given_name_gender(word.text, word.vocab) is not None
        and not is_title_in_name(word)
    )


def _opens_with_given_name(ent: Span) -> bool:
    """ "Marta Lind spoke", "the board appointed Matteo Bianchi": the small model labels a name it has never
    met by its place in the sentence. A plain name (no title, body, company or place word; `plain_name`)
    whose first word is a given name every country's list gives one gender and whose other words English does
    not list, or lists only as given names too ("Lind"), is a person's whatever the label. Not a place the
    gazetteer knows ("Alice Springs") or a body named after one ("X Milan"), nor a name whose first word both
    sexes bear ("Morgan Lindsay"), nor one ending in a word ("X Foods"): the shapes of places and firms named
    after people. Only as a subject, object, apposition or list member, where people stand: a firm named after
    its founder is also written after a preposition ("shares in Louis Vuitton") and with an owner's "'s"; a
    place label after "with", "by" or "against" is a slip all the same, and so is an organisation label on a given
name the model seldom met (`person_objects`)."""
    if ent.label_ not in MISREAD_LABELS:
        return False
    if not (ent.root.dep_ in ARGUMENT_DEPS or label_beside_person_preposition(ent)) or not plain_name(ent):
        return False
    first, *rest = words = name_words(ent)
    if place_in_body_name([t.text for t in words], words[-1]):
        return False
    if given_name_gender(first.text, first.vocab) is not None:
        return all(unknown_to_english(t) or given_name_gender(t.text, t.vocab) is not None for t in rest)
    return place_named_person(words)



def _surname_left_out(ent: Span) -> Span | None:
    """ "Ruth Chiamaka Obi said" read as the person "Ruth Chiamaka": the parse compounds every word of the span
    onto the unlabelled capitalised proper noun right after it, which is then the name's head, its surname. Not
    where that makes a body's or a place's name of it ("X Foundation", "X Valley"; `plain_name`)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc) or "\n" in ent[-1].whitespace_:
        return None
    after = doc[ent.end]
    if after.ent_type_ or after.pos_ != "PROPN" or not (after.is_alpha and after.is_title) or is_title_word(after):
        return None
    if not all(t.dep_ == "compound" and ent.start <= t.head.i <= ent.end for t in ent) or ent[-1].head.i != ent.end:
        return None
    whole = Span(doc, ent.start, ent.end + 1, label="PERSON")
    return whole if plain_name(whole) else None


def _with_given_name_before(ent: Span) -> Span:
    """A one-word span with the unlabelled capitalised proper noun compounded onto it from right before (in
    its sentence), which may be the given name of a surname the model read as a place or a body. Before a
    two-word span ("Ivy" + "Ngozi Eke" read as a body) only a given name the lists know opens a longer name,
    and only a name with no body's or place's word."""
    doc, k = ent.doc, ent.start - 1
    if not 1 <= len(ent) <= 2 or k < 0:
        return ent
    t = doc[k]
    if t.pos_ != "PROPN" or t.ent_type_ or not t.is_title or t.head.i != ent.end - 1 or "\n" in t.whitespace_:
        return ent
    given = Span(doc, k, ent.end, label=ent.label)
    if len(ent) == 2 and (given_name_gender(t.text, t.vocab) is None or not plain_name(given)):
        return ent
    return given


def _unlabelled_orgs(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Dalby Foods and the union bargained": a run of proper nouns ending in a company or body word is an
    organisation even where the model gave it no label at all (it often does for a company it does not know)."""
    spans: list[Span] = []
    run: list[Token] = []
    rows = doc.to_array([POS, ENT_TYPE])  # the unlabelled proper nouns, found without a Token per word
    unlabelled = np.flatnonzero((rows[:, 0] == PROPN) & (rows[:, 1] == 0)).tolist()
    held_to = 0  # the end of a company's name with a parenthesised word, whose words join no other run
    for token in [*(doc[i] for i in unlabelled if i not in taken), None]:
        if token is not None and token.i < held_to:
            continue
        if token is not None and token.is_alpha and token.text[:1].isupper() and (not run or token.i == run[-1].i + 1):
            run.append(token)
            continue
        if run and (held := parenthesised_firm(Span(doc, run[0].i, run[-1].i + 1, label="ORG"))) is not None:
            spans.append(held)  # "X (Holdings) Ltd" with no label: the parentheses break the run
            held_to = held.end
            if token is not None and token.i < held_to:
                run = []
                continue
        elif org_shaped(run):
            spans.append(Span(doc, run[0].i, run[-1].i + 1, label="ORG"))
        elif run and (named := _unlabelled_told(run) or unlabelled_press(run)) is not None:
            spans.append(named)
        run = [token] if token is not None and token.is_alpha and token.text[:1].isupper() else []
    return spans


def _unlabelled_told(run: list[Token]) -> Span | None:
    """ "Housing Minister Ana Ruiz" or "the airline Skyreach" with no label at all: the person the office title
    before the run names, or the firm the business's noun before it names (`word_before`)."""
    if len(run) == 1 and (firm := apposed_firm(run[0])) is not None:
        return firm
    person = titled_person(run[-1])
    return person if person is not None and person.start >= run[0].i else None
