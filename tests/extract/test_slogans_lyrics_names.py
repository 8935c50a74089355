"""Slogans, lyrics and names in quotation marks, told from quoted speech, and
the quoted object of a verb of stance, one row per construction, on texts
written for the test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields

from quotes.records import Quote

#: Two lines before the sentence under test, so that it is not read as a headline.
_LEAD = "Harbour town news\n\nThe port reopened on Monday after a long dispute.\n\n"


def _quoted(quotes: list[Quote], words: str) -> list[Quote]:
    """The direct and partial quotes holding ``words`` (an indirect quote may hold them too)."""
    return [q for q in quotes if q.kind != "indirect" and words in q.text]


NOT_SPEECH = [
    pytest.param(
        "Outside the church, posters reading “Save our harbour” — save our harbour — had been torn down overnight.",
        "Save our harbour",
        id="a-poster-opening-its-clause-that-nobody-holds",
    ),
    pytest.param(
        "A banner reading “Fair pay now” — in three languages — hung from the fence.",
        "Fair pay now",
        id="a-banner-opening-the-sentence",
    ),
    pytest.param(
        "Hundreds of teachers lined the steps, many holding handmade signs with sayings such as, "
        "“Less Testing, More Teaching.”",
        "Less Testing",
        id="signs-given-as-examples",
    ),
    pytest.param(
        "Per Dahl, the singer, spoke after the show. The final song, “Low Tide,” includes the line "
        "“we own the boats but not the sea,” which Dahl says he wrote in a night.",
        "we own the boats",
        id="the-line-of-a-song",
    ),
    pytest.param(
        "Per Dahl, the singer, spoke after the show. The chorus keeps the refrain “row on, row on” "
        "to the end, Dahl said.",
        "row on, row on",
        id="a-refrain",
    ),
    pytest.param(
        "The ferry song's opening lines “row on, row on, the tide is turning” were written in a night, "
        "Per Dahl said.",
        "row on, row on",
        id="the-opening-lines-of-a-song",
    ),
    pytest.param(
        "Marchers carried protest signs such as “Hands off our harbour.”",
        "Hands off our harbour",
        id="protest-signs-given-as-examples",
    ),
    pytest.param(
        "Ina Moss said the cuts — including a $3 million stadium upgrade in Pell and a $1.5 million "
        "“river walk” in Marne County — were “a matter of sums.”",
        "river walk",
        id="a-name-after-an-amount-of-money-inside-a-paraphrase",
    ),
    pytest.param(
        "Ina Moss said the plan adds a 12 percent “harbour levy” on cargo.",
        "harbour levy",
        id="a-name-after-a-percentage",
    ),
    pytest.param(
        "The council approved a $2 million “smart harbour” project, Ina Moss said.",
        "smart harbour",
        id="a-name-after-an-amount-before-a-noun",
    ),
    pytest.param(
        "Outside the court, a dozen savers who had come from Pell stood under a tree holding placards reading "
        "“Give Back Our Savings” and “Thieves.” One of them said she came every week.",
        "Give Back Our Savings",
        id="a-placard-someone-holds-read-out",
    ),
    pytest.param(
        "By dawn, pickets carrying signs that read “No deal, no docks” lined the gate.",
        "No deal, no docks",
        id="signs-someone-carries-that-read",
    ),
    pytest.param(
        "The east stand was a sea of green, with a giant banner reading “Ulwandle alupheli” — the sea never "
        "ends — unfurled before kick-off.",
        "Ulwandle alupheli",
        id="a-banner-after-with-reading",
    ),
    pytest.param(
        "Ina Moss said the union would march on Saturday under the banner “Sin barcos no hay pan” — no boats, no bread.",
        "Sin barcos no hay pan",
        id="a-march-under-the-banner",
    ),
    pytest.param(
        "Ina Moss said the union would hold a march in Pell on Saturday under the banner “Sin barcos no hay pan”.",
        "Sin barcos no hay pan",
        id="a-march-someone-holds-under-the-banner",
    ),
    pytest.param(
        "Dozens of parents came to the meeting. Several children held hand-lettered signs that read "
        "“Keep Our Pool.”",
        "Keep Our Pool",
        id="the-text-of-many-signs-held-up-is-a-slogan",
    ),
    pytest.param(
        "Outside the depot, a handful of drivers held up a banner reading “Fair Shifts Now” as the board met.",
        "Fair Shifts Now",
        id="one-banner-a-group-holds-up-is-a-slogan",
    ),
    pytest.param(
        "Parents have pinned leaflets reading “Save Our Library” to every noticeboard in town.",
        "Save Our Library",
        id="leaflets-reading-a-slogan",
    ),
    pytest.param(
        "Volunteers handed out fliers reading “Vote Yes for Parks” at the market.",
        "Vote Yes for Parks",
        id="fliers-reading-a-slogan",
    ),
]


@pytest.mark.parametrize("text, words", NOT_SPEECH)
def test_slogans_lyrics_and_names_are_nobodys_words(quotes_of, text, words):
    assert not _quoted(quotes_of(_LEAD + text), words)


SPEECH = [
    pytest.param(
        "Ada Venn held up a sign saying “Fair pay now, not next year.”",
        "Fair pay now",
        {"kind": "partial", "speaker": "Ada Venn"},
        id="a-sign-someone-holds-up-is-theirs",
    ),
    pytest.param(
        "Ada Venn, 14, hoisted a large hand-painted sign that read “No pay, no boats” outside the port.",
        "No pay, no boats",
        {"kind": "partial"},
        id="one-sign-held-up-many-words-before-its-noun",
    ),
    pytest.param(
        "Ina Moss still says things such as, “The harbour was never meant for yachts.”",
        "The harbour was never meant",
        {"kind": "direct", "speaker": "Ina Moss"},
        id="things-someone-says-given-as-examples",
    ),
    pytest.param(
        "Ina Moss said the cuts — including a stadium upgrade in Pell — were “a matter of sums.”",
        "a matter of sums",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="quoted-words-of-the-paraphrase-stay",
    ),
    pytest.param(
        "Ina Moss described the plan as a “reckless gamble” with public money.",
        "reckless gamble",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="a-determiner-alone-before-words-said",
    ),
    pytest.param(
        "Ina Moss called the stadium deal “a gift to the owners” in a radio interview.",
        "a gift to the owners",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="words-after-a-verb-of-calling",
    ),
    pytest.param(
        "Per Dahl said the line “we own the boats” was the first he wrote.\n\n“It came in a night,” he said.",
        "It came in a night",
        {"kind": "direct", "speaker": "Per Dahl"},
        id="a-quote-after-a-lyric-keeps-its-speaker",
    ),
    pytest.param(
        "Ina Moss said the builder had crossed the line “by promising what it could not deliver.”",
        "by promising what it could not deliver",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="words-after-the-idiom-crossed-the-line",
    ),
    pytest.param(
        "Tomas Kobb said the dockers would hold the line “for as long as it takes” in the talks.",
        "for as long as it takes",
        {"kind": "partial", "speaker": "Tomas Kobb"},
        id="words-after-the-idiom-hold-the-line",
    ),
    pytest.param(
        "Ina Moss said the talks had gone along the lines “we agreed last week,” and she was pleased.",
        "we agreed last week",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="words-after-the-idiom-along-the-lines",
    ),
    pytest.param(
        "Port officials urged skippers to refrain “from any trip past the breakwater” until Friday, "
        "said Ina Moss.",
        "from any trip past the breakwater",
        {"kind": "partial", "speaker": "Port officials"},
        id="words-after-the-verb-refrain",
    ),
    pytest.param(
        "Ina Moss called the harbour deal a $40 million “gift to the owners” and vowed to fight it.",
        "gift to the owners",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="a-characterisation-after-an-amount-of-money",
    ),
    pytest.param(
        "Tomas Kobb said the ferry crossing had been a six-hour “ordeal” for the crew.",
        "ordeal",
        {"kind": "partial", "speaker": "Tomas Kobb"},
        id="a-characterisation-after-a-length-of-time",
    ),
    pytest.param(
        "Tomas Kobb said the plan adds a 5 percent “harbour levy on cargo” that ministers had hidden.",
        "harbour levy on cargo",
        {"kind": "partial", "speaker": "Tomas Kobb"},
        id="a-phrase-after-an-amount-is-no-name",
    ),
    pytest.param(
        "Dr. Lena Ord said parents should watch for warning signs such as “a sudden loss of appetite.”",
        "a sudden loss of appetite",
        {"kind": "partial", "speaker": "Lena Ord"},
        id="warning-signs-are-no-boards",
    ),
    pytest.param(
        "Vell Freight cut its forecast on Tuesday. The company blamed “weaker demand from retail customers.”",
        "weaker demand",
        {"kind": "partial", "speaker": "Vell Freight", "cue": "blamed"},
        id="a-quoted-object-of-blamed",
    ),
    pytest.param(
        "Ina Moss, the mayor, welcomed “a fair deal for the harbour” on Monday.",
        "a fair deal",
        {"kind": "partial", "speaker": "Ina Moss", "cue": "welcomed"},
        id="a-quoted-object-of-welcomed",
    ),
    pytest.param(
        "Tomas Kobb attacked “a budget that punishes the harbour towns” in a speech on Monday.",
        "a budget that punishes",
        {"kind": "partial", "speaker": "Tomas Kobb", "cue": "attacked"},
        id="a-quoted-object-of-attacked-with-no-owner-after-it",
    ),
    pytest.param(
        "Tomas Kobb offered “my thoughts and prayers to the families.”",
        "my thoughts and prayers",
        {"kind": "partial", "speaker": "Tomas Kobb", "cue": "offered"},
        id="a-quoted-object-of-offered",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEECH)
def test_words_said_next_to_them_stay_quotes(quotes_of, text, words, expected):
    (quote,) = _quoted(quotes_of(_LEAD + text), words)
    assert fields(quote, expected) == expected


NAMED_OBJECTS = [
    pytest.param(
        "The mayor unveiled “Harbour Moves” on Thursday.", "Harbour Moves", id="a-plan-in-title-case"
    ),
    pytest.param(
        "The dockers' union welcomed “Fair Tide,” the new pay scheme, on Monday.",
        "Fair Tide",
        id="a-scheme-in-title-case",
    ),
    pytest.param(
        "Critics mocked “the harbour budget of hope,” the name Mayor Ina Venn gave her spending plan.",
        "the harbour budget of hope",
        id="words-a-mocking-verb-takes-from-the-other-side",
    ),
    pytest.param(
        "The crew's union rejected “our last and best offer,” which the ferry company put forward "
        "on Friday, by 41 votes to 3.",
        "our last and best offer",
        id="an-offer-a-rejecting-verb-takes-from-the-other-side",
    ),
    pytest.param(
        "Critics mocked “the harbour budget of hope” at the council meeting on Monday.",
        "the harbour budget of hope",
        id="words-a-mocking-verb-takes",
    ),
    pytest.param(
        "Voters approved “question 4” by a wide margin on Tuesday.",
        "question 4",
        id="a-ballot-measure-approved",
    ),
    pytest.param(
        "Tomas Kobb attacked “the finest budget in Kellport history,” as Mayor Ina Venn had called her plan.",
        "the finest budget",
        id="words-a-clause-after-them-gives-another-owner",
    ),
]


@pytest.mark.parametrize("text, words", NAMED_OBJECTS)
def test_a_name_right_after_a_verb_of_stance_is_no_partial_quote(quotes_of, text, words):
    assert not _quoted(quotes_of(_LEAD + text), words)


#: The story under a headline: the rival is named there.
_STORY = (
    "\n\nKELLPORT – Mayor Ina Venn on Thursday unveiled a $90 million plan for the ferries.\n\n"
    "Council member Tomas Kobb, who is expected to run for mayor, said the plan was thin.\n"
)

HEADLINES = [
    pytest.param(
        "Mayor Venn unveils ferry plan; rival calls it 'a wish list, not a plan'",
        "a wish list, not a plan",
        id="a-partial-in-straight-single-marks-closing-a-headline",
    ),
    pytest.param(
        "Mayor Venn unveils ferry plan; critic calls it 'a wish list'",
        "a wish list",
        id="a-bare-noun-of-a-person-before-the-cue",
    ),
]


@pytest.mark.parametrize("headline, words", HEADLINES)
def test_a_partial_quote_in_a_headline_in_single_marks(quotes_of, headline, words):
    (quote,) = _quoted(quotes_of(headline + _STORY), words)
    assert (quote.kind, quote.text) == ("partial", words)


#: Straight single marks a headline holds that open no partial quote: apostrophes,
#: quotes its label gives (the headline finder's), and quotes left as before.
APOSTROPHES_IN_HEADLINES = [
    pytest.param("Ferry workers' union backs mayor's plan", id="a-plural-possessive"),
    pytest.param("Rock 'n' roll museum opens in Kellport harbour", id="an-elision-between-words"),
    pytest.param("Kellport's 'Harbour Moves' plan wins backing from dockers", id="a-name-before-a-noun"),
    pytest.param("Ina Venn: 'The ferries will run all winter.'", id="a-label-and-a-colon-before-the-quote"),
    pytest.param("'A wish list': Kellport rival mocks ferry plan", id="a-quote-opening-the-headline"),
    pytest.param("Kobb Says Ferry Plan Is Only 'A Wish List.'", id="a-headline-in-title-case"),
    pytest.param("Kobb calls ferry plan 'thin,' but backs it", id="a-quote-inside-the-headlines-sentence"),
]


#: Headlines whose words before the quote closing them name no one who says it:
#: a passive of telling, a thing displaying words, a verb of saying whose clause
#: lost its verb (the noun after it is what the quote describes).
HEADLINES_NAMING_NO_SPEAKER = [
    pytest.param("Storm hits Kellport as residents told to 'stay indoors'", id="a-passive-of-telling"),
    pytest.param("Kellport residents urged to 'save water'", id="a-passive-of-urging"),
    pytest.param("Mural unveiled on Kellport harbour wall reading 'stay'", id="a-thing-displaying-words"),
    pytest.param("Kobb promises cheaper fares, says Venn plan 'a wish list'", id="a-clause-without-its-verb"),
]


@pytest.mark.parametrize("headline", HEADLINES_NAMING_NO_SPEAKER)
def test_a_headline_quote_after_words_naming_no_speaker_is_left(quotes_of, headline):
    assert not [q for q in quotes_of(headline + _STORY) if q.start < len(headline) and q.kind != "indirect"]


#: Headline quotes after a verb of saying or urging whose subject speaks.
HEADLINE_QUOTES_OF_THE_SUBJECT = [
    pytest.param(
        "Kobb says ferry plan will 'fail the town'", "fail the town", id="a-clause-keeping-its-verb"
    ),
    pytest.param(
        "Mayor Venn urges dockers to 'save the port'", "save the port", id="an-active-verb-of-urging"
    ),
]


#: Stories under a headline opening on a quote and a colon, whose speaker
#: says the words again in the body.
_SAID_AGAIN_BELOW = (
    "\n\nKELLPORT – Ferry crews worked through the night after a storm tore the pier apart.\n\n"
    "'It came in like a wall of water,' said Tomas Kobb, a deckhand. 'We ran.'\n"
)
_FOUND_AGAIN_BELOW = (
    "\n\nFootage of the moment a lost walker was found on Kell Fell was released on Monday.\n\n"
    "“There he is,” a ranger shouts in the video. “We found him. We found him.”\n"
)

HEADLINES_OPENING_ON_A_QUOTE = [
    pytest.param(
        "'It came in like a wall of water': Kellport counts the cost of the storm",
        _SAID_AGAIN_BELOW,
        "It came in like a wall of water",
        {"kind": "direct", "speaker": "Tomas Kobb"},
        id="a-quote-in-straight-single-marks-and-a-colon-said-again-below",
    ),
    pytest.param(
        "“We Found Him!”: Video Shows Rescue of Lost Walker on Kell Fell",
        _FOUND_AGAIN_BELOW,
        "We Found Him!",
        {"kind": "direct", "speaker": "ranger"},
        id="a-record-shows-the-words-the-body-gives-their-speaker",
    ),
]


#: A headline opening on a title in straight single marks and a colon, the
#: body giving the title in title case again: no one's words.
_TITLE_AGAIN_BELOW = (
    "'Harbour Lights': the last season opens in Kellport\n\n"
    "The final season of 'Harbour Lights' opens on Friday, its makers said.\n"
)


def test_a_headline_opening_on_a_title_the_body_repeats_is_no_quote(quotes_of):
    assert not [q for q in quotes_of(_TITLE_AGAIN_BELOW) if q.start < 20 and q.kind != "indirect"]


@pytest.mark.parametrize("headline, story, words, expected", HEADLINES_OPENING_ON_A_QUOTE)
def test_a_headline_opening_on_a_quote_said_below_takes_its_speaker(
    quotes_of, headline, story, words, expected
):
    quotes = [q for q in quotes_of(headline + story) if q.start < len(headline)]
    (quote,) = _quoted(quotes, words)
    assert fields(quote, expected) == expected


@pytest.mark.parametrize("headline, words", HEADLINE_QUOTES_OF_THE_SUBJECT)
def test_a_headline_quote_of_its_subject_stays(quotes_of, headline, words):
    (quote,) = _quoted(quotes_of(headline + _STORY), words)
    assert quote.kind == "partial"


@pytest.mark.parametrize("headline", APOSTROPHES_IN_HEADLINES)
def test_apostrophes_and_labelled_quotes_in_a_headline_open_no_partial_quote(quotes_of, headline):
    assert not [q for q in quotes_of(headline + _STORY) if q.start < len(headline) and q.kind != "indirect"]


PARAPHRASES_AROUND_SINGLE_MARKS = [
    pytest.param(
        "Kobb says ferry plan was an 'expensive wish list'" + _STORY,
        "ferry plan was an 'expensive wish list'",
        id="a-headline-paraphrase-runs-on-to-the-closing-mark",
    ),
    pytest.param(
        _LEAD + "Tomas Kobb said the ferry plan was an 'expensive wish list'.",
        "the ferry plan was an 'expensive wish list'",
        id="a-paraphrase-in-straight-single-marks-copy",
    ),
]


@pytest.mark.parametrize("text, content", PARAPHRASES_AROUND_SINGLE_MARKS)
def test_a_paraphrase_holds_the_quote_in_straight_single_marks_it_opens(quotes_of, text, content):
    quotes = quotes_of(text)
    (indirect,) = [q for q in quotes if q.kind == "indirect" and "wish list" in q.text]
    (partial,) = _quoted(quotes, "expensive wish list")
    assert (indirect.text, partial.within) == (content, (indirect.start, indirect.end))
