"""Who speaks for an organisation: "the ministry", "officials at X", "a spokeswoman for X", "the statement".

Organisations speak through institution nouns, representatives, members, spokespeople, documents and the
press; each refers back to a body the article named (a company for "the company", never a union, a state
body or an outlet), and a spokesperson's "she" stays that body's voice while nobody else speaks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Token

from streams.enrich.vocabulary import places
from streams.enrich.vocabulary.speech import speech_verbs

from ..entity import Entity
from ..lexicon import lexicon
from ..reading.org_mentions import form_inside_name, refers_to_institution
from ..reading.orgs import described_by_nation, home_of, org_name
from ..reading.registry import based_elsewhere, is_company, may_be_company, named_as_company
from .brought_in_groups import brought_in_group
from .descriptions import INDEFINITE_DETERMINERS, is_definite, role_phrase
from .echoed_crowds import COLLECTIVE_PEOPLE
from .field_bodies import field_body, left_the_body, place_word
from .issued_papers import paper_spoken_in
from .later_spokes import body_named_by_later_spokes
from .offices import words_of
from .paper_modifiers import issuer_noun, named_issuer
from .paper_owners import pronoun_owner, set_in
from .passing_firms import clause_lead, clause_start, named_in_passing, token_at
from .place_bodies import body_of_place
from .sent_groups import body_of_group
from .sitting_papers import earlier_mention, paper_sitting, sitting_is_bare, sitting_members
from .state_papers import STATE_BODY, marked_as_state, state_paper

_OUTLET_REACH = 600
_ISSUER_REACH = 300  # tokens back to where a document "the statement" refers to was issued
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_NATIONS = frozenset({"GPE", "NORP"})
_WHEN = frozenset({"DATE", "TIME"})  # what a dating possessive is ("Monday's report")
_PLACES = frozenset({"GPE", "LOC", "FAC"})  # where a paper came from ("a letter from <city>"), never its author
# what a body does to papers or figures it then speaks through: "documents obtained by X", "data compiled by X"
_SOURCING_VERBS = frozenset({
    "obtain", "collect", "compile", "release", "publish", "issue", "leak", "gather", "prepare", "commission",
    "declassify", "publicise", "publicize", "produce", "file", "submit",
})
# what a reader does to someone else's paper: "X cited a study", "X received a letter"
_READER_VERBS = frozenset({
    "cite", "quote", "read", "see", "receive", "obtain", "welcome", "reject", "dismiss", "criticise", "criticize",
})
# what authors do to a paper that then speaks with their voice: "a study written by X", "a survey conducted by X"
_AUTHORING_VERBS = _SOURCING_VERBS | {"write", "draft", "conduct", "author", "co-author", "deliver"}


def _by_agent(verb: Token) -> Token | None:
    """The name after "by" of a passive verb ("prepared by X"), when there is one."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


def paper_author(head: Token) -> Token | None:
    """ "a report by X", "the study, prepared jointly by X,": the first author named after a paper noun; "a
    letter from X" when X names a body (a place after "from" says where the paper came from, not who wrote it)."""
    for child in head.rights:
        if child.lower_ == "by" and child.dep_ == "prep":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.lower_ == "from" and child.dep_ == "prep":
            source = next((g for g in child.children if g.dep_ == "pobj"), None)
            if source is not None and source.ent_type_ not in _PLACES and names_org(source):
                return source
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _AUTHORING_VERBS:
            return _by_agent(child)
    return None


def names_org(token: Token) -> bool:
    """A word tagged as an organisation, or a proper noun that is no person, place or nationality: "Veltrona"
    in "officials at Veltrona". A lower-case word names nothing, whatever the parse tagged it ("the aviation
    board's spokesman")."""
    if token.is_lower:
        return False
    if token.ent_type_ == "ORG":
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "NORP", "GPE", "DATE")


def _nationality(word: Token) -> bool:
    """ "Kenyan officials", "a Chilean official": a lone nationality before people is their nation, not the
    short form of a body whose name opens with it (the "Kenyan Tea Board" named earlier) nor a name the
    model tagged as one; the statements leave a nation's unnamed officials unnamed (eval/README.md)."""
    return places.demonym_code(word.text) is not None and word.n_lefts == 0


def _owner(paper: Token) -> Token | None:
    """The name, noun or pronoun a paper is written as belonging to ("the panel's report", "Tarn Mining's study",
    "its annual report"); a date's "'s" ("Monday's report") tells when, not whose."""
    return next(
        (c for c in paper.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in _WHEN),
        None,
    ) or pronoun_owner(paper)


def _spoken_in(paper: Token) -> Token | None:
    """The speech verb of "X warned in a letter": the paper was the place X's words were given; so was it for
    "X published its demands in an editorial", "X set out its terms in a statement it released"."""
    place = paper.head
    if paper.dep_ != "pobj" or place.lower_ != "in" or place.dep_ != "prep":
        return None
    verb = place.head.lemma_.lower()
    return place.head if verb in speech_verbs() or verb in _SOURCING_VERBS else None


def paper_kind(noun: Token) -> str:
    """The kind of paper a noun names, for finding what a definite one refers back to: news calls one paper "a
    statement" and then "the announcement", "a survey" and then "the poll" (`paper_kinds`); any other noun is a
    kind of its own."""
    lemma = noun.lemma_.lower()
    return lexicon().paper_kinds.get(lemma, lemma)


def _body_name_before(head: Token) -> list[Token]:
    """ "The Social Democrat leadership said": a leadership is a body's, so a name of two or more capitalised
    words before it names that body (a party the parser read as a nationality or a place), unless a word
    of it is a country's or a nationality's ("the West Norlandic leadership" is that country's)."""
    words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    chain = head.doc[min(w.left_edge.i for w in words) : head.i] if words else None
    if chain is None or len(chain) < 2 or any(not t.is_title or t.ent_type_ == "LOC" for t in chain):
        return []
    if any(places.demonym_code(t.text) or places.country_code(t.text) for t in chain):
        return []
    return [] if places.country_code(chain.text) or places.demonym_code(chain.text) else words


def _common_word_after(named: list[Token], head: Token) -> bool:
    """ "A Norvik harbour pilot", "a Norvik-area university researcher": a lower-case noun or adjective between
    the name and the role says what unnamed body the role is at, so the name is no body's own ("of" and "and"
    join a name's words and are no such word)."""
    return any(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in head.doc[min(c.left_edge.i for c in named) : head.i])


def _of_country(head: Token) -> str | None:
    """ "The government of Norland said": the country its "of" phrase names is whose body it is, whichever
    country the sentences before were about."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.ent_type_ != "GPE":
        return None
    name = head.doc[obj.left_edge.i : obj.i + 1].text.removeprefix("the ")
    return name if places.country_code(name) else None


def _name_before_initials(head: Token) -> Token | None:
    """ "X Grain Council, XGC, delegates said": wire copy writes a body's initials between commas after its
    name, right before the people speaking for it; the last word of that name, however the parse joined it."""
    doc = head.doc
    if head.i < 4 or doc[head.i - 1].text != "," or doc[head.i - 3].text != ",":
        return None
    initials, name = doc[head.i - 2], doc[head.i - 4]
    if name.dep_ == "pobj" and name.head.lower_ == "of" and names_org(name.head.head):
        name = name.head.head  # "Association of X Producers": the name's head, its "of" part included
    return name if initials.is_upper and initials.is_alpha and len(initials) > 1 and names_org(name) else None


_ONE_PER_STATE = frozenset({"government"})


def _no_country_named(head: Token) -> bool:
    """Whether the article names no country and no nationality anywhere, so a bare state body has one owner."""
    return not any(
        places.country_code(ent.text.removeprefix("the ")) or places.demonym_code(ent.text)
        for ent in head.doc.ents
        if ent.label_ in _NATIONS
    )


def _says_whose(paper: Token) -> bool:
    """Whether a paper's own words before it say whose it is: a body's name ("a Tarrow Institute survey"), a body's
    common noun ("a government policy paper") or a state's adjective ("a presidential decree")."""
    return named_issuer(paper) is not None or issuer_noun(paper) is not None or marked_as_state(paper)


def _state_phrase(head: Token) -> str | None:
    """ "the central bank": the lexicon's phrase for a body a state has one of that `head` and the lower-case
    modifiers right before it spell, when no name is written with it."""
    words = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.dep_ != "det"]
    if not words or any(not t.is_lower for t in words):
        return None
    phrase = " ".join([t.lower_ for t in words[:-1]] + [head.lemma_.lower()])
    return phrase if phrase in lexicon().state_body_phrases else None


def _entity_text(token: Token) -> str:
    """The whole name the recogniser read `token` as part of."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def _without_article(name: str) -> str:
    return name.removeprefix("the ").removeprefix("The ")


def institution_modifier(head: Token) -> bool:
    """ "a ministry official", "the company spokesman": a common institution noun compounded onto the role."""
    institutions = lexicon().institution_nouns
    return any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.lemma_.lower() in institutions for c in head.lefts
    )


def _portfolio_phrase(head: Token, voiced: bool = False) -> str | None:
    """ "the regional health agency", "the national weather service": a definite body its field singles out
    speaks as written when the article names no organisation it could be (a body is a speaker, as "police"
    is); "an agency", "the agency", "the same agency" single out no one, and a body that only
    owns or employs the speakers ("the port authority's board", "researchers of the space agency") is left
    to the phrase as written. A body `voiced` by a spokesperson ("the water agency's spokesman", "a water
    agency spokeswoman") speaks through it as if it spoke itself, whichever article the phrase opens with."""
    determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
    if voiced:
        if determiners & INDEFINITE_DETERMINERS:
            return None
    elif not _speaks_itself(head) or "the" not in determiners:
        return None
    lefts = [c for c in head.lefts if c.dep_ != "det"]
    if not lefts or not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in lefts):
        return None
    words = head.doc[lefts[0].left_edge.i : head.i + 1]
    if not all(t.pos_ in ("ADJ", "NOUN") and t.text.isalpha() for t in words[:-1]):
        return None
    return words.text.lower()


# a word any organisation may be called
_ANY_KIND = frozenset({"body", "group", "alliance", "coalition", "organisation", "organization"})
_ALIKE = (  # kinds one body is called by turns: "X Academy ... the school"
    frozenset({"school", "college", "academy", "university", "institute"}),
    frozenset({"hospital", "clinic", "hospice"}),
    frozenset({"lab", "laboratory", "institute", "observatory"}),
    frozenset({"theatre", "theater", "studio", "orchestra", "festival"}),
    frozenset({"museum", "gallery"}),
    frozenset({"bank", "lender"}),
    frozenset({"airline", "carrier"}),
)
_ANY_FIRM = frozenset({"company", "firm", "giant", "conglomerate", "multinational"})  # any trade, any legal form
_NOT_FIRMS = frozenset(
    {"festival", "museum", "gallery", "orchestra", "zoo", "hospital", "clinic", "hospice", "school", "college"}
    | {"prison", "observatory", "theatre", "theater", "club"}
)


def _may_be(entity: Entity, lemma: str) -> bool:
    """Whether "the <lemma>" can refer back to `entity`: "according to the festival" is not the trust, bank or
    union named before it, nor a company ("X Ltd"), since their names say they are another kind of body."""
    if lemma in _ANY_KIND:
        return True
    words = set(entity.name.lower().replace("'s", "").replace("’s", "").split())
    if lemma in words:
        return True
    alike = {w for family in _ALIKE if lemma in family for w in family}
    if words & lexicon().institution_nouns - alike:
        return False
    return lemma not in _NOT_FIRMS or not is_company(entity)


def _refers_back_to_firm(subject: Token) -> bool:
    """ "It", "the company", "the firm": a subject that names no firm and refers back to one; a word more
    ("the Leeds-based company") describes which firm is meant."""
    if subject.lower_ == "it":
        return True
    before = subject.doc[subject.i - 1] if subject.i else None
    return (
        before is not None
        and before.lower_ == "the"
        and subject.left_edge.i == before.i
        and subject.lemma_.lower() in _ANY_FIRM
    )


def _speaks_itself(head: Token) -> bool:
    """ "The agency said", "according to the agency": the body is the source, not a word inside its phrase."""
    if head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


class OrganisationVoices:
    """`Resolver`'s rules for organisations and their voices; they read its focus, speakers and outlets."""

    def _short_form(self, word: Token) -> bool:
        """ "OFC officials", "a FIA official", "Orrenwald executives": a capitalised modifier the parse took for a
        common noun, an adjective or a person that shortens a body the article named in full (its initials,
        its opening words) and the surname of no one named in full."""
        return (
            word.dep_ in ("compound", "nmod", "amod")
            and not word.is_lower
            and not self.registry.bears_in_full(word.text)
            and self.registry.org_named(word.text) is not None
        )

    def _represented(self, head: Token) -> Entity | None:
        """ "officials at X", "a X leader", "X executives", "X's negotiators", "the company's management",
        "union leaders" once a union is named: unnamed people speaking for an organisation the phrase names
        or refers back to; None when it names none. A firm's staff are its workforce, a side of its labour
        stories, not its voice; a public body's staff ("committee staff said") speak for it as officials do."""
        body = self._representing(head)
        staff = head.lemma_.lower() in COLLECTIVE_PEOPLE
        return None if staff and body is not None and named_as_company(body) else body

    def _representing(self, head: Token) -> Entity | None:
        lex = lexicon()
        if head.lemma_.lower() in lex.market_voices:
            return self._named_employer(head)
        if head.lemma_.lower() not in lex.representative_nouns:
            return None
        if left_the_body(head):  # "a former X official": no longer anyone's voice
            return None
        initialled = _name_before_initials(head)
        if initialled is not None:
            return self.registry.add_org(org_name(initialled) or initialled.text, initialled.idx)
        doc = head.doc
        named = [c for c in head.lefts if (c.dep_ in ("compound", "nmod") and names_org(c)) or self._short_form(c)]
        if named and (_common_word_after(named, head) or all(_nationality(c) for c in named)):
            named = []
        if head.lemma_.lower() in COLLECTIVE_PEOPLE and all(c.is_sent_start and c.ent_type_ != "ORG" for c in named):
            named = []  # "City staff estimated": a word capitalised as it opens the sentence names no one's staff
        if not named and head.lower_ == "leadership":
            named = _body_name_before(head)
        body = next((c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"), None)
        if not named and body is not None and body.lemma_.lower() in lex.representative_nouns - lex.institution_nouns:
            return self._people_of(body, head)  # "Senate staff members": whom the first people speak for
        if not named and body is not None and body.lemma_.lower() in lex.leader_named_institutions:
            # "an administration official" speaks for it; unnamed "administration officials" stay a crowd
            return self._institution(body, body.lemma_.lower()) if head.tag_ == "NN" else None
        if named:
            return self._kind_named(named) or self.registry.add_org(
                _without_article(doc[min(c.left_edge.i for c in named) : head.i].text), head.idx
            )
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "from", "for", "with"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and names_org(obj):
                        return self._named_org(obj)
                    if obj.dep_ == "pobj" and refers_to_institution(obj):  # "members of the union": as "the union"
                        return self._institution(obj, obj.lemma_.lower())
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
        if owner is not None:
            found = self._entity(owner)[0]
            return found if found is not None and found.kind == "org" else None
        kind = body.lemma_.lower() if body is not None else None
        if kind in lex.institution_nouns and kind not in lex.state_institution_nouns:
            # "union leaders", "company executives": the body the article names, as "the union" would be
            return self._institution(body, kind) or self._field_body(head)
        fielded = self._field_body(head)
        if fielded is not None:  # "transport ministry officials": the ministry its field singles out
            return fielded
        if kind in lex.state_institution_nouns and head.tag_ == "NN":
            # "a ministry official" speaks for the ministry the article named; unnamed, no country is guessed
            return self.registry.org_with_head(kind, head.idx)
        issuer = self._paper_issuer(head)
        if issuer is not None:  # "officials said in a statement issued by X": X
            return issuer
        bare = not any(c.dep_ in ("prep", "compound", "nmod", "amod", "poss") for c in head.children)
        if bare and head.lemma_.lower() in lex.employer_nouns:  # "the management of <a name read as a person>"
            return self._employer(head.idx)  # names a body, though not one the cast could read
        return None

    def _people_of(self, people: Token, head: Token) -> Entity | None:
        """ "Senate staff members", "Dravo board members": people written after another people's noun speak for
        the body those first people belong to, named before them or else as they alone would be read."""
        names = [c for c in head.lefts if c.i < people.i and c.dep_ in ("compound", "nmod") and names_org(c)]
        if not names:
            return self._represented(people)
        return self._kind_named(names) or self.registry.add_org(
            _without_article(head.doc[min(c.left_edge.i for c in names) : people.i].text), head.idx
        )

    def _field_body(self, head: Token) -> Entity | None:
        """The body its field names in the words on unnamed people ("harbour authority sources"): the one the
        article named with that kind and field ("the Ministry of Transport" for "transport ministry officials"),
        else the body as written."""
        body = field_body(head)
        if body is None:
            return None
        fields = frozenset(t.lower_ for t in body.words if not place_word(t))
        return self.registry.org_with_head(body.noun, head.idx, fields) or self.registry.add_org(body.name, head.idx)

    def _named_org(self, token: Token) -> Entity:
        return self.registry.add_org(org_name(token) or _without_article(token.text), token.idx)

    def _named_employer(self, head: Token) -> Entity | None:
        """ "a broker at X", "an analyst with X": the firm the phrase names; none when it names none ("a dealer at
        a large bank", "Tokyo dealers")."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "with"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and names_org(obj):
                    return self._named_org(obj)
        return None

    def _kind_named(self, named: list[Token]) -> Entity | None:
        """ "Council officials said" after "X Borough Council": a lone capitalised word that is a kind of body
        (capitalised as the sentence opens, or as house style writes a body's kind) is the short form of the
        one body named before with that word after its first; with none, or two ("X Council and Y Council"),
        it is left to be read as written."""
        if len(named) != 1 or named[0].n_lefts + named[0].n_rights:  # "Board and Institute officials": two
            return None
        word = named[0].lower_
        if word not in lexicon().institution_nouns:
            return None
        bodies = [  # the word alone may have been read as a body of its own: a longer name is the one meant
            e
            for e in self.registry.orgs()
            if word in e.name.lower().split()[1:] and e.mentioned_before(named[0].idx) is not None
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _paper_issuer(self, head: Token) -> Entity | None:
        """The body that put out the paper unnamed voices spoke in, when its author is one."""
        paper = paper_spoken_in(head)
        found = self._authors(paper_author(paper)) if paper is not None else None
        return found if found is not None and found.kind == "org" else None

    def _post_of_body(self, head: Token) -> Entity | None:
        """ "The Norland legation's farm attache said": an unnamed holder of a post that a named body owns speaks
        for that body, as an unnamed official of it does; the pronouns and "the attache" after it are that voice.
        A post owned by a person ("his adviser") or by nothing the cast resolves stays unresolved."""
        if head.tag_ != "NN" or head.lower_ not in lexicon().title_words or self.in_quote(head.idx):
            return None
        owner = next((c for c in head.lefts if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        body = self._entity(owner)[0] if owner is not None else None
        if body is None or body.kind != "org":
            return None
        self._spokes.append((head.idx, body, None))
        return body

    def _members(self, head: Token) -> Entity | None:
        """ "Union members said", "union workers at X said": the union the article names, speaking through its
        members (not the employer they work at); None when it names none or several."""
        lex = lexicon()
        if head.lemma_.lower() not in lex.member_nouns:
            return None
        body = next((c.lemma_.lower() for c in head.lefts if c.dep_ in ("compound", "nmod", "amod")), None)
        markers = lex.institution_name_markers.get(body) if body else None
        return self.registry.org_marked(markers) if markers else None

    def _employer(self, char: int, home: str | None = None, companies_only: bool = False) -> Entity | None:
        """ "The company", bare "management": the employer's side of a business or labour story. A company
        the article shows as one (a legal form, a trade, people it employs) comes before any organisation
        merely in focus; in focus first, else named last; never a union, a state body, the press, or a
        company based elsewhere than the description says ("the Leeds-based company"). `companies_only`
        stops there: an organ only a company has ("the board") names no other kind of body."""
        press = {id(e) for _, e in self._outlets}  # "told Reuters. The company said": not the outlet
        orgs = self.registry.orgs()
        skip = press | {id(e) for e in orgs if not may_be_company(e) or based_elsewhere(e, home)}
        firms = skip | {id(e) for e in orgs if not is_company(e)}
        company = (
            self.registry.org_based_in(home, char)
            or self._salient(char, "org", lambda e: id(e) not in firms)
            or self._latest_firm_outside_clause(char, skip, firms)
        )
        if company is not None or companies_only:
            return company
        return self._salient(char, "org", lambda e: id(e) not in skip) or self.registry.latest_org(char, skip)

    def _latest_firm_outside_clause(self, char: int, skip: set[int], firms: set[int]) -> Entity | None:
        """The company named last before `char`, unless it is named only inside the reported words the speaker
        phrase closes ("X agreed to buy Y Ltd, the company said"): then what an earlier "the company" named, else
        the organisation in focus before the clause (a fund that spoke), else the latest firm named outside it,
        else the organisation the clause names first (`passing_firms`)."""
        latest = self.registry.latest_org(char, firms)
        start = clause_start(self.doc, char) if latest is not None else char
        if latest is None or not named_in_passing(latest, char, start, self._in_content):
            return latest
        orgs = self.registry.orgs()
        passing = {id(e) for e in orgs if named_in_passing(e, char, start, self._in_content)}
        echoed = self._heads.get(self.doc[token_at(self.doc, char)].lemma_.lower())
        if echoed is not None and id(echoed) not in skip and id(echoed) not in passing:
            return echoed  # what "the company" named before, though the article never gave it a legal form
        return (
            self._salient(char, "org", lambda e: id(e) not in skip and id(e) not in passing)
            or self.registry.latest_org(char, firms | passing)
            or clause_lead(orgs, char, start, skip)
        )

    def _lead_firm_voice(self, subject: Token, entity: Entity) -> Entity:
        """ "L Corp said ... a loan from M Bank ... M Bank cut the rate it charges. The company said" (or
        "It said"): a company brought in as the subject of the story's events, though it never spoke, is
        background to the company the article opens with; while that company is still the last body to have
        spoken, "the company" or "it" speaking is its voice again. A company that spoke since ("M Bank said
        ... the company added") keeps its own voice."""
        if entity.kind != "org" or not is_company(entity) or not _refers_back_to_firm(subject):
            return entity
        spoken = [e for _, e in self._speakers if e.kind == "org"]
        lead = spoken[0] if spoken else None
        if lead is None or not named_as_company(lead) or spoken[-1] is not lead or any(e is entity for e in spoken):
            return entity
        return entity if self._referred_back_to(entity, subject.idx) else lead

    def _referred_back_to(self, entity: Entity, char: int) -> bool:
        """ "M Bank's loan ... The company means to ...": a subject before `char` that refers back to `entity`
        with a description or a pronoun shows the article has moved on to it."""
        for pos, found in self._focus:
            if pos >= char:
                return False
            if found is entity:
                span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
                if span is not None and span[0].pos_ in ("NOUN", "PRON"):
                    return True
        return False

    def _company_described(self, head: Token, lemma: str) -> Entity | None:
        """ "The Canadian lender said" after "X Savings Bank said": the company in focus, when its name allows
        that trade and the article did not bring in another company so described ("a stake in a Canadian
        lender", or "a Canadian lender said" itself)."""
        if not is_definite(head):
            return None
        nations = {t.lower_ for t in head.lefts if not t.is_lower}
        if any(t.lemma_ == head.lemma_ and nations & {c.lower_ for c in t.lefts} for t in head.doc[: head.i]):
            return None
        found = self._employer(head.idx)
        return found if found is not None and (lemma in _ANY_FIRM or _may_be(found, lemma)) else None

    def _named_as_form(self, head: Token, lemma: str, named: Entity | None) -> Entity | None:
        """ "The group said" after "X Holdings Plc said ..." and a bid by "Y Group Plc": a legal form inside a
        firm's name ("Group" before "Plc") does not single that firm out among companies, so the word refers
        to the company in focus, as "the company" does; a body whose name ends in the word keeps it."""
        if named is None or not form_inside_name(named, lemma):
            return named
        focus = self._employer(head.idx)
        return focus if focus is not None and is_company(focus) else named

    def _institution(self, head: Token, lemma: str) -> Entity | None:
        """ "Valdora's foreign ministry" names itself; "the ministry" refers back to one with that word in
        its name ("the aviation board" to one with both words, before any other board); "the company" to the
        company last in focus; an unnamed national body ("the foreign
        ministry") belongs to the country last in focus."""
        lex = lexicon()
        name = org_name(head)
        if name and described_by_nation(head):
            return self._company_described(head, lemma) or self.registry.add_org(name, head.idx)
        if name:
            return self.registry.add_org(name, head.idx)
        if head.lower_ != lemma and head.tag_ != "NN":  # (a misspelt noun's mended lemma differs too)
            return None  # "environmental groups": a plural with no name is a crowd, not one organisation
        described = frozenset(c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.is_lower)
        found = (
            (self.registry.org_with_head(lemma, head.idx, described) if described else None)
            or self._named_as_form(head, lemma, self.registry.org_with_head(lemma, head.idx))
            or self.registry.org_marked(lex.institution_name_markers.get(lemma, frozenset()))
        )
        if found is not None:
            return found
        placed = body_of_place(head)  # "aides of the dairy board" after "the dairy board of X"
        if placed is not None:
            return self.registry.add_org(placed, head.idx)
        if lemma in lex.company_organ_nouns and all(c.dep_ == "det" for c in head.children):
            # "X Inc cut jobs ... The board warned": with no board named, a bare one belongs to the firm in focus
            return self._employer(head.idx, companies_only=True)
        brought_in = brought_in_group(head)
        if brought_in is not None and not self._group_named_since(lemma, head.idx, brought_in[1]):
            return self.registry.add_org(*brought_in)  # after "a shareholder group": that group, not a firm it holds
        state_phrase = _state_phrase(head)
        if state_phrase is not None:  # "the central bank", no bank of that name written: the country's
            return self._state_body(head, state_phrase, bare=True)
        if lemma in lex.business_nouns:  # "the company": the employer in focus, else the one named last
            home = home_of(head)
            found = self._employer(head.idx, home)
            found = self._parent_of_unit(found, head) or found
            if found is not None and found.home is None:
                found.home = home  # "the lender based in X" tells where the company it refers to is
            return found
        if lemma in lex.generic_org_nouns:  # "the club": an organisation of that kind in focus, else named last
            press = {id(e) for _, e in self._outlets}
            skip = press | {id(e) for e in self.registry.orgs() if not _may_be(e, lemma)}
            return self._salient(head.idx, "org", lambda e: id(e) not in skip) or self.registry.latest_org(
                head.idx, skip
            )
        if lemma in lex.self_named_institutions and not any(c.dep_ == "det" for c in head.children):
            return self.registry.add_org(lemma, head.idx)
        leader = self._leader(lex.leader_named_institutions.get(lemma, frozenset()), head.idx)
        if leader is not None:  # "the administration", "an administration official": the president's
            return self.registry.add_org(f"{leader.name.split()[-1]} {lemma}", head.idx)
        if lemma in lex.state_institution_nouns:
            words = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.dep_ != "det"]
            phrase = head.doc[words[0].i : head.i + 1].text.lower()
            # "the labour ministry": its portfolio singles it out, though no country is named
            found = self._state_body(head, phrase, bare=len(words) > 1)
            if found is not None:
                return found
        portfolio = _portfolio_phrase(head)
        return self.registry.add_org(portfolio, head.idx) if portfolio else None

    def _state_body(self, head: Token, phrase: str, bare: bool) -> Entity | None:
        """The state body `phrase` names ("government", "central bank") of the country the words at `head` belong
        to: an "of" country, the place last in focus, else the one country named so far (for a paper, which no
        people wrote, or its nationality); with no country, the phrase as written when `bare` allows it, else None
        (never a guess)."""
        k = bisect_left(self._places, head.idx, key=lambda p: p[0])
        paper = head.lemma_.lower() in lexicon().paper_nouns
        country = _of_country(head) or (
            self._places[k - 1][1] if k else self._only_country_before(head, nationalities=paper)
        )
        if country:
            return self.registry.add_org(f"{country}'s {phrase}", head.idx)
        return self.registry.add_org(phrase, head.idx) if bare else None

    def _group_named_since(self, lemma: str, char: int, since: int) -> bool:
        """Whether a body with `lemma` in its name ("Tarn Group Plc") was named between an unnamed group's
        introduction at `since` and `char`: "the group" may then be that body, as the usual reading finds."""
        named = self.registry.org_with_head(lemma, char)
        last = named.mentioned_before(char) if named is not None else None
        return last is not None and last > since

    def _sole_state_body(self, head: Token, lemma: str) -> Entity | None:
        """ "The government has said ..." in an article that names no country or people anywhere, and no body of
        that kind later: the one state body the story is about, as written (never a guess between countries). Only
        a body a state has one of: "the ministry" alone could be any of a government's ministries."""
        if lemma not in _ONE_PER_STATE or not is_definite(head) or not _no_country_named(head):
            return None
        if any(c.dep_ != "det" for c in head.children):
            return None
        return self.registry.add_org(head.lower_, head.idx)

    def _parent_of_unit(self, company: Entity | None, head: Token) -> Entity | None:
        """ "P Corp said its X unit ... X is a unit of P. The company said": a unit the article wrote as one
        ("its X unit", "X is a unit of ...") is background to the story of the company that spoke first, so
        "the company" stays that first company; an article the unit itself speaks first in is the unit's."""
        lead = next((e for _, e in self._speakers if e.kind == "org" and is_company(e)), None)
        if company is None or lead is None or lead is company:
            return None
        first = company.name.split()[0]
        for token in head.doc[: head.i]:
            if token.lemma_.lower() not in lexicon().unit_nouns or token.pos_ != "NOUN":
                continue
            words = [t.text for t in head.doc[token.left_edge.i : token.i]]
            if token.dep_ == "attr":  # "X is a unit of P": the copula's subject is the unit
                words += [c.text for c in token.head.children if c.dep_ == "nsubj"]
            if first in words:
                return lead
        return None

    def _only_country_before(self, head: Token, nationalities: bool = False) -> str | None:
        """ "Doctors in Norland warned ... The government said": with no place the subject of a sentence
        before, the one country the article named so far outside quotes is whose state body it is, whatever
        label the parse gave its name, unless the cast read a person there; two or more countries leave it
        unread rather than guessed. With `nationalities`, a nationality counts as its country ("Norlandic
        growth ... a presidential decree said"): a state's paper is that state's, where its people are not."""
        named: dict[str | None, str] = {}
        for ent in head.doc.ents:
            if ent.end > head.i or self.cast.named_at(ent.root) is not None or self.in_quote(ent.start_char):
                continue
            text = ent.text.removeprefix("the ")
            code = places.country_code(text)
            if code is None and nationalities and ent.label_ == "NORP":
                country = places.demonym_country(text)
                code, text = (places.country_code(country), country) if country else (None, text)
            named.setdefault(code, text)
        named.pop(None, None)
        return next(iter(named.values())) if len(named) == 1 else None

    def _leader(self, titles: frozenset[str], char: int) -> Entity | None:
        """The person an institution is named after ("the X administration"): the article's most prominent
        person titled so before `char`, when one stands out."""
        if not titles:
            return None
        held = [e for e in self.registry.people() if any(titles & words_of(t) for t in e.titles_before(char))]
        ranked = sorted(held, key=lambda e: -e.prominence)
        if not ranked or (len(ranked) > 1 and ranked[0].prominence == ranked[1].prominence):
            return None
        return ranked[0]

    def _authors(self, author: Token | None) -> Entity | None:
        """Who wrote a paper, all of them as one voice when several are named together ("a report by A and the
        B": A and B, as the gold writes a joint source)."""
        if author is None or self.in_quote(author.idx):
            return None
        return self._joint(author) or self._entity(author)[0]

    def _paper_authors(self, head: Token) -> Entity | None:
        """The authors of the paper `head` names: written after it, or where a definite one was last written."""
        return self._authors(paper_author(head) or (self._authored_before_as(head) if is_definite(head) else None))

    def _authored_before_as(self, head: Token) -> Token | None:
        """The author named where the paper a definite noun refers back to was written ("the report was
        prepared by A ... the report said X ... the report added": A): back over definite mentions that name no
        author, never past an indefinite one that names none (it brought in a paper of its own)."""
        kind = paper_kind(head)
        for token in reversed(self.doc[max(0, head.i - _ISSUER_REACH) : head.i]):
            if paper_kind(token) != kind or token.pos_ != "NOUN" or self.in_quote(token.idx):
                continue
            authored = token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _AUTHORING_VERBS
            author = _by_agent(token.head) if authored else paper_author(token)
            if author is not None or not is_definite(token):
                return author
        return None

    def _authored_before(self, pronoun: Token) -> Entity | None:
        """ "The survey was written by A and B. It said ...": an "it" speaking right after a paper was
        the passive subject of an authoring verb is that paper, and speaks with its authors' voice; only when
        no other subject came between, so "it" cannot be something else."""
        last = self._subject_before(pronoun)
        if last is None or last.dep_ != "nsubjpass" or last.lemma_.lower() not in lexicon().paper_nouns:
            return None
        if last.head.lemma_.lower() not in _AUTHORING_VERBS:
            return None
        return self._authors(_by_agent(last.head))

    def _document_spoken_before(self, pronoun: Token) -> Entity | None:
        """ "The statement said ... '...,' it said": an "it" right after a document spoke, with no other subject
        between (but another "it" saying more), is that document again, with the voice it was given (a group
        of ministers has no "it" of its own to be in focus)."""
        last = self._subject_before(pronoun, narrative_only=True)
        if last is not None and last.lower_ == "it":  # a second "it" saying more: the same voice again
            last = self._subject_before(last, narrative_only=True)
        if last is None or last.dep_ != "nsubj" or last.pos_ != "NOUN":
            return None
        lemma = last.lemma_.lower()
        lex = lexicon()
        if lemma in lex.document_nouns and lemma in self._heads:
            return self._heads[lemma]
        # "The X communique noted a surplus, which it said ...": a paper that was the subject without speaking is
        # the "it" all the same, and speaks for the issuer its own words name
        return self._paper_voice(last) if lemma in lex.document_nouns or lemma in lex.paper_nouns else None

    def _subject_before(self, pronoun: Token, narrative_only: bool = False) -> Token | None:
        """The last subject between the sentence before `pronoun` and the pronoun; with `narrative_only`, not
        one inside quotation marks or reported words ("X said prices rose": "X")."""
        floor = self.doc.char_span(self._sentence_before(pronoun.idx), pronoun.idx, alignment_mode="expand")
        if floor is None:
            return None
        subjects = [  # a relative clause's subject ("for B, which released it") is no subject in the narrative
            t for t in floor if t.dep_ in ("nsubj", "nsubjpass") and t.i < pronoun.i and t.head.dep_ != "relcl"
            and t.tag_ not in _RELATIVE_TAGS  # "a surplus, which it said would help": "which" is no one new
            and not (narrative_only and self._in_content(t.idx))
        ]
        return subjects[-1] if subjects else None

    def _document(self, head: Token) -> tuple[Entity | None, str | None]:
        """ "A statement from X" and "an X statement" are X speaking; an unsourced "the statement" is who
        issued it, or else the organisation last quoted."""
        voice = self._paper_voice(head) or self._sitting_voice(head)  # "a statement issued after a meeting of X envoys"
        if voice is not None:
            return voice, None
        parties = self._parties(head)
        if parties is not None:
            return parties, None
        for child in head.rights:
            if child.lower_ in ("from", "of"):  # "a statement from a mayor's office"
                source = next((g for g in child.children if g.dep_ == "pobj"), None)
                if source is not None:
                    return self._entity(source)
        spoke = self._latest(self._speakers, head.idx, "org")
        return (spoke[1] if spoke else None), None

    def _parties(self, head: Token) -> Entity | None:
        """ "A memo between the two firms says", "the letter between A and B": a paper between
        parties speaks with all of them together; one party alone, or parties the cast cannot tell, name no one."""
        between = next((c for c in head.rights if c.lower_ == "between" and c.dep_ == "prep"), None)
        side = next((g for g in between.children if g.dep_ == "pobj"), None) if between is not None else None
        if side is None or self.in_quote(side.idx):
            return None
        found = self._joint(side) or self._entity(side)[0]
        return found if found is not None and found.kind == "group" else None

    def _sitting_voice(self, head: Token) -> Entity | None:
        """The body whose sitting put out the paper `head` (or the earlier paper a definite one refers back to):
        the members' body named after "of", else, for a sitting that names no one, the body last heard."""
        earlier = earlier_mention(head)
        sitting = paper_sitting(head) or (paper_sitting(earlier) if earlier is not None else None)
        if sitting is None:
            return None
        members = sitting_members(sitting)
        if members is None:
            return self._last_heard_body(head.idx) if sitting_is_bare(sitting) else None
        found = self._entity(members)[0]  # "a session of the Tarrow Council"
        if found is not None and found.kind == "org":
            return found
        names = [c for c in members.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if members.tag_ != "NNS" or not names:  # "a meeting of envoys": no body named
            return None
        text = self.doc[names[0].left_edge.i : names[-1].i + 1].text
        return self.registry.org_named(text) or self.registry.add_org(text, names[0].idx)

    def _state_paper_voice(self, head: Token) -> Entity | None:
        """ "The decree said", "the budget had forecast", with no owner, author or issuer written: the government of
        the country the article is about (`state_papers`)."""
        return self._state_body(head, STATE_BODY, bare=False) if state_paper(head) else None

    def _last_heard_body(self, char: int) -> Entity | None:
        """The body last heard before `char`, itself or through a group of its office holders ("X foreign
        ministers said": X), whichever spoke later."""
        org = self._latest(self._speakers, char, "org")
        group = self._latest(self._speakers, char, "group")
        if group is not None and (org is None or group[0] > org[0]):
            words = group[1].name.split()
            while words and words[-1].islower():  # "X foreign ministers": the body is the name before the offices
                words.pop()
            body = " ".join(words)
            if not words or body == group[1].name:
                return None
            return self.registry.org_named(body) or self.registry.add_org(body, group[0])
        return org[1] if org else None

    def _source(self, head: Token) -> Entity | None:
        """A report or a paper speaks for whoever put it out, before any outlet nearby."""
        return self._paper_voice(head) or self._outlet(head)

    def _paper_voice(self, head: Token) -> Entity | None:
        """ "The board's report says ...": a paper its owner's name ties to a body or a person speaks for
        that owner, and so does a later bare "the report" referring back to it; else who published it ("X
        published its report ... the report said")."""
        authors = self._paper_authors(head)
        if authors is not None:  # "a report by A and B said"; a later "the report" after "a report written by A"
            return authors
        if is_definite(head) and not _owner(head):
            head = self._owned_before(head) or head
        owner = _owner(head)
        return (
            (self._owner_entity(owner) if owner is not None else None)
            or self._named_before(head)
            or self._issuer(head)
        )

    def _named_before(self, paper: Token) -> Entity | None:
        """ "A Harbour Board statement", "an Orvia Radio report": a body's name written before a paper as its
        modifier says whose paper it is, as an owner's "'s" would; a place there ("a Port Elwin newspaper")
        only says where the paper is from."""
        named = named_issuer(paper) or next(  # "an Atlas statement" after "Atlas Consolidated Mining Corp"
            (c for c in paper.lefts if c.dep_ in ("compound", "nmod", "amod") and self._short_form(c)), None
        )
        issuing = self._entity(named)[0] if named is not None else None
        if named is not None and (issuing is None or issuing.kind != "org"):
            # "the Veltran communique": the name read as an adjective, or by the cast as someone's; tagged a body's
            # name before a paper, it is the issuer's
            text = _entity_text(named)
            issuing = self.registry.org_named(text) or self.registry.add_org(text, named.idx)
        noun = issuer_noun(paper) if named is None else None
        if noun is not None:  # "a Norlandic government bulletin": the body the noun refers to
            issuing = self._entity(noun)[0]
        elif named is None and marked_as_state(paper):  # "a presidential decree": the country's government
            issuing = self._state_body(paper, STATE_BODY, bare=False)
        if issuing is None or issuing.kind != "org" or places.is_known_place(issuing.name):
            return None
        return issuing

    def _owned_before(self, head: Token) -> Token | None:
        """The earlier mention of the same paper a definite noun refers back to, when that one was written with
        its owner: back over other definite mentions, never past one that introduced a paper of its own ("a
        report in X", "Y published its report"). A mention whose own words before it say whose it is ("according
        to a Tarrow Institute survey ... the poll said", "once the Tarrow Commission report was out ...
        the report said") is it, whether it brought the paper in with "a" or named it with "the"."""
        kind = paper_kind(head)
        unnamed = named_issuer(head) is None  # "the Tarrow survey" says whose it is itself
        for token in reversed(self.doc[max(0, head.i - _ISSUER_REACH) : head.i]):
            if paper_kind(token) != kind or token.pos_ != "NOUN" or self.in_quote(token.idx):
                continue
            if _owner(token) is not None or (unnamed and _says_whose(token)):
                return token
            if token.dep_ == "dobj" or not is_definite(token):
                return None
        return None

    def _owner_entity(self, owner: Token) -> Entity | None:
        """Whose a paper is by its owner's name; a working group's is the body that sent it ("a team from X
        ... the team's report": X's report)."""
        if owner.pos_ == "PRON":
            return self._pronoun_owner(owner)
        found = self._entity(owner)[0]
        body = body_of_group(owner) if found is None else None
        return self._entity(body)[0] if body is not None else found

    def _pronoun_owner(self, owner: Token) -> Entity | None:
        """Whose "its report" is: the body named last before the "its" in its own sentence, reported words
        included ("X's costs will rise, its annual report said": X), else the body the pronoun refers to as
        any "it" would; "his letter", "their statement": the person or group the pronoun refers to."""
        if owner.lower_ != "its":
            return self._pronoun(owner)
        start = self.cast.salience.sentence_start(owner.idx)
        named = [(e.mentioned_before(owner.idx), e) for e in self.registry.orgs()]
        near = [(pos, e) for pos, e in named if pos is not None and pos >= start and not self.in_quote(pos)]
        return max(near, key=lambda n: n[0])[1] if near else self._pronoun(owner)

    def _issuer(self, head: Token) -> Entity | None:
        """ "X issued a statement on Monday. ... the statement said": who put out the document a definite noun
        refers back to, the subject of the verb whose object it was last written as; "X noted in a memo to staff
        ... the memo adds": who spoke in it."""
        if not any(c.lower_ == "the" for c in head.children):
            return None
        kind = paper_kind(head)
        for token in reversed(self.doc[max(0, head.i - _ISSUER_REACH) : head.i]):
            if paper_kind(token) != kind or self.in_quote(token.idx):
                continue
            verb = token.head if token.dep_ == "dobj" else _spoken_in(token) or set_in(token)
            if verb is None:
                continue
            if verb.lemma_.lower() in _READER_VERBS:  # "the mayor cited a study": the study is not the mayor's
                return None
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return self._entity(subject)[0] if subject is not None else None
        return None

    def _behind_spokesperson(self, head: Token, modifiers: list[Token]) -> tuple[Entity | None, str | None]:
        """For "a <Org> spokesperson" or "a spokesman for (at) <Org>" the organisation is the speaker; for "a
        spokeswoman for <Minister X>" the minister is; a later bare "the spokeswoman" is the same voice, and
        a first bare one speaks for the organisation the sentence before (or its own) acts as. "The <Org>
        spokesman" after "<Org> spokesman X", or a bare "the spokesman" after "X's spokesman, Y,", is that person
        again: a definite description of the person so titled."""
        doc = head.doc
        if is_definite(head):
            holder = self._described([t.lower_ for t in role_phrase(head)], head.idx)
            if holder is not None and (modifiers or self._named_since_voice(holder, head.idx)):
                return holder, holder.title
        words = [t for t in doc[head.left_edge.i : head.i + 1] if t.dep_ != "det"]
        title = doc[words[0].i : head.i + 1].text if words else None
        # a lower-case word is no name though the parse tags it one ("a council spokesman")
        named = [m for m in modifiers if any(not t.is_lower and (t.pos_ == "PROPN" or t.ent_type_) for t in m.subtree)]
        pobj = next(
            (g for c in head.rights if c.lower_ in ("for", "of", "at") for g in c.children if g.dep_ == "pobj"), None
        )
        entity: Entity | None = None
        owner = next((m for m in modifiers if m.dep_ == "poss" and m.pos_ in ("NOUN", "PROPN", "PRON")), None)
        institution = next((m for m in modifiers if m.dep_ == "compound" and m.is_lower and m not in named), None)
        body = owner if owner is not None and owner.pos_ != "PRON" else institution
        if owner is not None:  # "Mayor X's spokesperson", "the governor's spokesman", "its spokeswoman"
            entity = self._pronoun(owner) if owner.pos_ == "PRON" else self._spoken_for(owner)
        elif institution is not None and not named:  # "a company spokeswoman": the company referred back to
            entity = self._spoken_for(institution)
        elif named:
            org = doc[min(m.left_edge.i for m in named) : head.i]
            entity = self.registry.add_org(_without_article(org.text), head.idx)
        elif pobj is not None and (pobj.head.lower_ != "at" or names_org(pobj)):
            # "a spokesman at X" speaks for X as "for X" would; "a spokesman at the hearing" is where, not whose
            entity = self._spoken_for(pobj)
        elif not modifiers and self._spokes:
            entity = self._spokes[-1][1]
        elif not modifiers and head.n_rights == 0:  # "X rejected the claims. A spokesperson said": X's voice,
            # unless "the <Org> spokesman" later says whose it was
            later = body_named_by_later_spokes(head, self.in_quote)
            entity = (
                (self.registry.add_org(later.text, later.start_char) if later is not None else None)
                or self._acting_body(head)
                or self._body_reported_on(head)
            )
        if entity is None and body is not None and body.lemma_.lower() in lexicon().institution_nouns:
            # "the water agency's spokesman" when no agency is named: the body as written, as it would speak
            written = _portfolio_phrase(body, voiced=True)
            entity = self.registry.add_org(written, head.idx) if written else None
        if entity is not None:
            self._spokes.append((head.idx, entity, lexicon().spokes_genders.get(head.lower_)))
        if entity is not None and entity.kind == "person":  # the governor speaks through an aide: his title
            return entity, entity.title
        return entity, title

    def _body_reported_on(self, head: Token) -> Entity | None:
        """ "The X Board raised its charges, a spokesman said": a bare spokesperson whose words have a body the
        cast named as their subject speaks for that body (its subject stands in reported words, out of focus)."""
        clause = next((c for c in head.head.children if c.dep_ == "ccomp"), None) if head.dep_ == "nsubj" else None
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
        span = self.cast.name_span(subject.i) if subject is not None else None
        return self._spoken_for(subject) if subject is not None and span is not None and span[2] == "org" else None

    def _named_since_voice(self, holder: Entity, char: int) -> bool:
        """ "X's spokesman, Ana Roy, said ... The spokesman says": a bare "the spokesman" is the spokesperson
        the article named, unless an unnamed one ("a spokesman for Y") has spoken since that name was last seen."""
        last = holder.mentioned_before(char)
        return last is not None and (not self._spokes or self._spokes[-1][0] < last)

    def _spoken_for(self, pobj: Token) -> Entity | None:
        """Whom "a spokesperson for <pobj>" speaks for: a person, a named organisation or one referred back to."""
        if pobj.ent_type_ == "PERSON" or (pobj.pos_ == "PROPN" and self.registry.knows_surname(pobj.text)):
            return self._proper(pobj)[0]
        if not pobj.is_lower and (pobj.pos_ == "PROPN" or pobj.ent_type_):  # "a council spokesman": no name
            name = org_name(pobj, pobj.left_edge.i) or pobj.text  # "the University of X": its "of" is its name's
            return self.registry.add_org(_without_article(name), pobj.idx)
        return self._common(pobj)[0]

    def _voice(self, char: int, gender: str | None) -> Entity | None:
        """ "A spokeswoman for X said ... She said ... She added ...": the spokesperson still talks for X while
        every speaker since is that voice. A named person the narrative made its subject since ("An X official
        said ... Y calculated that ... , he said") is whom the he/she refers to: the voice is nobody's name. Nor
        does it outlast someone unnamed who spoke since ("An X official said ... An analyst said ... , he said"
        is the analyst): every speaker since means every voice, named or not."""
        if not self._spokes or not self._speakers:
            return None
        pos, entity, spokes_gender = self._spokes[-1]
        if any(pos < c < char for c in self._unnamed_voices):
            return None
        since = bisect_left(self._speakers, pos, key=lambda e: e[0])
        until = bisect_left(self._speakers, char, key=lambda e: e[0])
        if since >= until or self._speakers[since][0] != pos or spokes_gender not in (None, gender):
            return None
        if self._person_in_focus_since(pos, char, gender):
            return None
        return entity if all(e is entity for _, e in self._speakers[since:until]) else None

    def _outlet(self, head: Token) -> Entity | None:
        """For "according to a report": the outlet the article names nearby as told or reporting."""
        for child in head.rights:
            for g in child.children:
                if g.dep_ == "pobj" and g.ent_type_ == "ORG":
                    return self.registry.add_org(head.doc[g.left_edge.i : g.i + 1].text, g.idx)
        # one named before is what "the paper said" refers back to, ahead of one named after at any distance
        near = [(pos > head.idx, abs(pos - head.idx), entity) for pos, entity in self._outlets]
        near = [n for n in near if n[1] <= _OUTLET_REACH]
        return min(near, key=lambda n: n[:2])[2] if near else None

    def _sourced_by(self, head: Token) -> Entity | None:
        """ "according to documents obtained by X", "figures released by X": papers or numbers a body obtained,
        compiled or released speak with that body's voice (people are no such papers: "a man arrested by
        police" is never the police speaking, hence the verbs of sourcing and no person's noun)."""
        if head.ent_type_ or head.lemma_.lower() in lexicon().title_words:
            return None
        for verb in head.rights:
            if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _SOURCING_VERBS:
                continue
            source = _by_agent(verb)
            if source is not None and not self.in_quote(source.idx):
                return self._authors(source)
        return None

    def _person_in_focus_since(self, start: int, char: int, gender: str | None) -> bool:
        """Whether a named person whose gender fits was a subject in the narrative between `start` and `char`."""
        first = bisect_right(self._focus, start, key=lambda e: e[0])
        last = bisect_left(self._focus, char, key=lambda e: e[0])
        return any(e.kind == "person" and e.gender in (None, gender) for _, e in self._focus[first:last])
