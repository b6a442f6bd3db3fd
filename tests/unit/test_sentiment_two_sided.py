"""Stories with two sides in their top, and words whose relief or denial the tone must read.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import span_tone
from streams.enrich.extractors.sentiment.headline import headline_part
from streams.enrich.extractors.sentiment.lexicon import news_lexicon
from streams.enrich.model import Span
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit import readers


@pytest.fixture(scope="module")
def article_label(nlp):
    return lambda title, text: readers.article_label(nlp, title, text)


@pytest.fixture(scope="module")
def statement_label(nlp):
    def run(text: str) -> str:
        return span_tone(parse(Article(id="s", text=text), nlp), Span(0, len(text))).label

    return run


# Tops that say the story has two sides, by rule and beat.
MIXED_TOPS = {
    # A headline that holds good news and bad about evenly, without a "but": the point of the story is both.
    ("two-sided headline", "sport"): (
        "Injury mars victory for Port Adair",
        "Port Adair beat Norwood 2-0 on Saturday, but defender Tiago Mendes was carried off with a knee injury.",
    ),
    ("two-sided headline", "business"): (
        "Orders surge while jobs are lost at Velden Motors",
        "Orders at Velden Motors rose sharply this year, a great result for the firm. Its new models won praise. "
        "Dealers reported strong demand. At the same time 900 jobs were lost as the plant automated.",
    ),
    ("two-sided headline", "health"): (
        "Breakthrough drug brings hope and fear of side effects",
        "A new drug sharply cut hospital admissions in a trial, doctors said. Some patients reported headaches.",
    ),
    # A headline of strong good news over a lede of strong bad news (or the reverse).
    ("opposed headline and lede", "sport"): (
        "Brilliant win sends Kelso Rovers to the final",
        "Kelso Rovers' striker Emeka Obi broke his leg in the match and will miss the final. "
        "The players celebrated a wonderful season. Fans praised the brilliant young side. "
        "The town's pubs were full of happy supporters. The manager was cheered at the ground.",
    ),
    ("opposed headline and lede", "culture"): (
        "Fire destroys historic theatre in Lenzburg",
        "Hundreds of residents generously gave money to rebuild, and the company was delighted and grateful. "
        "The mayor praised the wonderful response. Volunteers were warmly thanked. Local artists offered help.",
    ),
    ("opposed headline and lede", "international"): (
        "Ceasefire brings hope of lasting peace",
        "Fighting killed dozens of civilians in the border villages on the eve of the truce, aid workers said. "
        "Diplomats welcomed the agreement. Relief agencies praised both sides.",
    ),
    # A top that reports a divided reaction: the reporter's own word for a story with two sides.
    ("divided reaction", "culture"): (
        "Critics split over Adeyemi's new album",
        "Funmi Adeyemi's new album was released on Friday. One reviewer called it dull and tired.",
    ),
    ("divided reaction", "local politics"): (
        "Ring road plan published",
        "The ring road plan drew a mixed response from residents at Tuesday's meeting. Shopkeepers feared lost trade.",
    ),
    ("divided reaction", "health"): (
        "New screening guidance issued",
        "Opinion is divided on the new screening guidance, doctors said. "
        "Several called it a welcome step and a great help.",
    ),
}


@pytest.mark.parametrize("rule, beat", sorted(MIXED_TOPS))
def test_a_top_with_two_sides_makes_the_story_mixed(article_label, rule, beat):
    title, text = MIXED_TOPS[rule, beat]
    assert article_label(title, text) == "mixed"


def test_a_divided_party_is_no_divided_reaction(article_label):
    title = "Ruling party divided over leadership"
    text = "The ruling party is divided over its leadership, officials said. Members met on Monday."
    assert article_label(title, text) != "mixed"


# A lede alone that names the bad news the event answers is background, not a second side.
@pytest.mark.parametrize(
    "title, text, label",
    [
        (
            "Divers rescued after night at sea",
            "Two divers stranded at sea overnight were rescued on Sunday, coastguards said.",
            "positive",
        ),
        (
            "Plant closure confirmed",
            "The owners of the Ebro plant confirmed its closure, ending talks to save the threatened jobs.",
            "negative",
        ),
    ],
)
def test_a_lede_that_names_both_sides_does_not_make_the_story_mixed(article_label, title, text, label):
    assert article_label(title, text) == label


# Statements, the rule each one shows, and the label a news reader gives it.
STATEMENTS = [
    # Lifting, dropping or quashing what was held against someone is relief; the restraint itself is bad news.
    ("The authorities lifted the curfew on Friday.", "positive"),  # international
    ("The council lifted the parking restrictions in the old town.", "positive"),  # local politics
    ("Residents dropped their objection to the new clinic.", "positive"),  # health
    ("The appeal court quashed her fraud conviction.", "positive"),  # courts
    ("The federation dropped its objections to the stadium plan.", "positive"),  # sport
    ("The court upheld the conviction.", "negative"),
    ("The city imposed a curfew after the riots.", "negative"),
    ("The minister announced new restrictions on fishing.", "negative"),
    # Withdrawing a measure is removing it, as lifting or dropping it is.
    ("The government repealed the curfew last week.", "positive"),  # international
    ("The health ministry revoked the visiting restrictions at care homes.", "positive"),  # health
    ("The league withdrew its objection to the transfer.", "positive"),  # sport
    ("The planning board rescinded its objection to the housing scheme.", "positive"),  # local politics
    ("The bank withdrew its support for the project.", "neutral"),  # what is withdrawn is good: no relief
    # A bad thing with a bad word before it is removed, not moved up: "lift" is the shifter there.
    ("The government lifted the harsh restrictions.", "positive"),  # international
    ("The league lifted the harsh sanctions on the club.", "positive"),  # sport
    ("The health board lifted the severe visiting restrictions.", "positive"),  # health
    ("Illegal dumping rose last year.", "negative"),  # a bad kind of something is still a quantity
    # A negated "be" denies the state its prepositional complement names.
    ("The village school is no longer at risk of closure.", "positive"),  # local politics
    ("The coral reef is not in danger, the researchers said.", "positive"),  # science
    ("The club is no longer under threat of relegation.", "positive"),  # sport
    ("The hospital is not at risk, the health board said.", "positive"),  # health
    ("The village school is at risk of closure.", "negative"),
    ("The coral reef is in danger, the researchers said.", "negative"),
    # A planned act of backing an unrated thing is a notice: its tone is the thing's.
    ("The Okafor Trust will support the river survey.", "neutral"),  # science
    ("The football association will support the youth league next season.", "neutral"),  # sport
    ("The arts council will support the village archive.", "neutral"),  # culture
    ("The development bank will support the port project.", "neutral"),  # business
    ("Residents support the plan to rebuild the pier.", "positive"),  # a stance, not a notice
    ("The charity will support families who lost their homes.", "positive"),  # someone is helped
    # That nobody is held to account is impunity; one person not charged is not.
    ("Nobody has been held responsible.", "negative"),  # courts
    ("Not one officer was disciplined.", "negative"),  # policing / local politics
    ("No player was sanctioned by the league.", "negative"),  # sport
    ("No director has been held accountable, the shareholders said.", "negative"),  # business
    ("Nobody was held by the police.", "neutral"),  # held, but not to account
]


@pytest.mark.parametrize("text, label", STATEMENTS)
def test_statement_tone(statement_label, text, label):
    assert statement_label(text) == label


# The same in a headline, read without a parse.
@pytest.mark.parametrize(
    "title",
    [
        "Foundation to support archive project",  # culture
        "Ministry to help fund rail study",  # business
        "Club will support youth league",  # sport
        "Agency to help map coastline",  # science
    ],
)
def test_a_headline_of_planned_backing_is_neutral(title):
    part, _ = headline_part(title, news_lexicon())
    assert part.positive == 0 and part.negative == 0


def test_a_headline_of_help_for_the_harmed_keeps_its_tone():
    part, _ = headline_part("Charity to help flood victims", news_lexicon())
    assert part.positive > 0


# In a headline the fear carries the tone once: what is feared is its content.
@pytest.mark.parametrize(
    "title, side",
    [
        ("Library no longer at risk of closure", 1),  # local politics
        ("Fears of recession grow", -1),  # business
        ("Reef no longer in danger of collapse", 1),  # science
        ("Threat of relegation hangs over Dunmore", -1),  # sport
    ],
)
def test_a_headline_fear_is_rated_once(title, side):
    part, words = headline_part(title, news_lexicon())
    assert len(words) == 1 and part.compound * side > 0


# A record level in a headline is said of the quantity before it.
@pytest.mark.parametrize(
    "title, side",
    [
        ("Share price hits record high", 1),  # business
        ("Unemployment reaches new high", -1),  # economy
        ("Burglaries hit record low in Tamworth", 1),  # crime
        ("Ticket sales at record high for festival", 1),  # culture
    ],
)
def test_a_headline_record_level_takes_its_quantity_sign(title, side):
    part, _ = headline_part(title, news_lexicon())
    assert part.compound * side > 0
