"""Who is who in one article: names, their variants and the titles written next to them.

News writes a person in full once ("Deputy Trade Minister Arno X") and then as "X",
"Sergey X", "the deputy minister" or "he". The registry keeps one entry per person keyed
by surname, so spelling variants of the first name merge, and remembers every title seen
with the name, which is what later descriptions are matched against.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from spacy.tokens import Doc, Span, Token

from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from streams.enrich.repairs.glued_names import SURNAME_PARTICLES, glued_hyphen
from streams.enrich.vocabulary import places

from .entity import EntityKind
from .given_names import given_name_countries
from .lexicon import lexicon
from .trades import glued_role, hyphenated_trade_end, opening_trade, trade_before_name, trade_noun

_ORG_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP"})
_TITLE_ENT_LABELS = frozenset({"NORP", "GPE", "ORG"})
_MAX_APPOSITIVE = 12
_MAX_SHORT_FORM = 6
_CLASSIFYING_SUFFIXES = ("al", "ic", "ary", "ive")  # financial, economic, parliamentary, executive
_FRONTED_DETERMINERS = frozenset({"DT", "PRP$", "POS", "CD", "JJ"})  # "the", "its", "'s", "two", "final"


def is_capitalised(token: Token) -> bool:
    """Written with a capital, abbreviations with their full stop included ("Sen."): how a name's words look."""
    return token.text[:1].isupper() and any(c.isalpha() for c in token.text)


def has_own_name(noun: Token) -> bool:
    """ "the Kestrel movement", "Ravi's airline", "Kestrel": a noun that carries a name of its own, so a name set
    beside it after a comma cannot be renaming it ("a unit of the Kestrel movement, the Red Guards," names the
    unit); "the Korean carmaker, Hanbit Motors," may well be the carmaker's name."""
    return noun.pos_ == "PROPN" or any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in noun.lefts)


def is_title_word(token: Token) -> bool:
    return token.lower_ in lexicon().title_words


def is_office_title(word: str) -> bool:
    """A title whose holder can stand for a side at talks ("the minister", "the Sultan", "Sen."), as
    opposed to a trade that only describes someone ("the coach", "a farmer") or a word that only qualifies
    a title ("press", "acting"); a few qualifiers are offices too where they end the title ("the police
    chief", "the attorney general"), which is where callers ask. `word` is one word in any case, with or
    without its abbreviation's full stop."""
    lex = lexicon()
    key = word.lower().rstrip(".")
    written = key in lex.title_words or f"{key}." in lex.title_words or key in lex.honorifics
    qualifier = key in lex.title_modifiers and key not in lex.heading_modifiers
    return written and key not in lex.occupation_words and not qualifier


def is_title_part(word: str) -> bool:
    """A word of a title as written before a name ("Russian Deputy Foreign Minister", "Sen.", "Her
    Majesty", "the late"), trades excepted: a given name such as "Dean" is too often one of them."""
    lex = lexicon()
    key = word.lower().rstrip(".")
    return is_office_title(key) or key in lex.title_modifiers or key in lex.styles


def _ends_person_name(token: Token) -> bool:
    """The last word of a multi-word PERSON entity is a surname even if it is also a title (John Major)."""
    doc = token.doc
    return (
        token.ent_type_ == "PERSON"
        and token.ent_iob_ == "I"
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    )


def is_honorific(token: Token) -> bool:
    return token.lower_ in lexicon().honorifics or _religious_style(token)


def _religious_style(token: Token) -> bool:
    """ "Father Ruiz", "Sister Okafor": a kin noun capitalised right before a proper name is a cleric's
    style, used like "Mr" ("Fr. X" later becomes "Father X"); "his father, X," or "Father's Day" is kin."""
    doc = token.doc
    return (
        token.lower_ in lexicon().religious_styles
        and token.text[:1].isupper()
        and token.i + 1 < len(doc)
        and doc[token.i + 1].pos_ == "PROPN"
        and doc[token.i + 1].text[:1].isupper()
    )


# the answers of `is_title_in_name` for the one doc whose cast is being built: the cast's passes ask it ~170
# times an article about the same few name words (per thread, as articles may be enriched in several at once)
_TITLES_IN_NAMES: ContextVar[tuple[Doc, dict[int, bool]] | None] = ContextVar("titles_in_names", default=None)


@contextmanager
def titles_in_names_remembered(doc: Doc) -> Iterator[None]:
    """Remember `is_title_in_name` per word of `doc` while the block runs; only for a block that leaves the
    parse as it is, since the answer reads the word's entity labels."""
    reset = _TITLES_IN_NAMES.set((doc, {}))
    try:
        yield
    finally:
        _TITLES_IN_NAMES.reset(reset)


def is_title_in_name(token: Token) -> bool:
    """A title word or honorific glued to a name ("Minister", "Ms") rather than part of the name itself, a
    nation's noun before a full name ("Briton Emma Clarke", "Frenchman Pierre Lambert"), a trade opening
    the sentence before one ("Sprinter Ana Ruiz") or a lower-case role glued onto one ("physio Kaito Shimizu")."""
    memo = _TITLES_IN_NAMES.get()
    if memo is None or memo[0] is not token.doc:
        return _title_in_name(token)
    known = memo[1].get(token.i)
    if known is None:
        known = memo[1][token.i] = _title_in_name(token)
    return known


def _title_in_name(token: Token) -> bool:
    return (
        is_title_word(token)
        or _plural_title_before_name(token)
        or is_honorific(token)
        or _demonym_before_name(token)
        or opening_trade(token)
        or glued_role(token)
        or _in_hyphenated_title(token)
    ) and not _ends_person_name(token) and not _in_hyphenated_surname(token)


def _plural_title_before_name(token: Token) -> bool:
    """ "Commissioners" in "Commissioners Ana Ruiz and Tom Obi said": a capitalised office in the plural right
    before a person's name titles the people listed after it, and is no word of the first one's name."""
    if not token.is_title or token.tag_ not in ("NNS", "NNPS", "NNP") or not token.lower_.endswith("s"):
        return False  # the tagger calls a capitalised plural a proper noun as often as not
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.is_title and (after.ent_type_ == "PERSON" or bool(
        given_name_countries(after.text))) and is_office_title(token.lower_[:-1])


def _hyphenated(token: Token) -> bool:
    """Whether `token` is a glued hyphen or a piece a glued hyphen joins to another. Asked of most words of every
    name, so a word spaced on both sides, as most are, is answered first."""
    doc, i = token.doc, token.i
    if token.whitespace_ and (i == 0 or doc[i - 1].whitespace_):
        return False
    after = i + 1 < len(doc) and glued_hyphen(doc[i + 1])
    return glued_hyphen(token) or after or (i > 0 and glued_hyphen(doc[i - 1]))


def _in_hyphenated_title(token: Token) -> bool:
    """A piece of a hyphenated title right before a name ("Vice" and "in" of "Vice-President X", "Commander-in-Chief
    Y", "Film" of "Film-maker Z"): a word with a title among its pieces, or ending in a trade, and a capitalised word
    after it."""
    if not _hyphenated(token):
        return False
    doc = token.doc
    word = _hyphenated_word(token)
    after = word[-1] + 1
    return after < len(doc) and doc[after].is_alpha and doc[after].is_title and (
        any(is_title_word(doc[k]) for k in word[::2]) or hyphenated_trade_end(doc[word[-1]])
    )


def title_hyphen(token: Token) -> bool:
    """The hyphen inside a title written before a name ("Attorney-General X"): the title's, as its pieces are, so
    that neither the name nor the title is cut there."""
    doc, i = token.doc, token.i
    return 0 < i < len(doc) - 1 and glued_hyphen(token) and all(is_title_in_name(doc[k]) for k in (i - 1, i + 1))


def _in_hyphenated_surname(token: Token) -> bool:
    """A title word in a hyphenated surname ("Bishop" of "Ana Bishop-Lund said", "Judge" of "Ewa Judge-Nowak,"):
    every piece capitalised, a capitalised word (the given name) right before it and none after it."""
    if not _hyphenated(token):
        return False
    doc = token.doc
    word = _hyphenated_word(token)
    before, after = word[0] - 1, word[-1] + 1
    return (
        before >= 0
        and doc[before].is_alpha
        and doc[before].is_title
        and not is_title_word(doc[before])
        and not (after < len(doc) and doc[after].is_alpha and doc[after].is_title)
        and all(doc[k].is_alpha and doc[k].is_title for k in word[::2])
        and not all(is_title_word(doc[k]) for k in word[::2])  # "The Attorney-General says": a title, all pieces
    )


def demonym_adjective(word: str) -> str | None:
    """The nationality adjective of a noun for a person of a nation: "briton" → "British", "frenchwoman" →
    "french" (when the gazetteer knows it), else None."""
    word = word.lower()
    known = lexicon().demonym_nouns.get(word)
    if known is not None:
        return known
    for suffix in ("woman", "man"):
        if word.endswith(suffix) and places.demonym_code(word[: -len(suffix)]) is not None:
            return word[: -len(suffix)]
    return None


def _demonym_before_name(token: Token) -> bool:
    """Only before two capitalised words, so that a given name that is also a nation's noun ("Finn X") stays.
    Asked of every word of every name: the word itself is looked up before the two after it are."""
    if not token.text[:1].isupper() or demonym_adjective(token.text) is None:
        return False
    after = token.doc[token.i + 1 : token.i + 3]
    return len(after) == 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in after)


def honorific_gender(tokens: Sequence[Token]) -> str | None:
    """Mr/Ms/Mrs written with the name, inside it or right before it: the article's own word on gender."""
    if not tokens:
        return None
    first = tokens[0]
    before = [first.doc[first.i - 1]] if first.i > 0 else []
    for t in [*before, *tokens]:
        gender = lexicon().honorifics.get(t.lower_)
        if gender is None and _religious_style(t):  # "Sister X" is a woman, "Father X" a man
            gender = lexicon().religious_styles[t.lower_]
        if gender is not None:
            return gender
    return None


def comma_appositive(doc: Doc, comma: int) -> Token | None:
    """The last token of a PERSON name set off by a comma at `comma` ("the mayor, X Y, said"), which the
    parse often fails to attach as an appositive."""
    k = comma + 1
    if k >= len(doc) or doc[comma].text != "," or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return None
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
        k += 1
    return doc[k]


def fronted_apart(role: Token, name: Token) -> bool:
    """ "Days after talks with the Danish premier, Chancellor X flew home": a role inside a phrase that opens
    the name's own clause ends at the comma closing that phrase; the name after it (`name`, its head word) is
    the clause's subject, not the role's holder. A name closed by a comma of its own ("According to the mayor,
    X, the bridge will ...") is set off as the role's, whatever subject the small model made it."""
    doc = name.doc
    if name.dep_ not in ("nsubj", "nsubjpass") or name.head.i < name.i or (
            name.i + 1 < len(doc) and doc[name.i + 1].text == ","):
        return False
    verb, node = name.head, role
    while node.head.i not in (node.i, verb.i):
        node = node.head
    return node.head.i == verb.i and node.i < role.i and node.dep_ in ("prep", "npadvmod", "advcl")


def _portfolio(token: Token) -> bool:
    """ "Fisheries Minister", "Enterprise Minister": a capitalised common noun compounded onto a title
    is the title's portfolio."""
    return token.text[:1].isupper() and token.pos_ in ("NOUN", "ADJ") and token.dep_ in ("compound", "amod")


def _lower_portfolio(token: Token, taken: list[int]) -> bool:
    """ "fisheries adviser", "trade envoy": a lower-case noun compounded onto the title word right after
    it is the title's portfolio too (the tagger calls some plurals verbs: "fisheries"). A list's second title
    is parsed every which way ("Mayor X and council leader Y": "council" a proper noun; "Head coach X and team
    captain Y": "team" an apposition of the first title), so a singular noun right before the title word is
    its portfolio whatever the parse hung it on."""
    if not (token.is_alpha and token.is_lower and taken) or token.lower_ in lexicon().ignored_role_modifiers:
        return False  # "veteran coach X" is a coach
    title = token.doc[taken[-1]]
    if _fronted_object(token, title):
        return False  # "After the match striker X said": the match is when, the striker who
    if not (is_title_word(title) or trade_noun(title)):  # "jazz pianist X", "climate scientist Y"
        return False
    compounded = token.dep_ == "compound" and token.head.i == title.i and token.pos_ in ("NOUN", "VERB", "ADJ")
    return compounded or (token.tag_ in ("NN", "NNP") and token.i + 1 == title.i)


def _fronted_object(token: Token, title: Token) -> bool:
    """ "match" in "After the match striker X said", "hearing" in "At the hearing judge Y ruled": news fronts a
    when or where phrase without a comma, and the noun ending it is that phrase's object, not the title's
    portfolio. The parse compounds it onto the title, so its place tells: a preposition opening its clause
    (the sentence's start, or after a comma or a conjunction), then a determiner or an owner ("the", "Tuesday's"),
    then the noun, with the title the main clause's subject (or the preposition's object). A title in a clause
    the word opens stays whole ("After the council leader X resigned, ..."), as does one with no determiner
    ("Under council leader X") or after a preposition inside a clause ("talks with the council leader Y")."""
    doc = token.doc
    k = token.i - 1
    while k >= 0 and token.i - k <= 4 and (doc[k].tag_ in _FRONTED_DETERMINERS or doc[k + 1].tag_ == "POS"):
        k -= 1  # "the", "its", "Tuesday's"
    if k < 0 or k == token.i - 1 or doc[k].tag_ not in ("IN", "VBG"):
        return False
    if not (k == 0 or doc[k].is_sent_start or doc[k - 1].is_punct or doc[k - 1].pos_ in ("CCONJ", "SCONJ")):
        return False
    phrase = title
    while phrase.dep_ == "compound" and phrase.head.i > phrase.i:  # "chairman" compounded onto the name after it
        phrase = phrase.head
    if phrase.head.i == k:  # parsed into the phrase: so only if the main verb's subject is none or the name
        return not any(c.dep_ in ("nsubj", "nsubjpass") and not _names(c, title) for c in doc[k].head.children)
    return phrase.dep_ == "nsubj" and phrase.head.dep_ == "ROOT"


def _names(token: Token, title: Token) -> bool:
    """A word of the name written right after the title ("judge Ana Ruiz ruled": Ruiz, the verb's subject)."""
    return token.pos_ == "PROPN" and title.i < token.i <= title.i + 4


def _classifying_adjective(token: Token, taken: list[int]) -> bool:
    """ "chief financial officer", "regional director", "artistic director": an adjective made from a noun
    ("finance", "region", "art") says which office, as a portfolio does, so it belongs to the title; one
    that judges the holder ("popular mayor", "controversial director", "embattled chief") does not. The
    test is the adjective's shape: a lower-case modifier of the title word after it, with a classifying
    suffix, that a sentiment lexicon does not rate (rated words are judgements). A few office adjectives
    are rated or unsuffixed all the same ("creative director", "legal adviser", "managing editor"): the
    lexicon lists them."""
    if not (token.is_alpha and token.dep_ in ("amod", "compound") and token.head.i in taken):
        return False
    lex = lexicon()
    if token.lower_ in lex.office_adjectives:
        return not token.is_upper  # "Managing editor X" opening a sentence too
    return (
        token.is_lower
        and token.pos_ == "ADJ"
        and token.dep_ == "amod"
        and token.lower_.endswith(_CLASSIFYING_SUFFIXES)
        and token.lower_ not in lex.ignored_role_modifiers
        and not news_lexicon().valence.get(token.lower_)
    )


def _is_role(token: Token) -> bool:
    """A title word that names a person's role ("minister"), not a portfolio ("affairs", "health")."""
    return is_title_word(token) and token.lower_ not in lexicon().title_modifiers


def _portfolio_link(doc: Doc, j: int, floor: int) -> int | None:
    """ "Disabled People" in "Minister for Disabled People X", "the Grain Agency" in "Director of the Grain
    Agency X": up to three capitalised words after a title and its "for"/"of" (and "the") end the title,
    though none is a title word; the index of that "for"/"of", else None. A body's name with an "of" of its own
    ("Governor of the Reserve Bank of Norland X") is walked through to the title's "of"; a portfolio may join its words
    with "and" ("Minister of Water and Forests X", "director for Lakes and the Coast Y"); and one lower-case
    noun may close capitalised words ("head of Asian operations X"), which name what part of the body the title
    is over."""
    k = j - 1 if _closing_lower_noun(doc, j, floor) else j
    top = k
    inner = 0  # the "of"s inside the body's name walked through
    while True:
        words = 0
        while k >= floor and words < _PORTFOLIO_WORDS:
            if _portfolio_word(doc[k]):
                words += 1
            elif not (words and _portfolio_joiner(doc, k, floor)):
                break
            k -= 1
        if k > floor and k < top and doc[k].lower_ == "the":
            k -= 1
        if not (k > floor and k < top and doc[k].lower_ in ("for", "of")):
            return None
        if is_title_word(doc[k - 1]):
            return k
        if inner or doc[k].lower_ != "of" or not _portfolio_word(doc[k - 1]):
            return None
        inner, top = inner + 1, k - 1
        k = top


_PORTFOLIO_WORDS = 3


def _portfolio_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN")


def _portfolio_joiner(doc: Doc, k: int, floor: int) -> bool:
    """ "and" between two capitalised words of a portfolio, "the" between that "and" and the word after it."""
    word = doc[k].lower_
    if word == "and":
        return k - 1 > floor and _portfolio_word(doc[k - 1])
    return word == "the" and k - 1 > floor and doc[k - 1].lower_ == "and"


def _closing_lower_noun(doc: Doc, j: int, floor: int) -> bool:
    """ "operations" in "head of Asian operations X": a lower-case common noun right before the name with a
    capitalised word right before it."""
    token = doc[j]
    return j - 1 > floor and token.is_lower and token.is_alpha and token.pos_ == "NOUN" and _portfolio_word(doc[j - 1])


def _opens_before_title(token: Token) -> bool:
    """A sentence's opening words capitalised like a title's: a date ("On Monday union leader X") or a
    capitalised preposition before a lower-case word ("Under council leader X"; "Under Secretary X" is a
    title, and "of" in "Director of the Grain Agency X" is the title's)."""
    return token.ent_type_ == "DATE" or (token.tag_ == "IN" and token.is_title and token.nbor().is_lower)


def title_before(doc: Doc, first: int, floor: int) -> str | None:
    """The title written right before a name: "Russian Deputy Foreign Minister", "US President"; an
    honorific between them is no part of it ("Chief Medical Officer Dr X" is a Chief Medical Officer)."""
    start = title_start(doc, first, floor)
    if start is None:
        return None
    end = first - 1 if first - 1 > start and is_honorific(doc[first - 1]) else first
    return doc[start:end].text


def title_start(doc: Doc, first: int, floor: int) -> int | None:
    """Where the title written right before the name at `first` begins, if there is one. An honorific
    right before the name is stepped over: "Health Minister Dr X", "Chief Constable Sir Y" hold their
    title before it ("Dr. X" alone keeps the honorific the lexicon counts as a title)."""
    honorific = first - 1 > floor and is_honorific(doc[first - 1]) and "\n" not in doc[first - 1].whitespace_
    past = _title_start_at(doc, first - 2, floor) if honorific else None
    return past if past is not None else _title_start_at(doc, first - 1, floor)


def _title_start_at(doc: Doc, j: int, floor: int) -> int | None:
    """Where the title that ends at token `j` begins, if there is one."""
    after = j + 1  # the name, or the honorific stepped over
    taken: list[int] = []
    while j >= floor:
        t = doc[j]
        left = doc[j - 1] if j - 1 >= floor else None
        if t.is_space or "\n" in t.whitespace_ or _opens_before_title(t):
            break
        if _title_prefix_hyphen(t, taken, floor):  # "film-maker", "co-founder": the title is the whole word
            taken += [j, j - 1]
            j -= 2
            continue
        if not taken:
            title = is_title_word(t) or _in_hyphenated_title(t)
            link = None if title else _portfolio_link(doc, j, floor)
            if link is not None:  # the portfolio, joiners and inner "of"s included, up to the title word
                taken += range(j, link - 1, -1)
                j = link - 1
                continue
            if not (title or trade_before_name(t, after)):
                break
        elif t.lower_ in ("of", "for"):  # "Minister of State", "Minister for Disabled People"
            if left is None or not (is_title_word(left) or left.pos_ == "PROPN"):
                break
            if t.lower_ == "for" and any(_is_role(doc[k]) for k in taken):
                break  # "spokeswoman for Infrastructure Minister X": the title after "for" is X's own
        elif t.lower_ == "the":
            if not (taken and doc[taken[-1]].pos_ in ("PROPN", "ADJ")) or left is None or left.lower_ != "of":
                break
        elif t.lower_ == "and":  # "Chairman and CEO X", not "the Russian leader and President X"
            if left is None or not is_title_word(left) or not is_title_word(doc[taken[-1]]):
                break
            if left.dep_ not in ("compound", "amod", "nmod"):
                break
        elif not (
            is_title_word(t)
            or t.ent_type_ in _TITLE_ENT_LABELS
            or t.tag_ == "POS"
            or (t.pos_ == "PROPN" and t.text[:1].isupper())
            or title_hyphen(t)
            or _portfolio(t)
            or _lower_portfolio(t, taken)
            or _classifying_adjective(t, taken)
        ):
            break
        taken.append(j)
        j -= 1
    while taken and (doc[taken[-1]].lower_ in ("of", "for", "and", "the") or doc[taken[-1]].tag_ == "POS"):
        taken.pop()
    return taken[-1] if taken else None


def _title_prefix_hyphen(hyphen: Token, taken: list[int], floor: int) -> bool:
    """A hyphen glued between a word's first piece and the title word just taken ("film-maker", "co-founder",
    "Policy-maker"): the piece qualifies the title, which without it reads "maker" or "-founder"."""
    doc, j = hyphen.doc, hyphen.i
    if not taken or taken[-1] != j + 1 or j - 1 < floor or not glued_hyphen(hyphen):
        return False
    piece = doc[j - 1]
    opens_word = j - 1 == 0 or bool(doc[j - 2].whitespace_) or doc[j - 2].is_punct
    return piece.is_alpha and not piece.whitespace_ and (piece.is_lower or piece.is_title) and opens_word


def appositive_title(head: Token) -> str | None:
    """The title given after a name between commas: "X, the President and CEO of Y," or "X, Chairman, Y"."""
    parts: list[str] = []
    for child in head.rights:
        if child.dep_ != "appos":
            continue
        listed = {t.i for c in child.children if c.dep_ in ("conj", "cc", "relcl") for t in c.subtree}
        span = [t for t in child.subtree if not (t.dep_ == "det" and t.i == child.left_edge.i) and t.i not in listed]
        while span and span[-1].is_punct:  # "chair of Y, and Z", "a diplomat who ...": lists and clauses go
            span.pop()
        if not span or len(span) > _MAX_APPOSITIVE or any(t.ent_type_ == "PERSON" for t in span):
            continue  # a list of other people parsed as one apposition is no title
        if not parts and not any(is_title_word(t) or trade_noun(t) for t in span):
            return None
        parts.append(head.doc[span[0].i : span[-1].i + 1].text.strip(" ,"))
    return ", ".join(parts) or _role_between_commas(head)


def _role_between_commas(head: Token) -> str | None:
    """ "A, director of X, B, chair of Y, and C, ...": the parse hangs a list of people and roles every
    which way, but each role is the stretch between the commas right after its person's name."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    start = head.i + 2
    if doc[start].dep_ == "det":
        start += 1
    end = start
    while end < len(doc) and end - start <= _MAX_APPOSITIVE and doc[end].text not in (",", ";", ".", ")"):
        end += 1
    role = doc[start:end]
    if end >= len(doc) or end - start > _MAX_APPOSITIVE or not any(is_title_word(t) for t in role[:3]):
        return None
    if any(t.ent_type_ == "PERSON" or t.pos_ in ("VERB", "AUX") for t in role):
        return None
    return role.text


def proper_noun_run(head: Token) -> list[Token]:
    """The head with the proper nouns compounded onto it: "Veldian Deputy Trade Minister Arno X". A word
    hangs on a head of its own sentence, so the walk stops at the sentence's start without asking where
    that is (`Token.sent` rescans the document)."""
    doc = head.doc
    start = head.i
    while start - 1 >= 0:
        t = doc[start - 1]
        if glued_hyphen(t) and start >= 2 and doc[start - 2].pos_ == "PROPN":
            start -= 1  # "Jean-Luc", "Smith-Ryan": one name through a hyphen written without spaces
            continue
        if t.pos_ != "PROPN" or t.dep_ not in ("compound", "flat") or not (start <= t.head.i <= head.i):
            break
        start -= 1
    return list(doc[start : head.i + 1])


def name_words(tokens: Sequence[Token]) -> list[Token]:
    """The words of a name without what joins them or follows them: a lower-case surname particle inside
    it ("Anouk de Vries", "Pieter van der Berg"), a hyphen glued between two of its words ("Jean-Luc") and
    a generation suffix closing it ("Marcus Bell III", "Robert Haines Jr.")."""
    tokens = list(tokens)
    if len(tokens) > 2 and tokens[-1].lower_ in lexicon().generation_suffixes:
        tokens.pop()
    if len(tokens) < 3:
        return tokens
    inside = [t for t in tokens[1:-1] if not (glued_hyphen(t) or (t.is_lower and t.lower_ in SURNAME_PARTICLES))]
    return [tokens[0], *inside, tokens[-1]]


def hyphenated_start(doc: Doc, i: int) -> int:
    """The first token of the hyphenated word token `i` ends ("Vice" for "President" in "Vice-President",
    "Commander" for "Chief" in "Commander-in-Chief"): the tokenizer splits a word at its hyphens, and a title
    so written is one title, whichever piece the parse hangs the rest on."""
    while i >= 2 and glued_hyphen(doc[i - 1]):
        i -= 2
    return i


def _hyphenated_word(token: Token) -> range:
    """The token indices of the hyphenated word `token` is part of ("Commander-in-Chief"), itself alone if none."""
    doc = token.doc
    end = token.i
    while end + 2 < len(doc) and glued_hyphen(doc[end + 1]):
        end += 2
    return range(hyphenated_start(doc, token.i), end + 1)


def split_name(run: list[Token]) -> list[Token]:
    """Which tokens of a proper-noun run are the name: the untitled stretch that NER calls a
    person, else the last untitled stretch if the run ends with it; none when a title ends it."""
    segments: list[list[Token]] = []
    current: list[Token] = []
    for t in run:
        if is_title_in_name(t) or title_hyphen(t):
            if current:
                segments.append(current)
            current = []
        else:
            current.append(t)
    if current:
        segments.append(current)
    if not segments:
        return []
    person = [s for s in segments if any(t.ent_type_ == "PERSON" for t in s)]
    if person:
        return person[-1]
    ends_title = run[-1].lower_ not in lexicon().title_modifiers or (len(run) > 1 and title_hyphen(run[-2]))
    if segments[-1][-1].i != run[-1].i and ends_title:
        return []  # "High Representative", "Chief Executive", "Attorney-General": words before a role are the role's
    return segments[-1]


def org_shaped(tokens: Sequence[Token]) -> bool:
    """ "X Cargo Solutions", "Y Holdings": a capitalised name ending in a company or body word is an
    organisation whatever NER calls it (the small model often says PERSON for invented companies). So is one
    ending in a building's word ("X Opera House", "Y Arena"), unless it opens with a given name: many such
    words are surnames too ("Emily House", "Daniel Hall"); so, with the same care, is a newspaper's ("X Herald").
    So is one opening with a legal form in capitals before two capitalised words ("NV Orrenwald Lampworks":
    Dutch, Swedish and German firms put it first). A legal form's full stop ("Inc.", "Corp.") changes nothing."""
    if len(tokens) < 2 or not tokens[-1].text[:1].isupper():
        return False
    lex = lexicon()
    last = tokens[-1].lower_.rstrip(".")  # "X Y Inc." as "X Y Inc": American copy stops its legal forms
    return (
        last in lex.org_name_endings
        or (last in lex.venue_name_endings | lex.press_name_endings and not given_name_countries(tokens[0].text))
        or _legal_form_first(tokens)
        or _legal_form_last(tokens[-1])
    )


def _legal_form_last(last: Token) -> bool:
    """ "X Y Co", "X Y Limited": a legal form written as a word ("Co", "Limited", "Inc."), not in capitals,
    closes only a company's name. A form in capitals ("AG", "SA", "SE") is left out: the same letters stand
    for an office or a country too often."""
    return last.lower_ in lexicon().corporate_suffixes and last.text[:1].isupper() and not last.is_upper


def closed_by_legal_form(ent: Span) -> bool:
    """ "X Group International Inc", "Y Mining Ltd": a name of several words the recogniser called a body and
    that ends in a legal form is a company's, whichever of its words the parse made its head, even when the
    article also writes its first word alone for a person's name ("X said", the model reading it as one)."""
    return ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_.rstrip(".") in lexicon().corporate_suffixes


def _legal_form_first(tokens: Sequence[Token]) -> bool:
    """ "NV X Y", "AB X Y"; not "AB de Villiers", whose lower-case particle marks a person's name."""
    first = tokens[0]
    return (
        len(tokens) >= 3
        and first.is_upper
        and first.lower_ in lexicon().corporate_suffixes
        and all(t.text[:1].isupper() for t in tokens[1:])
    )


def place_shaped(tokens: Sequence[Token]) -> bool:
    """ "Port Elgin", "New Brighton", "Glenford Valley": two or three words opening or closing as a town's or a
    region's name does are a place's whatever NER calls them and whatever the clause does with them (towns
    speak, vote and meet through their councils); no person's name is so shaped."""
    lex = lexicon()
    return 2 <= len(tokens) <= 3 and (
        tokens[0].lower_.rstrip(".") in lex.place_name_openers or tokens[-1].lower_ in lex.place_name_endings
    )


def ner_kind(tokens: Sequence[Token]) -> EntityKind | None:
    """A named speaker's kind: a body by its name's shape (a town speaks as its council), else NER's label."""
    if org_shaped(tokens) or place_shaped(tokens):
        return "org"
    labels = {t.ent_type_ for t in tokens if t.ent_type_}
    if "PERSON" in labels:
        return "person"
    if labels & _ORG_LABELS:
        return "org"
    return None


def is_common_plural(token: Token) -> bool:
    """ "Detectives said": NER may call a sentence-initial plural noun an organisation; a crowd is no name.
    The tagger also calls surnames ending in -s plural nouns, so callers check the registry first."""
    return token.pos_ == "NOUN" and token.tag_ == "NNS"


def titled_name(ent: Span) -> bool:
    """ "Foreign Minister Helena X" that NER labelled an organisation: a capitalised person title written
    right before a two- or three-word proper name makes it a person, and an honorific does so before a
    surname alone ("Ms X", "Dr Y": the writer's own word that a person is named). A name ending in a company
    word stays the body NER read: the title word opens its name."""
    if ent.label_ not in _ORG_LABELS:
        return False
    doc = ent.doc
    tokens = name_words([t for t in ent if not is_title_in_name(t)])
    if not tokens or len(tokens) > 3 or tokens[0].i == 0:
        return False
    before = doc[tokens[0].i - 1]
    if len(tokens) == 1 and not is_honorific(before):
        return False
    lex = lexicon()
    return (
        (is_title_word(before) or is_honorific(before) or opening_trade(before))
        and before.text[:1].isupper()
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens)
        and not any(t.lemma_.lower() in lex.institution_nouns for t in tokens)
        and not org_shaped(tokens)  # "General X Corp", "Admiral Y Ltd": a company named with a title word
    )


def stranded_subject(verb: Token) -> Token | None:
    """ "X met Y, a statement by Z said": the parse hangs "a statement by Z" on Y as an apposition and
    leaves the verb without a subject; the noun phrase ending right before the verb is its subject."""
    if verb.dep_ != "ROOT" or verb.i == 0:
        return None
    doc = verb.doc
    end = verb.i - 1
    if end > 2 and doc[end].text == doc[end - 2].text == "," and _short_form(doc[end - 1]):
        end -= 3  # "..., the director of the X Agency, XA, said": the source ends before its body's short form
    node = doc[end]
    while node.dep_ != "appos" and node.head.i != node.i and end <= node.head.right_edge.i < verb.i:
        node = node.head  # (the short form may hang on the body's name, inside the source's phrase)
    if node.dep_ == "appos" and node.pos_ in ("NOUN", "PROPN") and end <= node.right_edge.i < verb.i:
        return node
    return None


def _short_form(token: Token) -> bool:
    """ "XA": a body's initials, which the parse hangs on any name before them."""
    return token.is_upper and token.is_alpha and 1 < len(token) <= _MAX_SHORT_FORM
