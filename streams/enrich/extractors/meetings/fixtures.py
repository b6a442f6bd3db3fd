"""Two teams that meet, host, face, welcome or visit each other play a fixture, not a meeting: "Ashby FC met
Corran Rovers on Saturday", "the Lions will meet the Tigers at home", "the Hawks and the Storm met on Sunday",
"Kenya met Fiji and won with a late try".

`detect.tells_a_contest` drops a sentence that names the contest ("met in the final"); a fixture is as often told
by its sides alone. A team is a club (a name ending in a club word), a nickname (a lone capitalised word after
"the" that the cast reads as an organisation and that names no kind of body: "the Lions", "the Storm"), or a
country. Club names and nicknames tell the fixture by themselves, unless a side is named after a political
family ("the Greens met the Liberals" are parties, `party_sides`); two countries meeting are sides in sport only in
an article that speaks of sport, and in any other one envoys of theirs. Sides that meet to discuss something, or
for talks, meet as bodies whatever they are called ("the Lions met the Tigers to discuss a merger").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from streams.enrich.doc_cache import per_doc
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.purpose import purposes
from streams.enrich.model import Participant
from streams.enrich.vocabulary.english_words import lists_word
from streams.enrich.vocabulary.places import country_code

_SURNAME_ENDINGS = ("villa",)  # club words people carry as a surname ("Ana Villa")
_NOUN_POS = ("NOUN", "PROPN")
_HYPHENS = ("-", "–")
_TOPIC_PREPS = ("over", "about", "regarding")
_TIMES = ("DATE", "TIME")
_OWNER_DEPS = ("poss", "compound")


def teams_play(trigger: Token, sides: list[Participant]) -> bool:
    """Whether the encounter `trigger` tells between `sides` is two teams playing each other."""
    if lower_lemma(trigger) not in LEX.fixture_verbs or len(sides) < 2 or _met_for_something(trigger):
        return False
    sent = trigger.sent
    if any(p.name.split()[-1].lower() in LEX.political_plurals for p in sides):
        return False  # "the Greens met the Liberals": parties
    if all(_club_name(p) or _nickname(p, sent) for p in sides):
        return any(_club_name(p) or p.name.endswith("s") for p in sides)
    return all(_national(p) or _club_name(p) or _nickname(p, sent) for p in sides) and _speaks_of_sport(trigger)


def _met_for_something(verb: Token) -> bool:
    """"met to discuss a merger", "hosted X for talks", "met X over pay": a purpose, talks or a topic told make
    the sides bodies meeting."""
    return bool(purposes(verb)) or any(p.dep_ == "prep" and any(o.dep_ == "pobj" and (
        (p.lower_ == "for" and lower_lemma(o) in LEX.meeting_nouns)
        or (p.lower_ in _TOPIC_PREPS and o.ent_type_ not in _TIMES)) for o in p.children) for p in verb.children)


def _club_name(side: Participant) -> bool:
    """"Corran Rovers", "Thornbury Town": a name ending in a club word. The small model reads some of them as
    people ("Thornbury Town" after a capitalised sentence start); no person is called "Town" or "United", but
    "Mayor Ana Villa" is a person: a titled one, or one whose name ends in a surname, stays a person."""
    words = side.name.split()
    if len(words) < 2 or words[-1].lower() not in LEX.club_name_endings:
        return False
    return side.kind == "organization" or (
        side.kind == "person" and side.title is None and words[-1].lower() not in _SURNAME_ENDINGS)


def _national(side: Participant) -> bool:
    return side.kind == "country" or country_code(side.name) is not None


def _nickname(side: Participant, sent: Span) -> bool:
    """"the Lions", "the Storm": an organisation named by one capitalised English word, written after "the", that
    is no kind of body ("the Council", "the Ministry"); a family is named by a surname ("the Petrovs hosted the
    Odums"). The small model reads some plural nicknames as people ("the Bulldogs"); no person is written "the"
    and a plural, so an untitled one counts too."""
    name = side.name
    if " " in name or not (name[:1].isupper() and name[1:].islower()) or name.lower() in LEX.org_heads or not (
            lists_word(sent.doc.vocab, name.lower())):
        return False
    if side.kind != "organization" and not (side.kind == "person" and side.title is None and name.endswith("s")):
        return False
    return any(t.text == name and t.i > sent.start and t.nbor(-1).lower_ == "the" for t in sent)


def _speaks_of_sport(trigger: Token) -> bool:
    """Whether the article names a ground, a score or a team's people ("stadium", "kick-off", "the fans"), or the
    sentence a word that tells sport there and something else in a page of diplomacy ("a late goal", "at home",
    "a try": nouns; "the goal of the talks" a sentence away, or anywhere "of" something, is no game). A ground
    is a team's when it is someone's ("their ground", "the home ground"); "common ground" is agreement."""
    return _article_speaks_of_sport(trigger.doc) or any(
        (t.lower_ in LEX.sport_sentence_words and (t.pos_ in _NOUN_POS or t.tag_ == "VBD") and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children))
        or (t.lower_ in LEX.sport_owned_words and any(c.dep_ in _OWNER_DEPS for c in t.children))
        for t in trigger.sent)


@per_doc
def _article_speaks_of_sport(doc: Doc) -> bool:
    for token in doc:
        word = token.lower_
        if token.text in _HYPHENS and 0 < token.i < len(doc) - 1:
            word = f"{doc[token.i - 1].lower_}-{doc[token.i + 1].lower_}"
        if word in LEX.sport_words:
            return True
    return False
