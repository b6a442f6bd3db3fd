"""The statements extractor and the cast read one list of speech verbs, so a verb added there is both a
cue and a sign that a name speaks."""

from streams.enrich.cast.reading.kinds import in_person_role
from streams.enrich.extractors.statements.lexicon import lexicon
from streams.enrich.vocabulary.speech import speech_verbs


def test_statements_lexicon_reads_the_shared_list() -> None:
    assert lexicon().speech_verbs is speech_verbs()
    assert {"say", "tell", "warn"} <= speech_verbs()


def test_the_cast_hears_a_speech_verb_from_the_shared_list(nlp) -> None:
    doc = nlp("Tamsin Orrell warned that the bridge would close.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert in_person_role(subject, speaks=True)
    assert not in_person_role(subject, speaks=False)
