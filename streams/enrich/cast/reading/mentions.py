"""Every mention of a person, and the gender the article's own pronouns give them.

The first sieve pass: NER's person spans (repaired), titled names, names coordinated with a person, names
the model left unlabelled, then a known surname written alone and a person's initials, all merged in the
registry; the titles written around each name are kept for `Cast.holder_of`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..entity import Entity
from ..lexicon import lexicon
from ..names import closed_by_legal_form, is_title_in_name, title_before, titled_name
from .and_names import joined_name
from .binding import own_clause_subject
from .columns import ARGUMENT_DEPS, Columns
from .definite_names import written_with_the
from .firm_openings import FirmOpenings
from .kinds import (
    affiliation_read_as_person,
    body_noun_before,
    body_read_as_person,
    owner_of_its,
    person_by_role,
    place_read_as_person,
    titled_by_copula,
)
from .lone_bodies import one_word_body
from .name_runs import (
    after_title,
    coordinated_name,
    in_list_of_people,
    name_run,
    surname_run,
    unlabelled_name,
    whole_name,
)
from .registry import Registry
from .titles import hold_title
from .venue_surnames import venue_word_surname


def person_mentions(
    doc: Doc, cols: Columns, ents: list[Span], registry: Registry, named: dict[int, Entity | None],
    titled: dict[int, Entity], firms: FirmOpenings,
) -> list[tuple[Token, Entity]]:
    """Every mention of a person: NER's PERSON spans, and a known surname NER labelled otherwise, but for a
    firm's opening words (`firms`). `named` gets every token of each name, `titled` every token of its title,
    for readers that hold one."""
    mentions: list[tuple[Token, Entity]] = []
    for ent in ents:
        floor = cols.sent_start[ent.start]  # Span.sent walks every sentence of the doc
        person = ent.label_ == "PERSON" and not body_read_as_person(ent) and not affiliation_read_as_person(ent)
        person = person and not (ent.label_ == "PERSON" and firms.opens_one_firm(ent))  # "Gull Air" of "Gull Air Inc"
        person = person and not owner_of_its(ent) and not one_word_body(ent, registry) and not body_noun_before(ent)
        person = person and not written_with_the(ent)  # "the Oldmere": a river or a product, no one's name
        venue_named = venue_word_surname(ent)  # "Kaito Hall said ... He added"
        if (
            (person and not place_read_as_person(whole_name(ent, floor), registry))  # "Ana Kaya": a town's name
            or titled_name(ent)
            or titled_by_copula(ent)
            or person_by_role(ent)
            or venue_named is not None
        ):
            ent = whole_name(ent, floor)
            entity = registry.add_person_span(ent, floor)
            if entity is not None:
                mentions.append((_argument_of(ent), entity))
                named.update((t.i, None if is_title_in_name(t) else entity) for t in ent)
                hold_title(ent, entity, titled, floor)
            else:
                named.update((t.i, None) for t in ent)
    # "X Pipe and Valve Co", "X Group International Inc": no one's name, whatever the article writes alone later
    for ent in (e for e in ents if e.label_ == "ORG" and (joined_name(e) or closed_by_legal_form(e))):
        named.update((i, None) for i in range(ent.start, ent.end) if i not in named)
    for t in (doc[i] for i in cols.coordinated if i not in named):
        run = coordinated_name(t, named)
        if run and not any(r.i in named for r in run):
            entity = registry.add_person(run, title_before(doc, run[0].i, cols.sent_start[t.i]), run[0].idx)
            if entity is not None:
                mentions.append((t, entity))
                named.update((r.i, entity) for r in run)
    listed = [i for i in cols.listed if i not in named and in_list_of_people(doc[i], named)]
    after_titles = [i for i in cols.unlabelled_pobjs if after_title(doc[i])]
    for t in (doc[i] for i in sorted({*cols.unlabelled_arguments, *listed, *after_titles}) if i not in named):
        if unlabelled_name(t) and not firms.opens_one_firm(name_run(t)):
            run = name_run(t)
            floor = cols.sent_start[t.i]
            entity = registry.add_person_span(doc[run[0].i : run[-1].i + 1], floor)  # titled as a PERSON span is
            if entity is not None:
                mentions.append((t, entity))
                named.update((r.i, entity) for r in run)
                hold_title(doc[run[0].i : run[-1].i + 1], entity, titled, floor)
    inner = registry.inner_words()  # "Wang" of "Wang Xiuying", "Ortega" of "Juan Ortega Ruiz"
    for t in (doc[i] for i in cols.capitalised if i not in named):  # the tagger calls some surnames nouns
        known = registry.knows_surname(t.text) or (t.ent_iob_ != "I" and inner.get(t.lower_) == 1)
        run = surname_run(t, named) if known else []
        entity = registry.add_person(run, None, run[0].idx) if run else registry.initials_of(t)
        if entity is not None:
            mentions.append((t, entity))
            named.update((r.i, entity) for r in run or [t])
    folded = registry.fold_given_names()
    if folded:
        named.update((i, folded.get(id(e), e)) for i, e in named.items() if e is not None)
        titled.update((i, folded.get(id(e), e)) for i, e in titled.items())
        mentions = [(t, folded.get(id(e), e)) for t, e in mentions]
    return sorted(mentions, key=lambda m: m[0].i)


def _argument_of(ent: Span) -> Token:
    """The token that stands for the name in its clause: the span's root, unless the parse hung the name's
    words on the verb one by one and the root is a word it misread ("Will" of "Will Tran said" as an
    auxiliary), when the word that is the clause's subject or object is."""
    root = ent.root
    if root.dep_ in ARGUMENT_DEPS:
        return root
    return next((t for t in ent if t.dep_ in ARGUMENT_DEPS and t.head.i not in range(ent.start, ent.end)), root)


def vote_genders(
    doc: Doc, cols: Columns, mentions: list[tuple[Token, Entity]], in_quote: Callable[[int], bool]
) -> None:
    """A he/she with exactly one person named before it in its sentence is about that person, unless it is
    the object of a clause that person is the subject of ("B greeted her": never B)."""
    genders = lexicon().pronoun_genders
    k = 0
    for t in (doc[i] for i in cols.pronouns):
        gender = genders[t.lower_]
        if in_quote(t.idx):
            continue
        while k < len(mentions) and mentions[k][0].i < cols.sent_start[t.i]:
            k += 1
        before: dict[int, Entity] = {}
        for tok, entity in mentions[k:]:
            if tok.i >= t.i:
                break
            before[id(entity)] = entity
        subject = own_clause_subject(t) if len(before) == 1 else None
        if len(before) == 1 and not any(tok == subject for tok, _ in mentions[k:] if tok.i < t.i):
            next(iter(before.values())).vote_gender(gender)
