"""Quoted words that name something, not anybody's words (quotes.extract.quoted_names):
a name after ``the name`` and a name between a determiner and the noun of a
thing that bears it; one row per construction, on texts written for the test
about fictional people and places, and rows of speech the rules must leave
(among them glossed terms, titles and signs, which stay as they were)."""

from __future__ import annotations

import pytest
from extract_checks import fields

from quotes.records import Quote

#: Two lines before the sentence under test, so that it is not read as a headline.
_LEAD = "Harbour town news\n\nThe port reopened on Monday after a long dispute.\n\n"


def _quoted(quotes: list[Quote], words: str) -> list[Quote]:
    """The direct and partial quotes holding ``words`` (an indirect quote may hold them too)."""
    return [q for q in quotes if q.kind != "indirect" and words in q.text]


NAMES = [
    pytest.param(
        "Vell won 31-28 in front of 41,206 at Kell Field, the stadium students call “the Nest.”",
        "the Nest",
        id="a-name-a-bare-plural-gives-in-a-clause",
    ),
    pytest.param(
        "Dane Orr had faced 47 shots. His teammates call him “the Wall,” and for most of the night it fit.",
        "the Wall",
        id="a-name-a-present-verb-of-naming-gives-its-object",
    ),
    pytest.param(
        "Tomas Kobb, the firm's technical chief, said the fault had come in an update to the app's "
        "“Snapshots” feature, which lets users share photos.",
        "Snapshots",
        id="a-name-between-a-possessive-and-its-noun",
    ),
    pytest.param(
        "The ferry company has set up a hotline and is posting sailing times on its “Tide Watch” page. "
        "It said the service would resume on Friday.",
        "Tide Watch",
        id="a-name-between-its-and-its-noun",
    ),
    pytest.param(
        "Before term began, parents at Pell Primary had started something they called the “Slow Screens” "
        "pact, a promise to wait until the age of 14.",
        "Slow Screens",
        id="a-name-between-the-and-its-noun-after-called",
    ),
    pytest.param(
        "The trawler, Ina Moss said, was registered under the name “Silver Gull.”",
        "Silver Gull",
        id="a-name-after-the-name",
    ),
    pytest.param(
        "Analyst Rina Holt said the quarter was weak but kept her “buy” call on the stock.",
        "buy",
        id="a-rating-before-call",
    ),
    pytest.param(
        "Analyst Rina Holt said she had upgraded the harbour operator to “outperform” from “hold.”",
        "outperform",
        id="a-rating-after-upgraded-to",
    ),
    pytest.param(
        "Analyst Rina Holt said she had upgraded the harbour operator to “outperform” from “hold.”",
        "hold",
        id="a-rating-after-from",
    ),
    pytest.param(
        "Ina Moss published a collection of short stories, “Salt Roads, Low Tide,” with a small press.",
        "Salt Roads",
        id="a-title-after-a-collection-of-stories",
    ),
    pytest.param(
        "Fishers want limits on floating rafts, known along the coast as “FADs,” which draw tuna to the nets.",
        "FADs",
        id="a-name-after-known-and-words-as",
    ),
    pytest.param(
        "A 1979 single, “Who Pays the Ferryman?”, was banned from the radio for a month.",
        "Who Pays the Ferryman?",
        id="a-title-after-single",
    ),
    pytest.param(
        "The choir director, Per Dahl, sat at the piano and played “Lights on the Harbour,” a hymn he wrote "
        "for the town two years ago.",
        "Lights on the Harbour",
        id="a-title-an-apposition-calls-a-work",
    ),
    pytest.param(
        "Staff at the Gull Inn call her “Captain Tide,” a nickname she pretends to dislike.",
        "Captain Tide",
        id="a-name-an-apposition-calls-a-nickname",
    ),
    pytest.param(
        "Ina Moss said she had trusted the first accused, whom stallholders knew as “Boss” because he bought drinks.",
        "Boss",
        id="a-name-after-knew-as",
    ),
    pytest.param(
        "Her first cookbook, “Salt for Cold Nights,” came out last spring and sold well.",
        "Salt for Cold Nights",
        id="a-title-after-cookbook",
    ),
    pytest.param(
        "Ina Moss's latest paper, “Seasonal patterns of harbour noise in shallow bays,” published this month, "
        "suggests the port is louder than it was.",
        "Seasonal patterns of harbour noise",
        id="a-paper-title-in-sentence-case-said-to-be-published",
    ),
    pytest.param(
        "The Lark 2 has a bright screen. It also includes a voice helper the firm calls “Ledger,” which "
        "sorts messages without sending data anywhere.",
        "Ledger",
        id="a-name-a-clause-without-which-gives-a-product",
    ),
    pytest.param(
        "The council has opened a fund its backers call “Green Quay,” which pays for repairs, the mayor said.",
        "Green Quay",
        id="a-name-of-two-words-a-clause-calls",
    ),
    pytest.param(
        "Oda Lenk grew up in Pell. Her previous novel, “Salt Bridges,” sold well in 2021. "
        "Her first, “Grey Lantern,” was a slim book she once called “a long apology.”",
        "Grey Lantern",
        id="a-title-after-her-first",
    ),
    pytest.param(
        "The band toured all summer. Their latest, “Harbour Lights,” comes out in May, the singer told fans.",
        "Harbour Lights",
        id="a-title-after-their-latest",
    ),
    pytest.param(
        "Oda Lenk wrote the words to a lullaby, “Hush, Small Sailor,” that the mother sings in the first act.",
        "Hush, Small Sailor",
        id="a-title-with-a-comma-after-lullaby",
    ),
    pytest.param(
        "Some residents have accused the boatmen, popularly called “ferry kings”, of doubling their fares.",
        "ferry kings",
        id="a-name-in-lower-case-popularly-called",
    ),
    pytest.param(
        "Tomas Kobb accused the dockers, commonly called “wharfies”, of blocking the road.",
        "wharfies",
        id="a-name-in-lower-case-commonly-called",
    ),
    pytest.param(
        "Tomas Kobb said the old footbridge, affectionately called “the wobbly one”, is to be replaced.",
        "the wobbly one",
        id="a-name-affectionately-called",
    ),
    pytest.param(
        "“Rope and Anchor,” which runs until May 4, brings together 40 prints by the painter Oda Lenk.",
        "Rope and Anchor",
        id="an-exhibitions-title-which-runs",
    ),
    pytest.param(
        "Riders have taken to calling the ferry “the slow boat,” a nickname that now has its own T-shirts, "
        "Tomas Kobb said.",
        "the slow boat",
        id="a-nickname-in-lower-case-before-a-nickname",
    ),
    pytest.param(
        "Coach Ivo Brandt said Tomas Varga, whom teammates call “the Surveyor” for his habit of pacing "
        "the rink, had kept his side in the game.",
        "the Surveyor",
        id="a-nickname-whom-teammates-call",
    ),
    pytest.param(
        "The last two kilometres, which local fans call “El Muro”, rise at 15 per cent, race director "
        "Ina Moss said.",
        "El Muro",
        id="a-place-which-local-fans-call",
    ),
    pytest.param(
        "Parents said Ada Venn, whom pupils simply call “Sarge”, would retire in June after 30 years.",
        "Sarge",
        id="a-one-word-nickname-whom-pupils-call",
    ),
    pytest.param(
        "Ferrow Games said it would stop work on a planned mobile version of “Cinderfall” and move staff "
        "to other projects.",
        "Cinderfall",
        id="a-title-after-version-of",
    ),
    pytest.param(
        "Tomas Kobb said the studio had begun writing the sequel to “Brightwater” last spring.",
        "Brightwater",
        id="a-title-after-sequel-to",
    ),
]

#: A name or title met again, word for word, after the article first gave it as one.
NAMED_AGAIN = [
    pytest.param(
        "Vell TV has renewed the comedy “Gullhaven” for a third season.\n\n"
        "Producer Ana Lind said “Gullhaven” would return in May with two new cast members.",
        "Gullhaven",
        id="a-title-after-its-genre-then-alone",
    ),
]


@pytest.mark.parametrize("text, words", NAMED_AGAIN)
def test_a_name_met_again_is_no_quote(quotes_of, text, words):
    assert not _quoted(quotes_of(_LEAD + text), words)


def test_words_said_twice_and_never_named_stay_quotes(quotes_of):
    text = "Ina Moss shouted “Never Again” at the rally.\n\nTomas Kobb said “Never Again” was his motto too."
    found = _quoted(quotes_of(_LEAD + text), "Never Again")
    assert [(q.kind, q.speaker) for q in found] == [("partial", "Ina Moss"), ("partial", "Tomas Kobb")]


#: Words on a fixed board, where it hangs between its noun and its verb of reading.
BOARDS = [
    pytest.param(
        "Pupils at Pell Primary remember the hand-painted sign above her door, which reads “Measure Twice, "
        "Cut Once,” and the day she set a kettle on fire.",
        "Measure Twice, Cut Once",
        id="a-sign-above-a-door-which-reads",
    ),
    pytest.param(
        "Ina Moss pointed to a brass plaque on the harbour wall that says “Built by the town, for the town.”",
        "Built by the town, for the town",
        id="a-plaque-on-a-wall-that-says",
    ),
]


@pytest.mark.parametrize("text, words", BOARDS)
def test_words_on_a_fixed_board_are_nobodys_words(quotes_of, text, words):
    assert not _quoted(quotes_of(_LEAD + text), words)


@pytest.mark.parametrize("text, words", NAMES)
def test_quoted_names_are_nobodys_words(quotes_of, text, words):
    assert not _quoted(quotes_of(_LEAD + text), words)


SPEECH = [
    pytest.param(
        "The council backed a plan critics call “Madness,” said Ola Lund, a councillor.",
        "Madness",
        {"kind": "partial", "speaker": "Ola Lund"},
        id="a-one-word-verdict-a-bare-plural-gives",
    ),
    pytest.param(
        "Critics call him “a liar who cannot be trusted,” said Ola Lund, a councillor.",
        "a liar who cannot be trusted",
        {"kind": "partial", "speaker": "Ola Lund"},
        id="a-verdict-after-a-present-verb-of-naming-in-lower-case",
    ),
    pytest.param(
        "Afterwards, the church's choir director, Per Dahl, sat at the piano and played “Lights on the "
        "Harbour,” a hymn he wrote for the town.\n\n“They asked me to play it again,” he said.",
        "They asked me to play it again",
        {"kind": "direct", "speaker": "Per Dahl"},
        id="a-quote-after-a-title-keeps-the-player-afterwards-is-no-name",
    ),
    pytest.param(
        "Ina Moss said of the study, “It changes how we count fish,” adding that more work was needed.",
        "It changes how we count fish",
        {"kind": "direct", "speaker": "Ina Moss"},
        id="words-said-of-a-study-not-said-to-be-published",
    ),
    pytest.param(
        "The union said the council had a plan the union called “Madness,” and it would fight it.",
        "Madness",
        {"kind": "partial"},
        id="a-single-word-called-in-a-clause-stays-a-verdict",
    ),
    pytest.param(
        "Oda Lenk sat down. Her first words were blunt. “We are not selling,” she said.",
        "We are not selling",
        {"kind": "direct", "speaker": "Oda Lenk"},
        id="her-first-words-before-a-quote-give-no-title",
    ),
    pytest.param(
        "“Disgraceful,” a single mother of two told the harbour board on Tuesday.",
        "Disgraceful",
        {"kind": "direct", "speaker": "single mother"},
        id="one-word-said-by-a-person-a-work-noun-describes",
    ),
    pytest.param(
        "“Magnificent,” a track official said after Ola Brant broke the county record.",
        "Magnificent",
        {"kind": "direct", "speaker": "track official"},
        id="one-word-said-by-an-official-of-a-kind-of-work",
    ),
    pytest.param(
        "Councillor Ansel Obi said of the report, “It is a whitewash,” which drew cheers from his benches.",
        "It is a whitewash",
        {"kind": "direct", "speaker": "Ansel Obi"},
        id="words-said-of-a-report-which-follows",
    ),
    pytest.param(
        "Professor Ina Moss defended the study, “Our sample was large enough,” written in a reply to critics.",
        "Our sample was large enough",
        {"kind": "direct", "speaker": "Ina Moss"},
        id="a-clause-after-a-study-is-no-title",
    ),
    pytest.param(
        "“Not This Year,” a spokesman said of the ferry plan.",
        "Not This Year",
        {"speaker": "spokesman"},
        id="an-apposition-with-a-verb-of-saying-is-a-speaker",
    ),
    pytest.param(
        "Ada Venn, holding a placard reading “Fair pay”, told reporters: “We will be back every week.”",
        "We will be back every week.",
        {"kind": "direct", "speaker": "Ada Venn"},
        id="a-quote-after-a-placard-read-out-stays",
    ),
    pytest.param(
        "Ina Moss called the ferry plan “reckless” on Monday.",
        "reckless",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="a-word-after-a-verb-of-calling",
    ),
    pytest.param(
        "A “complete failure,” the mayor said of the ferry plan.",
        "complete failure",
        {"kind": "partial", "speaker": "mayor"},
        id="a-characterisation-its-cue-follows",
    ),
    pytest.param(
        "Tomas Kobb said the harbour deal was a “Very Bad Deal” and would be undone.",
        "Very Bad Deal",
        {"kind": "partial", "speaker": "Tomas Kobb"},
        id="title-case-words-after-a-determiner-a-conjunction-follows",
    ),
    pytest.param(
        "Tomas Kobb called the deal “a gift” — the harshest words yet from a harbour official.",
        "a gift",
        {"kind": "partial", "speaker": "Tomas Kobb"},
        id="a-characterisation-an-apposition-follows",
    ),
    pytest.param(
        "Tomas Kobb has said repeatedly that his rivals are unfairly attacking his record on fishing, "
        "pointing to his “B-minus” rating from the anglers' lobby.",
        "B-minus",
        {"kind": "partial", "speaker": "Tomas Kobb"},
        id="a-verdict-before-the-noun-rating",
    ),
    pytest.param(
        "Asked about the shares, analyst Rina Holt said investors should “hold” and wait for the results.",
        "hold",
        {"kind": "partial", "speaker": "Rina Holt"},
        id="a-rating-word-as-advice",
    ),
    pytest.param(
        "Ina Moss, known in the harbour as a fighter, said the plan was “a betrayal of every family here.”",
        "a betrayal",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="known-as-far-before-the-quote",
    ),
    pytest.param(
        "Ina Moss said the board would cut costs and then move to “reduce” the harbour debt.",
        "reduce",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="a-rating-word-after-an-everyday-verb",
    ),
    pytest.param(
        "I have known him for years as “a true gentleman”, said Ina Moss.",
        "a true gentleman",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="known-a-person-as-a-verdict",
    ),
    pytest.param(
        "Ina Moss said the single “was written in one night” and recorded the next day.",
        "was written in one night",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="words-in-lower-case-after-single",
    ),
    pytest.param(
        "Ina Moss defended the name: “It was my father's idea,” she said.",
        "It was my father's idea",
        {"kind": "direct", "speaker": "Ina Moss"},
        id="the-name-before-a-colon",
    ),
    pytest.param(
        "It is Ina Moss's fourth book, after “Salt Roads,” which won a prize, and the long “The Gull and "
        "the Harbour Light,” which she now calls “a young writer's mistake.”",
        "a young writer's mistake",
        {"kind": "partial"},
        id="the-quote-the-relative-clause-takes",
    ),
    pytest.param(
        "Ada Venn carried a sign that read “Ferries are not luxuries” as she marched to the town hall.",
        "Ferries are not luxuries",
        {"kind": "partial"},
        id="one-sign-carried-as-the-news",
    ),
    pytest.param(
        "Fans saw the banner, saying “it is a disgrace to the club” as they left.",
        "a disgrace",
        {"kind": "partial", "speaker": "Fans"},
        id="a-banner-seen-and-words-said-after-a-comma",
    ),
    pytest.param(
        "“We are still open,” which opened her speech, drew cheers, Ina Moss said.",
        "We are still open",
        {"kind": "direct", "speaker": "Ina Moss"},
        id="a-sentence-before-which-opened-stays-a-quote",
    ),
    pytest.param(
        "“It is a disgrace,” a name-calling councillor said of the ferry plan.",
        "It is a disgrace",
        {"kind": "direct", "speaker": "name-calling councillor"},
        id="a-sentence-before-a-word-opening-on-name-stays-a-quote",
    ),
]

#: Words someone said after a phrase of naming, a noun and ``which``, a sign,
#: a determiner or a title's shape: each rule of the module must leave them.
PARTIALS_LEFT = [
    pytest.param(
        "Ina Moss attacked the harbour plan, which she called “a reckless gamble” at the meeting.",
        "a reckless gamble",
        "Ina Moss",
        id="a-verdict-which-she-called",
    ),
    pytest.param(
        "Ina Moss said the levy, which critics call “a tax on fishing families,” would be dropped.",
        "a tax on fishing families",
        "critics",
        id="a-verdict-in-lower-case-which-critics-call",
    ),
    pytest.param(
        "Tomas Kobb said the new film was a version of “what really happened on the pier” that night.",
        "what really happened on the pier",
        "Tomas Kobb",
        id="words-in-lower-case-after-version-of",
    ),
    pytest.param(
        "Ina Moss told the inquiry the firm's “Secret” account had held two million.",
        "Secret",
        "Ina Moss",
        id="a-single-word-before-a-name-bearing-noun-after-told",
    ),
    pytest.param(
        "Ina Moss said the name “still means a lot to older fans,” and she would not change it.",
        "still means a lot",
        "Ina Moss",
        id="the-name-words-in-lower-case",
    ),
    pytest.param(
        "Tomas Kobb said the club had made a name “for all the wrong reasons” this season.",
        "for all the wrong reasons",
        "Tomas Kobb",
        id="a-name-a-preposition-opens",
    ),
    pytest.param(
        "Asked about the new crest, Ina Moss said the nickname “never really stuck.”",
        "never really stuck",
        "Ina Moss",
        id="the-nickname-a-verb-phrase",
    ),
    pytest.param(
        "Ina Moss said the handle “simply snapped off” as she opened the door.",
        "simply snapped off",
        "Ina Moss",
        id="the-handle-of-a-door",
    ),
    pytest.param(
        "Shares in Pellmark were trading as “junk” by Friday, analyst Ravi Oduya said.",
        "junk",
        "Ravi Oduya",
        id="trading-as",
    ),
    pytest.param(
        "Tomas Kobb said he was proud to carry the name “and everything it stands for.”",
        "and everything it stands for",
        "Tomas Kobb",
        id="the-name-a-conjunction-opens",
    ),
    pytest.param(
        "Judge Wren Adair said she would not allow the name “to be dragged through the mud” in her court.",
        "to be dragged through the mud",
        "Wren Adair",
        id="the-name-an-infinitive-opens",
    ),
    pytest.param(
        "Tomas Kobb called the harbour budget “reckless,” a charge which the port chief denied on Wednesday.",
        "reckless",
        "Tomas Kobb",
        id="called-a-charge-which",
    ),
    pytest.param(
        "Ina Moss described conditions at the depot as “inhumane” — a claim which the ministry rejects.",
        "inhumane",
        "Ina Moss",
        id="described-as-a-claim-which",
    ),
    pytest.param(
        "Tomas Kobb called the striker “selfish,” a word for which he later apologised.",
        "selfish",
        "Tomas Kobb",
        id="called-a-word-for-which",
    ),
    pytest.param(
        "Ina Moss called the ruling “disappointing,” the word which officials have used all week.",
        "disappointing",
        "Ina Moss",
        id="called-the-word-which",
    ),
    pytest.param(
        "Prosecutor Dev Okafor told jurors the defendant acted with “cold calculation” — the state of mind "
        "in which, he said, murder is planned.",
        "cold calculation",
        "Dev Okafor",
        id="the-state-of-mind-in-which",
    ),
    pytest.param(
        "Tomas Kobb said the party was in “free fall,” a situation in which, he warned, it could lose every seat.",
        "free fall",
        "Tomas Kobb",
        id="a-situation-in-which",
    ),
    pytest.param(
        "Divers often report “cold shock,” a condition in which the body gasps for air, Ina Moss said.",
        "cold shock",
        "Divers",
        id="a-condition-in-which-after-a-verb-of-saying",
    ),
    pytest.param(
        "Mayor Ina Moss unveiled a plaque at the pier before she said “This is for every fisher who waited.”",
        "This is for every fisher",
        "Ina Moss",
        id="a-plaque-and-her-own-said",
    ),
    pytest.param(
        "Ina Moss hung a banner from the balcony as she said “We are not leaving this building.”",
        "We are not leaving",
        "Ina Moss",
        id="a-banner-and-her-own-said",
    ),
    pytest.param(
        "Supporters flew a banner over the ground reading “Sell the club now.”",
        "Sell the club now",
        "Supporters",
        id="a-banner-flown",
    ),
    pytest.param(
        "Away fans hung a banner behind the goal reading “Ten years of lies.”",
        "Ten years of lies",
        "fans",
        id="a-banner-hung",
    ),
    pytest.param(
        "Strikers planted a placard at the gate reading “Fair pay for fair work.”",
        "Fair pay for fair work",
        "Strikers",
        id="a-placard-planted",
    ),
    pytest.param(
        "Residents put up posters across the estate reading “Stop the tower.”",
        "Stop the tower",
        "Residents",
        id="posters-put-up",
    ),
    pytest.param(
        "Overnight a banner was hung from the footbridge by dockers reading “Save our ferries.”",
        "Save our ferries",
        "dockers",
        id="a-banner-hung-in-the-passive-by-an-agent",
    ),
    pytest.param(
        "Tomas Kobb said the merger was a “Hoax” perpetrated by his rivals.",
        "Hoax",
        "Tomas Kobb",
        id="a-verdict-a-participle-follows",
    ),
    pytest.param(
        "Tomas Kobb told reporters the report was a “Fake” designed to hurt him.",
        "Fake",
        "Tomas Kobb",
        id="a-verdict-told",
    ),
    pytest.param(
        "Tomas Kobb said the result was a “Disgrace” yesterday and demanded a recount.",
        "Disgrace",
        "Tomas Kobb",
        id="a-verdict-a-time-word-follows",
    ),
    pytest.param(
        "Tomas Kobb called his rival a “Loser” twice during the debate.",
        "Loser",
        "Tomas Kobb",
        id="a-verdict-an-adverb-follows",
    ),
    pytest.param(
        "Tomas Kobb said the merger was a “Total Disaster” overall.",
        "Total Disaster",
        "Tomas Kobb",
        id="two-words-of-verdict",
    ),
    pytest.param(
        "Coach Ian Brask said the referee's “Shocking” decisions cost his side the game.",
        "Shocking",
        "Ian Brask",
        id="an-adjective-after-a-possessive",
    ),
    pytest.param(
        "Tomas Kobb praised the “Incredible” turnout at the rally.",
        "Incredible",
        "Tomas Kobb",
        id="an-adjective-before-a-noun",
    ),
    pytest.param(
        "Tomas Kobb again attacked the “Rigged” vote count in Marlow County.",
        "Rigged",
        "Tomas Kobb",
        id="a-participle-before-a-noun",
    ),
    pytest.param(
        "Tomas Kobb praised the “Incredible” show put on by the fans.",
        "Incredible",
        "Tomas Kobb",
        id="an-adjective-before-a-noun-that-bears-names",
    ),
    pytest.param(
        "Tomas Kobb said the deal was a “Sham” plan from the start.",
        "Sham",
        "Tomas Kobb",
        id="one-word-before-a-noun-of-a-scheme",
    ),
    pytest.param(
        "Ina Moss told the crowd “Never Again,” which she said “is a promise, not a slogan.”",
        "Never Again",
        "Ina Moss",
        id="title-case-words-told-a-crowd",
    ),
    pytest.param(
        "Tomas Kobb posted “We Won Big,” which he later called “a joke” in an interview.",
        "We Won Big",
        "Tomas Kobb",
        id="title-case-words-posted",
    ),
    pytest.param(
        "Tomas Kobb has long called “for patience and calm” from the council.",
        "for patience and calm",
        "Tomas Kobb",
        id="an-adverb-of-time-before-called-gives-no-name",
    ),
]


@pytest.mark.parametrize("text, words, speaker", PARTIALS_LEFT)
def test_partial_quotes_stay_with_their_speaker(quotes_of, text, words, speaker):
    (quote,) = _quoted(quotes_of(_LEAD + text), words)
    assert (quote.kind, quote.speaker) == ("partial", speaker)


@pytest.mark.parametrize("text, words, expected", SPEECH)
def test_words_said_stay_quotes(quotes_of, text, words, expected):
    (quote,) = _quoted(quotes_of(_LEAD + text), words)
    assert fields(quote, expected) == expected
