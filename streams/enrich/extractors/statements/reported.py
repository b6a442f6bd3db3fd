"""Reported speech without quotation marks: what the parse says a speech cue governs.

- `X said (that) ...`, `X told reporters that ...`: the clausal complement of the cue;
  fronted (`..., X said.`) or not.
- `According to X, ...`: the rest of the sentence.
- `X urged Y to ...`, `X lauded Y for ...`: the speech act's own predicate.
- `A spokesperson said:` closing a paragraph: the unquoted statement that follows.
- `X said on Monday` where the sentence splitter cut before the clause: the next sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from streams.enrich.cast.lexicon import lexicon as cast_lexicon
from streams.enrich.cast.names import comma_appositive, is_title_word

from .answers import answered_question
from .buried_clauses import FINITE_TAGS, buried_clause, finite
from .conditions import conditional_after, fronted_condition
from .cues import (
    cue_candidates,
    cue_kind,
    for_clause,
    framed_as,
    framed_words,
    passive_report,
    prepositional,
    source_frame_start,
    subject_of,
)
from .folded import adjectival_participle, folded_report
from .found import Found
from .layout import Layout
from .lexicon import lexicon
from .noun_read_clauses import object_read_clause
from .shared_modal import shares_the_modal
from .stances import stance_clause
from .stray_appositives import stray_appositive_end
from .told_positions import told_by_a_person
from .trailing_cues import trailing_clause
from .unasserted import bare_verb, to_infinitive, unasserted

_CLOSED = frozenset('.!?…:;"”')
INDIRECT = 0.7
BLOCK = 0.6
_OPEN_GLYPHS = frozenset("\"“„«‘'")
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "prep", "ccomp", "dative", "attr", "oprd"})
_SKIP_RIGHT = frozenset({"conj", "cc", "punct"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SETTING_OFF = frozenset({",", "—", "–"})
_THIRD_PERSON = frozenset({"it", "he", "she", "they"})
_JOINING = frozenset({"and", "but"})
_PERFECT = frozenset({"had", "has", "have"})
_LIST_CLOSERS = frozenset({"and", "or"})
_REASON_MARKS = frozenset({"because"})  # "since" and "as" may as well mark time
# "said A after Y said B", "said A before Y announced B": inside a reported clause, a report that dates the
# reported event; "while" and "whereas" set a second voice beside the first and stay out.
_TIME_MARKS = frozenset({"after", "before", "until"})
_NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})  # how the parse hangs "a statement that ..."
_OBJECT_LED_DEPS = frozenset({"ccomp", "conj", "advcl", "dep"})  # where a that-less clause's verb may hang


def _trim(tokens: list[Token], min_words: int = 2) -> tuple[int, int] | None:
    """Char range of `tokens` without the complementiser, a dangling conjunction and framing punctuation."""
    lo, hi = 0, len(tokens)
    while lo < hi and (tokens[lo].is_punct or tokens[lo].is_space or tokens[lo].dep_ == "mark"):
        lo += 1
    while hi > lo and (tokens[hi - 1].is_punct or tokens[hi - 1].is_space or tokens[hi - 1].dep_ == "cc"):
        hi -= 1
    if sum(1 for t in tokens[lo:hi] if t.is_alpha) < min_words:
        return None
    return tokens[lo].idx, tokens[hi - 1].idx + len(tokens[hi - 1].text)


def _own_act(token: Token) -> bool:
    """A coordinated speech act with no subject of its own ("... and urged X") is a second statement."""
    return cue_kind(token) is not None and not any(c.dep_ in _SUBJECT_DEPS for c in token.children)


def _reporters_participle(token: Token) -> bool:
    """ "X said the board met on Monday, adding that ...": a speech participle with a clause of its own and
    no subject, hung on the reported clause, is the reporter's second statement (the subject it climbs to),
    not part of the first; "struck, demanding higher pay" has no clause and stays, and one that introduces
    a quotation leaves the whole report as that quotation's frame."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and cue_kind(token) == "speech"
        and any(c.dep_ == "ccomp" for c in token.children)
        and not any(c.dep_ in _SUBJECT_DEPS for c in token.children)
        and not any(t.is_quote for t in token.subtree)
    )


def _voiced(verb: Token) -> bool:
    """A speech verb someone performs: one with an agent, active ("Y said") or named by "by". A passive with
    no agent ("since the plan was announced") and an infinitive ("for envoys to explain it") tell what was
    or is to be said about the reported thing, no second speaker's act."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" or c.dep_ == "agent" for c in verb.children)


def _other_voice(token: Token) -> bool:
    """ "X said A while Y said B": a speech verb with a subject of its own, set beside the reported clause,
    is a second speaker's statement, not part of the first one's. One given as the reason ("A because Y had
    said B") is what X said about why, and stays in X's statement."""
    return token.dep_ == "advcl" and cue_kind(token) == "speech" and _voiced(token) and not given_as_reason(token)


def dates_reported_event(cue: Token) -> bool:
    """ "X said it took the offer after Y said B": a speech verb subordinated inside a reported clause to
    date the reported event. The blind wire sets' readers keep it in X's statement and as Y's own (AA and
    AI, one article each). Beside an act ("announced cuts, days after Y said B") it dates the act, not
    anything said, and stays out (the cue of the act is its head, not a reported verb)."""
    return _subordinated_by(cue, _TIME_MARKS) and cue.head.dep_ in ("ccomp", "conj") and cue_kind(cue.head) is None


def given_as_reason(cue: Token) -> bool:
    """ "A because Y had said B": a speech verb subordinated to give why the reported thing happened."""
    return _subordinated_by(cue, _REASON_MARKS)


def _subordinated_by(cue: Token, marks: frozenset[str]) -> bool:
    """The speech verb heads an adverbial clause opened by one of `marks` ("because", "after")."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in cue.children)


def _before_other_voice(start: Token, end: int, in_clause: bool = False) -> int:
    """The last token before the first second speaker's clause in `start`..`end`, else `end`; inside a
    reported clause (`in_clause`), a report that dates the reported event is no second voice."""
    for token in start.doc[start.i + 1 : end + 1]:
        if _other_voice(token) and not (in_clause and dates_reported_event(token)):
            return token.left_edge.i - 1
    return end


def _trailing_source(clause: Token, end: int) -> Token | None:
    """ "X said A, according to a transcript": the "according to" that closes a reported clause names where
    the words were recorded; it is no part of what X said."""
    node = clause.doc[end]
    while node.is_punct and node.i > clause.i:
        node = clause.doc[node.i - 1]
    according = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "to" else None
    if according is None or according.lower_ != "according" or according.i < clause.i:
        return None
    return according


def _before_trailing_source(clause: Token, end: int) -> int:
    according = _trailing_source(clause, end)
    return according.left_edge.i - 1 if according is not None else end


def _clauses(clause: Token, end: int) -> list[tuple[int, int]]:
    """The coordinated clauses of a report ("A and that B"), each with its own subject or complementiser."""
    doc = clause.doc
    own_subject = {c.i for c in clause.rights if c.dep_ == "conj" and any(g.dep_ in _SUBJECT_DEPS for g in c.children)}
    # "and that ..." starts a new reported clause even where the parse hangs it lower down.
    that = {t.i for t in clause.subtree if t.dep_ == "conj" and any(g.lower_ == "that" for g in t.children)}
    heads = sorted(i for i in own_subject | that if i <= end)
    if not heads:
        return []
    bounds = [clause.left_edge.i] + [doc[i].left_edge.i for i in heads] + [end + 1]
    pieces = [_trim(list(doc[a:b])) for a, b in pairwise(bounds)]
    return [p for p in pieces if p is not None]


def _relayed_by_inner_cue(verb: Token) -> bool:
    """ "Y told Z that ..., the statement said", "X told AGENCY said that ...": a reported cue with a clause of
    its own carries the report, and the trailing cue (or the garbled leading one) only relays it; so does a
    speech act with its message before a trailing cue (see `_carries_message`). A leading cue before an
    inner one with a subject of its own is the source's own account ("X said Y noted that ...", "X told the
    inquiry the board was warned ..."): X is who spoke, and Y's words come through X. Not when the inner
    cue's subject is evidence rather than a voice ("X said the samples suggested that ...", "the figures
    showed"): data cannot speak, so the whole clause is X's statement."""
    if not (_carries_clause(verb) or (verb.i < verb.head.i and _carries_message(verb))):
        return False
    if verb.i > verb.head.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # the leading cue's source tells it
    if told_by_a_person(verb):
        return False  # "the league estimates that ..., its chairman said": a body's position, told by a person
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is not None and verb.i < verb.head.i and cue_kind(verb) == "act" and _no_voice(subject):
        return False  # "the deal also calls for a review, the firm said": a deal acts by no voice; the firm speaks
    if subject is not None and verb.i < verb.head.i and _ongoing_risk(verb, subject):
        return False  # "pests are threatening to ruin the crop, the radio reported": a danger, not a voice
    return subject is None or subject.lemma_.lower() not in lexicon().evidence_nouns


def _no_voice(subject: Token) -> bool:
    """A singular common noun no list of the cast knows as someone who speaks: a thing or an arrangement,
    which can call for something but never say it. Plural people the lists leave out ("organisers",
    "growers") still speak."""
    return subject.tag_ == "NN" and not subject.ent_type_ and not _known_voice(subject)


def _known_voice(noun: Token) -> bool:
    """A title, or a noun some list of the cast holds as someone who speaks (a post, a trade, a body, a source)."""
    lemma = noun.lemma_.lower()
    cast = cast_lexicon()
    voices = (cast.role_categories, cast.representative_nouns, cast.spokes_nouns, cast.institution_nouns)
    return is_title_word(noun) or any(lemma in words for words in voices)


def _ongoing_risk(verb: Token, subject: Token) -> bool:
    """ "pests are threatening to ruin the crop", "costs are threatening to sink the budget": in the progressive,
    a message verb with an infinitive tells of a danger under way, not of words said; with a common noun no
    list of the cast knows as a voice for subject, the outlet or source after it is the only one who spoke."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return progressive and subject.pos_ == "NOUN" and not subject.ent_type_ and not _known_voice(subject)


def _carries_clause(verb: Token) -> bool:
    return cue_kind(verb) == "speech" and any(c.dep_ == "ccomp" for c in verb.children)


def _carries_message(verb: Token) -> bool:
    """ "X claimed responsibility for the attack, state television reported", "X urged fans to stay calm,
    the radio reported": a clause a trailing cue relays whose own verb is a speech act with its message
    is X's statement; the outlet after it only passed it on."""
    kind = cue_kind(verb)
    return (kind == "act" and _predicate(verb) is not None) or (kind == "speech" and _message_object(verb) is not None)


def _told_clause(cue: Token, child: Token) -> bool:
    """ "told Reuters by phone the museum needed a roof": with "that" left out, the parse may take the clause
    a verb of telling reports for an infinitive-like complement; one with a subject of its own is a clause."""
    return (
        child.dep_ == "xcomp"
        and cue.lemma_.lower() in lexicon().addressee_verbs
        and any(c.dep_ in _SUBJECT_DEPS for c in child.children)
    )


_BARE_COMPLEMENT_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP"})


def _misread_preposition(token: Token) -> bool:
    """A "mark" that governs a noun ("after the match her team was ...") is a preposition the parse misread."""
    return token.dep_ == "mark" and any(g.dep_ == "pobj" for g in token.children)


def _unmarked_clause(cue: Token, child: Token) -> bool:
    """ "says for nearly a week she could not sleep ...", "said despite the defeat the side was improving": with
    "that" left out and an adjunct before the clause's subject, the parse may take the reported clause for
    an adverbial one. A finite clause after the cue with a subject of its own and no subordinator is what
    the cue reports, the adjunct included."""
    if child.dep_ != "advcl" or child.i < cue.i or not any(c.dep_ in _SUBJECT_DEPS for c in child.children):
        return False
    if any(c.tag_ == "WRB" for c in child.lefts):  # "when the rain had stopped": a circumstance, not a report
        return False
    return finite(child) and all(_misread_preposition(c) for c in child.children if c.dep_ == "mark")


def _relative_report(cue: Token) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """ "X, who has denied his data are too thin, will meet ...": with "that" left out of a report in a
    relative clause, the parse takes the reported clause's subject for the cue's object and its verb for the
    sentence's, with X as subject and the real predicate, after the comma that closes the relative
    clause, as its conjunct. The report runs from that object to the comma."""
    if cue.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    verb = cue.head.head
    if obj is None or cue.head.dep_ != "nsubj" or verb.i <= obj.i or not finite(verb):
        return None
    doc = cue.doc
    close = next((t.i for t in doc[obj.i : verb.sent.end] if t.text == ","), None)
    if close is None or close < verb.i or not any(c.dep_ == "conj" and c.i > close for c in verb.children):
        return None
    content = _trim(list(doc[obj.left_edge.i : close]))
    return (content, []) if content else None


def _clause_start(cue: Token, clause: Token) -> int:
    """Where the reported clause begins. A verb of telling names whom it tells before the clause; with "that"
    left out the parse may fold that audience into the clause as a first subject ("told journalists in
    Geneva the ceasefire was holding") or hang the clause's adjunct before its subject ("told Reuters by
    phone the museum ..."). The told clause then starts at its own, last subject."""
    if _relative_subject(cue, clause):
        named = next((c for c in clause.children if c.dep_ == "attr" and c.i > cue.i), None)
        if clause.left_edge.lower_ == "what" and named is not None:  # "what X said was a bid to ...": the bid
            return named.left_edge.i
        return next(t.i for t in clause.subtree if t.i > cue.i)
    if any(g.lower_ == "that" for g in clause.lefts):
        return clause.left_edge.i
    if cue.lemma_.lower() not in lexicon().addressee_verbs:
        subject = _object_as_subject(cue, clause)
        return clause.left_edge.i if subject is None else subject.left_edge.i
    subjects = [c for c in clause.lefts if c.dep_ in _SUBJECT_DEPS]
    addressed = any(c.dep_ in ("dobj", "dative") for c in cue.children)
    if (len(subjects) > 1 and not addressed) or (subjects and clause.dep_ == "xcomp"):
        return subjects[-1].left_edge.i
    if len(subjects) == 1 and not addressed:
        return _after_folded_audience(cue, subjects[0])
    objects = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i]
    if not subjects and objects and _audience_before(cue, objects[-1]):  # "told the paper the talks, ..., ended"
        return objects[-1].left_edge.i
    told = objects[0] if objects else None
    if not subjects and told is not None:  # "told shareholders profits would double": the subject read as object
        seam = _after_folded_audience(cue, told)
        return seam if seam > told.left_edge.i else clause.left_edge.i
    return clause.left_edge.i


def _audience_before(cue: Token, obj: Token) -> bool:
    """Whom the cue tells stands before its last object (a dative, or a first object): that object is no
    audience, so it is the subject of the clause the parse left without one."""
    return any(c.dep_ in ("dative", "dobj") and c.i < obj.i for c in cue.children)


def _relative_subject(cue: Token, clause: Token) -> bool:
    """ "a change to the timetable, which she said would cost the depot dearly": a cue inside a relative clause
    whose pronoun, before the cue, is the reported clause's subject. What the speaker is reported to say is
    the predicate after the cue; the pronoun and the speaker's own words of attribution are not part of it.
    So too a free relative after a preposition ("closed the road in what police said was a safety
    measure"), which the parse hangs on the preposition."""
    first = clause.left_edge
    return (
        (cue.dep_ == "relcl" or (cue.dep_ == "pcomp" and first.lower_ == "what"))
        and first.i < cue.i < clause.i
        and (first.tag_ in ("WDT", "WP") or first.lower_ == "that")
        and first.dep_ in ("nsubj", "nsubjpass")
        and first.head.i == clause.i
    )


def _after_folded_audience(cue: Token, subject: Token) -> int:
    """ "told reporters wheat exports had fallen", "told Sky Radio water bills would rise": with "that" left out
    and the clause's subject a noun compound, the parse may fold whom the cue tells into that compound. A verb
    of telling with no audience of its own names it first, and a noun modifying another is singular: so a
    name opening the compound (its run of proper nouns), or a plural noun before the subject's own noun,
    ends the audience and the clause starts after it. Where neither marks the seam ("told a press conference
    fuel prices ...") the subject is left whole rather than cut at a guess."""
    doc = cue.doc
    start = subject.left_edge.i
    if start != cue.i + 1:
        return start
    k = start
    while k < subject.i and doc[k].pos_ == "PROPN":
        k += 1
    if k > start:
        return k if k < subject.i and doc[k].pos_ == "NOUN" else start
    plural = next((t.i for t in doc[start : subject.i] if t.tag_ == "NNS"), None)
    return start if plural is None else plural + 1


def _object_as_subject(cue: Token, clause: Token) -> Token | None:
    """ "conceded sixty players from abroad would leave": with "that" left out the parse may take the reported
    clause's subject for the cue's object (and a phrase of that subject for the cue's adjunct), leaving the
    clause a finite verb with no subject. That object, right before the clause with no comma between, is
    the clause's subject and the report starts there. The parse may hang that subjectless verb on the cue
    as a complement, a conjunct or an adverbial clause; only nothing that joins or subordinates (a comma,
    "and", "when") may stand between, or it is the cue's own second predicate or its circumstance."""
    if clause.i < cue.i or not (
        (clause.dep_ in _OBJECT_LED_DEPS and finite(clause)) or _bare_complement(cue, clause)
    ):
        return None
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children):
        return None
    if clause.dep_ != "ccomp" and any(c.dep_ in ("mark", "cc") or c.tag_ == "WRB" for c in clause.lefts):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i), None)
    if obj is None:
        return None
    between = cue.doc[obj.right_edge.i + 1 : clause.left_edge.i]
    if _closes_relative_clause(obj, between):
        return obj
    return None if any(t.is_punct or t.dep_ in ("cc", "mark") or t.pos_ == "VERB" for t in between) else obj


def _closes_relative_clause(obj: Token, between: Span) -> bool:
    """ "said the crew's bargaining team, which speaks for 900 drivers, had not accepted": the one comma left
    between the object and the subjectless verb closes a relative clause set off at the object's end, the
    pair of the comma that opened it; it joins nothing, so the object is still the clause's subject."""
    doc = obj.doc
    return (
        len(between) == 1
        and between[0].text == ","
        and any(
            t.dep_ == "relcl" and t.right_edge.i == obj.right_edge.i and doc[t.left_edge.i - 1].text == ","
            for t in obj.subtree
        )
    )


def _bare_complement(cue: Token, clause: Token) -> bool:
    """ "warned the company set a deadline", "added the closure hurt local artists": the parse may hang a
    that-less clause's verb on a speech verb as a complement of its object, as after "made" or "let". A
    speech verb takes no bare complement ("warned them to stop" has its "to"), so a verb there without
    "to" is the reported clause's."""
    return (
        clause.dep_ == "xcomp"
        and clause.tag_ in _BARE_COMPLEMENT_TAGS
        and cue_kind(cue) == "speech"
        and not any(c.tag_ == "TO" for c in clause.children)
    )


def _object_led_clause(cue: Token, child: Token) -> bool:
    """ "maintained the clinic would reopen", "predicting fuel costs had eased": a speech verb's that-less
    clause which the parse split into the cue's object and a subjectless verb it hangs on the cue as a
    conjunct or an adverbial clause."""
    return child.dep_ != "ccomp" and _object_as_subject(cue, child) is not None


def _describes_speaker(clause: Token) -> bool:
    """ "..., a diplomat said, who requested anonymity": a clause after the cue and a comma that opens with a
    relative pronoun says something about the speaker, whatever the parse hangs it on; it is never what
    the speaker said."""
    first = clause.left_edge
    return (
        first.tag_ in ("WP", "WDT")
        and first.i > clause.head.i  # a pronoun before the cue is the report's own subject (`_relative_subject`)
        and clause.doc[first.i - 1].text in _SETTING_OFF
    )


def _clausal(cue: Token) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The reported clause, stopped before a speech act of the reporter's own coordinated into it. A clause
    another cue reports is passed over, not the cue's own after it: in "X say A but so far, Y says B"
    the parse hangs X's report on Y's cue too."""
    relayed = False
    for child in _reported_candidates(cue):
        reported = child.dep_ == "ccomp" or _told_clause(cue, child) or _unmarked_clause(cue, child)
        reported = reported or _object_led_clause(cue, child)
        if not reported or _describes_speaker(child) or _before_own_clause(cue, child):
            continue
        if _relayed_by_inner_cue(child):
            relayed = True  # "Y told Z that ..., the statement said": the inner cue reports it
            continue
        doc = cue.doc
        end = child.right_edge.i
        acts = [
            c
            for c in child.rights
            if (c.dep_ == "conj" and _own_act(c) and not shares_the_modal(child, c)) or _reporters_participle(c)
        ]
        if acts:
            end = acts[0].left_edge.i - 1
        own_end = end
        second = _backshifted_conjunct(cue, child) if not acts else None
        end = second.right_edge.i if second is not None else end
        rest = _split_complement(cue, child) if not acts and second is None else None
        end = rest.right_edge.i if rest is not None else end
        tail = _relative_tail(cue, child) if not acts else None
        end = max(end, tail.right_edge.i) if tail is not None else end
        if child.i < cue.i <= end:  # "A, X said, but B": a fronted clause goes on past its cue only as a part of
            end = own_end  # its own (`_resumed`); the content never holds its own attribution
        end = _before_other_voice(child, end, in_clause=True)
        end = _before_trailing_source(child, end)
        if end == child.right_edge.i:  # "said it launched the X, its first tractor ...": the phrase hung elsewhere
            end = stray_appositive_end(cue, child, end)
        start = _clause_start(cue, child)
        content = _trim(list(doc[start : end + 1]))
        if content is not None and _misread_preposition(doc[start]):  # "after the match her team was ..."
            content = (doc[start].idx, content[1])
        return (content, _clauses(child, end)) if content else None
    return None if relayed else _noun_framed(cue) or _relative_report(cue) or _object_read(cue) or _conditional(cue)


def _reported_candidates(cue: Token) -> list[Token]:
    """The cue's children, and for a bare "as saying" after a passive report the clause fronted before it:
    in "A would happen, X was quoted as saying" the parse hangs A on "quoted", which reports nothing itself."""
    children = list(cue.children)
    passive = passive_report(cue) if not any(c.dep_ == "ccomp" for c in children) else None
    if passive is None:
        return children
    return children + [c for c in passive.lefts if c.dep_ == "ccomp"]


def _conditional(cue: Token) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    bounds = conditional_after(cue)
    content = _trim(list(cue.doc[bounds[0] : bounds[1] + 1])) if bounds is not None else None
    return (content, []) if content is not None else None


def _before_own_clause(cue: Token, clause: Token) -> bool:
    """ "A cited their fear that ..., however one firm, B, denied that it ...": a clause before the cue is no
    report of it when the cue has its own "that" clause after it; the parse hangs the earlier clause on it."""
    return clause.i < cue.i and any(
        c.dep_ == "ccomp" and c.i > cue.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in cue.children
    )


def _relative_tail(cue: Token, clause: Token) -> Token | None:
    """ "A, the oldest of whom retired, X said": the parse may hang the relative tail on the cue as a clause
    of its own; one whose subject holds "which" or "whom" and follows the clause after a comma describes
    something in it, and goes on with what was said."""
    doc = cue.doc
    after = clause.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return None
    for sibling in cue.children:
        if sibling.dep_ == "ccomp" and after <= sibling.left_edge.i <= after + 1 and _relative_subject_word(sibling):
            return sibling
    return None


def _relative_subject_word(clause: Token) -> bool:
    subjects = (c for c in clause.children if c.dep_ in _SUBJECT_DEPS)
    return any(t.lower_ in ("which", "whom") for s in subjects for t in s.subtree)


def _backshifted_conjunct(cue: Token, clause: Token) -> Token | None:
    """ "X said it was sure of the offer and it had taken pains to ...", "X said trade was weak, but since
    then orders have picked up": the parse hangs a second clause joined by "and" or "but" on the cue rather
    than on the reported clause. Its tense shifted as reported speech shifts ("had" + participle after a
    pronoun; set off by a comma, any perfect or a modal) marks it as going on with what was said, as does a
    turn set off by ", but" in any tense; a plain past or present joined by "and" may be the writer's own
    narrative and is left out."""
    joined = [c for c in cue.rights if c.dep_ == "cc" and c.lower_ in _JOINING and c.i > clause.right_edge.i]
    second = next((c for c in cue.rights if c.dep_ == "conj" and joined and c.i > joined[0].i), None)
    if second is None or cue_kind(second) is not None or second.left_edge.i != joined[0].i + 1:
        return None
    subject = next((c for c in second.lefts if c.dep_ in _SUBJECT_DEPS), None)
    auxiliaries = [c for c in second.lefts if c.dep_ == "aux"]
    perfect = second.tag_ == "VBN" and any(c.lower_ in _PERFECT for c in auxiliaries)
    pronoun = subject is not None and subject.tag_ == "PRP" and subject.lower_ in _THIRD_PERSON
    if joined[0].lower_ == "and" and pronoun and perfect and any(c.lower_ == "had" for c in auxiliaries):
        return second
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in second.lefts):
        return None  # ", but that B": a second report of its own, set apart by its complementiser
    set_off = cue.doc[joined[0].i - 1].text == ","
    modal = any(c.tag_ == "MD" for c in auxiliaries)
    # "said A, but B": the turn goes on with what was said, in any tense; one that quotes words of its own
    # ("but B was "excessive"") leaves A a statement apart, beside the quotation
    contrast = joined[0].lower_ == "but" and not any(t.is_quote for t in second.subtree)
    return second if set_off and subject is not None and (perfect or modal or contrast) else None


def _split_complement(cue: Token, clause: Token) -> Token | None:
    """ "X said he was upset the league rejected the appeal but hoped ...": the parse cuts one reported clause
    in two and hangs the second half on the cue as another complement; the half that follows with no
    punctuation between them goes on with what was said."""
    after = clause.right_edge.i + 1
    return next((c for c in cue.rights if c.dep_ == "ccomp" and c.left_edge.i == after), None)


def _object_read(cue: Token) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """ "said the new drug cut relapse rates": the clause the parse read as the cue's object (see
    `noun_read_clauses`)."""
    span = object_read_clause(cue)
    content = _trim(list(cue.doc[span[0] : span[1] + 1])) if span is not None else None
    return (content, []) if content is not None else None


def _adjunct_nouns(cue: Token) -> list[Token]:
    """The nouns of the cue's adjuncts after it: "in a statement", "on X, formerly Y", "on Z, the platform"
    (a preposition's object, a bare noun phrase, and what is set beside either of them), whom a channel was
    given to ("in an interview with a newspaper") and whom a verb of telling addresses ("told a meeting of
    staff")."""
    nouns = [g for c in cue.rights if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    nouns += [c for c in cue.rights if c.dep_ == "npadvmod"]
    channels = [n for n in nouns if n.lemma_.lower() in lexicon().medium_nouns]
    nouns += [g for n in channels for c in n.rights if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if cue.lemma_.lower() in lexicon().addressee_verbs:  # "told a meeting of staff that ...": who is told
        told = [c for c in cue.rights if c.dep_ in ("dobj", "dative")]
        nouns += [t for c in told for t in c.subtree if t.pos_ in ("NOUN", "PROPN")]
    return nouns + [a for n in nouns for a in n.rights if a.dep_ in ("appos", "npadvmod")]


def _restated_nouns(cue: Token) -> list[Token]:
    """ "reiterated earlier statements that ...": the object of a verb of saying again, when it is a noun for
    something said, frames what is said again."""
    lex = lexicon()
    if cue.lemma_.lower() not in lex.restating_verbs:
        return []
    said = lex.speech_nouns | lex.claim_nouns
    return [c for c in cue.rights if c.dep_ == "dobj" and c.lemma_.lower() in said]


def _noun_framed(cue: Token) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """ "X said in a statement that ...", "told a conference on Monday that ...", "said on X, formerly Y,
    that ...": the parse hangs the "that" clause on the noun of the cue's adjunct (as a noun's complement
    or a relative clause); it is still what the cue reports."""
    nouns = [n for n in _adjunct_nouns(cue) + _restated_nouns(cue) if not _answered_words(n)]
    framed = (c for n in nouns for c in n.rights if c.dep_ in _NOUN_CLAUSE_DEPS)
    clause = next((c for c in framed if _opens_with_that(c) or _after_channel(c.head, c)), None)
    if clause is None and cue.lemma_.lower() in lexicon().addressee_verbs:
        clause = next((c for n in nouns for c in n.rights if c.dep_ in _NOUN_CLAUSE_DEPS and _contact(n, c)), None)
    if clause is None:
        return None
    first = clause.left_edge
    start = first.i + 1 if first.lower_ == "that" else first.i  # "that" read as a relative's object
    content = _trim(list(cue.doc[start : clause.right_edge.i + 1]))
    return (content, _clauses(clause, clause.right_edge.i)) if content else None


def _answered_words(noun: Token) -> bool:
    """ "responded to a report that ...", "commented on rumours that ...": a noun for someone's words, reached
    through any preposition but the "in" of a medium ("said in a statement that"), is what the cue answers;
    its clause is that report's content, not the speaker's. A channel ("told analysts on a call the plant
    ...") carries the speaker's own words."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ != "in"
        and (lemma in lex.message_nouns or lemma in lex.speech_nouns)
        and lemma not in lex.medium_nouns
    )


def _contact(noun: Token, clause: Token) -> bool:
    """ "told reporters at a briefing the ceasefire was holding": a verb of telling reports a clause, and with
    "that" left out the parse hangs it on the noun before it as a relative clause. One that opens with a
    subject of its own, no relative word, right after the noun, is the told clause; it must end its
    sentence, as a report after whom and where it was told does. A cue of its own ("told a meeting the
    union had called that ...") makes it a relative clause about the noun: the report lies further on."""
    subject = next((c for c in clause.lefts if c.dep_ in _SUBJECT_DEPS), None)
    return (
        subject is not None
        and cue_kind(clause) is None
        and subject.tag_ not in ("WP", "WDT")
        and subject.lower_ != "that"
        and clause.left_edge.i == subject.left_edge.i == noun.i + 1
        and all(t.is_punct for t in clause.doc[clause.right_edge.i + 1 : clause.sent.end])
    )


def _after_channel(noun: Token, clause: Token) -> bool:
    """ "said in an interview with a newspaper that the plant would close": with a phrase between the channel
    and "that", the parse may read "that" as a relative pronoun, the object of the clause's verb, on the
    channel or on the noun of its phrase. A relative clause follows its noun; one set after the channel's
    own phrase, with a subject of its own, is the clause the cue reports."""
    first = clause.left_edge
    channel = noun.head.head if noun.dep_ == "pobj" and noun.head.head.dep_ == "pobj" else noun
    return (
        channel.lemma_.lower() in lexicon().medium_nouns
        and first.lower_ == "that"
        and first.dep_ == "dobj"
        and first.head.i == clause.i
        and first.i > channel.i + 1
        and any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
    )


def _opens_with_that(clause: Token) -> bool:
    """A "that" the parse calls a complementiser, before a clause with a subject of its own: a relative
    "that" would fill the clause's gap itself ("the letter that was sent")."""
    first = clause.left_edge
    return (
        first.dep_ == "mark"
        and first.lower_ == "that"
        and first.head.i == clause.i
        and any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
    )


def cut_at_abbreviation(doc: Doc, end: int) -> bool:
    """Whether the parse ended a sentence at token `end` after an abbreviated honorific or rank ("Rt.",
    "Rev.") with a capitalised word next: a name goes on, the sentence does not end there."""
    k = end - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    word = doc[k - 1].text + "." if doc[k].text == "." and k > 0 else doc[k].text
    after = doc[end] if end < len(doc) else None
    return (
        word.endswith(".")
        and word[:-1].lower() in lexicon().name_abbreviations
        and after is not None
        and after.text[:1].isupper()
    )


def _sentence(cue: Token) -> tuple[int, int]:
    """The cue's sentence as token bounds, run on across the splitter's cuts after honorifics."""
    sent = cue.sent
    doc = cue.doc
    start, end = sent.start, sent.end
    while start > 0 and cut_at_abbreviation(doc, start):
        start = doc[start - 1].sent.start
    while end < len(doc) and cut_at_abbreviation(doc, end):
        end = doc[end].sent.end
    return start, end


def _comma_before_subject(cue: Token) -> int | None:
    """Where the comma stands that opens a trailing cue's own clause ("..., finance chief X said in a call"):
    just before the left edge of the subject nearest the cue."""
    subjects = [c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    k = subjects[-1].left_edge.i - 1
    return k if k > 0 and cue.doc[k].text == "," else None


def _fronted(cue: Token) -> tuple[int, int] | None:
    """ "A met B on Monday, the office said, in ...": the main clause before a parenthetical cue. The parse
    sometimes hangs such a trailing cue as the clause's complement ("Sales will rise, X said in a call"),
    even with the clause's object as a second subject; a comma before the cue's subject tells that reading.
    After "A, X was quoted as saying" the passive "quoted" is what the parse hangs on the clause."""
    cue = passive_report(cue) or cue
    if cue.head.i > cue.i:
        return None
    if cue.dep_ == "parataxis":
        return _trim(list(cue.doc[_sentence(cue)[0] : cue.left_edge.i]))
    comma = _comma_before_subject(cue) if cue.dep_ == "ccomp" else None
    return _trim(list(cue.doc[_sentence(cue)[0] : comma])) if comma is not None else None


def _before_its_clause(cue: Token) -> tuple[int, int] | None:
    """ "X has told the hearing, the firm will hire drivers": with "that" left out and a comma after whom the
    cue tells, the parse may take the cue's clause for a parenthetical hung on the reported verb after it. A
    cue with a subject of its own, its words ending at that comma, and a finite verb after it with its own
    subject after the comma: the cue reports that verb's clause. Not when that verb is a speech verb reporting
    the cue's own clause ("frost indicates a poor harvest, the agronomist said"): the cue's words are what the
    trailing speaker said, and the cue is no voice of its own."""
    doc = cue.doc
    head, comma = cue.head, cue.right_edge.i + 1
    if cue.dep_ not in ("ccomp", "parataxis") or head.i < comma or doc[comma].text != ",":
        return None
    if cue.dep_ == "ccomp" and cue_kind(head) == "speech":
        return None
    if not any(c.dep_ in _SUBJECT_DEPS for c in cue.children) or any(c.dep_ == "ccomp" for c in cue.children):
        return None
    if not finite(head) or not any(c.dep_ in _SUBJECT_DEPS and c.i > comma for c in head.children):
        return None
    return _trim(list(doc[comma + 1 : _before_other_voice(head, head.right_edge.i) + 1]))


_APPOSITION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "PART", "NUM", "PUNCT"})


def _apposed_name(cue: Token) -> Token | None:
    """The name of "..., X Y, the finance director, said": comma, name, comma, role phrase, comma, cue. The
    parse often hangs such a name on the words before it (as an object's apposition or a conjunct), so the
    layout decides. The name is a PERSON entity, or a run of proper nouns the role phrase shows to be a
    person (the entity recogniser takes many names for organisations). Returns the name's last token."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    k = cue.i - 2
    while k > 0 and doc[k].text != "," and doc[k].pos_ in _APPOSITION_POS and cue.i - k <= 10:
        k -= 1
    if doc[k].text != "," or k == cue.i - 2:
        return None
    name_end = doc[k - 1]
    person = name_end.ent_type_ == "PERSON" or any(is_title_word(t) for t in doc[k + 1 : cue.i - 1])
    name_start = name_end.i
    while name_start > 0 and doc[name_start - 1].pos_ == "PROPN" and doc[name_start - 1].text != ",":
        name_start -= 1
    if not person or name_end.pos_ != "PROPN" or name_start < 1 or doc[name_start - 1].text != ",":
        return None
    return name_end


def _own_clause_after(cue: Token) -> bool:
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)


def _apposed_trailing_speaker(cue: Token) -> tuple[Token, tuple[int, int]] | None:
    """ "Demand is weak, X Y, the finance director, said in a call": a trailing cue whose speaker is a name
    with a role set off by commas. A cue with its own clause after it is no trailing cue: the words before
    the name are a fronted adjunct ("Late on Monday, X Y, the finance director, said sales rose"). Returns
    the name's last token and the clause before."""
    name_end = _apposed_name(cue)
    if name_end is None or _own_clause_after(cue):
        return None
    name_start = name_end.i
    while cue.doc[name_start - 1].pos_ == "PROPN" and cue.doc[name_start - 1].text != ",":
        name_start -= 1
    content = _trim(list(cue.doc[_sentence(cue)[0] : name_start - 1]))
    return (name_end, content) if content is not None else None


def _fronted_frame_speaker(cue: Token) -> Token | None:
    """ "Speaking at the dinner, X Y, the league's coach, said ...": after a fronted phrase the parse may
    hang the apposed name on that phrase's last noun and leave the cue with no subject; a cue with its own
    clause after it and the name-and-role layout before it takes that name as speaker."""
    return _apposed_name(cue) if _own_clause_after(cue) else None


_INVERTED_NAME_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART"})
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG"})


def _inverted_name_end(cue: Token, end: int) -> int | None:
    """Just past the name set after an inverted cue (", said X Y", ", warned coach X"): a run of name words
    ending in a proper noun, after a comma-led cue. The name is a person or organisation entity, or a title
    leads it or stands beside it before `end` ("said coach X", "X, the coach"), so a date ("confirmed
    Friday") is no speaker."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ", "VBN"):
        return None
    k = cue.i + 1
    while k < end and doc[k].pos_ in _INVERTED_NAME_POS:
        k += 1
    name = doc[k - 1]
    if k == cue.i + 1 or name.pos_ != "PROPN":
        return None
    if name.ent_type_ not in _SPEAKER_ENTITIES and not any(is_title_word(t) for t in doc[cue.i + 1 : end]):
        return None
    return k


def _inverted_trailing_speaker(cue: Token) -> tuple[Token, tuple[int, int]] | None:
    """ "Talks will resume next month, warned X Y, the foreign minister": a trailing cue set before its
    speaker. The parse often reads the inverted name as the cue's object, or hangs the cue on the clause
    before it, so the layout decides: comma, cue, a name, then at most an apposition. Returns the name's last
    token and the clause before."""
    doc = cue.doc
    start, end = _sentence(cue)
    if any(c.dep_ in _SUBJECT_DEPS and c.i < cue.i for c in cue.children):
        return None
    k = _inverted_name_end(cue, end)
    if k is None or not all(t.pos_ in _APPOSITION_POS for t in doc[k:end]):
        return None
    content = _trim(list(doc[start : cue.i - 1]))
    return (doc[k - 1], content) if content is not None else None



def _inverted_interrupting(cue: Token) -> tuple[Token, list[tuple[int, int]]] | None:
    """ "The main risk, said X Y, is a late frost": an inverted cue set off by commas between a clause's
    subject and its finite verb. The parse takes the name, or the clause's own subject, for the cue's
    subject by turns, so the layout decides: comma, cue, name, comma (or a role set off by one more comma), then a
    finite verb. The statement is the clause around the attribution, in two parts."""
    doc = cue.doc
    start, end = _sentence(cue)
    k = _inverted_name_end(cue, end)
    if k is None or k >= end or doc[k].text != ",":
        return None
    closing = k
    role_end = next((j for j in range(k + 1, end) if doc[j].text == ","), None)
    if doc[k + 1].tag_ not in FINITE_TAGS and role_end is not None:
        role = doc[k + 1 : role_end]
        if all(t.pos_ in _APPOSITION_POS for t in role) and any(is_title_word(t) for t in role):
            closing = role_end
    if closing + 1 >= end or doc[closing + 1].tag_ not in FINITE_TAGS:
        return None
    before = _trim(list(doc[start : cue.i - 1]), min_words=1)
    rest = _trim(list(doc[closing + 1 : end]))
    return (doc[k - 1], [before, rest]) if before and rest else None


def _interrupting(cue: Token) -> list[tuple[int, int]] | None:
    """ "The plan, X said, would go ahead.": a cue set off by commas inside the clause it reports; the
    statement is the clause around it, in two parts, without the attribution."""
    doc = cue.doc
    lo, hi = _own_left_edge(cue), cue.right_edge.i
    if cue.dep_ != "parataxis" or cue.head.i < hi or lo == 0 or hi + 1 >= len(doc):
        return None
    start, end = _sentence(cue)
    opening = _set_off_at(doc, lo, lo - 1)
    closing = _set_off_at(doc, hi, hi + 1)
    if opening is None or closing is None or opening <= start:
        return None
    if doc[closing + 1 : end] and _describes_speaker(doc[closing + 1]):
        return None  # "A, X said, who asked not to be named": no second part, only the fronted clause
    before = _trim(list(doc[start:opening]), min_words=1)
    rest = _trim(list(doc[closing + 1 : end]))
    if before and lo != cue.left_edge.i:  # the fronted concession keeps its "although", a condition its "if"
        before = (doc[start].idx if doc[start].dep_ == "mark" else before[0], before[1])
    return [before, rest] if before and rest else None


def _as_aside(cue: Token) -> list[tuple[int, int]] | None:
    """ "As X said on Monday, A", "A, as X noted, B": an "as" clause whose cue reports nothing of its own
    gives the clause it hangs on to X, in one or two parts without the aside. A cue with a clause or an
    object of its own ("as he said he would", "as she said goodbye", "as she told the story") is no
    such aside, nor a verb of foretelling ("as the mayor had promised": the writer's fact)."""
    doc = cue.doc
    lex = lexicon()
    if cue.dep_ != "advcl" or cue.lemma_.lower() not in lex.aside_verbs:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None
    if not any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative") for c in cue.children):
        return None
    start, end = _sentence(cue)
    pieces = (_trim(list(doc[start : cue.left_edge.i])), _trim(list(doc[cue.right_edge.i + 1 : end])))
    parts = [p for p in pieces if p is not None]
    return parts or None


def _own_left_edge(cue: Token) -> int:
    """Where the cue's own words begin. "Although A, officials said, B": the parse may hang the concession
    (or condition) fronted before the set-off cue on the cue itself, but it opens the clause around the
    cue, not the attribution."""
    bounds = fronted_condition(cue)
    if bounds is None:
        return cue.left_edge.i
    return next(t.i for t in cue.subtree if t.i > bounds[1] and not t.is_punct)


def _set_off_at(doc: Doc, *positions: int) -> int | None:
    """The first of `positions` holding a comma or dash that sets off a parenthetical."""
    return next((i for i in positions if doc[i].text in _SETTING_OFF), None)


def _resumed(cue: Token) -> tuple[int, int] | None:
    """ "A, she noted, and B.": after a parenthetical cue the reported clause may go on, coordinated to
    the clause before the cue; the statement is both halves without the attribution. The parse hangs the
    "and"/"but" on the clause or on the cue itself, so the layout decides: the cue's own words, commas,
    then the conjunction. A conjunct that is a speech act of its own ("and added that ...", "and Y said
    ...") is a second statement, not more of this one."""
    doc = cue.doc
    own = [c.right_edge.i for c in cue.rights if c.dep_ not in _SKIP_RIGHT]
    k = max([cue.i, *own]) + 1
    while k < cue.sent.end and doc[k].is_punct:
        k += 1
    heads = (cue, cue.head)
    if k >= cue.sent.end or doc[k].dep_ != "cc" or doc[k].head not in heads:
        return None
    conjunct = next((c for h in heads for c in h.rights if c.dep_ == "conj" and c.i > k), None)
    if conjunct is None or cue_kind(conjunct) is not None:
        return None
    return _trim(list(doc[k : cue.sent.end]))


def _dangling(layout: Layout, cue: Token) -> tuple[int, int] | None:
    """The splitter cut "X said on Monday (Oct 2)" from "he left ...": take the next sentence."""
    sent = cue.sent
    if cue.dep_ != "ROOT" or sent.end >= len(layout.doc):
        return None
    last = layout.doc[sent.end - 1]
    while last.i > sent.start and last.is_space:
        last = layout.doc[last.i - 1]
    if last.text[-1:] in _CLOSED:
        return None
    nxt = layout.doc[sent.end]
    if not (nxt.is_alpha and nxt.text[:1].islower()):
        return None
    return _trim(list(nxt.sent))


def _closing_colon(layout: Layout, cue: Token) -> Token | None:
    """The colon that hands the floor on: right after the cue, or after the cue's own adjuncts when it closes
    the paragraph (`X said in a statement:`)."""
    doc = cue.doc
    if cue.i + 1 < len(doc) and doc[cue.i + 1].text == ":":
        return doc[cue.i + 1]
    own = {t.i for t in cue.subtree}
    k = cue.i + 1
    while k < len(doc) and k in own and doc[k].text != ":":
        k += 1
    if k >= len(doc) or doc[k].text != ":" or k not in own:
        return None
    end = layout.paragraph_bounds(layout.paragraph_of(doc[k].idx))[1]
    return doc[k] if not layout.text[doc[k].idx + 1 : end].strip() else None


def _condition_before(cue: Token, content: tuple[int, int]) -> tuple[int, int] | None:
    """The char range of a condition fronted before the speaker of a clause reported after the cue, kept with
    its "if": without it the condition would read as a claim of its own."""
    bounds = fronted_condition(cue)
    if bounds is None or content[0] <= cue.idx:
        return None
    first, last = cue.doc[bounds[0]], cue.doc[bounds[1]]
    return first.idx, last.idx + len(last.text)


def _block(layout: Layout, cue: Token, quote_opens: list[int]) -> tuple[int, int] | None:
    """`A spokesperson said:` or `X said in a statement:` ending a paragraph: the unquoted paragraphs after
    it, up to any quotation."""
    text = layout.text
    colon = _closing_colon(layout, cue)
    if colon is None:
        return None
    here = layout.paragraph_of(colon.idx)
    if here + 1 > len(layout.breaks):
        return None
    start, _ = layout.paragraph_bounds(here + 1)
    if text[start : start + 1] in _OPEN_GLYPHS:
        return None
    k = bisect_left(quote_opens, start)
    end = layout.paragraph_bounds(layout.paragraph_of(quote_opens[k]) - 1)[1] if k < len(quote_opens) else len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _according(cue: Token) -> tuple[int, int] | None:
    """`According to X, ...` / `..., according to X.` / `In X's words, ...`: the longer side of the sentence.
    After a report of its own ("Y said A, according to X") it names the report's record, not a second
    statement."""
    start, end = _sentence(cue)
    doc = cue.doc
    if any(cue_kind(t) == "speech" and subject_of(t) is not None and not unasserted(t) for t in doc[start : cue.i]):
        return None
    after = cue.right_edge.i + 1
    named = comma_appositive(doc, after)  # "According to the mayor, X Y, ..."
    left = _trim(list(doc[start : source_frame_start(cue)]))
    right = _trim(list(doc[(named.i + 1 if named is not None else after) : end]))
    sides = [s for s in (left, right) if s]
    return max(sides, key=lambda s: s[1] - s[0]) if sides else None


def _according_clauses(cue: Token, content: tuple[int, int]) -> list[tuple[int, int]]:
    """ "According to X, A, and B “...”": the coordinated clauses of the sentence the source frames, within
    the side that is the statement, so that A still stands when B's words are quoted."""
    if cue.lower_ != "according":
        return []
    pieces = [(max(a, content[0]), min(b, content[1])) for a, b in _clauses(cue.sent.root, _sentence(cue)[1] - 1)]
    return [p for p in pieces if p[1] > p[0]]


def _predicate(cue: Token) -> tuple[int, int] | None:
    """`urged Russia to end ...`: the act and what it is about, without coordinated clauses or a second
    speaker's clause ("announced X, hours after Y said Z")."""
    rights = [c for c in cue.rights if c.dep_ not in _SKIP_RIGHT and not _appended_report(c)]
    if not any(c.dep_ in _OBJECT_DEPS for c in rights) and for_clause(cue) is None:
        return None
    end = _before_other_voice(cue, max(c.right_edge.i for c in rights + _infinitive_list(cue)))
    return _trim(list(cue.doc[cue.i : end + 1]))


def _infinitive_list(cue: Token) -> list[Token]:
    """ "urged the board to cut fees, hire staff and sell the depot": the parse hangs the later verbs of the
    list on the cue as if the speaker did them. A bare verb set off by a comma after the cue's to-infinitive,
    with no subject, in a chain of bare verbs closed by "and" or "or", goes on with what was urged;
    "urged X to act, then left" (no bare form, no closing conjunction) stays out. The infinitive is found by
    its "to", as a hyphenated verb ("to re-open") can leave it with no verb to hang on in the parse."""
    doc = cue.doc
    return [
        c
        for c in cue.rights
        if c.dep_ == "conj"
        and doc[c.i - 1].text == ","
        and any(t.dep_ == "aux" and t.lower_ == "to" and cue.is_ancestor(t) for t in doc[cue.i + 1 : c.i])
        and _bare_verb_list(c)
    ]


def _bare_verb_list(first: Token) -> bool:
    """`first` and the verbs coordinated under it are all bare forms without a subject, and a conjunction
    closes the list."""
    chain, closed = [first], False
    while chain:
        verb = chain.pop()
        if not bare_verb(verb):
            return False
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children):
            return False
        closed = closed or any(c.dep_ == "cc" and c.lower_ in _LIST_CLOSERS for c in verb.children)
        chain.extend(c for c in verb.children if c.dep_ == "conj")
    return closed


def _appended_report(child: Token) -> bool:
    """ "urged the board to act, saying the delay hurt members": a speech participle set off after the act is
    a second statement of the same speaker (its own cue reports it), not part of what the act was about."""
    return (
        child.dep_ == "advcl"
        and child.tag_ == "VBG"
        and child.doc[child.left_edge.i - 1].text in _SETTING_OFF
        and cue_kind(child) == "speech"
    )


def _label(cue: Token) -> tuple[int, int] | None:
    """ "a move X called a betrayal", "described the talks as “frank”": the words are the label alone. An
    unquoted label on an object named after the verb ("described the ruling as a victory for tenants",
    "branded the merger a failure") is the writer's paraphrase of a judgement, and the label says nothing
    without what it judges: the statement is the verdict from its verb."""
    bounds = framed_words(cue)
    if bounds is None:
        return None
    doc = cue.doc
    judged = any(c.dep_ == "dobj" and cue.i < c.i < bounds[0] for c in cue.children)
    if judged and not any(t.is_quote for t in doc[bounds[0] : bounds[1] + 1]):
        return _trim(list(doc[cue.i : bounds[1] + 1]))
    return _trim(list(doc[bounds[0] : bounds[1] + 1]), min_words=1)


def _message_object(cue: Token) -> tuple[int, int] | None:
    """ "announced plans to close the plant", "vowed to fight the move": a speech verb whose message is its
    object or infinitive rather than a clause. The object must be a message noun or a noun of weight ("stressed
    the need for ..."): "announced the cancellation" reports an event, and a person or pronoun as object is an
    addressee."""
    lex = lexicon()
    if cue.lemma_.lower() in lex.request_verbs and _addressed_infinitive(cue):
        return _predicate(cue)
    if cue.lemma_.lower() in lex.result_report_verbs and _figure_object(cue):
        return _predicate(cue)
    if cue.lemma_.lower() not in lex.message_object_verbs:
        return None
    for child in cue.children:
        noun = child.lemma_.lower()
        message = child.dep_ == "dobj" and (noun in lex.message_nouns or noun in lex.weight_nouns)
        if message or (child.dep_ == "xcomp" and to_infinitive(child)):
            return _predicate(cue)
    return None


def _figure_object(cue: Token) -> bool:
    """ "reported a 4 pct drop in profit", "reported income of 9 mln euros": a result with its figure is
    what the reporter states. Without a figure ("reported the theft", "reported strong demand", "reported its
    results") the verb tells of an act or an event, not of a claim."""
    lex = lexicon()
    return any(
        child.dep_ == "dobj"
        and {child.lemma_.lower(), child.lower_} & lex.result_nouns
        and any(t.like_num or t.tag_ == "CD" for t in child.subtree)
        for child in cue.children
    )


def _addressed_infinitive(cue: Token) -> bool:
    """ "asked the board to delay the vote": an addressee, then what it is asked to do. A bare "ask" ("are
    expected to ask", "plan to ask") is a request not yet made."""
    if cue.tag_ == "VB":
        return False
    addressee = next((c for c in cue.children if c.dep_ == "dobj"), None)
    return addressee is not None and any(
        c.dep_ == "xcomp" and c.i > addressee.i and to_infinitive(c) for c in cue.children
    )


def _buried(cue: Token) -> tuple[int, int] | None:
    """The reported clause the parse hung under the cue's object or adjunct (`buried_clauses`)."""
    span = buried_clause(cue)
    return _trim(list(cue.doc[span[0] : span[1] + 1])) if span is not None else None


def _trailing(cue: Token) -> tuple[tuple[int, int], Token] | None:
    """The clause before a sentence-closing cue the parse did not hang on it (`trailing_cues`), with the head of
    the subject phrase set off before the cue."""
    found = trailing_clause(cue)
    content = _trim(list(cue.doc[found[0] : found[1] + 1])) if found is not None else None
    return (content, found[2]) if found is not None and content is not None else None


def _within_paragraph(layout: Layout, cue: Token, content: tuple[int, int]) -> tuple[int, int] | None:
    """Clauses never report across a paragraph break; one that seems to has swallowed a sub-head."""
    start, end = layout.paragraph_bounds(layout.paragraph_of(cue.idx))
    clipped = (max(start, content[0]), min(end, content[1]))
    return clipped if clipped[1] > clipped[0] else None


def _content(layout: Layout, token: Token, kind: str, quote_opens: list[int]) -> Found | None:
    """The statement a cue reports, by the cue's kind and the shape of what it governs."""
    clauses: list[tuple[int, int]] = []
    parts: list[tuple[int, int]] = []
    confidence = INDIRECT
    subject = subject_of(token)
    if kind == "according":
        content = _according(token)
        clauses = _according_clauses(token, content) if content is not None else []
    elif kind == "stance":
        clause = stance_clause(token)
        content = _trim(list(token.doc[clause.left_edge.i : clause.right_edge.i + 1])) if clause is not None else None
        clauses = _clauses(clause, clause.right_edge.i) if content is not None and clause is not None else []
    elif kind == "phrase" or (kind == "act" and framed_as(token)):
        content = _label(token) or (_predicate(token) if kind == "act" else None)
    elif kind == "act":
        content = _predicate(token)
    else:
        content = _block(layout, token, quote_opens)
        apposed = (_apposed_trailing_speaker(token) or _inverted_trailing_speaker(token)) if content is None else None
        inverted = _inverted_interrupting(token) if content is None and apposed is None else None
        if content is not None:
            confidence = BLOCK
        elif inverted is not None:
            subject, parts = inverted
            content = (parts[0][0], parts[-1][1])
        elif apposed is not None:
            subject, content = apposed
            resumed = _resumed(token)
            parts = [content, resumed] if resumed is not None else []
        else:
            clausal = _clausal(token)
            if clausal is not None:
                content, clauses = clausal
                subject = subject or _fronted_frame_speaker(token)
                resumed = _resumed(token) if content[1] <= token.idx else None
                parts = [content, resumed] if resumed is not None else []
                condition = _condition_before(token, content)
                parts = [condition, content] if condition is not None else parts
            elif (content := _message_object(token)) is None and (
                parts := _interrupting(token) or _as_aside(token) or answered_question(token) or []
            ):
                content = (parts[0][0], parts[-1][1])
            elif content is None:
                content = _fronted(token) or _before_its_clause(token)
                resumed = _resumed(token) if content is not None else None
                parts = [content, resumed] if resumed is not None else []
                content = content or _dangling(layout, token) or _buried(token)
                trailing = _trailing(token) if content is None else None
                if trailing is not None:
                    content, subject = trailing
            if content is None and prepositional(token):
                content = _predicate(token)
    if content is not None and confidence != BLOCK:
        content = _within_paragraph(layout, token, content)
        clauses = [c for c in (_within_paragraph(layout, token, c) for c in clauses) if c is not None]
    if content is None:
        return None
    return Found("indirect", parts or [content], token, subject, confidence, clauses)


def reported_statements(layout: Layout, quote_opens: list[int]) -> list[Found]:
    """Every reported statement the parse supports; overlaps with quotes are settled later."""
    found: list[Found] = []
    for token in cue_candidates(layout.doc):
        kind = cue_kind(token)
        if kind is None or unasserted(token) or adjectival_participle(token):
            continue
        folded = folded_report(token) if kind == "speech" else None
        if folded is not None:
            speaker, first, last = folded
            content = _trim(list(token.doc[first.i : last.i + 1]))
            content = _within_paragraph(layout, token, content) if content is not None else None
            if content is not None:
                found.append(Found("indirect", [content], token, speaker, INDIRECT))
            continue
        item = _content(layout, token, kind, quote_opens)
        if item is not None:
            found.append(item)
    return found
