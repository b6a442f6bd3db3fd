"""Attributes each quotation to a cue and a speaker phrase, and rejoins quotes split by attribution.

Attribution is looked for where reporters put it: after the quote in the same sentence
(`"...," she said`), or before it (`warned that "..."`, `opted for "..."`, `According to X,
... "..."`, `X said: "..."`). A quote that follows an attributed quote directly, with no
attribution of its own, continues it (`"A," he said. "B."` is one statement).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, replace

from spacy.tokens import Token

from .cues import (
    cue_kind,
    directive_preposition,
    framed_as,
    names_by_passive,
    owner_of_words,
    passive_report,
    reporter,
    subject_of,
)
from .found import Found
from .layout import SENTENCE_END, Layout
from .lexicon import lexicon
from .quotes import QUOTATION_MARKS, Quote

TAIL_TOKENS = 40
LEAD_TOKENS = 80
ANCESTOR_HOPS = 12
TERM_HOPS = 4
_MARKER_REACH = 20  # characters before an opening mark where a label marker ("so-called") may end
_PRESENT = frozenset({"VBP", "VBZ"})
_IN_NAME = frozenset({".", "-", "‐"})  # "Dr.", "Al-Rashid"
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE"})  # a dateline's or a caption's place: nobody
ATTRIBUTED = 0.9
UNATTRIBUTED = 0.6
UNBALANCED = 0.5
_JOIN_GAP = " \t,;:—–-"
_COORDINATORS = frozenset({"and", "or", "but", "nor"})
_BACK_POINTERS = frozenset({"that", "this", "those", "these", "such"})  # a subject pointing back at a quotation
_DASHES = frozenset({"-", "–", "—", "--"})
_QUESTION_NOUNS = frozenset({"question", "query"})  # a question put to a speaker, quoted before the answer
_OWN_CONTENT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "advcl", "attr", "oprd", "acomp", "conj"})
# A speech verb frames a quote through its complement ("warned that “...”"), not through an
# adjunct ("respond to the request “at the right moment”" is about timing, not speech).
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "conj", "advcl"})  # what a cue may report
_FRAMED_DEPS = frozenset({"ccomp", "parataxis", "dobj", "xcomp", "conj", "attr", "oprd"})
_UTTERANCE_DEPS = frozenset({"ccomp", "parataxis", "dobj", "xcomp"})  # a whole line, not a label
_ADDRESSEES = frozenset({"him", "her", "me", "us", "them"})


@dataclass
class _Attribution:
    """`cue` is None for `X was blunt: "..."`, where a colon alone hands the floor to the subject."""

    cue: Token | None
    subject: Token | None
    end: int


@dataclass
class _Open:
    """The last tail-attributed statement, which a following bare quote may continue."""

    found: Found
    cue: Token
    end: int
    paragraph: int


def _fallback_subject(tokens: list[Token], cue: Token) -> Token | None:
    before = [t for t in tokens if t.i < cue.i and t.pos_ in ("PROPN", "PRON")]
    after = [t for t in tokens if t.i > cue.i and t.pos_ in ("PROPN", "PRON")]
    return before[-1] if before else (after[0] if after else _age_before(cue))


def _age_before(cue: Token) -> Token | None:
    """ `"...," the 34-year-old said`: the parser may hang the description on the verb as a modifier; its
    last word ("old") stands for the speaker the cast finds by age."""
    doc, k = cue.doc, cue.i - 1
    aged = k >= 4 and doc[k].lower_ == "old" and doc[k - 2].lower_ == "year" and doc[k - 4].like_num
    return doc[k] if aged else None


def _tail(layout: Layout, q: Quote, limit: int) -> _Attribution | None:
    """`"...," he said.`: a cue after the closing mark, before the sentence ends. A quotation that ends its
    own sentence with `?`, `!` or an ellipsis is attributed by a next sentence that is nothing but a cue and
    its speaker (`"Why now?" Ruiz asked.`); after a full stop, a capital opens narrative."""
    text, doc = layout.text, layout.doc
    last = text[q.end - 1]
    after = text[q.close_end : q.close_end + 40].lstrip()
    closed = last in ".!?…" and not after[:1].islower()
    if not q.balanced or (closed and (last == "." and not text[q.start : q.end].endswith("..."))):
        return None
    limit = min(limit, layout.paragraph_bounds(layout.paragraph_of(q.close_end))[1])
    first = layout.token_index_at(q.close_end)
    window: list[Token] = []
    cue: Token | None = None
    for i in range(first, min(len(doc), first + TAIL_TOKENS)):
        t = doc[i]
        if t.idx >= limit:
            break
        if cue is None and t.dep_ == "cc" and t.head.pos_ in ("VERB", "AUX"):
            break  # `"..." and said ...`: a new clause, not the quote's attribution
        window.append(t)
        if cue is None and (cue_kind(t) in ("speech", "phrase", "according") or _wording(t, "as")):
            cue = t
        if t.text in SENTENCE_END:
            break
    if cue is None or not _attributes_from_close(window, cue) or _introduces_next(cue):
        return None
    if closed and not _only_attribution(window, cue):
        return None
    end = window[-1].idx + len(window[-1].text)
    return _Attribution(cue, subject_of(cue) or _fallback_subject(window, cue), end)


def _describes_quoted(cue: Token | None, q: Quote) -> bool:
    """`X said "each side must keep the terms" set out in the pact`: a participle after the closing mark that
    the parse hangs on a word inside the quotation describes that word, so a cue before the quotation is the
    attribution (with none before it, the participle's sentence still names the speaker as it did)."""
    return cue is not None and cue.dep_ == "acl" and q.start <= cue.head.idx < q.end


def _reports_own_clause(cue: Token | None) -> bool:
    """`X said: "A," adding that B`: a participle after the quotation that reports a clause of its own is a
    second statement, so an attribution before the quotation is the quotation's."""
    return cue is not None and cue.tag_ == "VBG" and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)


def _introduces_next(cue: Token) -> bool:
    """`"A", adding: "B"`: a participle that ends in a colon hands the floor to the quotation after it."""
    after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return cue.tag_ == "VBG" and after is not None and after.text == ":"


def _only_attribution(window: list[Token], cue: Token) -> bool:
    """The sentence is the cue, its speaker and circumstances, nothing more (`Ruiz asked.`, `asked Ruiz on
    Monday.`); `Tenants asked the council for an answer` has words of its own."""
    own = {t.i for t in cue.subtree}
    return (
        all(t.i in own or t.is_punct or t.is_space for t in window)
        and window[-1].text in SENTENCE_END
        and not any(c.dep_ in _OWN_CONTENT_DEPS for c in cue.children if c.i > cue.i)
    )


def _attributes_from_close(window: list[Token], cue: Token) -> bool:
    """A tail attribution follows the closing mark at once: every word before its cue is the cue's own
    (its speaker, "on Monday"). `"A" with the states, adding "B"`: the words before "adding" belong to the
    quotation's clause, so the cue is the next quotation's, not a tail of this one. In `"A," X was quoted as
    saying` the words before the cue are the passive report's around it."""
    own = {t.i for t in (passive_report(cue) or cue).subtree}
    return all(t.i in own or t.is_punct or t.is_space for t in window if t.i < cue.i)


def _lead_window(layout: Layout, q: Quote, floor_char: int) -> list[Token]:
    doc = layout.doc
    floor_char = max(floor_char, layout.paragraph_bounds(layout.paragraph_of(q.open_mark))[0])
    window: list[Token] = []
    j = layout.token_index_at(q.open_mark) - 1
    while j >= 0 and len(window) < LEAD_TOKENS:
        t = doc[j]
        if t.idx < floor_char or t.text in SENTENCE_END:
            break
        window.append(t)
        j -= 1
    window.reverse()
    return window


def _colon_lead(layout: Layout, q: Quote) -> _Attribution | None:
    """`X said:` closing the previous paragraph introduces a quote that opens the next one."""
    offset = max(0, q.open_mark - 200)
    before = layout.text[offset : q.open_mark]
    stripped = before.rstrip()
    if not stripped.endswith(":") or "\n" not in before[len(stripped) :]:
        return None
    colon = offset + len(stripped) - 1
    doc = layout.doc
    i = layout.token_index_at(colon) - 1
    for j in range(i, max(-1, i - 12), -1):
        if doc[j].text in SENTENCE_END:
            break
        if cue_kind(doc[j]) == "speech":
            return _Attribution(doc[j], subject_of(doc[j]), colon)
    return None


def _said_before(layout: Layout, q: Quote, floor_char: int) -> _Attribution | None:
    """`X said on Monday. "..."`: a sentence of the same paragraph that is nothing but a speech verb and its
    speaker, right before the quotation, says who speaks it (its content is the quotation)."""
    doc = layout.doc
    j = layout.token_index_at(q.open_mark) - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text not in SENTENCE_END or doc[j].idx < floor_char:
        return None
    root = doc[j].sent.root
    if doc[j].sent.start < layout.token_index_at(layout.paragraph_bounds(layout.paragraph_of(q.open_mark))[0]):
        return None
    if cue_kind(root) != "speech" or any(c.dep_ in _CONTENT_DEPS or c.is_quote for c in root.children):
        return None
    if any(c.dep_ == "neg" for c in root.children):  # "X would not say. '...'": someone else's words
        return None
    subject = subject_of(root)
    return _Attribution(root, subject, q.open_mark) if subject is not None else None


def _lead(layout: Layout, q: Quote, floor_char: int) -> _Attribution | None:
    """A cue before the opening mark that governs the quote, or frames its whole sentence."""
    window = _lead_window(layout, q, floor_char)
    if not window:
        return _colon_lead(layout, q) or _said_before(layout, q, floor_char)
    question = _question_put(layout, q, window)
    if question is not None:
        return _Attribution(question, None, q.open_mark)
    lo, hi = window[0].i, window[-1].i
    first = layout.token_index_at(q.start)
    node = layout.doc[first] if first < len(layout.doc) else None
    for _ in range(ANCESTOR_HOPS):
        if node is None or node.head.i == node.i:
            break
        child, node = node, node.head
        kind = cue_kind(node) if lo <= node.i <= hi else None
        framed = (
            child.dep_ in _FRAMED_DEPS
            or child == directive_preposition(node)  # "called for “...”"
            or (_marked_by_as(child) and framed_as(node))  # "dismissed the claims as “...”"
        )
        if (kind == "phrase" or (kind in ("speech", "act") and framed)) and not _denied(node):
            whole = child.left_edge.idx >= q.start  # the marks hold the whole line, not a phrase inside a clause
            others = _told_by_others(node, child) if kind == "speech" and whole else None
            if others is not None:
                return _Attribution(node, others, q.open_mark)
            return _Attribution(node, subject_of(reporter(node)) or subject_of(node), q.open_mark)
        owner = _speech_owner(node) if lo <= node.i <= hi else None
        if owner is not None:  # "X's remarks that the plan needed “a rethink”": X's words, no speech verb
            return _Attribution(None, owner, q.open_mark)
    for t in window:
        if cue_kind(t) == "according":
            return _Attribution(t, subject_of(t), q.open_mark)
    for t in reversed(window):
        if cue_kind(t) == "speech":
            # the sentence's own speech verb, where the parse does not hang the quote on it
            return _Attribution(t, subject_of(t) or _fallback_subject(window, t), q.open_mark)
    if window[-1].text == ":":
        return _inverted(window) or _colon_subject(window)
    return None


def _told_by_others(cue: Token, quote_head: Token) -> Token | None:
    """ "X said friends kept telling him “...”": a whole utterance that people the reporter only describes
    said to X (or to those X speaks of) inside X's report is theirs, never X's (a phrase framed "as" stays
    the reporter's). The parse may hang those people on the reporter's verb ("told the crowd neighbours
    kept urging him"), so the common noun right before the inner verb's own words stands for them too."""
    if quote_head.dep_ not in _UTTERANCE_DEPS or reporter(cue) is cue:
        return None
    if not any(c.dep_ in ("dative", "dobj") and c.lower_ in _ADDRESSEES for c in cue.children):
        return None  # "X said the report concludes “...”": no words put to anyone
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None and cue.left_edge.i > 0:
        subject = cue.doc[cue.left_edge.i - 1]
    return subject if subject is not None and subject.pos_ == "NOUN" and subject.tag_ in ("NN", "NNS") else None


def _question_put(layout: Layout, q: Quote, window: list[Token]) -> Token | None:
    """ `To the question "...?", X replied: "..."`: a question set right after a noun for one is the words put
    to the speaker by someone the article leaves unnamed, not the speaker's, so no speaker goes on into it;
    the noun stands as its cue. "Her question" has an owner, and is left to the usual attribution."""
    words = [t for t in window if not t.is_punct]
    noun = words[-1] if words else None
    if noun is None or noun.lemma_.lower() not in _QUESTION_NOUNS or layout.text[q.end - 1] != "?":
        return None
    return None if any(c.dep_ == "poss" for c in noun.children) else noun


def put_by_press(found: Found) -> bool:
    """ `"Will you resign?" a reporter asked`: a question the press puts is how the story got its answer, not
    news anyone made; an unnamed reporter or interviewer asking is no speaker."""
    cue, subject = found.cue, found.subject
    return (
        cue is not None
        and subject is not None
        and cue.lemma_.lower() == "ask"
        and subject.lemma_.lower() in lexicon().press_nouns
        and not any(c.pos_ == "PROPN" for c in subject.children)
    )


def _denied(cue: Token) -> bool:
    """ "added that rivals had not reported a slowdown, which “...”": a negated speech verb says what was not
    said, so the quotation hung on it is not its words; the climb goes on to the verb that reports them."""
    return any(c.dep_ == "neg" for c in cue.children)


def _inverted(window: list[Token]) -> _Attribution | None:
    """`Said coach X Y: "..."`: a speech verb opening the sentence, then its speaker, then a colon. The
    parser often takes the capitalised verb for the first word of a name, so its written form decides,
    and the speaker is the last proper noun before the colon."""
    first = window[0]
    if len(window) < 3 or first.lower_ not in lexicon().inverted_speech_forms or not first.text[:1].isupper():
        return None
    name = next((t for t in reversed(window[1:-1]) if t.pos_ == "PROPN"), None)
    return _Attribution(first, name, window[-1].idx + 1) if name is not None else None


def _marked_by_as(child: Token) -> bool:
    """The "as" of a verdict, or the clause it marks ("as “not supported by the data”")."""
    return child.lower_ == "as" or any(g.lower_ == "as" and g.dep_ == "mark" for g in child.children)


def _speech_owner(node: Token) -> Token | None:
    """The owner of a noun for something said ("X's comments", "her warning"), if `node` is one."""
    if node.pos_ != "NOUN" or node.lemma_.lower() not in lexicon().speech_nouns:
        return None
    return next((c for c in node.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")), None)


def _colon_subject(window: list[Token]) -> _Attribution | None:
    """`X was blunt: "..."`: a named or pronoun subject whose clause ends in the colon speaks the quote, and
    so does the owner of a subject that is words said (`X's message was clear: "..."`)."""
    lo = window[0].i
    name = _bare_name(window[:-1]) or _described_name(window[:-1])
    if name is not None:  # `X: "..."`, the interview's and the caption's form: a name and a colon give X the floor
        return _Attribution(None, name, window[-1].idx + 1)
    for verb in reversed(window[:-1]):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= lo), None)
        if subject is None:
            continue
        speaker = subject if subject.pos_ in ("PROPN", "PRON") else _speech_owner(subject)
        return _Attribution(None, speaker, window[-1].idx + 1) if speaker is not None else None
    return None


def _described_name(tokens: list[Token]) -> Token | None:
    """ "X Y, florist:", "X Y, 34, a driver from Z:": the vox pop's and the feature's form, a name and then
    only a description of the person (age, trade, home) is the name and a colon: X speaks. The parse sets
    the description beside the name as apposition, or makes the trade the head and hangs the name on it;
    a verb after the comma ("X, who runs a stall:"), anything outside the name's phrase, or no trade or age
    at all ("X, Y and Z:", a list of names) makes it no such line."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma + 1 == len(tokens):
        return None
    name = _bare_name(tokens[:comma])
    rest = tokens[comma + 1 :]
    if name is None or any(t.pos_ in ("VERB", "AUX") for t in rest) or not any(t.pos_ in ("NOUN", "NUM") for t in rest):
        return None
    if name.head in rest and name.head.pos_ == "NOUN":
        return name
    described = {t.i for c in name.children if c.dep_ == "appos" for t in c.subtree}
    return name if all(t.i in described or t.text == "," for t in rest) else None


def _bare_name(tokens: list[Token]) -> Token | None:
    """The head of `tokens` when they are nothing but a name ("Dr. X Y"), not a place or a date."""
    words = [t for t in tokens if not t.is_space]
    if not words or words[0].pos_ != "PROPN":
        return None
    if not all((t.pos_ == "PROPN" and t.ent_type_ not in _PLACE_LABELS) or t.text in _IN_NAME for t in words):
        return None
    return next(t for t in reversed(words) if t.pos_ == "PROPN")


def names_a_term(layout: Layout, q: Quote) -> bool:
    """ "what researchers call “X”", "nicknamed the payments “X”", "the so-called “X”": the marks set off a
    name given to a thing, which is nobody's statement; the sentence around it may still report one."""
    lex = lexicon()
    before = layout.text[max(0, q.open_mark - _MARKER_REACH) : q.open_mark].rstrip().lower()
    if before.endswith(tuple(lex.label_markers)):
        return True  # "the so-called “X”": the writer's distance from a label, nobody's words
    first = layout.token_index_at(q.start)
    if first >= len(layout.doc):
        return False
    node = layout.doc[first]
    for _ in range(TERM_HOPS):
        if node.head.i == node.i:
            break
        node = node.head
        lemma = node.lemma_.lower()
        if node.i > first or node.pos_ != "VERB":
            continue
        if lemma in lex.term_verbs or names_by_passive(node):
            return True
        if (
            lemma in lex.phrase_verbs
            and node.tag_ in _PRESENT
            and any(c.lower_ == "what" and c.dep_ == "dobj" for c in node.children)
        ):
            return True  # "what doctors call": a standing name; "what he called" is one person's words
    return False


def direct_statements(layout: Layout, quotes: list[Quote]) -> list[Found]:
    """One Found per quotation, split quotes merged; attribution left to the resolver."""
    found: list[Found] = []
    open_: _Open | None = None
    for k, q in enumerate(quotes):
        limit = quotes[k + 1].open_mark if k + 1 < len(quotes) else len(layout.text)
        floor = quotes[k - 1].close_end if k else 0
        tail = _tail(layout, q, limit)
        yields = tail is None or _reports_own_clause(tail.cue) or _describes_quoted(tail.cue, q)
        lead = _lead(layout, q, floor) if yields else None
        tail = None if lead is not None else tail
        own = tail or lead or (_coordinated(layout, found[-1], quotes[k - 1], q) if k and found else None)
        own = own or _named_after(layout, q)
        if (
            open_ is not None
            and (own is None or (own.cue is not None and own.cue.i == open_.cue.i))
            and _continues(layout, open_, q)
        ):
            open_.found.parts.extend(q.parts)
            open_.end = tail.end if tail else q.close_end
            continue
        parts = list(q.parts)
        if open_ is not None and tail is not None and _continues(layout, open_, q):
            head = _before_own_paragraph(layout, parts, tail)
            open_.found.parts.extend(head)
            parts = parts[len(head) :]
        confidence = (ATTRIBUTED if own else UNATTRIBUTED) if q.balanced else UNBALANCED
        item = Found("direct", parts, own.cue if own else None, own.subject if own else None, confidence)
        found.append(item)
        open_ = _Open(item, tail.cue, tail.end, layout.paragraph_of(q.close_end)) if tail and tail.cue else None
    return [piece for item in found for piece in _per_paragraph(layout, item)]


def _named_after(layout: Layout, q: Quote) -> _Attribution | None:
    """`"..." So said X.`, `"..." That was the verdict of X.`: a quotation that is a sentence of its own, and
    the sentence right after it (in its paragraph or opening the next) names the speaker: an inverted speech
    verb after "so", a demonstrative subject that is someone's words ("those were the words of X", "such
    was X's message") or the way they were put ("that was how X put it"); or a dash after the quotation sets
    that clause off (`"..." - that was X's verdict`)."""
    doc = layout.doc
    first = layout.token_index_at(q.close_end)
    while first < len(doc) and doc[first].is_space:
        first += 1
    if first + 1 < len(doc) and doc[first].text in _DASHES:
        first += 1  # `"..." - that was the verdict of X`: the dash sets the pointer off in the same sentence
    elif first >= len(doc) or doc[first].sent.start != first or layout.text[q.end - 1] not in ".!?":
        return None
    if layout.paragraph_of(doc[first].idx) - layout.paragraph_of(q.open_mark) > 1:
        return None
    opener, root = doc[first], doc[first].sent.root
    if opener.lower_ == "so" and opener.head.i == root.i == first + 1 and cue_kind(root) == "speech":
        speaker = subject_of(root)
        return _Attribution(root, speaker, q.close_end) if speaker is not None and speaker.i > root.i else None
    if opener.lower_ not in _BACK_POINTERS or opener.dep_ != "nsubj" or opener.head.i != root.i:
        return None
    how = next((t for t in root.subtree if t.i > opener.i and _wording(t, "how")), None)
    if how is not None and root.lemma_ == "be":  # "That was how X put it."
        speaker = subject_of(how)
        return _Attribution(how, speaker, q.close_end) if speaker is not None else None
    words = next((c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in lexicon().speech_nouns), None)
    owner = owner_of_words(words) if words is not None and root.lemma_ == "be" else None
    return _Attribution(None, owner, q.close_end) if owner is not None else None


def _wording(verb: Token, marker: str) -> bool:
    """ "as X put it", "how X described it": a verb of how words were put, in a clause marked by "as" or
    "how", names who put them; it reports no clause, so it is no speech cue elsewhere."""
    children = [(c.lower_, c.dep_) for c in verb.children]
    return (
        verb.lemma_.lower() in lexicon().wording_verbs
        and ((marker, "mark") in children or (marker, "advmod") in children)
        and not any(dep == "auxpass" for _, dep in children)  # "how the plan was described": by nobody named
    )


def _coordinated(layout: Layout, previous: Found, before: Quote, q: Quote) -> _Attribution | None:
    """`called it "A" and "B"`: a quotation joined to the one before it by nothing but a coordinator shares
    that quotation's attribution (each stays a quotation, and a statement, of its own)."""
    gap = layout.text[before.close_end : q.open_mark].strip(" ,").lower()
    if previous.cue is None or previous.end != before.end or gap not in _COORDINATORS:
        return None
    return _Attribution(previous.cue, previous.subject, q.open_mark)


def _per_paragraph(layout: Layout, item: Found) -> list[Found]:
    """A quotation that runs over several paragraphs is a statement per paragraph (the news convention
    reopens the marks on each), every one with the quotation's speaker wherever it was written; the cue
    shows on the paragraph that carries it (or the first, when it is written before the quotation)."""
    paragraphs: dict[int, list[tuple[int, int]]] = {}
    for part in item.parts:
        paragraphs.setdefault(layout.paragraph_of(part[0]), []).append(part)
    if not paragraphs:  # what a paragraph before its own attribution left to it: nothing, no statement
        return []
    if len(paragraphs) == 1:
        return [item]
    cue_at = min(paragraphs) if item.cue is None else max(min(paragraphs), layout.paragraph_of(item.cue.idx))
    return [replace(item, parts=parts, cue_written=k == cue_at) for k, parts in paragraphs.items()]


def leads_into(layout: Layout, found: Found, following: Found) -> bool:
    """`"A." / "B," X said.`: a quotation with no attribution of its own that runs straight into an attributed
    one, in its paragraph or the next, with nothing but quotation marks between, opens that speaker's words
    (the resolver asks only when no speaker before it goes on)."""
    return (
        following.kind == "direct"
        and (following.cue is not None or following.subject is not None)
        and 0 <= layout.paragraph_of(following.start) - layout.paragraph_of(found.end) <= 1
        and not layout.text[found.end : following.start].strip(QUOTATION_MARKS + string.whitespace)
    )


def _before_own_paragraph(layout: Layout, parts: list[tuple[int, int]], tail: _Attribution) -> list[tuple[int, int]]:
    """`"A," X said. "B. / "C," she added.`: the paragraphs of a quotation before the one its own attribution
    closes carry none of theirs; those that open right after an attributed quotation's tail go on with it."""
    first = layout.paragraph_of(parts[0][0])
    if tail.cue is None or layout.paragraph_of(tail.cue.idx) == first:
        return []
    return [part for part in parts if layout.paragraph_of(part[0]) == first]


def _continues(layout: Layout, open_: _Open, q: Quote) -> bool:
    gap = layout.text[open_.end : q.open_mark]
    return layout.paragraph_of(q.open_mark) == open_.paragraph and not gap.strip(_JOIN_GAP)
