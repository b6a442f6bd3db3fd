"""Whether an unnamed speaker is anonymous: "a senior official at the bank, who spoke on condition of
anonymity," is a person the article will not name, not the bank's voice (annotators leave such speakers
unnamed), so the organisation the phrase mentions must not be given the words.

The anonymity is read in the attribution's words, never in the words reported ("the donors asked not to be
named" is about the donors). Which words are reported the statement's own content says, not the parse's
shape: a fronted "Speaking on condition of anonymity, an official said", or "An official, granted anonymity,
said" read with "granted" as the main verb, puts the phrase where no walk down from the subject finds it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

_MARKERS = frozenset({"anonymity", "anonymously"})
# "wished not to be identified", and the subjunctive "spoke only if she not be identified"
_WITHHELD = (("to", "be", "named"), ("to", "be", "identified"), ("not", "be", "named"), ("not", "be", "identified"))
_PARTICIPLES = frozenset({"VBG", "VBN"})


def speaks_anonymously(subject: Token, in_content: Callable[[int], bool]) -> bool:
    """ "X, who asked not to be named, said", "Speaking on condition of anonymity, X said", "X said ...,
    speaking anonymously": a marker in the subject's phrase, in its sentence outside what was said
    (`in_content`), or in a participle clause that closes the sentence, whose implied subject is the speaker's."""
    sentence = subject.sent
    lowered = sentence.text.lower()
    if "anonym" not in lowered and " to be " not in lowered and " not be " not in lowered:
        return False  # most sentences: no token walk
    # the subject's own words are the attribution's even where a statement was misread in them ("who
    # requested anonymity" read as a request)
    for words in ([t.lower_ for t in subject.subtree], [t.lower_ for t in sentence if not in_content(t.idx)]):
        if _MARKERS.intersection(words):
            return True
        if any(tuple(words[k : k + 3]) in _WITHHELD for k in range(len(words) - 2)):
            return True
    return any(t.lower_ in _MARKERS and _in_closing_participle(t, sentence) for t in sentence)


def _in_closing_participle(marker: Token, sentence: Span) -> bool:
    """ "..., speaking on condition of anonymity." hung by the parse inside the reported words: a participle
    with no subject or auxiliary of its own, set off by a comma, that ends the sentence ("the whistleblower
    was granted anonymity" has its own subject, and is what was reported)."""
    verb = marker.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ not in _PARTICIPLES or verb.i == sentence.start:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    last = sentence.end - 1
    while last > verb.i and sentence.doc[last].is_punct:
        last -= 1
    return sentence.doc[verb.i - 1].text == "," and verb.right_edge.i == last
