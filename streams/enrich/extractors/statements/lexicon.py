"""The statements extractor's vocabulary, loaded once from `lexicon.json`.

Word lists live in a data file so that adding a cue verb or a title is a data change a
reviewer can read at a glance, not a code change. Everything is lower case and lemmatised.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from streams.enrich.vocabulary.speech import speech_verbs
from streams.enrich.vocabulary.wordlists import load_lexicon


@dataclass(frozen=True, slots=True)
class Lexicon:
    speech_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    particle_verbs: dict[str, str]
    phrase_verbs: frozenset[str]
    act_verbs: frozenset[str]
    act_verbs_needing_object: frozenset[str]
    act_verbs_needing_as: frozenset[str]
    act_verbs_needing_grounds: frozenset[str]
    act_verbs_not_with_object: frozenset[str]
    claim_nouns: frozenset[str]
    prepositional_cues: dict[str, frozenset[str]]
    refusal_verbs: frozenset[str]
    obligation_verbs: frozenset[str]
    anonymity_nouns: frozenset[str]
    habit_adverbs: frozenset[str]
    question_marks: frozenset[str]
    clausal_only_verbs: frozenset[str]
    words_object_verbs: frozenset[str]
    term_verbs: frozenset[str]
    hearsay_verbs: frozenset[str]
    press_nouns: frozenset[str]
    work_nouns: frozenset[str]
    inscription_nouns: frozenset[str]
    chant_verbs: frozenset[str]
    label_markers: frozenset[str]
    label_participles: frozenset[str]
    bare_speech_verbs: frozenset[str]
    message_object_verbs: frozenset[str]
    request_verbs: frozenset[str]
    result_report_verbs: frozenset[str]
    result_nouns: frozenset[str]
    message_nouns: frozenset[str]
    weight_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    name_abbreviations: frozenset[str]
    inverted_speech_forms: frozenset[str]
    made_frames: dict[str, frozenset[str]]
    stance_adjectives: frozenset[str]
    directive_prepositions: dict[str, frozenset[str]]
    cause_prepositions: dict[str, frozenset[str]]
    wording_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    inference_verbs: frozenset[str]
    medium_nouns: frozenset[str]
    aside_verbs: frozenset[str]
    condition_marks: frozenset[str]
    concession_marks: frozenset[str]
    restating_verbs: frozenset[str]
    other_verb_particles: dict[str, frozenset[str]]
    provision_nouns: frozenset[str]
    figure_verbs: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return load_lexicon(Lexicon, __package__, shared={"speech_verbs": speech_verbs()})
