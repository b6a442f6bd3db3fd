"""Organisations as the scan reads them: their names, what the article shows of them, and their
mentions the model did not label.

"The company" refers to a company, never a union or a state body, so the scan records which organisations
the article writes as employers or businesses and where they are based; a numbered branch ("X Local 12")
and a name written again unlabelled are still mentions, so a later "the company" can reach them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from ...vocabulary.places import is_known_place
from ..entity import Entity
from ..lexicon import lexicon
from .columns import SUBJECT_DEPS, Columns
from .kinds import owned_as_its
from .orgs import home_of, org_name
from .registry import Registry, based_elsewhere, is_company, may_be_company


def org_entity_name(ent: Span) -> str:
    """NER's span without its article, widened to a possessor it left out ("Valdora's foreign ministry")
    and to the place it cut off after its "of" ("X Corp of" before "Norway"): left cut, the name would
    lose where the company is and pass for the short form of another "X Corp of <place>"."""
    if any(c.dep_ == "poss" and c.i < ent.start for c in ent.root.lefts):
        return org_name(ent.root) or ent.text
    return _with_cut_place(ent).text.removeprefix("the ").removeprefix("The ")


def _with_cut_place(ent: Span) -> Span:
    """`ent` and the one- or two-word known place after its "of", whether the model kept the "of" ("X Corp
    of") or stopped at the legal form ("X Corp" before "of Norway"); else `ent` as it is."""
    doc = ent.doc
    start = ent.end
    if ent[-1].lower_ in lexicon().corporate_suffixes and doc[start : start + 1].text == "of":
        start += 1
    elif ent[-1].lower_ != "of" or len(ent) < 2:
        return ent
    for size in (2, 1):
        place = doc[start : start + size]
        if len(place) == size and all(t.text[:1].isupper() for t in place) and is_known_place(place.text):
            return doc[ent.start : place.end]
    return ent


def form_inside_name(org: Entity, word: str) -> bool:
    """ "Y Group Plc": a legal form written inside a firm's name before its last legal form does not single
    that firm out among companies, so "the group" is the company in focus, not a rival so named."""
    words = org.name.removeprefix("the ").removeprefix("The ").lower().split()
    suffixes = lexicon().corporate_suffixes
    return word in suffixes and word in words[:-1] and words[-1] in suffixes


def refers_to_institution(token: Token) -> bool:
    """ "The ministry did not say ...": a definite institution noun is the organisation named before, and
    the narrative is about it, so a following "It said" is that organisation too."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in lexicon().institution_nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def is_org_subject(root: Token) -> bool:
    """An organisation the clause is about: its subject, or the subject's owner ("X's new plant was built
    by Y" is about X, as the next "the company" is; so are "Shares in X fell", "The profits of X halved",
    which business news writes before "It said ..."), or the body whose people stand as the subject
    (`voiced_by_its_people`)."""
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "in") and root.head.dep_ == "prep":
        return root.head.head.dep_ in SUBJECT_DEPS
    return (
        root.dep_ in SUBJECT_DEPS
        or (root.dep_ == "poss" and root.head.dep_ in SUBJECT_DEPS)
        or voiced_by_its_people(root)
    )


def voiced_by_its_people(root: Token) -> bool:
    """ "X officials would not comment, but a spokesman said ...", "X executives pointed to a filing it made":
    a body's name written before the people who act for it (officials, executives, its board, a spokesman) as
    the clause's subject puts that body in focus, as "X's officials" would, so the bare spokesperson, the
    "it" and the "the company" after it are its voice, not whichever body spoke or stood as subject before."""
    if root.dep_ != "compound" or root.head.dep_ not in SUBJECT_DEPS:
        return False
    lex = lexicon()
    return root.head.lemma_.lower() in lex.representative_nouns | lex.spokes_nouns


def employs(root: Token) -> bool:
    """ "management at X", "X's workers", "X closed its plant", "parent company X", "X, the carmaker": the
    organisation is written as an employer or a business, which makes it a company for "the company"."""
    lex = lexicon()
    context = lex.employer_context_nouns | lex.business_nouns
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("at", "of", "for") and head.head.lemma_.lower() in context:
        return True
    if root.dep_ in ("poss", "compound") and head.lemma_.lower() in lex.employer_context_nouns:
        return True
    if any(n.lemma_.lower() in lex.employer_context_nouns for n in owned_as_its(root)):  # "X closed its plant"
        return True
    if reports_own_results(root):  # "X said its profit rose"
        return True
    described = [c for c in root.children if c.dep_ in ("compound", "appos")]
    if root.dep_ == "appos":
        described.append(head)
    return any(c.pos_ == "NOUN" and c.lemma_.lower() in lex.business_nouns for c in described)


def reports_own_results(root: Token) -> bool:
    """ "X said its profit rose", "X raised its dividend": a body that reports its own profit, earnings or
    dividend is a company, so a later "the company said" is X and not a rival with a legal form named after
    it. Read in the subject's own clause and in the clause it reports, where results are usually given."""
    if root.dep_ != "nsubj":
        return False
    results = lexicon().company_results
    reported = [c for c in root.head.children if c.dep_ == "ccomp"]
    nouns = [*owned_as_its(root), *(n for c in reported for n in (*c.children, *c.rights) if n.dep_ != "ccomp")]
    return any(n.lower_ in results and any(c.lower_ == "its" for c in n.children) for n in nouns)


def called_companies(doc: Doc, registry: Registry) -> None:
    """ "X, headquartered in Y, is a family-run firm controlled by Z Inc and W Co": an organisation whose name
    carries no legal form, written as the subject of a copula whose complement is a business noun, is a
    company, so the "the company" after it is X and not the owners with a legal form named after it. Read
    at every mention, since the model often labels a name after its first writing as something else."""
    business = lexicon().business_nouns
    for org in registry.orgs():
        for at in org.mentions if not org.employer else ():
            span = doc.char_span(at, at + len(org.name), alignment_mode="expand")
            verb = span.root.head if span is not None and span.root.dep_ == "nsubj" else None
            if verb is not None and verb.lemma_ == "be" and any(
                c.dep_ == "attr" and c.pos_ == "NOUN" and c.lemma_.lower() in business for c in verb.children
            ):
                org.employer = True
                break


def company_subjects(
    doc: Doc, cols: Columns, registry: Registry, focus: list[tuple[int, Entity]], in_quote: Callable[[int], bool]
) -> None:
    """ "The company said ...", "The firm plans ...", "the group said" when only a legal form inside a rival's
    name is "Group": a definite business noun as a subject keeps the
    company it refers to in focus (the company last in focus, else the one named last), so that the "it"
    after it is that company and not another organisation named in between."""
    generic = lexicon().business_nouns
    firms = {id(e) for e in registry.orgs() if not (is_company(e) and may_be_company(e))}
    for t in (doc[i] for i in cols.subjects):
        if t.pos_ != "NOUN" or in_quote(t.idx) or not refers_to_institution(t):
            continue
        named = registry.org_with_head(t.lower_, t.idx) if t.lower_ not in generic else None
        if t.lower_ not in generic and (named is None or not form_inside_name(named, t.lower_)):
            continue
        home = home_of(t)
        fits = firms | {id(e) for e in registry.orgs() if based_elsewhere(e, home)}
        k = bisect_right(focus, t.idx, key=lambda e: e[0])
        org = registry.org_based_in(home, t.idx)
        org = org or next((e for _, e in reversed(focus[:k]) if e.kind == "org" and id(e) not in fits), None)
        org = org or registry.latest_org(t.idx, fits)
        if org is not None:
            focus.insert(k, (t.idx, org))


@cache
def _branch_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(w.capitalize() for w in lexicon().org_branch_words))
    return re.compile(rf"\b((?:[A-Z][\w&.-]*\s){{1,4}}(?:{words})\s\d+)\b")


def branch_orgs(text: str, registry: Registry) -> None:
    """ "X Local 12", "Y Lodge 4": a numbered branch of a union, which the model rarely labels as one
    name (it sees a number), is an organisation wherever it is written."""
    for match in _branch_pattern().finditer(text):
        name = match.group(1)
        registry.add_org(name, match.start(1), short=name.rsplit(" ", 1)[0])  # NER's "X Local", if it said so


def mention_org_names(text: str, registry: Registry) -> None:
    """Exact-string pass: an organisation's name written where the model did not label it ("talks with
    representatives of X" before NER's first "X") is still a mention, so "the company" can refer to it."""
    for org in registry.orgs():
        name = org.name
        if len(name) < 3 or not name[:1].isupper():
            continue
        at = text.find(name)
        while at != -1:
            before, after = text[at - 1 : at], text[at + len(name) : at + len(name) + 1]
            if not (before.isalnum() or after.isalnum()):
                org.mention(at)
            at = text.find(name, at + len(name))
