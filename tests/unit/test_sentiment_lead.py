"""The top of a story (headline and lede) gives an article its side when the body bears it out."""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment import article_sentiment
from streams.enrich.extractors.sentiment.lead import lead_tone, top_lean
from streams.enrich.extractors.sentiment.part_score import PartScore
from streams.enrich.extractors.sentiment.tone import Placed, Role
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import ArticleSentiment
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.fixture(scope="module")
def tone(nlp):
    """The article's tone as the pipeline computes it, with the statements found in it."""

    def run(text: str, title: str | None = None) -> ArticleSentiment:
        parsed = parse(Article(id="t", text=text, title=title), nlp)
        return article_sentiment(parsed, [s.span for s in extract_statements(parsed)])

    return run


def placed(role: Role, positive: float = 0.0, negative: float = 0.0, quoted: bool = False) -> Placed:
    return Placed(PartScore(positive, negative, clause=True), role, quoted)


# --- the top's side is not "mixed" when the body bears it out -----------------------------

# Each story leads with one event, and its body has reactions on both sides, enough for the
# mixed rule alone, while its own narrative still leans the way of the event.
EVENT_WITH_REACTIONS = {
    "business": (
        "negative",
        "Paper mill to shut, 300 staff to go",
        "A paper mill in the hill town will shut next year and all 300 staff will be made redundant, "
        "its owners announced.\n\n"
        "The closure is a disaster for the town, where the mill is the largest employer. "
        "The owners praised the loyal staff for their work. "
        'The regional minister said she was "hopeful" about the search for a buyer. '
        "Council leaders hope a new owner can be found. "
        "The mill opened in 1968.",
    ),
    "sport": (
        "positive",
        "Rivertown win the cup with a thrilling comeback",
        "Rivertown won the cup for the first time in forty years, beating Eastham 2-1 in an exciting "
        "final.\n\n"
        "Eastham dominated the first half and were unlucky not to score. "
        "The losing manager was angry about the penalty decision. "
        '"I am bitterly disappointed," he said. '
        '"We deserved a draw at least." '
        "Their captain scored a brilliant winner in the final minute. "
        "Eastham's goalkeeper was injured in the second half. "
        "The winners paraded the trophy in the evening and thousands of fans celebrated in the streets.",
    ),
    "science": (
        "positive",
        "Researchers hail breakthrough in malaria vaccine trial",
        "A new malaria vaccine protected three in four children in a large trial, a breakthrough that "
        "researchers said could save many lives.\n\n"
        "The vaccine was safe and highly effective in young children. "
        "The results delighted health workers in the region. "
        "The trial was difficult to run in remote villages. "
        "Some families were worried about side effects. "
        "Regulators will review the data next year.",
    ),
}


# Each top reports one event; the body is detail and one aside of the other side, which tilts the
# body's own mean against the top, but only inside VADER's neutral band (`lead.BODY_AGAINST`).
EVENT_WITH_AN_ASIDE = {
    "courts": (
        "negative",
        "A court in Tamale has jailed the former port manager Kwabena Asante for six years for fraud.\n\n"
        "The case was first brought in 2019. Asante spoke briefly to reporters on Monday. "
        "About forty witnesses gave evidence. The port is run by a state company. "
        "A second hearing on the assets is set for March. The judgment runs to sixty pages. "
        "The weather eased in the afternoon.",
    ),
    "sport": (
        "negative",
        "The Westbridge derby ended in defeat for Harlow Athletic, who lost their third match in a row.\n\n"
        "The ground holds about 9,000 fans. Manager Inés Carvalho spoke to reporters after the match. "
        "The club was founded in 1902. The next fixture is on Saturday. "
        "Tickets for the cup tie go on sale in March. The team travels by coach. "
        "The club has 300 members. The pitch was relaid in the summer. "
        "The referee was Tomasz Nowak. The kick-off was at three o'clock. "
        "The players will have a day off on Sunday, which the coach said was welcome.",
    ),
    "science": (
        "negative",
        "The launch of the Kestrel weather satellite was scrapped after a fuel leak, the space agency said.\n\n"
        "The satellite was first proposed in 2015. Engineer Haruto Sato spoke to reporters on Monday. "
        "The launch site is on the coast. The rocket is built by a private firm. "
        "A new date will be set in March. The report runs to forty pages. "
        "The mayor praised the local staff for their work.",
    ),
    "business": (
        "positive",
        "Exports from the Rotorua region rose strongly last year, lifting the local economy.\n\n"
        "The figures were released on Monday. About 200 firms took part in the survey. "
        "Economist Aroha Ngata presented the report in Wellington. The survey is run every year. "
        "A second report is due in March. The report runs to forty pages. "
        "Most of the exports go to Asia. The port handles about 300 ships a year. "
        "Some residents were worried about the noise from the port.",
    ),
}


TOP_WITH_THE_OTHER_SIDE_BELOW = {
    **{f"reactions, {beat}": case for beat, case in EVENT_WITH_REACTIONS.items()},
    **{f"an aside, {beat}": (label, None, text) for beat, (label, text) in EVENT_WITH_AN_ASIDE.items()},
}


@pytest.mark.parametrize("case", sorted(TOP_WITH_THE_OTHER_SIDE_BELOW))
def test_reactions_or_an_aside_on_the_other_side_qualify_the_event_in_the_top(tone, case):
    label, title, text = TOP_WITH_THE_OTHER_SIDE_BELOW[case]
    result = tone(text, title)
    assert result.label == label
    assert result.score * (1 if label == "positive" else -1) >= 0.05
    assert result.components.basis == "lead"


# A top on one side, a body that leans the other way: two stories, as a reader would see them.
TOP_AGAINST_BODY = {
    "local politics": (
        "Council approves riverside park",
        "The city council approved plans for a riverside park on Monday.\n\n"
        "The cost of the scheme has doubled, and traffic chaos is feared in the old town. "
        "The last riverside project failed badly.",
    ),
    "labour": (
        "Dock workers welcome pay deal",
        "Dock workers accepted a generous new pay deal on Friday.\n\n"
        "The two-week strike caused huge losses for exporters. "
        "Several shipping lines have already moved their cargo to rival ports, a serious setback for trade.",
    ),
    "diplomacy": (
        "Neighbours hail ceasefire deal",
        "The two neighbours welcomed a ceasefire agreement on Sunday.\n\n"
        "Aid agencies warned that food shortages were getting worse. "
        "Several clinics in the border towns had been destroyed in the fighting.",
    ),
}


@pytest.mark.parametrize("beat", sorted(TOP_AGAINST_BODY))
def test_a_body_that_leans_against_the_top_keeps_the_story_mixed(tone, beat):
    title, text = TOP_AGAINST_BODY[beat]
    result = tone(text, title)
    assert result.label == "mixed"
    assert result.components.basis == "balance"


# --- the top's side is not lost in a long factual body ------------------------------------

FILLER = {
    "local": [
        "Engineers inspected the slope on Sunday.", "Buses will use the coast road instead.",
        "The detour adds about forty minutes.", "The county will publish a timetable for the works.",
        "The road carries about 3,000 vehicles a day.", "Residents of the upper village can use a footpath.",
        "Delivery firms were told of the change.", "The quarry above the road is closed.",
        "Police will put up signs on Tuesday.", "The footpath is two kilometres long.",
    ],
    "sport": [
        "The team will stay at the old ground until next summer.", "Season tickets will be sold from March.",
        "The new stadium will hold 30,000 fans.", "Work started three years ago.",
        "The old ground dates from 1921.", "The chairman will meet the builders next month.",
        "The board set the budget in May.", "The pitch will be laid in the autumn.",
        "The club sold 12,000 season tickets last year.", "The stands will have a roof.",
    ],
    "science": [
        "The lander will carry four instruments.", "It is due to land near the south pole of the Moon.",
        "Engineers will do the work in the coming months.", "The mission was first planned in 2019.",
        "The launch site is on the coast.", "A rocket from a private company will carry it.",
        "The agency will set a new date in the spring.", "The valve was made by a supplier in the north.",
        "The instruments were built by four universities.", "The lander weighs 800 kilograms.",
    ],
}
SETBACK_LEDES = {
    "local": "The valley road will stay shut until June after a landslide, the county said on Monday.",
    "sport": "The opening of the club's new stadium has been delayed by a year, the chairman said on Friday.",
    "science": "The space agency said on Tuesday that its lunar lander mission has been delayed until next "
    "year to replace a valve.",
}
CAVEAT = {
    "local": "Some residents raised concerns about the detour.",
    "sport": "Some fans raised concerns about the costs.",
    "science": "Some scientists raised concerns about the schedule.",
}


@pytest.mark.parametrize("beat", sorted(SETBACK_LEDES))
def test_a_setback_in_the_lede_is_not_diluted_to_neutral_by_detail(tone, beat):
    """Ten factual sentences pull the weighted mean inside the neutral band; the news is still a setback."""
    text = SETBACK_LEDES[beat] + "\n\n" + " ".join([*FILLER[beat], CAVEAT[beat]])
    result = tone(text)
    assert result.label == "negative"
    assert result.score <= -0.05


@pytest.mark.parametrize("beat", sorted(SETBACK_LEDES))
def test_detail_alone_with_a_silent_top_stays_neutral(tone, beat):
    text = "Officials gave an update on Monday.\n\n" + " ".join([*FILLER[beat], CAVEAT[beat]])
    result = tone(text)
    assert result.label == "neutral"
    assert result.components.basis == "mean"


# --- what counts as a leaning top -----------------------------------------------------------


def test_a_top_leans_when_its_evaluative_sentences_agree_and_are_strong_enough():
    assert top_lean([placed("headline", negative=1.5), placed("lede"), placed("body", 2.0)]) == -1
    assert top_lean([placed("headline", 1.5), placed("lede", 2.0, quoted=True)]) == 1
    assert top_lean([placed("headline", 1.5), placed("lede", negative=1.5)]) == 0  # split
    assert top_lean([placed("headline"), placed("lede", 0.4), placed("body", 3.0)]) == 0  # one mild word
    assert top_lean([placed("headline"), placed("lede"), placed("body", negative=3.0)]) == 0  # silent


def test_a_text_with_no_body_keeps_the_mixed_rule_of_a_single_text():
    both = [placed("lede", 2.0, 1.5)]
    assert lead_tone(both).label == "mixed"


# --- a "yes, but" headline makes the story two-sided --------------------------------------

# Each body leans one way on its own; the headline joins good news and bad with "but".
YES_BUT = {
    "sport": (
        "Rovers win derby but lose keeper to injury",
        "Rovers beat their neighbours 2-1 on Saturday with a late goal from the captain.\n\n"
        "The fans celebrated a deserved victory in front of a full stadium.",
    ),
    "diplomacy": (
        "Fishing accord agreed, but quota row unresolved",
        "The two governments signed a fishing accord on Monday after a year of talks.\n\n"
        "Ministers praised the constructive spirit of the negotiations.",
    ),
    "business": (
        "Brewer's sales climb but profit falls",
        "The brewer's profit fell 12 per cent in the first half as barley costs rose sharply.\n\n"
        "Its shares dropped 4 per cent in early trading.",
    ),
}


@pytest.mark.parametrize("beat", sorted(YES_BUT))
def test_a_headline_joining_good_news_and_bad_with_but_makes_the_story_mixed(tone, beat):
    title, text = YES_BUT[beat]
    assert tone(text).label != "mixed"  # the body alone leans one way
    assert tone(text, title).label == "mixed"


@pytest.mark.parametrize(
    "title",
    [
        "Plant closes but 300 jobs lost",  # labour: bad news on both sides
        "Side wins title but coach still thrilled",  # sport: good news on both sides (by the "but")
        "Minister meets farmers but no date set",  # politics: one side unrated
    ],
)
def test_a_but_between_news_of_one_side_is_no_contrast(title):
    from streams.enrich.extractors.sentiment.headline import headline_part
    from streams.enrich.extractors.sentiment.lexicon import news_lexicon

    assert not headline_part(title, news_lexicon())[0].contrasted


# --- when the body leans against the top ------------------------------------------------


def test_a_body_leaning_against_the_top_beyond_the_neutral_band_takes_its_side_away():
    facts = [placed("body") for _ in range(8)]
    slight = [placed("lede", negative=2.5), *facts, placed("body", 1.5)]  # body mean +0.04
    clear = [placed("lede", negative=2.5), *facts[:2], placed("body", 1.5)]  # body mean about +0.12
    assert lead_tone(slight).components.basis == "lead"
    assert lead_tone(slight).label == "negative"
    assert lead_tone(clear).components.basis != "lead"


def test_a_body_that_holds_both_sides_in_strength_keeps_a_slight_tilt_against_the_top():
    """A feature weighing two sides is two stories even when its factual sentences dilute its tilt."""
    facts = [placed("body") for _ in range(12)]
    both = [placed("body", 2.5), placed("body", 2.5), placed("body", 2.2), placed("body", negative=2.5),
            placed("body", negative=2.5)]  # tilts against a bad top, inside the band
    two_sided = [placed("lede", negative=2.5), *facts, *both]
    assert lead_tone(two_sided).components.basis != "lead"
    one_sided = [placed("lede", negative=2.5), *facts, placed("body", 2.5)]
    assert lead_tone(one_sided).components.basis == "lead"


def test_a_wholly_factual_body_bears_the_top_out():
    facts = [placed("body") for _ in range(12)]
    result = lead_tone([placed("lede", 2.0), *facts])
    assert (result.label, result.components.basis) == ("positive", "lead")
