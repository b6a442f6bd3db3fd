"""Crimes broken up, fires put out, harms forestalled: the news is what was stopped, not the bad word.

- a destroyer's object that is a crime, a fraud, a fire or a disease, or whose kind is one however
  deep in its modifiers ("a drug-trafficking ring", "3,000 boxes of counterfeit medicines"), makes
  the destroying good news, and its own bad words ("scam", "fire") count for nothing;
- a "before" clause that asserts nothing ("before any data was stolen", "before anyone was hurt",
  "before it could spread") reports no harm.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.lexicon import news_lexicon

# --- crimes, frauds, fires and diseases destroyed -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police dismantled a drug-trafficking ring in Rotterdam, officers said.",  # courts and crime
        "Detectives in Lagos dismantled a fraud network that targeted pensioners.",  # crime, kind as compound
        "Customs officers destroyed 3,000 boxes of counterfeit medicines at the port of Mombasa.",  # health, counted
        "Firefighters killed the blaze within an hour, Chief Anika Sorensen said.",  # local, fire
        "Crews had extinguished the wildfire near Valparaiso by Sunday evening.",  # international, fire
        "Investigators in Seoul shut down a phishing operation that stole card numbers.",  # technology
        "Rangers in Kruger broke up a poaching syndicate, the park said.",  # science and nature
        "Officers crushed an illegal betting ring linked to second-division football in Brazil.",  # sport
        "The vaccine wiped out polio in the region, Dr. Amara Okafor said.",  # health, disease
        "The drug-trafficking ring was dismantled after a two-year inquiry in Porto.",  # passive
        "The blaze was put out by volunteers from Oakridge.",  # passive with particle
    ],
)
def test_destroying_a_crime_a_fire_or_a_disease_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officers crushed an illegal betting ring in Recife.", "illegal"),  # sport
        ("Crews extinguished the fire on the ridge near Valparaiso.", "fire"),  # local
        ("Investigators shut down a criminal gang in Tallinn.", "criminal"),  # courts and crime
    ],
)
def test_the_bad_word_of_what_is_destroyed_counts_for_nothing(rated_words, text, word):
    assert word not in rated_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The wildfire destroyed the village school in Evia.",  # the fire is the destroyer, not its object
        "The fire killed three firefighters.",
        "The gang killed two shopkeepers in Durban.",
        "Police dismantled the protest camp and arrested 12 people.",  # no harmful object
        "Regulators shut down the plant, putting 300 jobs at risk.",  # business
        "Thieves broke up the car and sold the parts.",
    ],
)
def test_a_destroyer_without_a_harmful_object_keeps_its_harm(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Police killed a gang member during the raid in Durban.",  # courts and crime: the group names a person
        "Troops killed a terrorist near the border town of Gao.",  # conflict: a harm's person is a person
        "A drone strike killed the cartel's boss in Sinaloa, officials said.",  # international
        "Rangers killed two poachers in a gunfight in the reserve.",  # science and nature
    ],
)
def test_killing_a_person_is_a_death_whoever_dies(statement_label, text):
    assert statement_label(text) == "negative"


def test_a_persons_group_is_still_a_harm_destroyed(statement_label):
    assert statement_label("Soldiers destroyed a terrorist camp in the hills above Kandahar.") == "positive"


def test_only_a_counted_object_lends_its_kind(statement_label):
    # "of" after an uncounted noun names an owner: the squad's offices are no crime
    assert statement_label("The fire destroyed the offices of the fraud squad in Leeds.") == "negative"


def test_the_lexicon_lists_crimes_fires_diseases_and_dismantling():
    lex = news_lexicon()
    assert {"fraud", "scam", "counterfeit", "trafficking", "gang"} <= lex.harmful  # crimes and frauds
    assert {"fire", "blaze", "wildfire"} <= lex.harmful  # fires
    assert {"disease", "polio", "cholera"} <= lex.harmful  # diseases
    assert {"dismantle", "bust", "break up", "shut down", "put out", "extinguish"} <= lex.destroyers
    assert {"member", "boss", "terrorist", "poacher"} <= lex.people  # people: never a harm destroyed


# --- a "before" clause of what did not happen ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bank's security team blocked the attack before any data was stolen.",  # technology
        "Lifeguards pulled the swimmers to safety before anyone was hurt.",  # local
        "Firefighters contained the blaze before it could damage the museum in Kraków.",  # culture
        "The referee stopped the fight before either boxer was injured.",  # sport
    ],
)
def test_a_before_clause_of_what_did_not_happen_is_no_harm(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Officers arrived before anyone was hurt.",  # courts and crime
        "Nurses moved the patients before anything was damaged, the hospital in Cork said.",  # health
        "The ferry docked before any passenger fell ill.",  # international
    ],
)
def test_nothing_but_a_forestalled_harm_is_neutral(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Two workers were injured before the fire was put out.",  # the harm is in the main clause
        "The bridge collapsed before engineers could inspect it.",
        "The striker was injured before the final whistle.",  # sport: no clause, a time
        "The company's shares collapsed before the bank failed.",  # business: both happened
    ],
)
def test_a_before_clause_that_asserts_keeps_its_harm(statement_label, text):
    assert statement_label(text) == "negative"
