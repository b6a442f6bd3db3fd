"""Recognises attribution cues in the parse and finds who governs them.

A cue is the word that ties words to a speaker: a speech verb ("said", "pointed out"), a
naming verb that frames a short quoted phrase ("described ... as", "opted for"), a speech
act whose object is the message ("urged", "lauded"), or "according to".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from streams.enrich.cast.names import has_own_name, stranded_subject

from .lexicon import lexicon
from .stances import stance_clause, stance_text

CueKind = Literal["speech", "phrase", "act", "according", "stance"]

_SUBJECT_DEPS = ("nsubj",)
# What may hang on "went on" or "continued" when it reports speech: its speaker, the words said, and little else.
_BARE_DEPS = frozenset({"nsubj", "prt", "punct", "ccomp", "parataxis", "advmod", "aux", "cc", "conj"})
# "X was keen to stress that ...": an adjective's complement (acomp) leads on to the copula's subject.
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "parataxis", "acomp"})
_MAX_CLIMB = 6
_PAST_OR_PRESENT = frozenset({"VBD", "VBZ", "VBP"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
_BODY_NAME_LABELS = frozenset({"ORG", "PERSON"})  # a firm's bare name is often labelled a person
_LABEL_DEPS = frozenset({"dobj", "oprd", "attr", "ccomp", "xcomp"})  # how the parse hangs a second object
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_NOT_NAMED_THING = frozenset({"npadvmod", "pobj", "nsubj", "dobj"})  # "This week workers called a strike"
_CLAIM_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})  # how the parse hangs "claims that ..." on the noun


def _particle(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("prt", "prep") and child.i == verb.i + 1:
            return child
    return None


def cue_kind(token: Token) -> CueKind | None:
    """What kind of cue `token` is, if any. Particle verbs count only with their particle."""
    if (token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)) or _words_owner(token):
        return "according"
    if stance_clause(token) is not None:
        return "stance"
    if token.pos_ != "VERB":
        return None
    lex = lexicon()
    lemma = token.lemma_.lower()
    if _other_verb(token):
        return None
    if directive_preposition(token) is not None:
        return "act"
    if lemma in lex.bare_speech_verbs and not _bare_report(token):
        return None
    needed = lex.particle_verbs.get(lemma)
    if needed is not None:
        particle = _particle(token)
        if particle is None or particle.lower_ != needed:
            return None
        if lemma in lex.act_verbs_needing_as:  # "played down fears that ...": a rebuttal, as "dismissed" is
            return "act" if framed_as(token) or rebuts_a_claim(token) else None
        return "phrase" if lemma in lex.phrase_verbs else "speech"
    if lemma in lex.speech_verbs:
        return "speech"
    if lemma in lex.cause_prepositions:
        return "act" if _puts_down_to_a_cause(token) else None
    if lemma in lex.clausal_only_verbs:
        # "found that ...", "estimated that ...": a report only with a clause ("found the keys" is not)
        if any(c.dep_ == "ccomp" for c in token.children):
            return "speech"
        return "act" if lemma in lex.figure_verbs and puts_a_figure(token) else None
    if lemma in lex.phrase_verbs:
        return "phrase"
    if lemma in lex.act_verbs:
        if _gap_only(token):
            return None
        if lemma in lex.act_verbs_needing_object and not any(c.dep_ == "dobj" for c in token.children):
            return None
        if lemma in lex.act_verbs_needing_as and not (framed_as(token) or rebuts_a_claim(token)):
            return None
        if lemma in lex.act_verbs_needing_grounds and not _gives_grounds(token):
            return None
        if lemma in lex.act_verbs_not_with_object and any(c.dep_ == "dobj" for c in token.children):
            return None
        return "act"
    return None


_GROUNDS = frozenset({"for", "over"})
_FIGURE_PREPOSITIONS = frozenset({"at"})
_GAP_PRONOUNS = frozenset({"that", "which"})  # an object before its verb: the parse may tag it as a determiner


def puts_a_figure(verb: Token) -> bool:
    """ "estimated the bill at 12 mln", "forecast 3 pct growth": a figure its subject puts on a thing is a
    claim of that subject, as "estimated that ..." is. Without a figure ("estimated the damage", "forecast
    more rain") the verb tells of an act, and with no subject of its own ("the damage, estimated at ...") the
    figure is the writer's."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in lexicon().speech_verbs:
        return False  # "X forecasts a 9 pct rise, its chairman said": the words are the chairman's
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    holders = objects + [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _FIGURE_PREPOSITIONS]
    return bool(objects) and any(_figure(t) for h in holders for t in h.subtree)


def _figure(token: Token) -> bool:
    """A number that measures, not the year or day a forecast is for ("a rise for 1988")."""
    return (token.like_num or token.tag_ == "CD") and token.ent_type_ not in ("DATE", "TIME")


def _gap_only(verb: Token) -> bool:
    """ "the terms that the firm proposed for the takeover", "a levy which some towns had demanded": the
    verb's object is the noun a relative clause describes, so what was proposed stands outside the clause
    and the clause says only that it was proposed. A verb with a clause or an object of its own after it
    ("the board that urged a vote") keeps its words."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return False
    fronted = any(c.dep_ == "dobj" and c.i < verb.i and c.lower_ in _GAP_PRONOUNS for c in verb.children)
    return fronted or _object_gap(verb)


def _gives_grounds(verb: Token) -> bool:
    """ "praised the crew for ...", "criticised the plan over ...", "hailed the deal as ...", "condemned
    claims that ...": a verdict with what it rests on, its label or a clause says something; a bare verdict
    on a thing ("criticised the policies") is the writer's account of a stance (see the lexicon's note)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # the parse may hang "for ..." on the object
    return (
        framed_as(verb)
        or rebuts_a_claim(verb)
        or for_clause(verb) is not None
        or any(c.dep_ == "ccomp" for c in verb.children)
        or any(c.dep_ == "prep" and c.lower_ in _GROUNDS for h in [verb, *objects] for c in h.children)
    )


def _puts_down_to_a_cause(verb: Token) -> bool:
    """ "blamed the delay on the weather", "attributed the rise to fuel costs": the speaker's own reason for
    what happened, a statement as "criticized X for ..." is. Only with a thing explained as the object and its
    cause after the preposition: "was blamed on" and "which it blamed on" are the writer's account of a cause
    given earlier, and "blamed the coach" names whom, not why."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ in _RELATIVE_TAGS or verb.dep_ in ("relcl", "acl"):
        return False
    preps = lexicon().cause_prepositions[verb.lemma_.lower()]
    return any(c.dep_ == "prep" and c.lower_ in preps and _in_object_chain(c, verb) for c in verb.doc[obj.i + 1 :])


def _in_object_chain(prep: Token, verb: Token) -> bool:
    """The parse may hang the cause's preposition on the verb, on any noun of a long object ("the rise in
    fares to ..."), or on a relative clause the comma before it has closed ("the rise, which ..., mainly to
    ..."); never on another verb's own words ("blamed the man who relied on ...")."""
    node = prep.head
    while node != verb:
        if node.head == node:
            return False
        if node.pos_ in ("VERB", "AUX") and not (
            node.dep_ == "relcl" and any(t.text == "," for t in verb.doc[node.i + 1 : prep.i])
        ):
            return False
        node = node.head
    return True


def _bare_report(verb: Token) -> bool:
    """ "\"...,\" she continued": a verb that reports speech only bare. Anything else hanging on it ("continue
    until Friday", "went on to win") makes it an event; so does standing, with no words of its own, as the
    clause another cue reports ("talks will continue, the ministry said")."""
    if any(c.dep_ not in _BARE_DEPS for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return True
    return not (verb.dep_ == "ccomp" and cue_kind(verb.head) == "speech")


def _other_verb(verb: Token) -> bool:
    """ "called in mediators", "called off the match": with one of these particles right after it the verb
    summons or cancels; it neither names nor demands anything. "called in a statement for ..." is the
    medium the demand went out on."""
    lex = lexicon()
    particles = lex.other_verb_particles.get(verb.lemma_.lower(), frozenset())
    particle = _particle(verb) if particles else None
    if particle is None or particle.lower_ not in particles:
        return False
    return not any(c.dep_ == "pobj" and c.lemma_.lower() in lex.medium_nouns for c in particle.children)


def directive_preposition(verb: Token) -> Token | None:
    """ "called for an inquiry", "called on the council to act", "pushed for talks": the preposition that
    makes the verb a speech act whose object is the demand."""
    preps = lexicon().directive_prepositions.get(verb.lemma_.lower())
    if preps is None:
        return None
    marks = [c for c in verb.children if c.i > verb.i and c.dep_ in ("prep", "prt")]
    marks += [m for c in (for_clause(verb),) if c is not None for m in c.children if m.dep_ == "mark"]
    found = next((c for c in marks if c.lower_ in preps and _next_to(verb, c)), None)
    medium = _medium_adjunct(verb) if found is None else None
    if medium is None:
        return found
    marks = [c for c in medium.children if c.dep_ == "prep"]
    marks += [m for c in (for_clause(medium), for_clause(verb)) if c is not None for m in c.children]
    return next((c for c in marks if c.lower_ in preps and c.i == medium.i + 1), None)


def _medium_adjunct(verb: Token) -> Token | None:
    """ "called in a statement for the release of ...": the channel named right after the verb, on whose noun
    the parse hangs the demand that follows it."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    noun = None if prep is None else next((g for g in prep.children if g.dep_ == "pobj"), None)
    return noun if noun is not None and noun.lemma_.lower() in lexicon().medium_nouns else None


def for_clause(verb: Token) -> Token | None:
    """ "called for the minister to resign", "appealed for residents to stay indoors": the parse reads "for"
    as the subordinator of an infinitive clause whose subject is who is asked; the clause is the demand."""
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ in ("advcl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _next_to(verb: Token, preposition: Token) -> bool:
    """The preposition follows the verb, at most past adverbs ("called again for"): in "called her on
    Monday" or "called a strike for May" it starts an adjunct of a verb that convenes or phones."""
    return all(t.pos_ == "ADV" for t in verb.doc[verb.i + 1 : preposition.i])


def _object_as(verb: Token) -> Token | None:
    """The "as" of "described the closure of the two rural clinics as a mistake": after a long object the parse often
    hangs the verdict on the object noun rather than on the verb; it is still the verb's verdict."""
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i):
        for c in obj.rights:
            if c.lower_ == "as" and c.dep_ == "prep" and any(g.dep_ != "punct" for g in c.children):
                return c
    return None


def rebuts_a_claim(verb: Token) -> bool:
    """ "has rejected suggestions that the mine would close", "dismissed claims the fares would rise": turning
    down a claim whose content is spelt out is a denial, as "denied claims that ..." is. Without that clause
    ("dismissed criticism over the plan", "dismissed the claim") it is a stance, not a statement. With "that" left
    out the parse may hang the clause on the verb, or fold the noun into the clause's subject."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].dep_ in ("det", "prt"):  # "played down the fears that ..."
        k += 1
    if k >= len(doc) or doc[k].lemma_.lower() not in lexicon().claim_nouns:
        return False
    clauses = [g for g in doc[k].children if g.dep_ in _CLAIM_CLAUSE_DEPS] + [
        c for c in verb.children if c.dep_ == "ccomp" and c.i > k
    ]
    return any(c.pos_ in ("VERB", "AUX") for c in clauses)


def framed_as(verb: Token) -> bool:
    """ "rejected the report as baseless", "described the offer as an insult": a verdict, so a statement."""
    for c in verb.children:
        if c.lower_ == "as" and c.dep_ in ("prep", "advmod"):
            return True
        if c.dep_ in ("advcl", "oprd", "acomp") and any(g.lower_ == "as" and g.i < c.i for g in c.children):
            return True
    return _object_as(verb) is not None


def _as_frame(verb: Token) -> tuple[int, int] | None:
    """Token bounds of the words after the "as" of a verdict ("described the offer as an insult")."""
    for c in verb.children:
        if c.lower_ == "as" and c.dep_ in ("prep", "advmod") and c.i > verb.i:
            if c.right_edge.i > c.i:
                return c.i + 1, c.right_edge.i
            after = next((g for g in verb.children if g.i > c.i and g.dep_ not in ("punct", "cc", "conj")), None)
            return (c.i + 1, after.right_edge.i) if after is not None else None
        if c.dep_ in ("advcl", "oprd", "acomp"):
            marker = next((g for g in c.children if g.lower_ == "as" and g.i < c.i), None)
            if marker is not None:
                return marker.i + 1, c.right_edge.i
    marker = _object_as(verb)
    return (marker.i + 1, marker.right_edge.i) if marker is not None else None


def _misread_contact_clause(verb: Token, subject: Token) -> bool:
    """ "X rose, a move critics have called a mistake": the parse folds "a move" into the subject and reads
    the clause before as the verb's complement. A naming verb reports no clause, and an indefinite article
    opening its subject there is the named thing's."""
    return subject.left_edge.lower_ in ("a", "an") and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def _object_gap(verb: Token) -> bool:
    """ "what X called ...", "a plan that X called ...", "a decision X has called ...": the verb's first
    object is the relative clause's gap, so all it governs after itself is the label."""
    if any(c.tag_ in _RELATIVE_TAGS and c.dep_ not in _SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None or subject.tag_ in _RELATIVE_TAGS:
        return False  # "officials who called a meeting": the relative is the subject, not a gap
    if verb.dep_ == "relcl" or _misread_contact_clause(verb, subject):
        return True
    if subject.left_edge.i == 0:
        return False
    before = verb.doc[subject.left_edge.i - 1]  # a contact clause: the named thing, then its namer
    return before.pos_ == "NOUN" and before.dep_ not in _NOT_NAMED_THING


def _appended_label(token: Token) -> bool:
    """ "branded the plan a failure": the parse may hang the label on the object noun as an adverbial
    noun phrase; one opened by an indefinite article or a quotation mark is the label."""
    return (
        token.dep_ == "npadvmod"
        and token.head.dep_ == "dobj"
        and (token.left_edge.lower_ in ("a", "an") or token.left_edge.is_quote)
    )


def framed_words(verb: Token) -> tuple[int, int] | None:
    """Token bounds of the label a naming or verdict verb gives its object: "unfair" in "described it as
    unfair", "a failure" in "branded the plan a failure" and in "what critics called a failure". The
    label is what the namer said; the verb and the thing named are the writer's frame. With one object
    and no relative gap the verb names no label ("called a meeting", "called the ruling")."""
    framed = _as_frame(verb)
    if framed is not None:
        return framed
    reachable, stack = [], [verb]
    while stack:
        node = stack.pop()
        for c in node.children:
            if c.i > verb.i and (c.dep_ in _LABEL_DEPS or _appended_label(c)):
                reachable.append(c)
                stack.append(c)
    if not reachable:
        return None
    label = max(reachable, key=lambda t: t.i)
    first = label.left_edge.i
    named_between = any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in verb.doc[verb.i + 1 : first])
    if not (named_between or _object_gap(verb)):
        return None
    return first, label.right_edge.i


def prepositional(verb: Token) -> bool:
    """ "warned of a slowdown", "cautioned against haste": the warning's topic is its content."""
    preps = lexicon().prepositional_cues.get(verb.lemma_.lower())
    return preps is not None and any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)


@lru_cache(maxsize=1)
def _cue_lemma_hashes() -> frozenset[int]:
    lex = lexicon()
    lemmas = (
        lex.speech_verbs
        | lex.clausal_only_verbs
        | lex.act_verbs
        | lex.phrase_verbs
        | set(lex.particle_verbs)
        | set(lex.directive_prepositions)
        | set(lex.cause_prepositions)
        | set(lex.made_frames)
        | lex.stance_adjectives
    ) | {"accord", "word"}
    return frozenset(hash_string(lemma) for lemma in lemmas)


def cue_candidates(doc: Doc) -> list[Token]:
    """Tokens whose lemma could make them a reported-speech cue, found on the lemma array
    without building a Token object per word (that is most of the cost on long articles)."""
    if not len(doc):
        return []
    hashes = _cue_lemma_hashes()
    return [doc[i] for i, h in enumerate(doc.to_array("LEMMA").tolist()) if h in hashes]


def cue_text(token: Token) -> str:
    """The cue as written: the verb with its particle ("pointed out", "opted for", "according to")."""
    if token.lower_ == "according":
        return f"{token.text} to"
    if _words_owner(token) is not None:  # "In the words of", "in his own words"
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), token)
        return token.doc[token.head.i : of.i + 1].text
    if stance_clause(token) is not None:
        return stance_text(token)
    particle = _particle(token)
    if particle is not None and lexicon().particle_verbs.get(token.lemma_.lower()) == particle.lower_:
        return f"{token.text} {particle.text}"
    directive = directive_preposition(token)
    if directive is not None:
        return f"{token.text} {directive.text}"
    return token.text


def _words_owner(token: Token) -> Token | None:
    """The X of "in X's words" or "in the words of X", when `token` is those words: a source frame that, like
    "according to X", gives X the rest of the sentence."""
    if token.lower_ != "words" or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    return owner_of_words(token)


def owner_of_words(noun: Token) -> Token | None:
    """Whose words a noun for them is: "X's verdict", "the words of X", "the message from X"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    return owner or (next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None)


def source_frame_start(cue: Token) -> int:
    """Where the words naming the source begin: "according", or the "in" of "in X's words"."""
    return cue.head.i if cue.lower_ == "words" else cue.left_edge.i


def according_source(token: Token) -> Token | None:
    """The X of "according to X", "in X's words" or "in the words of X"."""
    if token.lower_ == "words":
        return _words_owner(token)
    for child in token.children:
        if child.lower_ == "to":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _reporter_of_conjunct(verb: Token) -> Token | None:
    """ "X said A was not enough and urged B": the parse often hangs the second act inside the reported
    clause, but a subjectless speech act coordinated there is the reporter's own."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or cue_kind(verb) is None:
        return None
    return head.head if cue_kind(head.head) == "speech" else None


def _headless_description(verb: Token) -> Token | None:
    """ "..., the 51-year-old said.": the parse may hang a description with no noun of its own on the verb
    itself, its article and adjective as the verb's dependents; the adjective stands for the subject."""
    lefts = list(verb.lefts)
    adjective = next((c for c in reversed(lefts) if c.dep_ == "amod" and c.pos_ == "ADJ"), None)
    if adjective is None or not any(c.dep_ == "det" and c.i < adjective.i for c in lefts):
        return None
    return adjective


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject. A dateline ("CITY, date (Outlet) --") can be parsed as a second subject,
    so the nearest one before the verb wins; "X, who said" is X speaking, not "who". A day read as a subject
    ("X, quoting sources, today said") never speaks while the clause has another, or a name hung loose on the
    verb before it or read as the subject of the aside ("quoting") before it."""
    misread = _name_read_as_object(verb)
    if misread is not None:
        return misread
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    undated = [c for c in subjects if c.ent_type_ not in ("DATE", "TIME")]
    loose = [c for c in verb.lefts if c.dep_ == "dep" and c.pos_ == "PROPN"]
    loose += [g for c in verb.lefts if c.dep_ == "advcl" and c.tag_ == "VBG" for g in c.lefts if g.dep_ == "nsubj"]
    loose = loose[:1] if subjects else []
    subjects = undated or loose or subjects
    if not subjects:
        return _subject_before_aside(verb) or _headless_description(verb)
    before = [c for c in subjects if c.i < verb.i]
    subject = before[-1] if before else subjects[0]
    named = _named_before_which(subject, verb) if subject.lower_ == "which" else None
    if named is not None:
        return named
    if subject.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return _named_one_of(subject) or _closing_name(subject, verb) or _after_but(subject, verb) or subject


def _subject_before_aside(verb: Token) -> Token | None:
    """ "X, running ferries to six islands, said ...": the parse may make the name the subject of the aside's
    participle and leave the cue with none. A participle (no auxiliary, no "while"/"after") set off by commas
    between a subject and the cue is an aside about that subject, so the subject is the cue's."""
    doc = verb.doc
    for aside in verb.lefts:
        if aside.dep_ != "advcl" or aside.tag_ not in ("VBG", "VBN"):
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in aside.children):
            continue
        subject = next((c for c in aside.lefts if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.left_edge.i != aside.left_edge.i:
            continue
        after_subject, after_aside = _last_word(subject) + 1, _last_word(aside) + 1
        set_off = doc[after_subject].text == "," and after_subject < aside.i and doc[after_aside].text == ","
        if set_off and all(t.pos_ == "ADV" for t in doc[after_aside + 1 : verb.i]):
            return subject
    return None


def _last_word(head: Token) -> int:
    """Where the phrase `head` heads ends, without the commas the parse may hang on it."""
    last = head.right_edge.i
    while last > head.i and head.doc[last].is_punct:
        last -= 1
    return last


def _named_before_which(pronoun: Token, verb: Token) -> Token | None:
    """ "The offer was rejected by X Ltd which replied that ...": with no comma the parse may hang the clause on
    a common noun further back, or read it as the passive verb's complement; the name written right before
    "which" is what speaks, as a thing ("the offer") does not reply. A place's name is never that speaker."""
    before = pronoun.doc[pronoun.i - 1] if pronoun.i else None
    if before is None or before.pos_ != "PROPN" or before.ent_type_ not in _BODY_NAME_LABELS:
        return None
    return before if verb.dep_ != "relcl" or verb.head.pos_ == "NOUN" else None


def _after_but(subject: Token, verb: Token) -> Token | None:
    """ "A common levy would, on paper, lower fares, but X said ...": when the parse misses the first clause's
    verb it coordinates that clause's subject with the speaker across "but"; "but" joins no two speakers of one
    verb, so the conjunct after it, ending right before the verb, is who speaks."""
    but = next((c for c in subject.children if c.dep_ == "cc" and c.lower_ == "but"), None)
    if but is None:
        return None
    after = (c for c in subject.children if c.dep_ == "conj" and but.i < c.i)
    return next((c for c in after if c.right_edge.i == verb.i - 1), None)


def _closing_name(subject: Token, verb: Token) -> Token | None:
    """ "A youth wing of X's party, the Red Guards, said": a description's name, set off by commas where the
    subject ends right before the verb, is who speaks, though the parse hangs it on the description's last
    noun (the party) rather than on its head (the wing), when that noun has a name of its own (the cast's
    `has_own_name`: "a subsidiary of the carmaker, X," may name the carmaker). A place set beside a place
    ("the company based in Tampere, Pirkanmaa, said") is an address, no name of the speaker."""
    if subject.pos_ != "NOUN" or subject.i > verb.i:
        return None
    doc = verb.doc
    names = (
        t
        for t in subject.subtree
        if t.dep_ == "appos"
        and t.pos_ == "PROPN"
        and t.head.i != subject.i
        and t.head.pos_ == "NOUN"
        and t.ent_type_ not in _PLACE_TYPES
        and has_own_name(t.head)
    )
    for name in names:
        lo, hi = name.left_edge.i, name.right_edge.i
        between = doc[hi + 2 : verb.i]
        set_off = doc[lo - 1].text == "," and hi + 1 < verb.i and doc[hi + 1].text == ","
        if set_off and all(t.pos_ in ("ADV", "AUX") for t in between):
            return name
    return None


def _named_one_of(subject: Token) -> Token | None:
    """ "One of the bidders, X Y, said": a partitive subject (a number or pronoun with "of") names nobody
    itself; the proper name set beside it, or beside the group it picks from, is who speaks."""
    if subject.pos_ not in ("NUM", "PRON"):
        return None
    of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
    groups = [g for c in of for g in c.children if g.dep_ == "pobj"]
    if not groups:
        return None
    return next((a for n in (subject, *groups) for a in n.rights if a.dep_ == "appos" and a.pos_ == "PROPN"), None)


def _name_read_as_object(verb: Token) -> Token | None:
    """ "WHO director Dr X Y said", "IT chief X Y said": an acronym spelled like a pronoun makes the small
    model read it as the subject of the role after it, and the name as that role's object; the name so hung
    right before the cue is who speaks (a noun or a clause taking a capitalised acronym as subject and a
    name as object, ending where the cue begins, is no reading of a sentence)."""
    for role in (c for c in verb.children if c.dep_ in ("nsubj", "csubj", "dep") and c.i < verb.i):
        acronym = any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.is_upper and len(c) > 1 for c in role.children)
        name = next((c for c in role.rights if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        if acronym and name is not None and name.right_edge.i == verb.i - 1:
            return name
    return None


def _name_read_as_adverbial(verb: Token) -> Token | None:
    """ "Kiptoo said ...": the small model reads an unfamiliar surname opening a clause as an adverbial noun
    ("Monday said") or an adverb, leaving the verb without a subject; a proper noun so hung right before the verb that
    is no date or time is its subject."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ not in ("npadvmod", "advmod", "dep") or before.head.i != verb.i or before.pos_ != "PROPN":
        return None
    return None if before.ent_type_ in ("DATE", "TIME") else before


def _name_read_as_conjunct(verb: Token) -> Token | None:
    """ "... after A announced work in the north and Valdora said it would ...": the parse may coordinate the
    second clause's subject with the last noun of the first ("north and Valdora") and hang the verb on the first
    clause's verb, leaving it without a subject of its own; a name joined by "and" or "but" and written right
    before the verb (adverbs aside: "Valdora also said") is who speaks, as a name never stands there as an object."""
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1
    name = doc[k]
    if k <= 0 or name.pos_ != "PROPN" or name.dep_ != "conj" or name.ent_type_ in ("DATE", "TIME"):
        return None
    joined = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if joined is not None and joined.text == "," and name.ent_type_ == "PERSON":
        return name  # "... quotas, association chairman Ana Ruiz said": a person's name listed on by a comma
    return name if joined is not None and joined.dep_ == "cc" and joined.lower_ in ("and", "but") else None


def _quoted_as(verb: Token) -> Token | None:
    """ "X was quoted as saying ...", "X is understood to have said ...": the speaker is the subject of the
    passive report around the cue, not anyone the reporting verb leaves unnamed. In the active ("the paper
    quoted X as saying ...") it is the report's object, not the outlet that relays the words."""
    passive = passive_report(verb)
    if passive is None:
        return None
    named = _named_before_as(verb)
    if named is not None:
        return named
    if (passive.pos_ == "PROPN" and passive.dep_ != "pobj") or (passive.pos_ == "NOUN" and passive.dep_ == "dobj"):
        return passive  # "quoted X as saying": the parse hung "as saying" on X itself
    subject = next((c for c in passive.children if c.dep_ == "nsubjpass"), None)
    return subject or next((c for c in passive.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _named_before_as(verb: Token) -> Token | None:
    """ "the paper quoted party secretary X as telling ...": a long title or an outlet's name can lead the
    parse to hang the name on a misread word ("ruling" as a verb, "quoted" as an adjective) and "as" on the
    outlet; the name that ends right before "as", after an active "quoted", is still who is quoted. A name
    inside a prepositional phrase ("a spokesman of X as saying", "quoted by a wire service as") is not."""
    marker = verb.head
    if marker.lower_ != "as" or marker.i == 0:
        return None
    named = verb.doc[marker.i - 1]
    quoted = next((t for t in reversed(verb.doc[named.sent.start : named.i]) if t.lemma_.lower() == "quote"), None)
    if quoted is None or named.pos_ != "PROPN" or named.dep_ not in ("appos", "dobj"):
        return None
    return None if any(c.dep_ == "auxpass" for c in quoted.children) else named


def passive_report(verb: Token) -> Token | None:
    """The passive verb ("quoted", "understood") that reports the cue in "X was quoted as saying"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.dep_ == "prep":
        return head.head
    if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in head.children):
        return head
    return None


def reporter(cue: Token) -> Token:
    """The outermost speech cue whose reported clause holds `cue`. In "X said Y had described it as “...”"
    the marks set off words the reporter heard from X, the source speaking to them; Y's words come
    through X."""
    top = node = cue
    for _ in range(_MAX_CLIMB):
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # "said Y had explained A and described B as “...”"
        elif node.dep_ == "ccomp" and cue_kind(node.head) == "speech":
            node = top = node.head
        else:
            break
    return top


def names_by_passive(verb: Token) -> bool:
    """ "are described as “X”", "is known as X", "a campaign dubbed “X”": a naming verb in the passive (or
    as a participle after its noun) with nobody named as its agent gives a thing its common label, which
    nobody says; "was described as X by the minister" is hers."""
    lex = lexicon()
    return (
        (verb.lemma_.lower() in lex.phrase_verbs or verb.lemma_.lower() in lex.label_participles)
        and verb.tag_ == "VBN"
        and (any(c.dep_ == "auxpass" for c in verb.children) or _passive_participle_clause(verb))
        and not any(t.dep_ == "agent" or t.lower_ == "by" for t in verb.subtree)
    )


def _predicate_read_as_modifier(verb: Token) -> Token | None:
    """ "The mayor, X, called for calm.": with a name set beside its title, the parse may read the sentence as
    one noun phrase and "called" as a participle modifying it; a verb tagged as finite on the sentence's root
    noun is that noun's predicate, and the name beside the noun is who acts."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in _PAST_OR_PRESENT or head.dep_ != "ROOT" or head.pos_ != "NOUN":
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.i < verb.i), None)


def _passive_agent(verb: Token) -> Token | None:
    """ "the club was told by the council that ...", "after it was warned by police that ...": a passive cue's
    agent said it; its subject only heard it (or is what was said), and the clause the cue hangs on is no
    source either."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)


def _passive_subject(clause: Token) -> Token | None:
    """ "X was questioned about the report, saying ...": a participle takes its clause's subject even when that
    clause is passive. With an agent named, a thing as subject cannot speak ("the bid was turned down by
    directors, saying"), so only a named or personal subject is read as the speaker."""
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "agent" for c in clause.children):
        return subject
    return subject if subject.pos_ in ("PROPN", "PRON") and subject.lower_ not in ("it", "this", "that") else None


def _passive_participle_clause(verb: Token) -> bool:
    """ "the campaign, dubbed ...": a past participle with neither subject nor auxiliary of its own."""
    return verb.dep_ in ("acl", "advcl") and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children)


def _attribution_beside(clause: Token, participle: Token) -> Token | None:
    """ "“A,” X said, before adding: “B”": the parse hangs the participle on the quotation's own verb, whose
    subject is the quotation's; the speech verb set beside that clause before the participle is the
    attribution, and its subject is who goes on."""
    for child in clause.children:
        if child.dep_ == "parataxis" and child.i < participle.i and cue_kind(child) == "speech":
            subject = _own_subject(child)
            if subject is not None:
                return subject
    return None


def subject_of(verb: Token) -> Token | None:
    """Who performs the cue verb.

    A participle ("..., saying", "..., adding that", "before adding") belongs to the main clause's
    subject, so it climbs to the top of the clause chain; a finite verb without its own subject ("urged
    X and warned that") inherits from the verb it is coordinated or chained with.
    """
    if verb.lower_ in ("according", "words"):
        return according_source(verb)
    agent = _passive_agent(verb)
    if agent is not None:
        return agent
    own = _own_subject(verb)
    if own is not None:
        return own
    reporter = _reporter_of_conjunct(verb)
    if reporter is not None:
        return subject_of(reporter)
    stranded = (
        stranded_subject(verb)
        or _name_read_as_adverbial(verb)
        or _name_read_as_conjunct(verb)
        or _predicate_read_as_modifier(verb)
    )
    if stranded is not None:
        return stranded
    quoted = _quoted_as(verb)
    if quoted is not None:
        return quoted
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "pcomp")
    found: Token | None = None
    current = verb
    for _ in range(_MAX_CLIMB):
        after_preposition = current is verb and current.dep_ == "pcomp" and current.head.dep_ == "prep"
        if (current.dep_ not in _CLIMB_DEPS and not after_preposition) or current.head.i == current.i:
            break
        if after_preposition:  # "before adding", "after saying": the clause the preposition hangs on
            current = current.head
        current = current.head
        beside = _attribution_beside(current, verb) if participle else None
        if beside is not None:
            return beside
        subject = next((c for c in current.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None and participle:
            subject = _passive_subject(current)
        if subject is not None:
            found = subject
            if not participle:
                break
    return found
