"""Partial quotes inside a clause someone reports (quotes.extract.partials):
words relayed from the clause's own speaker (``The council said Marsh had
called the plan “reckless”``: Marsh's, via the council) and words that stay
the reporting speaker's because the clause's speaker has not said them yet
(``the company would announce “...”``) or could not say them (an
organisation saying ``I``); on texts written for the test about fictional
people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

REPORTERS_OWN = [
    pytest.param(
        'Homes\n\nIlse Varga said the Vell Housing Trust is going to call the scheme "a fresh start" in May.\n',
        "a fresh start",
        {"speaker": "Ilse Varga", "via": None},
        id="is-going-to-before-the-clause-verb-of-saying",
    ),
    pytest.param(
        'Sales\n\nIlse Varga said the company would announce "a sweeping overhaul" of its shops next month.\n',
        "a sweeping overhaul",
        {"speaker": "Ilse Varga", "via": None},
        id="a-modal-before-the-clause-verb-of-saying",
    ),
    pytest.param(
        'Budget\n\nThe mayor, Tomas Brell, said the council will describe the levy as "a fair share" on Friday.\n',
        "a fair share",
        {"speaker": "Tomas Brell", "via": None},
        id="a-future-before-the-clause-verb-of-saying",
    ),
    pytest.param(
        'Season\n\nCoach Ana Lisko said she expects Vell United to announce "a new era" on Monday.\n',
        "a new era",
        {"speaker": "Ana Lisko", "via": None},
        id="a-speech-expected-of-the-clause-subject",
    ),
    pytest.param(
        'Outage\n\nDara Kwon said the company would also add an offline mode "as quickly as we can."\n',
        "as quickly as we can",
        {"speaker": "Dara Kwon", "via": None},
        id="an-adverb-between-the-modal-and-the-clause-verb",
    ),
]

RELAYED = [
    pytest.param(
        'Plan\n\nThe council said Dag Marsh had called the plan "reckless" at a meeting in May.\n',
        "reckless",
        {"speaker": "Dag Marsh", "via": "council"},
        id="a-clause-verb-of-saying-in-the-past",
    ),
    pytest.param(
        'Plan\n\nIlse Varga said Dag Marsh would later call the plan "reckless" in a letter.\n',
        "reckless",
        {"speaker": "Dag Marsh", "via": "Ilse Varga"},
        id="a-future-in-the-past-told-as-done",
    ),
    pytest.param(
        'Strike\n\nThe union said Per Lund had told members he was "not going anywhere" until I heard him.\n',
        "not going anywhere",
        {"speaker": "Per Lund", "via": "union"},
        id="a-person-in-the-clause-keeps-his-words",
    ),
    pytest.param(
        'Plan\n\nThe council said Dag Marsh would call the plan "reckless" at every meeting he attended in the 1990s.\n',
        "reckless",
        {"speaker": "Dag Marsh", "via": "council"},
        id="a-would-of-habit-in-the-past",
    ),
    pytest.param(
        'Obituary\n\nHis sister said Per Roe would describe the harbour as "the only church I need" whenever '
        "visitors came.\n",
        "the only church",
        {"speaker": "Per Roe", "via": "His sister"},
        id="a-would-of-habit-with-whenever",
    ),
    pytest.param(
        'Obituary\n\nHis daughter said Per Roe would tell visitors the harbour was "his church" on Sundays.\n',
        "his church",
        {"speaker": "Per Roe", "via": "His daughter"},
        id="a-would-of-habit-on-a-day-of-the-week",
    ),
    pytest.param(
        'Review\n\nThe coach said Dag Lund would call the fans "the best in the league" after each home win.\n',
        "the best in the league",
        {"speaker": "Dag Lund", "via": "coach"},
        id="a-would-of-habit-after-each",
    ),
    pytest.param(
        'Plan\n\nIlse Varga said the Vell Housing Trust had called the scheme "Phase I of the recovery" last week.\n',
        "Phase I",
        {"speaker": "Vell Housing Trust", "via": "Ilse Varga"},
        id="a-roman-numeral-is-no-first-person",
    ),
    pytest.param(
        'Leak\n\nA resident, Ola Brin, said Vell Water called the leak "a matter I take seriously" in a reply '
        "signed by its chief.\n",
        "a matter I take",
        {"speaker": "Vell Water", "via": "Ola Brin"},
        id="a-body-s-reply-signed-in-the-first-person",
    ),
    pytest.param(
        'Strike\n\nThe union said Kell Freight had told drivers it was "not my problem" to fix the trucks.\n',
        "not my problem",
        {"speaker": "Kell Freight", "via": "union"},
        id="a-body-s-words-in-the-first-person-in-the-past",
    ),
    pytest.param(
        'Pier\n\nOla Brin pointed to a 2018 review that rated the deck "poor" and added that she was "furious" '
        "nothing had been done.\n",
        "furious",
        {"speaker": "Ola Brin", "via": None},
        id="a-verb-after-a-document-s-relative-is-the-subject-s",
    ),
    pytest.param(
        'Pier\n\nThe mayor cited an audit that rated the pier "sound," and insisted that critics were '
        '"scaremongering."\n',
        "scaremongering",
        {"speaker": "mayor", "via": None},
        id="insisted-after-a-document-s-relative-is-the-subject-s",
    ),
]


#: A partial quote in a clause that someone says, with ``according to`` a
#: source after it: the clause speaker's words, relayed by the source; with no
#: verb of saying in the sentence, the source's own.
RELAYED_BY_A_SOURCE_AFTER = [
    pytest.param(
        "Care home\n\nRecords showed the home was short of staff. One porter told inspectors the lift was "
        '"broken again, every single week," according to the report.\n',
        "broken again, every single week",
        {"speaker": "One porter", "via": "report"},
        id="a-description-told-inspectors-according-to-the-report",
    ),
    pytest.param(
        'Depot\n\nThe depot closed in May. A guard told investigators the gate "was never locked," '
        "according to court documents.\n",
        "was never locked",
        {"speaker": "guard", "via": "court documents"},
        id="a-description-told-investigators-according-to-court-documents",
    ),
    pytest.param(
        'Depot\n\nThe depot closed in May. A driver said the brakes "were never checked," according to the lawsuit.\n',
        "were never checked",
        {"speaker": "driver", "via": "lawsuit"},
        id="a-description-said-according-to-the-lawsuit",
    ),
    pytest.param(
        'Depot\n\nThe depot closed in May. The gate was "never locked," according to the lawsuit.\n',
        "never locked",
        {"speaker": "lawsuit", "via": None},
        id="no-verb-of-saying-the-source-s-own",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), REPORTERS_OWN + RELAYED + RELAYED_BY_A_SOURCE_AFTER)
def test_partials_in_reported_clauses(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert quote.kind == "partial"
    assert fields(quote, expected) == expected


#: A verb of speech that its particle makes another verb (``called off``) is no
#: cue: the words stay those of who reports the clause; ``calling it`` still is one.
PHRASAL_OTHER_VERBS = [
    pytest.param(
        "Strike\n\nUnion leaders said they would attend but warned that the strike would not be called off "
        '"on the basis of promises alone".\n',
        "on the basis of promises",
        {"speaker": "Union leaders"},
        id="called-off-is-no-cue",
    ),
    pytest.param(
        'Search\n\nAda Venn called off the search, calling it "a hopeless task".\n',
        "a hopeless task",
        {"speaker": "Ada Venn"},
        id="calling-after-called-off-still-is",
    ),
    pytest.param(
        'Match\n\nOrganisers called off the match "out of respect for the family" of the injured jockey.\n',
        "out of respect",
        {"speaker": "Organisers"},
        id="called-off-alone-keeps-its-partial",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PHRASAL_OTHER_VERBS)
def test_a_phrasal_verb_of_another_sense_is_no_cue(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


#: A partial quote whose cue sits in a relative clause closed by a comma
#: before the quote, or whose cue is joined by ``, and`` right after a partial
#: quote closing the paraphrase: the paraphrase speaker's words.
PARAPHRASE_SPEAKERS = [
    pytest.param(
        'Results\n\nThe brokerage said the cloud unit, which Vellum reports separately, was "promising but '
        'small."\n',
        "promising but small",
        {"speaker": "brokerage", "via": None},
        id="relative-clause-closed-before-the-partial",
    ),
    pytest.param(
        'Results\n\nThe brokerage said the cloud unit, which Vellum says is growing, was "promising but small."\n',
        "promising but small",
        {"speaker": "brokerage", "via": None},
        id="relative-clause-with-a-verb-of-saying-closed-before-the-partial",
    ),
    pytest.param(
        'Strike\n\nThe union said the offer, which Kell Freight calls final, is "an insult to every driver."\n',
        "an insult to every driver",
        {"speaker": "union", "via": None},
        id="relative-clause-closed-before-a-present-copula",
    ),
    pytest.param(
        'Theatre\n\nThe critic Ada Belt wrote that Orrin Dale had "a gift for silence," and called its last scene '
        '"a small wonder."\n',
        "a gift for silence",
        {"speaker": "Ada Belt", "via": None},
        id="partial-before-a-verb-conjoined-with-and",
    ),
    pytest.param(
        'Film\n\nThe critic Ola Brin said Marlo Vey had made "too many endings", and called its star "wasted".\n',
        "too many endings",
        {"speaker": "Ola Brin", "via": None},
        id="comma-after-the-closing-mark-and-a-conjoined-verb",
    ),
    pytest.param(
        "Glasses\n\nA Vellum spokeswoman, Ada Roe, said in an emailed statement that the company had "
        "“engaged with regulators throughout” and would respond to the letter “in full and on time.”\n",
        "in full and on time.",
        {"speaker": "Ada Roe", "via": None},
        id="what-a-verb-of-answering-answers-comes-after-its-to",
    ),
    pytest.param(
        "Shooting\n\nIn a statement, the Kell Police Department said officers responding to a report of a man "
        "with a gun had encountered Tom Roe, who “reached toward his waistband” before one of them fired.\n",
        "reached toward his waistband",
        {"speaker": "Kell Police Department", "via": None},
        id="words-in-a-clause-after-responding-to",
    ),
]

#: Where the words stay the clause's own: a partial quote inside the relative
#: clause, or a verb joined by ``and`` with no partial quote closing before it.
CLAUSE_SPEAKERS = [
    pytest.param(
        'Arrest\n\nPolice said the man, who told officers he was "just walking," was arrested on Friday.\n',
        "just walking",
        {"speaker": "man", "via": "Police"},
        id="partial-inside-the-relative-clause",
    ),
    pytest.param(
        'Results\n\nThe brokerage said the unit, which Vellum says is "growing fast," was small.\n',
        "growing fast",
        {"speaker": "Vellum", "via": "brokerage"},
        id="relative-clause-not-closed-before-the-partial",
    ),
    pytest.param(
        'Board\n\nIda Belt said Orrin Dale had resigned and called the board "cowards".\n',
        "cowards",
        {"speaker": "Orrin Dale", "via": "Ida Belt"},
        id="and-without-a-partial-closing-before-it",
    ),
    pytest.param(
        'Crash\n\nPolice said that the driver seemed "very drunk," and told officers he had "only two beers".\n',
        "only two beers",
        {"speaker": "driver", "via": "Police"},
        id="a-partial-after-the-conjoined-verb-keeps-its-subject",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PARAPHRASE_SPEAKERS + CLAUSE_SPEAKERS)
def test_partials_of_a_closed_clause_or_a_conjoined_verb(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert quote.kind == "partial"
    assert fields(quote, expected) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pay\n\nHarlow Cleaning said it had offered a rise, which it described as 'fair', "
            "and accused the union of 'refusing to talk'.\n",
            "Harlow Cleaning",
            id="it-opening-a-bodys-paraphrase",
        ),
        pytest.param(
            "Flood\n\nNadia Orrell said they had offered a rise, which they called 'fair', "
            "and accused the council of 'refusing to talk'.\n",
            "they",
            id="they-in-a-persons-paraphrase-is-not-hers",
        ),
        pytest.param(
            "Audit\n\nAda Lind read the auditors' report. She said it had found no plan "
            "and accused the council of 'refusing to talk'.\n",
            "it",
            id="it-in-a-persons-paraphrase-is-not-hers",
        ),
    ],
)
def test_a_body_pronoun_opening_its_paraphrase_is_the_body(quotes_of, text, expected):
    assert one(quotes_of(text), "refusing to talk").speaker == expected


DESCRIBED_AS = [
    pytest.param(
        "Ilse Varga said the trust had sent filters by road, but she described the supply line to the "
        'islands as "basically nonexistent" until the boats resume.',
        "basically nonexistent",
        {"kind": "partial", "speaker": "Ilse Varga", "cue": "described"},
        id="the-paraphrase-cut-before-as-after-a-phrase",
    ),
    pytest.param(
        'Dr Ana Wren described the work as "painstaking and slow", adding: "Archives are scattered."',
        "painstaking and slow",
        {"kind": "partial", "speaker": "Ana Wren"},
        id="a-verb-after-the-words-is-no-other-verb-before-them",
    ),
    pytest.param(
        "Councillor Ana Dube accused the ruling party in the council of spending the repair budget on "
        '"consultants and catering" instead of pumps.',
        "consultants and catering",
        {"kind": "partial", "speaker": "Ana Dube", "cue": "accused"},
        id="accused-of-after-the-object-and-a-phrase",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), DESCRIBED_AS)
def test_words_a_verb_takes_after_its_preposition(quotes_of, text, words, expected):
    """``described the line ... as “...”``, ``accused the party ... of ...
    “...”``: the paraphrase the parse cut before the preposition reaches the
    quoted words, which are its speaker's."""
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected
    cue = expected.get("cue", "described")
    (paraphrase,) = [q for q in quotes_of(text) if q.kind == "indirect" and q.cue == cue]
    assert paraphrase.start <= quote.start and quote.end <= paraphrase.end


def test_words_another_verb_takes_after_as_stay_its_speakers(quotes_of):
    """``described the cuts on Monday, after unions branded them as “...”``:
    the words are the unions', no part of the paraphrase before the comma."""
    text = "Tom Hale described the cuts on Monday, after unions branded them as “cruel”."
    assert one(quotes_of(text), "cruel").speaker == "unions"
