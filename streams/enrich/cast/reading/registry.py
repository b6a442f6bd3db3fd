"""Sieve pass 1 and 2 of the cast: one entry per person keyed by surname, one per organisation.

News writes a person in full once ("Deputy Trade Minister Arno X") and then as "X",
"Sergey X", "the deputy minister" or "he". People are keyed by surname, so spelling variants
of the first name merge (exact-name match, then surname match with compatible first names),
and every title seen with the name is kept: later descriptions are matched against them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Span, Token

from streams.enrich.repairs.glued_names import SURNAME_PARTICLES, glued_hyphen
from streams.enrich.vocabulary.english_words import plural_of_english_word, unknown_to_english
from streams.enrich.vocabulary.given_names import compatible, is_given_name
from streams.enrich.vocabulary.places import city_population, country_code, is_known_place

from ..entity import Entity
from ..lexicon import lexicon
from ..names import (
    appositive_title,
    honorific_gender,
    is_honorific,
    is_title_in_name,
    is_title_word,
    title_before,
    title_hyphen,
)
from .acronyms import initialled_forms
from .affiliation import affiliation
from .family_first import FAMILY_MIN, family_name
from .short_forms import contracts, joined_initials
from .stock_codes import without_stock_code

_INITIALS = re.compile(r"(?:[a-z]\.){1,3}")  # "k.j.", lower-cased as the registry keys are
_PARENTHESISED = re.compile(r"\s\([^()]{1,30}\)(?=\s)")  # "(holdings)" inside a name, before its legal form
_CITY_IN_BODY_NAMES = 250_000  # "X Munich", "Leeds Y": clubs and firms take a big city's name, people a town's
_COPULAS = frozenset({"be", "become", "remain"})
_MAX_COPULAR = 10
_OF_WORDS = frozenset({"of", "for", "de", "des", "du"})  # "Union of ...", "Federation for ...": a union's name
# An honorific is the writer's explicit word; a pronoun near a name is only circumstantial.
HONORIFIC_WEIGHT = 3


def copular_title(head: Token) -> str | None:
    """ "X is the coach of Y", "X became chief executive": a title the clause's verb gives its subject, as an
    apposition would ("the coach said" later is X)."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _COPULAS:
        return None
    return _role_phrase(next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None))


def clause_title(head: Token) -> str | None:
    """ "X, who is the chair of Y,", "X, who was named captain,", "X, appointed as chief executive last year,":
    a clause set off after a name gives its holder a title as an apposition would. Only a clause about the
    name itself counts: a relative one opened by "who" or a participle hanging on the name."""
    for clause in head.rights:
        if clause.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_.startswith("nsubj") for c in clause.children):
            copula = clause.lemma_.lower() in _COPULAS
        elif clause.dep_ == "acl" and clause.tag_ == "VBN":
            copula = False
        else:
            continue
        title = _role_phrase(_complement(clause, copula))
        if title is not None:
            return title
    return None


def _complement(verb: Token, copula: bool) -> Token | None:
    """What `verb` says its subject is: "is the chair" (a copula's attribute), "was named captain", "serves as
    treasurer", "appointed as chief executive"."""
    for c in verb.children:
        if (c.dep_ == "attr" and copula) or c.dep_ == "oprd":
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _role_phrase(role: Token | None) -> str | None:
    """The title a verb's complement `role` writes ("the coach of Y" → "coach of Y"), None unless it is one
    title word of one person (not "the coaches", not a phrase with another person's name in it)."""
    if role is None or role.i < role.head.i or not is_title_word(role) or role.tag_ in ("NNS", "NNPS"):
        return None
    start = max([role.left_edge.i, *(c.right_edge.i + 1 for c in role.lefts if c.dep_ in ("det", "poss"))])
    span = [t for t in role.subtree if t.i >= start]  # "the club's coach": the owner is no part of the title
    while span and span[-1].is_punct:
        span.pop()
    if len(span) > _MAX_COPULAR or any(t.ent_type_ == "PERSON" for t in span):
        return None
    return role.doc[span[0].i : span[-1].i + 1].text


def _acronym(name: str) -> str:
    """Initials of the capitalised words: "Coastal Farmers League" → "CFL"; "" for one word. A word in capitals
    is a short form already and gives every letter ("NF Farmers League" is "NFFL", "UN Trade Council" is "UNTC"),
    so that a body named after another's short form ("the NF Commission") is not taken for that other ("NF")."""
    words = [w for w in name.split() if w[:1].isupper()]
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words) if len(words) > 1 else ""


def _compound_acronym(name: str) -> str:
    """Initials that take each part of a hyphenated compound ("Orla Tesk-Varn Corp" is "OTV"); "" when
    no word is such a compound, so that a plain name keeps the one reading `_acronym` gives it."""
    parts = name.replace("-", " ")
    return _acronym(parts) if parts != name else ""


def _org_acronyms(name: str) -> set[str]:
    """An organisation's initials with and without its legal form: "Orrin Cable and Pipe Co" is written "OCPC"
    or, more often, "OCP" (the "Co", "Inc", "Ltd" is not initialled); without a country or place opening the name
    ("U.S. Bureau of Land Records" is "BLR": the country tells whose bureau, it is no word of the name)."""
    words = name.split()
    suffixes = lexicon().corporate_suffixes
    while len(words) > 2 and words[-1].lower() in suffixes:
        words.pop()
    forms = [name, " ".join(words)]
    if len(words) > 2 and (country_code(words[0]) is not None or is_known_place(words[0])):
        forms.append(" ".join(words[1:]))
    forms += initialled_forms(words)  # "U.S. Fisheries Department" is also "USDF"
    return {a for a in (*map(_acronym, forms), *map(_compound_acronym, forms)) if a}


def _without_possessive(name: str) -> str:
    """ "Valdora Motors's": an organisation named as an owner is still that organisation."""
    return name.removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")


def org_core(name: str) -> str:
    """The name without its article, possessive, legal form and a parenthesised word before the legal form:
    "the Valdora Motors Corporation", "Valdora Motors (Holdings) Inc" and "Valdora Motors Inc" are all
    "valdora motors", as news writes one company long first and short after."""
    words = _PARENTHESISED.sub(" ", _without_possessive(name.lower()).removeprefix("the ")).replace(",", " ").split()
    suffixes = lexicon().corporate_suffixes
    while len(words) > 1 and words[-1] in suffixes:
        words.pop()
    return " ".join(words)


def placed_core(name: str) -> str | None:
    """ "X Corp of <place>", "X Bank of <country>": the core of the name without where the company is ("x",
    "x bank"), which a short form after it ("X Corp", "X Bank") leaves out; None for a name with no such tail."""
    words = name.lower().removeprefix("the ").split()
    lex = lexicon()
    ends = lex.corporate_suffixes | lex.company_name_endings
    k = next((k for k in range(1, len(words) - 2) if words[k] in ends and words[k + 1] == "of"), None)
    return org_core(" ".join(words[: k + 1])) if k is not None and is_known_place(" ".join(words[k + 2 :])) else None


def is_company(entity: Entity) -> bool:
    """An organisation the article shows to be a company: its name ends in a legal form or a trade
    ("X Inc", "Y Motors"), or it employs the people it is written with ("management at X")."""
    return entity.kind == "org" and (entity.employer or named_as_company(entity))


def named_as_company(entity: Entity) -> bool:
    """A company by its name alone ("X Inc", "Y Motors"): a council that employs people is no firm an
    article could open with as the company it is about."""
    lex = lexicon()
    last = _without_possessive(entity.name.lower()).split()[-1:]
    endings = lex.corporate_suffixes | lex.company_name_endings
    return entity.kind == "org" and bool(last and last[0] in endings)


def may_be_company(entity: Entity) -> bool:
    """Whether "the company" can refer to `entity`: an organisation whose name does not make it a union
    or a state body ("X Workers Union", "the Ministry of Y", "Union of Z Workers"). A union word opening a
    name right before another name word is a company's brand ("Union Y Petroleum", "Federation Z Foods")."""
    lex = lexicon()
    words = entity.name.lower().removeprefix("the ").split()
    unions = lex.institution_name_markers.get("union", frozenset())
    brand = len(words) > 1 and words[0] in unions and words[1] not in _OF_WORDS
    return entity.kind == "org" and not (set(words[brand:]) & unions or set(words) & lex.state_institution_nouns)


def based_elsewhere(entity: Entity, home: str | None) -> bool:
    """ "The Leeds-based company" is not one the article based somewhere else."""
    return home is not None and entity.home is not None and entity.home != home


def big_place(word: str) -> bool:
    """A country or a city of a quarter million: what a body's name takes, and no given name's town."""
    return country_code(word) is not None or city_population(word) >= _CITY_IN_BODY_NAMES


def place_in_body_name(words: list[str], last_word: Token | None = None) -> bool:
    """A place where a body's name puts one: the whole name, a country or big city last ("Bayern X", "Real
    Y"), or first before a plural nickname ("Dallas Foxes"). Many given names are also places ("Paris",
    "Dallas") and many surnames small towns, so a person's name is not one of these shapes. With the last
    word's token, a nickname must be the plural of an English word: "Sofia Petrakis" ends in "s" too."""
    first, last = words[0], words[-1]
    plural = last.endswith("s") if last_word is None else plural_of_english_word(last_word)
    team = big_place(first) and plural and not is_given_name(first)
    return is_known_place(" ".join(words)) or big_place(last) or team


def _after_inner_title(tokens: list[Token], ent: Span) -> list[Token]:
    """ "Queensland Treasurer Ana Ruiz" read as one person: the words before a title inside the span are where
    or what the office is, not where the name starts, when a full name (two words at least) follows the title;
    one word after it ("Ana Dean Ruiz") may be a surname that is also a title's word, and the span stays."""
    titles = [t.i for t in ent if is_title_in_name(t) and t.i > ent.start]
    if not titles:
        return tokens
    after = [t for t in tokens if t.i > titles[-1]]
    return after if len(after) >= 2 else tokens


def _clean_name_tokens(tokens: Sequence[Token]) -> list[Token]:
    clean = [t for t in tokens if not (t.is_punct or t.tag_ == "POS" or _article(t, tokens) or is_honorific(t))]
    while clean and clean[-1].is_lower and clean[-1].pos_ in ("ADP", "CCONJ") and not _after_hyphen(clean[-1]):
        clean.pop()  # "Ana Ruiz of": the model's span ran into the word after the name
    return clean


def _after_hyphen(token: Token) -> bool:
    """ "Seo Jae-in": the end of a hyphenated given name, however much it looks like a preposition."""
    return token.i > 1 and glued_hyphen(token.doc[token.i - 1])


def _article(token: Token, name: Sequence[Token]) -> bool:
    """ "the" or "a" the model's span took in, lower-case or opening it; a capitalised one inside a name is a
    word of it ("Nguyen Van An", "Tran Thi A": Vietnamese given names are short and some spell English words)."""
    return token.lower_ in ("the", "a", "an") and (token.is_lower or token.i == name[0].i)


def _surname(words: list[str]) -> str:
    """The last word of a name that is no generation suffix ("Bell" of "Marcus Bell III"), lower-cased."""
    suffixes = lexicon().generation_suffixes
    named = [w for w in words if w.lower() not in suffixes] or words
    return named[-1].lower()


# Shorter surnames one slip apart are often two real names ("Kim"/"Kin", "Lowe"/"Love").
MISSPELT_MIN = 6


def one_slip_apart(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter dropped, added, changed or two neighbours swapped, the first
    letter kept (typists rarely slip on a capital)."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return len(diff) == 1 or swapped
    short, long_ = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


def slipped_word(token: Token, words: Iterable[str]) -> str | None:
    """The one word of `words` a typist's slip made `token` ("minisrty", "spokeswomen" misspelt): a word English
    does not list, of MISSPELT_MIN letters or more, one slip from exactly one of them; None otherwise."""
    word = token.lower_
    if len(word) < MISSPELT_MIN or not unknown_to_english(token):
        return None
    slipped = [w for w in words if one_slip_apart(word, w)]
    return slipped[0] if len(slipped) == 1 else None


def _slipped_name(word: str, name: str) -> bool:
    """Whether `word` is the short form of `name` with one slip: its surname ("Okonkow" of "Marta Okonkwo",
    MISSPELT_MIN letters at least) or, for a name written family name first, its family name ("Chong" of
    "Chon Ye-jin", `family_first`)."""
    family = family_name(name)
    if family is not None and one_slip_apart(word, family):
        return True
    return len(word) >= MISSPELT_MIN and one_slip_apart(word, _surname(name.split()))


def _ends_name(name: str, words: list[str]) -> bool:
    """ "García López", "van der Berg" after "Ana Belén García López", "Pieter van der Berg": a surname of
    several words written alone is its bearer's second mention, not a person whose first name is "García";
    "Van der Berg" opening a sentence too."""
    parts = name.lower().split()
    return len(words) > 1 and parts[-len(words) :] == [w.lower() for w in words] and len(parts) > len(words)


def short_name_rest(name: str, short: list[str], hyphen: bool = True) -> list[str] | None:
    """The words of a lower-cased `name` after `short` when `short` opens it, or opens it after a leading legal
    form or a founder's initials ("Orrenwald" of "nv orrenwald lampworks", "Tessmer" of "k.j. tessmer holdings
    inc": news drops both in the short form); None when it does not."""
    words = name.split()
    starts = [0]
    if len(words) > 2 and (words[0] in lexicon().corporate_suffixes or _INITIALS.fullmatch(words[0])):
        starts.append(1)
    for start in starts:
        end = start + len(short)
        if len(words) > end and words[start:end] == short:
            return words[end:]
    return _hyphen_rest(words, short) if hyphen else None


def _hyphen_rest(words: list[str], short: list[str]) -> list[str] | None:
    """ "Kessel" of "kessel-brandt plc": news shortens a firm whose first word joins two names with a hyphen to
    the first of them, as it shortens others to their first word; the rest then opens with the second name.
    A lone word only, and only the name's opening one."""
    if len(short) != 1 or not words:
        return None
    first, hyphen, second = words[0].partition("-")
    if not hyphen or first != short[0] or len(first) < 3 or not second[:1].isalpha():
        return None
    return [second, *words[1:]]


_KIND_FORMS = frozenset({"group", "holdings"})  # close a name as a legal form does, and say what the firm is


def only_legal_form(rest: Sequence[str]) -> bool:
    """Whether the words after a short form are a legal form alone ("inc", "co ltd"), so that the short form is
    that firm's own name: "X Holdings Corp" and "X Group Plc" are more than "X", a parent's name beside "X Inc"."""
    suffixes = lexicon().corporate_suffixes
    return bool(rest) and all(w in suffixes and w not in _KIND_FORMS for w in rest)


_LEGAL_SPELLINGS = {"corporation": "corp", "company": "co", "incorporated": "inc", "limited": "ltd"}


def _legal_tail(name: str) -> tuple[str, ...]:
    """The legal form closing a name, one spelling per form ("X Group Plc" → ("group", "plc"); "X Corporation"
    and "X Corp." → ("corp",)); () for a name with none."""
    words = [w.rstrip(".") for w in _without_possessive(name).lower().replace(",", " ").split()]
    suffixes = lexicon().corporate_suffixes
    tail: list[str] = []
    while len(words) > 1 and words[-1] in suffixes:
        word = words.pop()
        tail.insert(0, _LEGAL_SPELLINGS.get(word, word))
    return tuple(tail)


def _names_a_part(rest: list[str]) -> bool:
    """Whether the words after a parent's opening words name a part it owns abroad ("international corp",
    "canada ltd"), which the parent's short form does not shorten when the parent is named too."""
    return bool(rest) and (rest[0] in lexicon().unit_name_words or country_code(rest[0]) is not None)


class Registry:
    """People and organisations of one article. `given_genders` is the given-name prior of the pipeline that
    parsed it (`given_names.given_name_genders`), which every person gets."""

    def __init__(self, given_genders: Mapping[str, str]) -> None:
        self._given_genders = given_genders
        self._people: dict[str, list[Entity]] = {}
        self._orgs: dict[str, Entity] = {}
        self._cores: dict[str, Entity] = {}  # org_core → organisation: its short and long forms are one
        self._placed: dict[str, Entity | None] = {}  # placed_core → the one body so placed (None: several)

    def knows_surname(self, surname: str) -> bool:
        return surname.lower() in self._people

    def bears_in_full(self, surname: str) -> bool:
        """Whether someone of the article is named in full with this surname ("Kim Tessmer"), not only by a
        lone word the model took for a person's."""
        return any(e.first is not None for e in self._people.get(surname.lower(), []))

    def people(self) -> list[Entity]:
        """Each person once, though a first name may key one as well as the surname ("Lin Weiran")."""
        return list({id(e): e for group in self._people.values() for e in group}.values())

    def orgs(self) -> list[Entity]:
        return list({id(e): e for e in self._orgs.values()}.values())

    def add_person(self, tokens: Sequence[Token], title: str | None, char: int) -> Entity | None:
        clean = _clean_name_tokens(tokens)
        if not clean:
            return None
        words = [t.text for t in clean]  # keyed by token, so "Ryan-Smith" is still found as "Smith"
        surname = _surname(words)
        span = clean[0].doc[clean[0].i : clean[-1].i + 1]
        one_word = not any(t.whitespace_ for t in span[:-1])  # "Vassel-Groot" is a surname, not a first name
        first = words[0] if len(words) > 1 and not one_word else None
        written = span.text if all(t in clean or t.text in "-‐" for t in span) else " ".join(words)
        group = self._people.setdefault(surname, [])
        matches = [
            e for e in group
            if compatible(e.first, first) or _ends_name(e.name, words) or _ends_name(written, e.name.split())
        ]
        if not matches and not group:
            matches = self._named_inside(words) or self._misspelt(words)
        if matches:
            entity = max(matches, key=lambda e: max((m for m in e.mentions if m <= char), default=-1))
            if len(words) > len(entity.name.replace("-", " ").split()):
                entity.name, entity.first = written, first  # the fullest name, as written ("Marc-André")
        else:
            entity = Entity(name=written, kind="person", first=first, given_genders=self._given_genders)
            group.append(entity)
        entity.mention(char)
        if title:
            entity.add_title(char, title)
        gender = honorific_gender(tokens)
        if gender is not None:
            entity.vote_gender(gender, HONORIFIC_WEIGHT)
        return entity

    def _named_inside(self, words: list[str]) -> list[Entity]:
        """ "Mr Ortega" after "Juan Carlos Ortega Ruiz", "Wang" after "Wang Xiuying", "Mr Bell" after "Marcus
        Bell III": a short name that is the inside or the start of exactly one person's full name, and no
        one's surname, is that person (double surnames, family names written first, generation suffixes)."""
        wanted = [w.lower() for w in words]
        found = []
        for entity in self.people():
            parts = entity.name.lower().split()
            spans = range(len(parts) - len(wanted))  # never the whole name nor its end (the surname's way)
            if len(parts) > len(wanted) and any(parts[k : k + len(wanted)] == wanted for k in spans):
                found.append(entity)
        return found if len(found) == 1 else []

    def _misspelt(self, words: list[str]) -> list[Entity]:
        """ "Mr Okonkow" after "Marta Okonkwo": a lone surname of MISSPELT_MIN letters or more that nobody
        bears, one slip of the keys (a letter dropped, added, changed or two swapped, the first kept) from
        exactly one person's surname (or family name, written first: `family_first`), is that person's.
        Copy-editing misses such slips, and a second person of nearly the same surname in one story is far rarer
        than a typo."""
        if len(words) != 1 or len(words[0]) < FAMILY_MIN:
            return []
        word = words[0].lower()
        found = [e for e in self.people() if e.first is not None and _slipped_name(word, e.name)]
        return found if len(found) == 1 else []

    def family_named(self, word: str) -> Entity | None:
        """ "Choi said" (or "Choy said") after "Choi Min-jun", the model reading the lone word as a body: the one
        person whose name, written family name first, opens with the word or one slip from it, when nobody
        bears the word as a surname (`family_first`)."""
        key = word.lower()
        if len(key) < FAMILY_MIN or self._people.get(key):
            return None
        families = {id(e): family_name(e.name) for e in self.people()}
        found = [e for e in self.people() if (f := families[id(e)]) and (f == key or one_slip_apart(key, f))]
        return found[0] if len(found) == 1 else None

    def inner_words(self) -> dict[str, int]:
        """How many people bear each word of their name before its last one (lower-cased): where a word
        written alone may name one person through the inside of a name ("Wang" of "Wang Xiuying")."""
        counts: dict[str, int] = {}
        for entity in self.people():
            for word in set(entity.name.lower().split()[:-1]):
                counts[word] = counts.get(word, 0) + 1
        return counts

    def fold_given_names(self) -> dict[int, Entity]:
        """ "Lin" and "Lin Weiran", "Ana" and "Ana Ruiz", "Guzmán" and "Ana Guzmán Rivas": a one-word name that
        is nobody's surname in full but the first name or an inner word of exactly one person named in full is
        that person (names written family name first, the first names sport and features use, the first of two
        surnames), whichever the article wrote first. Returns the folded
        entities by id() with the person each became."""
        folded: dict[int, Entity] = {}
        for group in self._people.values():
            if any(e.first is not None for e in group):
                continue  # someone bears this word as a surname
            for k, entity in enumerate(group):
                word = entity.name.lower()
                found = [e for e in self.people() if e.first is not None and e.first.lower() == word]
                found = list({id(e): e for e in [*found, *self._named_inside(entity.name.split())]}.values())
                if len(found) != 1:
                    continue
                person = group[k] = found[0]
                for char in entity.mentions:
                    person.mention(char)
                for char, title in entity.titles:
                    person.add_title(char, title)
                for gender, votes in entity.gender_votes.items():
                    person.vote_gender(gender, votes)
                person.affiliation = person.affiliation or entity.affiliation
                folded[id(entity)] = person
        return folded

    def initials_of(self, token: Token) -> Entity | None:
        """ "JMO" after "J Marta Okafor": the one person whose initials the capitals spell."""
        text = token.text
        if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 5):
            return None
        found = [e for e in self.people() if _acronym(e.name) == text]
        if len(found) != 1:
            return None
        found[0].mention(token.idx)
        return found[0]

    def add_person_span(self, ent: Span, floor: int) -> Entity | None:
        """A PERSON entity of the parse, with the title written before it (not before token `floor`, its
        sentence's start) or in apposition."""
        tokens = _after_inner_title([t for t in ent if not (is_title_in_name(t) or title_hyphen(t))], ent)
        if not tokens:
            return None
        root = ent.root
        title = title_before(ent.doc, tokens[0].i, floor) or appositive_title(root) or copular_title(root)
        title = title or clause_title(root)
        if title is None and ent.root.i != tokens[-1].i:  # a misread given name heads the span ("Rajesh" a verb)
            title = appositive_title(tokens[-1])
        entity = self.add_person(tokens, title, ent.start_char)
        if entity is not None and entity.affiliation is None:
            body = affiliation(ent.doc[tokens[0].i : ent.end], floor)
            if body is not None and not self.knows_surname(body):  # "X's adviser Ana Y" works for a person
                entity.affiliation = body
        return entity

    def add_org(self, name: str, char: int, short: str | None = None, written_apart: bool = False) -> Entity:
        """The organisation so named, merged with its all-capitals short form either way round ("CFL"),
        with `short` if that names one already, a one-word name with the one body it opens ("Tessaro
        said" after "Tessaro Logistics": news shortens a firm to its first word) and a longer one with the one
        firm it opens ("Tessaro Bay" after "Tessaro Bay Freight Inc"; "Tessaro Gas" after "Tessaro Gas and
        Electric Co" only when `written_apart`, a name span no "and" follows)."""
        name = without_stock_code(name)
        owned = _without_possessive(name) != name
        name = self._office_name(_without_possessive(name))
        key = name.lower().removeprefix("the ")
        core = org_core(name)
        placed = placed_core(name)
        entity = (
            self._orgs.get(key)
            or self._core_body(key, core)
            or self._placed_body(core, placed)
            or (self._orgs.get(short.lower()) if short else None)
            or self._by_acronym(name)
            or self._by_short_form(name)
            or self._shortened_before(name)
            or next((e for a in _org_acronyms(name) if (e := self._orgs.get(a.lower())) and self._one_spells(a)), None)
            or (self.org_by_short_name(key) if " " not in key else self._firm_shortened_to(name, written_apart))
            or (self._founder_shortened_to(key) if owned and " " not in key else None)
        )
        if entity is None:
            entity = Entity(name=name, kind="org", given_genders=self._given_genders)  # an org may turn person
        elif len(name) > len(entity.name) and not name.isupper():
            entity.name = name  # the fullest name as written
        self._orgs[key] = entity
        self._cores.setdefault(core, entity)
        if placed is not None:
            self._placed[placed] = entity if self._placed.get(placed, entity) is entity else None
        entity.mention(char)
        return entity

    def _founder_shortened_to(self, word: str) -> Entity | None:
        """ "Tobbin's said" after "Tobbin's Seafood": a firm named after its founder with an owner's "'s" is
        shortened to that word, "'s" and all; the one body whose name opens with the word and its "'s". Only a
        short form written with the "'s" (an owner written without it, "Tobbin said", may be the founder)."""
        if self._people.get(word):
            return None  # "Tobbin's" after "Ana Tobbin" is hers to own
        openings = {f"{word}'s", f"{word}’s"}
        found = {id(e): e for k, e in self._orgs.items() if len(parts := k.split()) > 1 and parts[0] in openings}
        return next(iter(found.values())) if len(found) == 1 else None

    def add_short_form(self, short: str, entity: Entity) -> None:
        """A short form the article defined for `entity` ("the X Board (XB)"), unless it names another body."""
        self._orgs.setdefault(short.lower(), entity)

    def add_founder_form(self, entity: Entity) -> None:
        """A firm named after a founder ("Tobbin's Stores Inc"), also under its name without the "'s", so that
        its short form ("Tobbin's said", "Tobbin said") opens one of the names the article gave in full."""
        self._orgs.setdefault(" ".join(_without_possessive(w) for w in entity.name.lower().split()), entity)

    @staticmethod
    def may_be_person(entity: Entity) -> bool:
        """Whether an organisation of the parse may be a person after all: a plain two- or three-word name
        (no organisation word or legal form in it, no acronym, "of", "the" or known place) of a body the
        article did not show to be one ("X, the ferry operator", "staff at X", "the Leeds-based X")."""
        words = [w for w in entity.name.split() if w not in SURNAME_PARTICLES]  # "Anouk de Vries"
        if len(words) > 2 and words[-1].lower() in lexicon().generation_suffixes:
            words.pop()  # "Marcus Bell III"
        lex = lexicon()
        body_words = lex.org_name_endings | lex.corporate_suffixes | lex.institution_nouns | lex.state_institution_nouns
        if entity.kind != "org" or not 2 <= len(words) <= 3 or entity.employer or entity.home is not None:
            return False
        if not all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() for w in words):
            return False
        return not any(w.lower() in body_words for w in words) and not place_in_body_name(words)

    def as_person(self, entity: Entity) -> bool:
        """Makes an organisation of the parse that `may_be_person` ("X Y said") a person, once a personal
        pronoun can refer to nothing else; False, changing nothing, for one that may not."""
        if not self.may_be_person(entity):
            return False
        words = entity.name.split()
        for table in (self._orgs, self._cores):
            for key in [k for k, e in table.items() if e is entity]:
                del table[key]
        entity.kind, entity.first = "person", words[0]
        self._people.setdefault(_surname(words), []).append(entity)
        return True

    def person_by_surname(self, word: str) -> Entity | None:
        """ "Okonkwo said" after "Marta Okonkwo" that the parse called an organisation: news shortens a
        person to the surname (an organisation to its first word), so the one plain name ending in `word`
        is a person's."""
        key = word.lower()
        lex = lexicon()  # "Ms X", "Coach X" or "X" read as an organisation is this mention, not the name
        found = {
            id(e): e
            for e in self._orgs.values()
            if len(words := e.name.split()) > 1
            and _surname(words) == key
            and words[0].lower() not in lex.honorifics
            and words[0].lower() not in lex.title_words
        }
        if len(found) != 1:
            return None
        entity = next(iter(found.values()))
        return entity if self.as_person(entity) else None

    def _office_name(self, name: str) -> str:
        """ "Ruiz's ministry" when the article titled Ruiz "Fisheries Minister": the Fisheries Ministry, the
        body under its own name (a body speaking is not its minister). Else the name as written."""
        owner, mark, body = name.replace("’", "'").partition("'s ")
        office = lexicon().office_bodies.get(body.lower()) if mark and " " not in owner else None
        people = self._people.get(owner.lower(), []) if office else []
        if len(people) != 1:
            return name
        for title in sorted((t for _, t in people[0].titles), key=len, reverse=True):
            words = title.split()
            lowered = [w.lower() for w in words]
            if office in lowered and not set(lowered) & lexicon().bodiless_titles:
                k = lowered.index(office)
                words[k] = body.capitalize() if words[k][:1].isupper() else body
                return " ".join(words)
        return name

    def org_based_in(self, home: str | None, char: int) -> Entity | None:
        """The organisation named last before `char` that the article said is based in `home`."""
        skip = {id(e) for e in self.orgs() if e.home is None or e.home != home}
        return self.latest_org(char, skip) if home is not None else None

    def org_by_short_name(self, words: str) -> Entity | None:
        """ "Quellmark" for "Quellmark Freight Systems", "Corlan Ridge" for "Corlan Ridge Inc": news shortens a
        company to its opening words after one full mention. A country alone shortens no body's name
        ("the U.K. said" after "the U.K. Board of X" is the country)."""
        key = words.lower().split()
        if len(key) == 1 and country_code(words) is not None:
            return None
        hyphen = not (len(key) == 1 and self.knows_surname(key[0]))  # "Kessel" after "Ana Kessel" is hers
        rests = {
            id(e): (e, rest) for k, e in self._orgs.items() if (rest := short_name_rest(k, key, hyphen)) is not None
        }
        if len(rests) > 1:  # "X Y" after "X Y Inc" and its part "X Y International Corp": the parent
            rests = {i: (e, rest) for i, (e, rest) in rests.items() if not _names_a_part(rest)}
        if len(rests) > 1:  # "X Y" after "X Y Inc" and its unit "X Y Railroad Co": the one it names but for the form
            bare = {i: (e, rest) for i, (e, rest) in rests.items() if only_legal_form(rest)}
            rests = bare if len(bare) == 1 else rests
        return next(iter(rests.values()))[0] if len(rests) == 1 else None

    def org_read_as_person(self, words: str, char: int) -> Entity | None:
        """ "Nordhavn said" after "Nordhavn Shipping", "Corlan Ridge said" after "Corlan Ridge Inc", the model
        reading the short form as a person's name: the one body the words open, when the rest of its name is
        body, trade or legal-form words (so the words are the body's own name, not a founder's) and the
        article names no person with more than those words, nor gives a full name of them a title
        ("founder Dana Whitfield" of "Dana Whitfield Group"; a lone word the model took for a name may carry
        the body's own apposition). A name closed by a legal form ("Pennock Geothermal Inc") is a company
        whatever its middle words, so its opening words, when no country or big city, are its short form too (many
        surnames and common words also name a small town somewhere); so is one opened by a legal form ("NV
        Orrenwald Lampworks"). A person named in full who is an officer of that very firm ("Ana Nordhavn,
        chairman of Nordhavn Shipping", "the shipper's chairman, Ana Nordhavn") does not take the short form: news
        goes on writing "Nordhavn said" for the firm, and calls its officer "he" or by title."""
        size = len(words.split())
        org = self._firm_shortened_to(words)
        people = self._people.get(words.split()[-1].lower(), [])
        if any(self._keeps_name(e, size, org) for e in people):
            return None
        if org is not None:
            org.mention(char)
        return org

    def _keeps_name(self, person: Entity, size: int, org: Entity | None) -> bool:
        """Whether `person` holds these `size` words rather than the firm: a shorter writing of a longer name is the
        person's unless they are the firm's own officer; the whole name of a titled person stays theirs even when
        the firm is named after them ("Dana Okafor of Dana Okafor Group said" is the founder), but more words than
        the name are not (a title word opening the firm's name, read as the person's title)."""
        held = len(person.name.split())
        if held > size:
            return not self._officer_of(person, org)
        # a titled person holds words of their own name's length: "General Dynamo" is no "Dynamo" titled General
        return size > 1 and bool(person.titles) and held == size

    def _officer_of(self, person: Entity, org: Entity | None) -> bool:
        """Whether `person` is written as an office holder of `org`: affiliated with it by its name or its short
        form, or by a description ("the brewer's chairman") that can only refer back to a firm in focus."""
        if org is None or person.affiliation is None or not person.titles:
            return False
        body = _without_possessive(person.affiliation)
        return body.islower() or self.org_named(body) is org

    def _firm_shortened_to(self, words: str, written_apart: bool = False) -> Entity | None:
        """The one firm named in full whose opening words `words` are, when the rest of its name is body,
        trade or legal-form words, so that the words are the firm's own name and not a founder's or a place's.
        A name joined at "and" ("X Gas and Electric Co") is shortened to its words before the "and" ("X Gas
        said") only by a name span of its own (`written_apart`): a run read off the parse may be the opening
        of the whole name written right there, which its readers mend apart."""
        org = self.org_by_short_name(words)
        full = " ".join(_without_possessive(w) for w in org.name.lower().split()) if org is not None else ""
        rest = short_name_rest(full, words.lower().split()) or []
        lex = lexicon()
        endings = lex.org_name_endings | lex.corporate_suffixes | lex.company_name_endings | lex.finance_name_words
        if org is None or not rest:
            return None
        legal_form = (
            (rest[-1] in lex.corporate_suffixes or org.name.split()[0].lower() in lex.corporate_suffixes)
            and (written_apart or rest[0] not in ("and", "&"))  # "X Pipe" of "X Pipe and Foundry Corp"
            and not any(big_place(w) for w in words.split())  # "Canada said" after "Canada Fund Inc"
        )
        return org if legal_form or all(w in endings for w in rest) else None

    def org_marked(self, markers: frozenset[str]) -> Entity | None:
        """The one organisation of the article, named anywhere, whose name has a word of `markers` in it
        ("the union" for "X Workers Union" or "Y Local 12"); None when none or several do."""
        found = {id(e): e for k, e in self._orgs.items() if markers & set(k.split())}
        return next(iter(found.values())) if len(found) == 1 else None

    def org_named(self, name: str) -> Entity | None:
        """The organisation a name written in the article is, so that a reader of the cast gives it its fullest
        name: "IWF" after "the International Widget Fund", "Orrenwald" after "NV Orrenwald Lampworks"."""
        key = _without_possessive(name).lower().removeprefix("the ")
        return (
            self.org_by_initials(name) or self._orgs.get(key) or self.org_by_short_name(key)
            or self._by_short_form(name)
        )

    def org_by_initials(self, word: str) -> Entity | None:
        """ "FPF said" after "Ferrow Pipe and Foundry Corp", the model leaving the initials unlabelled."""
        return (self._orgs.get(word.lower()) or self._by_acronym(word)) if word.isupper() else None

    def _by_acronym(self, name: str) -> Entity | None:
        """ "CFL" after "Coastal Farmers League": an all-capitals short form of an organisation named before."""
        if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
            return None
        found = {id(e): e for e in self._orgs.values() if name in _org_acronyms(e.name)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _by_short_form(self, name: str) -> Entity | None:
        """ "D and P" after "Dunmore and Pell's", "Pacex" after "the Pacific Exchange": the one body named before
        that a short form other than all-capitals initials spells."""
        initials = joined_initials(name)
        if initials is not None:
            return self._by_acronym(initials)
        if " " in name:
            return None
        found = {id(e): e for e in self._orgs.values() if contracts(name, e.name)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _shortened_before(self, name: str) -> Entity | None:
        """The one body already held under a word run together from `name` ("Nocex" read before the parser gave
        "the Nordic Cotton Exchange"): the same body, which then takes the full name."""
        if " " not in name:
            return None
        found = {id(e): e for k, e in self._orgs.items() if " " not in k and contracts(e.name, name)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _core_body(self, key: str, core: str) -> Entity | None:
        """The body whose name without its legal form is `core` ("X" of "X Holdings Corp"); a one-word name
        only when no other body opens with it too ("X" after "X Industries Inc" and "X Holdings Corp" names
        neither, as for two bodies sharing initials). Two names written in full with different legal forms ("X
        Ltd" and "X Group Plc") are two companies, a parent and its subsidiary most often."""
        if " " not in key and self.org_by_short_name(key) is None:
            return None
        found = self._cores.get(core)
        if found is not None and _legal_tail(key) and _legal_tail(found.name) not in ((), _legal_tail(key)):
            return None
        return found

    def _placed_body(self, core: str, placed: str | None) -> Entity | None:
        """ "X Corp" and "X Corp of <place>" are one company, named in either order; not when two bodies of
        the article bear the name with different places."""
        if placed is None:
            return self._placed.get(core)
        return self._cores.get(placed) if placed not in self._placed else None

    def _one_spells(self, short: str) -> bool:
        """Whether at most one body named in full has `short` for initials: two that share them ("Tava Bell
        Zinc" and "Tarn Bexley-Zorn") leave the short form to neither."""
        return len({id(e) for e in self._orgs.values() if short in _org_acronyms(e.name)}) < 2

    def latest_org(self, char: int, skip: set[int]) -> Entity | None:
        """The organisation named last before `char`, other than those whose id() is in `skip`."""
        best: tuple[int, Entity] | None = None
        for entity in self._orgs.values():
            last = entity.mentioned_before(char) if id(entity) not in skip else None
            if last is not None and (best is None or last > best[0]):
                best = (last, entity)
        return best[1] if best else None

    def org_with_head(self, head: str, char: int, described: frozenset[str] = frozenset()) -> Entity | None:
        """The latest organisation before `char` whose name has `head` in it ("the ministry"), or that was
        introduced as one ("rights group X ... the group"), and every word `described` too ("the aviation
        board" is the Federal Aviation Board, not the last board named)."""
        best: tuple[int, Entity] | None = None
        for key, entity in self._orgs.items():
            last = entity.mentioned_before(char)
            words = set(key.split())
            called = head in words or (head in entity.described and not described)
            if last is not None and called and described <= words and (best is None or last > best[0]):
                best = (last, entity)
        return best[1] if best else None
