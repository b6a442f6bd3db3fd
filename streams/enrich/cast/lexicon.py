"""The cast's vocabulary, loaded once from `lexicon.json`: titles, honorifics, pronouns and the nouns
that stand for organisations, their spokespeople, their documents and the press.

Word lists live in a data file so that adding a title is a data change a reviewer can read at a
glance. Everything is lower case and lemmatised.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from streams.enrich.vocabulary.wordlists import load_lexicon


@dataclass(frozen=True, slots=True)
class Lexicon:
    title_words: frozenset[str]  # offices and occupations: every word that titles a person
    occupation_words: frozenset[str]  # the trades among them (listed once, in lexicon.json's own list)
    role_categories: dict[str, tuple[tuple[str, ...], ...]]
    ignored_role_modifiers: frozenset[str]
    spokes_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    source_nouns: frozenset[str]
    outlet_verbs: frozenset[str]
    press_name_endings: frozenset[str]  # "Herald", "Gazette": the last word of a newspaper's name
    broadcast_nouns: frozenset[str]  # "radio": a broadcaster's medium, named after its place
    press_nouns: frozenset[str]  # "the daily X", "the newspaper X": what a newspaper's name is introduced with
    honorifics: dict[str, str | None]
    religious_styles: dict[str, str]  # "Father", "Sister": an honorific only when capitalised before a name
    styles: frozenset[str]
    pronoun_genders: dict[str, str]
    generic_org_nouns: frozenset[str]
    state_institution_nouns: frozenset[str]
    document_nouns: frozenset[str]
    self_named_institutions: frozenset[str]
    spokes_genders: dict[str, str]
    org_name_endings: frozenset[str]
    representative_nouns: frozenset[str]
    # "a broker at X": market people speak for their firm only when the phrase names it ("bank dealers" stay a crowd)
    market_voices: frozenset[str]
    national_voice_nouns: frozenset[str]  # "the <nationality> delegate": one who speaks for a country
    state_head_nouns: frozenset[str]  # "the <nationality> leader": a country's head, named elsewhere by title
    state_head_titles: frozenset[str]  # "King", "Prime Minister": titles of a state's or government's head
    title_modifiers: frozenset[str]
    institution_name_markers: dict[str, frozenset[str]]
    org_branch_words: frozenset[str]
    leader_named_institutions: dict[str, frozenset[str]]
    employer_nouns: frozenset[str]
    field_body_nouns: frozenset[str]  # "the transport ministry": a public body its field singles out
    # "civil defence sources": a public service wire copy names in two lower-case words, no kind noun in them
    public_service_names: frozenset[str]
    company_organ_nouns: frozenset[str]  # "the board": a body inside a company, speaking for the company
    corporate_suffixes: frozenset[str]
    company_name_endings: frozenset[str]
    finance_name_words: frozenset[str]  # "Savings", "Loan": words of a bank's name before its head
    employer_context_nouns: frozenset[str]
    company_results: frozenset[str]  # "its profit", "its dividend": what a company reports as its own
    business_nouns: frozenset[str]
    office_bodies: dict[str, str]
    personal_office_nouns: frozenset[str]  # a named person's own voice as a body: "her office said"
    bodiless_titles: frozenset[str]
    member_nouns: frozenset[str]
    sitting_nouns: frozenset[str]  # "a statement issued after a meeting of X envoys" speaks for X
    person_verbs: frozenset[str]
    person_object_verbs: frozenset[str]
    place_name_openers: frozenset[str]
    place_name_endings: frozenset[str]
    generation_suffixes: frozenset[str]
    demonym_nouns: dict[str, str]  # noun → the nationality adjective ("briton" → "British")
    leading_verbs: frozenset[str]
    serving_verbs: frozenset[str]
    proxy_verbs: frozenset[str]
    age_nouns: dict[str, str]  # noun → the ages it fits, as a pattern ("teenager" → "1[3-9]")
    kin_nouns: frozenset[str]
    office_adjectives: frozenset[str]
    honorific_roles: dict[str, frozenset[str]]  # role noun → honorifics that imply it ("doctor" → "dr")
    undergoer_roles: dict[str, frozenset[str]]  # role noun → verbs done to its holder ("defendant" → "charge")
    doer_roles: dict[str, frozenset[str]]  # role noun → verbs its holder does ("author" → "write")
    heading_modifiers: frozenset[str]  # title modifiers that head an office too ("police chief")
    founder_verbs: frozenset[str]  # "founded by X Y": the agent is a person, whatever the label
    venue_name_endings: frozenset[str]  # "Hall", "Arena": a building's name, unless a given name opens it
    apposed_business_nouns: frozenset[str]  # "the utility X": a business's noun before its name, besides business_nouns
    working_groups: frozenset[str]  # "the team", "the panel": people a body sent, speaking for it through a report
    sending_verbs: frozenset[str]  # "X sent a team": the subject is the body the group acts for
    unit_nouns: frozenset[str]  # "X Group's Y Corp unit said": the named unit of a parent speaks
    unit_name_words: frozenset[str]  # "X International Corp": a parent's part abroad, which "X" does not shorten
    paper_nouns: frozenset[str]  # "the study was prepared by X. It said": a paper speaks with its authors' voice
    paper_kinds: dict[str, str]  # "announcement" → "statement": nouns news uses in turn for one paper
    state_papers: frozenset[str]  # "the decree": a paper only a government puts out
    state_adjectives: frozenset[str]  # "a presidential decree": words that make a paper the government's
    state_body_phrases: frozenset[str]  # "the central bank": a body a state has one of, named by its phrase


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    loaded = load_lexicon(Lexicon, __package__)
    return replace(
        loaded,
        title_words=loaded.title_words | loaded.occupation_words,
        org_name_endings=loaded.org_name_endings | loaded.company_name_endings,  # a trade word ends a body's name
    )
