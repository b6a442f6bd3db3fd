"""Entity spans that stop inside a name are carried to the name's end, or back to its start.

The small English model cuts some hyphenated given names where the part after the hyphen is also
an English word ("Seo Jae-in" → "Seo Jae-" or "Seo Jae", because "in" reads as a preposition). A
name is never split inside a word the writer glued together, so every reader of `doc.ents` (the
cast, meetings, stories) should see the whole word, and the span's label is kept. At the start, a
person's span that opens inside or right after a hyphenated given name ("Eun-ji Kim" read as "ji Kim" or
"Kim") reaches back to the name's capitalised first piece, unless that piece is a place or nationality
("Paris-based", "British-born").

Its start is repaired where the model misreads a given name it has never met: a capitalised word English
does not list ("Rajesh", "Thandiwe"; `english_words`) right before a person's name is its first word, and
such a word the tagger took for a verb or a common noun, followed by capitalised proper nouns no entity
holds ("Layla Haddad of the union said", "Layla" read as a verb), is a person's name with them; so is a
capitalised "auxiliary" the parse hangs on a finite verb ("May Chen said", "Do Van Hung said").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from streams.enrich.vocabulary.english_words import unknown_to_english
from streams.enrich.vocabulary.places import demonym_code, is_known_place

FACTORY = "newswire_glued_names"


def _word_end(doc: Doc, end: int, limit: int) -> int:
    """Where the word the token before `end` belongs to ends, not beyond `limit` (the next entity)."""
    while end < limit and not doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    return end


@Language.component(FACTORY)
def glued_names(doc: Doc) -> Doc:
    """Only a span that ends on the hyphen itself is repaired: there the model read the word as going
    on. A whole name glued to a suffix ("the Ruiz-led council", "Paris-based") is left as it is."""
    ents = list(doc.ents)
    changed = _reach_past_particles(doc, ents)
    changed = _reach_back_to_given_names(doc, ents) or changed
    changed = _reach_back_over_hyphen(doc, ents) or changed
    changed = _hyphenated_given_name_joined(doc, ents) or changed
    changed = _joined_by_particles(doc, ents) or changed
    for k, ent in enumerate(ents):
        if ent.end >= len(doc) or not (doc[ent.end - 1].text == "-" or _split_given_name(ent)):
            continue
        limit = ents[k + 1].start if k + 1 < len(ents) else len(doc)
        end = _word_end(doc, ent.end, limit)
        if end > ent.end and doc[end - 1].is_alpha:
            ents[k] = Span(doc, ent.start, end, label=ent.label)
            changed = True
    if changed:
        doc.ents = ents
    return doc


def _reach_back_over_hyphen(doc: Doc, ents: list[Span]) -> bool:
    """A person's span right after a hyphenated given name ("Eun-ji Kim" read as "Kim" or "ji Kim") starts
    at that name's first piece, when that piece is capitalised and names no place or nationality
    ("Paris-based", "British-born" describe). Edits `ents` in place; True when it changed anything."""
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON" or ent.start == 0:
            continue
        floor = ents[k - 1].end if k else 0
        start = ent.start
        while start - 1 >= floor and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
            start -= 1  # the span opens inside a glued word: back to its start
        if start == ent.start and start - 1 >= floor and doc[start - 1].is_alpha:
            word = start - 1  # the glued word right before the span
            while word - 1 >= floor and not doc[word - 1].whitespace_ and not doc[word - 1].is_space:
                word -= 1
            if any(t.text in ("-", "‐") for t in doc[word:start]):
                start = word
        first = doc[start]
        hyphenated = any(t.text in ("-", "‐") for t in doc[start : ent.start + 1])
        if (
            start < ent.start
            and hyphenated
            and first.is_title
            and all(t.is_alpha or t.text in ("-", "‐") for t in doc[start : ent.start])
            and not is_known_place(first.text)
            and demonym_code(first.text) is None
        ):
            ents[k] = Span(doc, start, ent.end, label=ent.label)
            changed = True
    return changed


def _hyphenated_given_name_joined(doc: Doc, ents: list[Span]) -> bool:
    """ "Ji-woo" and "Seo", or "Seo" (with "-yeon" left out) and "Lim": the small model reads a hyphenated given
    name it never met as a person of its own and the surname right after it as another person or a body. Two
    people are never written side by side with nothing between them, so a person's span that is one glued
    hyphenated word (carried to the word's end) followed at once by one capitalised word in a span of its own is
    one person's name. Edits `ents` in place; True when it changed anything."""
    changed = False
    k = 0
    while k + 1 < len(ents):
        ent, after = ents[k], ents[k + 1]
        end = _word_end(doc, ent.end, after.start)
        pieces = doc[ent.start : end]
        if (
            ent.label_ == "PERSON"
            and after.label_ in _NAME_PIECE_LABELS
            and after.start == end
            and len(after) == 1
            and after[0].is_title
            and after[0].is_alpha
            and len(pieces) == 3
            and pieces[1].text in ("-", "‐")
            and pieces[0].is_title
            and pieces[2].is_alpha
            and not any(t.whitespace_ for t in pieces[:-1])
            and "\n" not in pieces[-1].whitespace_
        ):
            ents[k : k + 2] = [Span(doc, ent.start, after.end, label="PERSON")]
            changed = True
        k += 1
    return changed


# Lower-case particles inside surnames ("van der", "de la", "bin", "al", "af", "do", "op den"), which no name
# ends with.
SURNAME_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "do", "du", "la", "le", "ter",
    "ten", "op", "af", "zu", "bin", "ibn", "bint", "al", "el", "ben",
})  # fmt: skip


def glued_hyphen(token: Token) -> bool:
    """A hyphen written without spaces between two pieces of one word ("Jean-Luc", "Vice-President")."""
    return token.text in ("-", "‐") and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _particle(token: Token) -> bool:
    return token.is_lower and token.lower_ in SURNAME_PARTICLES


def _reach_past_particles(doc: Doc, ents: list[Span]) -> bool:
    """A PERSON span ending on a particle, or followed by one or two ("Tomas" + "del Olmo" where the tagger
    read "del" as a noun), takes the capitalised word after them, out of the next entity if the model put it
    there. Edits `ents` in place; True when it changed anything."""
    changed = False
    k = 0
    while k < len(ents):
        ent = ents[k]
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and _particle(doc[end]) and not doc[end].ent_type_:
            end += 1
        if (
            ent.label_ == "PERSON"
            and ((len(ent) >= 2 and _particle(doc[ent.end - 1])) or end > ent.end)
            and end < len(doc)
            and "\n" not in doc[end - 1].whitespace_
            and doc[end].is_title
            and doc[end].is_alpha
        ):
            ents[k] = Span(doc, ent.start, end + 1, label=ent.label)
            following = ents[k + 1] if k + 1 < len(ents) else None
            if following is not None and following.start == end:
                if len(following) == 1:
                    del ents[k + 1]
                else:
                    ents[k + 1] = Span(doc, following.start + 1, following.end, label=following.label)
            changed = True
        k += 1
    return changed


# Labels the small model gives a piece of a name it does not know ("Rafael" a place, "Hugo" an event).
_NAME_PIECE_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"})
_MAX_PARTICLE_NAME = 7  # tokens: "Maria Fernanda de la Cruz Ortega", "Jean - Luc di Marco"


def _name_piece(token: Token) -> bool:
    """A capitalised word (or a hyphen glued inside a given name) that can be part of a person's name."""
    if token.text in ("-", "‐"):
        return not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.is_title and token.is_alpha and (not token.ent_type_ or token.ent_type_ in _NAME_PIECE_LABELS)


def _joined_by_particles(doc: Doc, ents: list[Span]) -> bool:
    """ "Rafael dos Santos", "Lars af Klint", "Maria do Carmo", "Dirk op den Kamp": the small model splits a name
    at its lower-case particles and labels the pieces a place, an event or a product. Capitalised words joined
    by one or two particles, opening with a given name some country's list holds and touching an entity, are
    one person's name, unless the whole is a place the gazetteer knows ("Rio de Janeiro"). Edits `ents` in
    place; True when it changed anything."""
    from streams.enrich.cast.given_names import given_name_countries  # the cast's lists; imported once loaded

    changed = False
    owner = {i: k for k, e in enumerate(ents) for i in range(e.start, e.end)}

    def joins(i: int) -> bool:
        """Tokens `i` and `i + 1` stand in one name: both can, and only a particle crosses from one entity
        to another ("Rafael" + "dos" + "Santos", not "Ana Ruiz" + "Holdings")."""
        a, b = doc[i], doc[i + 1]
        across = owner.get(i) != owner.get(i + 1) and not (_particle(a) or _particle(b))
        return not across and "\n" not in a.whitespace_ and _in_particle_name(a) and _in_particle_name(b)

    k = 0
    while k < len(ents):
        ent = ents[k]
        if ent.label_ not in _NAME_PIECE_LABELS:
            k += 1
            continue
        start, end = ent.start, ent.end
        while start > 0 and ent.end - start < _MAX_PARTICLE_NAME and joins(start - 1):
            start -= 1
        while end < len(doc) and end - ent.start < _MAX_PARTICLE_NAME and joins(end - 1):
            end += 1
        while start < ent.start and not given_name_countries(doc[start].text):
            start += 1  # "President Rafael dos Santos": the name opens with its given name
        while end > start and _particle(doc[end - 1]):
            end -= 1
        span = doc[start:end]
        joined = [t for t in span if _particle(t)]
        if (
            not joined
            or not given_name_countries(span[0].text)
            or not span[-1].is_title
            or (ent.label_ == "PERSON" and start == ent.start and end == ent.end)
            or any(all(_particle(t) for t in span[i : i + 3]) for i in range(len(span) - 2))  # no name has three
            or any(t.lower_ == "do" and doc[t.i + 1].ent_type_ not in ("", "PERSON") for t in joined)
            or is_known_place(span.text)
        ):
            k += 1
            continue
        inside = [e for e in ents if e.start < end and e.end > start]
        people = [e for e in inside if e.label_ == "PERSON"]  # a person's span running over a title stays whole
        start, end = min([start, *(e.start for e in people)]), max([end, *(e.end for e in people)])
        first = ents.index(inside[0])
        left, right = inside[0], inside[-1]
        ents[first : first + len(inside)] = [
            *_rest(doc, left.start, start, left.label_), Span(doc, start, end, label="PERSON"),
            *_rest(doc, end, right.end, right.label_),
        ]
        owner = {i: k for k, e in enumerate(ents) for i in range(e.start, e.end)}
        changed = True
        k = first + 1
    return changed


def _rest(doc: Doc, start: int, end: int, label: str) -> list[Span]:
    """What is left of an entity a name cuts into, [start, end) with its label ("Santos" + a new paragraph's
    "Lars af Klint" read as one organisation leaves "Lars af Klint"), spaces and punctuation at the cut aside."""
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return [Span(doc, start, end, label=label)] if start < end else []


def _in_particle_name(token: Token) -> bool:
    """The token can stand inside a name joined by particles: a particle or a name's piece."""
    return not token.is_space and (_particle(token) or _name_piece(token))


_MAX_UNLABELLED_NAME = 3


def _unknown_name_word(doc: Doc, i: int) -> bool:
    """Token `i` is a capitalised word English does not list, in no entity, in the sentence of the word
    after it and no nationality's or place's name (a place the tagger took for a verb is none the model
    knows: given names are places too, "Layla"): a given name the model did not read as one."""
    token = doc[i]
    return (
        not token.ent_type_
        and token.is_title
        and i + 1 < len(doc)
        and "\n" not in token.whitespace_
        and not doc[i + 1].is_sent_start
        and unknown_to_english(token)
        and (token.pos_ in ("VERB", "AUX") or not is_known_place(token.text))
        and demonym_code(token.text) is None
    )


def _auxiliary_read_into_name(doc: Doc, i: int) -> bool:
    """ "May Chen said", "Do Van Hung said": a modal or "do" takes a bare verb ("Will Ana Ruiz stand?"), so a
    capitalised one the parse hangs on a past or present-tense verb is no auxiliary but a given name or a
    family name written first."""
    token = doc[i]
    return (
        not token.ent_type_
        and token.is_title
        and token.dep_ == "aux"
        and (token.tag_ == "MD" or token.lemma_ == "do")
        and token.head.tag_ in ("VBD", "VBZ")
        and token.head.i > i
    )


def _name_after(doc: Doc, i: int, taken: set[int]) -> int:
    """Where the unlabelled capitalised proper nouns from token `i` on end (at most three of them)."""
    end = i
    while end < len(doc) and end - i < _MAX_UNLABELLED_NAME and end not in taken and _bare_proper_noun(doc[end]):
        end += 1
    return end


def _bare_proper_noun(token: Token) -> bool:
    return not token.ent_type_ and token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()


def _reach_back_to_given_names(doc: Doc, ents: list[Span]) -> bool:
    """A PERSON span takes the unknown capitalised words right before it ("Rajesh" + "Kumar Singh"), and
    an unknown word the tagger read as a common word makes a person's name of the bare proper nouns after
    it. Edits `ents` in place; True when it changed anything."""
    changed = False
    for k, ent in enumerate(ents):
        start = ent.start
        while ent.label_ == "PERSON" and start > 0 and ent.start - start < 2 and (
            _unknown_name_word(doc, start - 1) or _auxiliary_read_into_name(doc, start - 1)
        ):
            start -= 1
        if start < ent.start and (k == 0 or ents[k - 1].end <= start):
            ents[k] = Span(doc, start, ent.end, label=ent.label)
            changed = True
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    for i in range(len(doc) - 1):
        token = doc[i]
        if not token.is_title or i in taken or token.pos_ == "PROPN" or not _unknown_name_word(doc, i):
            continue
        end = _name_after(doc, i + 1, taken)
        if end > i + 1:
            ents.append(Span(doc, i, end, label="PERSON"))
            taken.update(range(i, end))
            changed = True
    ents.sort(key=lambda e: e.start)
    return changed


# Words glued after a name to make a modifier ("the Ruiz-led council", "the Lind-era rules"): the name
# ends at the hyphen there.
_COMPOUNDING = frozenset({"era", "style", "like", "free", "type", "run", "born", "made", "bloc", "camp", "wing"})


def _split_given_name(ent: Span) -> bool:
    """ "Seo Jae" + "-in": a person's name of two or more words whose last one is a short syllable glued
    by a hyphen to another short, lower-case syllable, the shape of a romanised East Asian given name
    ("Ki-moon", "Ing-wen"). A long surname before the hyphen, a participle or a compounding word
    after it, is a modifier ("Lind-led", "Ruiz-era")."""
    doc = ent.doc
    last, end = doc[ent.end - 1], ent.end
    if ent.label_ != "PERSON" or len(ent) < 2 or last.whitespace_ or end + 1 >= len(doc):
        return False
    hyphen, syllable = doc[end], doc[end + 1]
    return (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and len(last.text) <= 5
        and syllable.is_alpha
        and syllable.is_lower
        and len(syllable.text) <= 4
        and not syllable.text.endswith("ed")
        and syllable.text not in _COMPOUNDING
        and (end + 2 == len(doc) or bool(syllable.whitespace_) or not doc[end + 2].is_alpha)
    )


def use_glued_names(nlp: Language) -> Language:
    """Adds the repair right after the entity recogniser (a no-op without one, or when present)."""
    if "ner" in nlp.pipe_names and FACTORY not in nlp.pipe_names:
        nlp.add_pipe(FACTORY, after="ner")
    return nlp
