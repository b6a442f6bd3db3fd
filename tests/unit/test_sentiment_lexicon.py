"""The news-domain lexicon: loaded once, layered on a VADER instance, every group explained."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from streams.enrich.extractors.sentiment import article_sentiment
from streams.enrich.extractors.sentiment.lexicon import british_spelling, build_lexicon, news_lexicon
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.fixture(scope="module")
def label_of(nlp):
    def run(text: str) -> str:
        return article_sentiment(parse(Article(id="n", text=text), nlp)).label

    return run

LAYER = """
# a small layer written for this test
## group: test words
## kind: valence
## note: Invented for the test.
intelligence\t0
premature\t-1.0
## group: test phrases
## kind: phrase
## note: Invented for the test,
##   over two lines.
look forward\t1.2
## group: test shifters
## kind: shifter
## note: Invented for the test.
lack
"""


def test_layer_edits_the_instance_copy_and_never_vaders_module_state():
    analyzer = SentimentIntensityAnalyzer()
    lex = build_lexicon(LAYER, analyzer)
    assert "intelligence" not in lex.valence
    assert lex.valence["premature"] == -1.0
    assert lex.phrases[("look", "forward")] == 1.2
    assert lex.shifters == frozenset({"lack"})
    assert lex.phrases_by_start == {"look": ((("look", "forward"), 1.2),)}
    assert SentimentIntensityAnalyzer().lexicon["intelligence"] > 0


def test_the_process_lexicon_is_built_once():
    assert news_lexicon() is news_lexicon()


def test_the_shipped_file_reviews_vader_words_for_news():
    lex = news_lexicon()
    assert "intelligence" not in lex.valence
    assert lex.valence["constructive"] > 0
    assert lex.valence["premature"] < 0
    assert lex.valence["sanctions"] < 0
    assert {"lack", "avoid", "premature"} <= lex.shifters


@pytest.mark.parametrize(
    ("layer", "complaint"),
    [
        ("## group: unexplained\n## kind: valence\nhope\t0\n", "no note"),
        ("## group: odd\n## kind: emoji\n## note: Invented.\n", "unknown kind"),
        ("## group: short\n## kind: valence\n## note: Invented.\nhope\n", "tab-separated"),
        ("hope\t0\n", "outside a group"),
    ],
)
def test_malformed_layers_are_refused_with_a_reason(layer, complaint):
    with pytest.raises(ValueError, match=complaint):
        build_lexicon(layer, SentimentIntensityAnalyzer())


# --- the news layer, one sentence per entry's intent (invented sentences) ---------------------

NEWS_TONE = [
    # events that are the bad or good news themselves
    ("The company will shut the factory next spring.", "negative"),
    ("The carmaker plans to close its plant in the valley.", "negative"),
    ("Forty factories would be closing by the end of the year.", "negative"),
    ("The airline axed 300 jobs.", "negative"),
    ("The firm laid off 200 workers.", "negative"),
    ("The bank announced job cuts in its branches.", "negative"),
    ("Workers staged a strike at the port.", "negative"),
    ("The region announced a ban on night flights.", "negative"),
    ("The casualties of the flood are still being counted.", "negative"),
    ("New sanctions were imposed on the shipping firm.", "negative"),
    ("The concert was called off.", "negative"),
    ("The talks ended in a stalemate.", "negative"),
    ("The two ministers clashed over the budget.", "negative"),
    ("Residents raised serious concerns about the plan.", "negative"),
    ("The two sides struck a deal on Friday.", "positive"),
    ("The economy returned to growth in the spring.", "positive"),
    ("The team celebrated its third victory of the season.", "positive"),
    ("Astronomers announced the discovery of a new comet.", "positive"),
    ("The mayor congratulated the winners.", "positive"),
    ("The vote was postponed until next month.", "negative"),
    ("The conflict entered its third year.", "negative"),
    ("The accord ended the conflict.", "positive"),
    # results and harm
    ("The club was relegated after a dismal spring.", "negative"),
    ("The holders were eliminated in the quarter-finals.", "negative"),
    ("The hospital counted eleven injuries after the storm.", "negative"),
    ("Critics say the new tram line is unaffordable.", "negative"),
    ("The dockers' strike entered its second week.", "negative"),
    ("The assembly voted down the harbour bill.", "negative"),
    ("The county faces a funding gap of four million.", "negative"),
    ("The young sprinter set a world record in the relay.", "positive"),
    ("The rowing club qualified for the national final.", "positive"),
    ("The netball side clinched the league title.", "positive"),
    ("The parade passed without incident.", "positive"),
    ("The tram extension is running over budget.", "negative"),
    ("The stadium roof was finished ahead of schedule.", "positive"),
    ("An audit found a large overspend on the county's roads.", "negative"),
    ("The ministry reported cost overruns at the new port.", "negative"),
    ("The two governments agreed a prisoner exchange.", "positive"),
    ("The hockey side conceded four goals in the third period.", "negative"),
    ("The debating team reached the final for the first time.", "positive"),
    ("The goalkeeper was sent off before half-time.", "negative"),
    # words that are neutral in news
    ("The two delegations held talks in the capital.", "neutral"),
    ("Security was tight around the parliament.", "neutral"),
    ("The senator explained her support for the bill.", "neutral"),
    ("Prices reached a record high in March.", "neutral"),
    ("It is clear that the vote will take place in May.", "neutral"),
    ("The agency will share its data with the regions.", "neutral"),
    ("The council received grants for the new road.", "neutral"),
    ("The governor stressed the importance of the budget.", "neutral"),
    ("The coach is in self-isolation this week.", "neutral"),
    ("The energy crisis overshadowed the summit.", "negative"),
    ("The council will relax the parking rules.", "neutral"),
    ("The summit focused on energy and farming.", "neutral"),
    ("The final will be played in the capital in May.", "neutral"),
    ("The agency plays a part in the housing programme.", "neutral"),
    ("The minister outlined the country's energy plans.", "neutral"),
    ("They have close ties with the port authority.", "neutral"),
    ("The country kept its low-tariff quotas for dairy.", "neutral"),
    ("The county fair ended on Sunday.", "neutral"),
    ("The union called it a fair offer.", "positive"),
    # offences and court formulas
    ("Two councillors took bribes from a builder.", "negative"),
    ("The club's agent paid kickbacks to scouts.", "negative"),
    ("The inspector gave evidence at the hearing on Monday.", "neutral"),
    # obstacles and expense
    ("Planning rules remain the main hurdle for the new stadium.", "negative"),
    ("The new scanners are too expensive for most rural clinics.", "negative"),
    ("The failed merger cost the shareholders dearly.", "negative"),
    # pay is a wage or a payment, not a threat
    ("The board will pay a dividend in June.", "neutral"),
    ("The two sides will meet again to discuss pay.", "neutral"),
    # profit warnings
    ("The toy retailer warned on profit after a weak Christmas.", "negative"),
    ("The engineering group issued a profit warning on Tuesday.", "negative"),
    ("The chipmaker warned on sales for the second time this year.", "negative"),
    # security services undo what is bad
    ("Police dismantled a violent gang at the port.", "positive"),
    ("Detectives foiled a violent robbery.", "positive"),
    ("Troops thwarted an attack on the border post.", "positive"),
    ("Officers broke up a violent brawl outside the stadium.", "positive"),
    # critical reception
    ("Critics gave the new opera scathing reviews.", "negative"),
    ("The album was panned by critics.", "negative"),
    ("The home side produced a lacklustre display.", "negative"),
    ("Reviewers found the minister's speech tedious.", "negative"),
    ("The director's acclaimed film opens in May.", "positive"),
    # dismissals
    ("The club sacked its manager on Monday.", "negative"),
    ("The chief executive was ousted by the board.", "negative"),
    # forms VADER rates only in another inflection, beating as winning
    ("The new order saves the plant.", "positive"),
    ("The sprinter won, beating the old record by a second.", "positive"),
    ("The bank reported profits beating forecasts.", "positive"),
    # persistence
    ("The defence held firm in the second half.", "positive"),
    ("The union stood firm against the cuts.", "positive"),
    ("The players dug in after the red card.", "positive"),
    # group designations: what the group does carries the tone
    ("Thousands of supporters travelled to the final.", "neutral"),
    ("Supporters of the bill gathered outside the assembly.", "neutral"),
    # outages
    ("The storm left 200,000 homes without power.", "negative"),
    ("A power cut hit the east of the city.", "negative"),
    ("The outage affected three hospitals.", "negative"),
    # selling out
    ("Tickets for the festival sold out in an hour.", "positive"),
    ("The new phone sold out within a day.", "positive"),
    # blocking a harm is relief; blocking plain business is friction
    ("The judge blocked the eviction of 200 families.", "positive"),
    ("The assembly blocked the closure of the hospital.", "positive"),
    ("The veto blocked the peace resolution.", "negative"),
    # testing positive
    ("The sprinter tested positive for a banned substance.", "negative"),
    ("Three nurses tested positive for the virus.", "negative"),
    ("The trial results were positive.", "positive"),
    # stranding
    ("Thousands of passengers were stranded at the airport.", "negative"),
    ("The strike left tourists stranded on the island.", "negative"),
]


@pytest.mark.parametrize(("text", "label"), NEWS_TONE)
def test_each_news_entry_reads_as_intended(label_of, text, label):
    assert label_of(text) == label


def test_reporting_verbs_that_evaluate_are_listed_as_cues():
    lex = news_lexicon()
    assert {"warn", "condemn", "welcome", "praise"} <= lex.cues
    assert "say" not in lex.cues and "tell" not in lex.cues


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The new rules have impacted small farms.", "negative"),
        ("Aid workers counted the human cost of the storm.", "negative"),
        ("The firm remains a going concern.", "neutral"),
        ("The minister strongly supports the plan.", "positive"),
        ("The minister strongly opposes the plan.", "negative"),
        ("The nurses called the pay offer a slap in the face.", "negative"),
        ("Fans said the ticket rise was a kick in the teeth.", "negative"),
        ("Residents of the estate say enough is enough.", "negative"),
        ("The opposition called the new timetable short-sighted.", "negative"),
        ("Fans think the sale of the captain is misguided.", "negative"),
        ("Doctors said the winter funding was a sticking plaster.", "negative"),
        ("The union called the pay offer a band-aid.", "negative"),
        ("Scientists called the emissions target a step in the right direction.", "positive"),
        ("Analysts said the takeover bid looked half-baked.", "negative"),
        ("Residents called the bypass plan wrongheaded.", "negative"),
    ],
)
def test_news_idioms_read_as_intended(label_of, text, label):
    assert label_of(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The drivers' association has not responded to the latest offer.", "negative"),
        ("The board did not address the pilots' proposals.", "negative"),
        ("The company did not respond to a request for comment.", "neutral"),
        ("The ministry did not immediately reply to questions from reporters.", "neutral"),
        ("The union responded to the offer on Monday.", "neutral"),
    ],
)
def test_not_answering_the_other_side_is_a_refusal_but_not_answering_the_press(label_of, text, label):
    assert label_of(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Residents said the roads and schools could not cope.", "negative"),  # local politics
        ("The wards could not cope with the number of patients.", "negative"),  # health
        ("Many families cannot afford the new rents.", "negative"),  # business
        ("The ministry said the hospitals can cope.", "neutral"),
    ],
)
def test_not_coping_or_affording_is_hardship(label_of, text, label):
    assert label_of(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('"Nobody asked us," said the parish councillor.', "negative"),  # local politics
        ('"We were never consulted," the union said.', "negative"),  # labour
        ('"Nobody told us anything for six hours," said a stranded passenger.', "negative"),  # disasters
        ('"They did not listen to me," the patient said.', "negative"),  # health
        ("The minister did not tell reporters when the vote would be held.", "neutral"),
        ("Nobody asked for more money.", "neutral"),
        ('"They told us on Monday," the driver said.', "neutral"),
    ],
)
def test_being_passed_over_is_a_complaint_without_a_rated_word(label_of, text, label):
    assert label_of(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The inspectors gave the new ward a favourable report.", "positive"),  # health
        ("The minister was criticised over the delays.", "negative"),  # politics
        ("Fans honoured the retiring captain with a standing ovation.", "positive"),  # sport
        ("The board apologised and agreed to compensate the tenants.", "positive"),  # business
    ],
)
def test_british_spellings_carry_the_rating_of_their_american_forms(label_of, text, label):
    assert label_of(text) == label


def test_british_forms_come_only_from_known_stems_and_endings():
    assert british_spelling("favorable") == "favourable"
    assert british_spelling("criticized") == "criticised"
    assert british_spelling("error") is None  # not "errour"
    assert british_spelling("prize") is None  # too short an -ize word to be the suffix
