"""What the stance tagger reads of a quote's parse: the cue and its frame,
negation on the cue, commands, obligations and futures (texts about made-up people)."""

import pytest

from quotes.enrich.stance import load_taxonomy
from quotes.enrich.stance_model import StanceModel, Tagger
from quotes.extract.stance_features import QuoteSpan, quote_features


def span(article: str, quote: str, kind: str = "direct") -> QuoteSpan:
    start = article.index(quote)
    return QuoteSpan(article=article, start=start, end=start + len(quote), kind=kind)


def features(nlp, article, quote, kind="direct"):
    [found] = quote_features([span(article, quote, kind)], nlp=nlp)
    return found


@pytest.mark.parametrize(
    "article, quote, kind, phrase, negated",
    [
        (
            'Orla Finch called on the board to act. "We cannot wait," she said.',
            "We cannot wait,",
            "direct",
            "said",
            False,
        ),
        (
            'Orla Finch called on the board "to stop the closures at once."',
            "to stop the closures at once.",
            "partial",
            "called on",
            False,
        ),
        (
            'Orla Finch rejected claims that she had "sold the harbour."',
            "sold the harbour.",
            "partial",
            "rejected claims",
            False,
        ),
        (
            'Orla Finch did not criticize the plan: "It has merits," she said.',
            "It has merits,",
            "direct",
            "said",
            False,
        ),
        (
            'Orla Finch did not criticize "the council\'s haste."',
            "the council's haste.",
            "partial",
            "criticize",
            True,
        ),
        ('Orla Finch played down "a small leak."', "a small leak.", "partial", "played down", False),
    ],
)
def test_the_cue_and_its_frame(nlp, article, quote, kind, phrase, negated):
    found = features(nlp, article, quote, kind)
    assert found.cue_phrase == phrase
    assert found.cue_negated is negated


@pytest.mark.parametrize(
    "quote, feature, words",
    [
        ("Open the gates now!", "imperative", ["Open"]),
        ("Let's face this together.", "imperative", ["Let"]),
        ("Don't hide the report.", "imperative", ["Do"]),
        ("The council must fund the pumps.", "obligation", ["must"]),
        ("We need to keep the nurses.", "obligation", ["need to"]),
        ("Prices will keep rising next year.", "future", ["will"]),
        ("The vote is going to be close.", "future", ["going to"]),
        ("Rates could fall, and we expect a slow spring.", "forecast", ["expect"]),
        ("I felt tired after the match.", "first_person_past", ["I felt"]),
    ],
)
def test_clause_types_of_the_content(nlp, quote, feature, words):
    article = f'"{quote}" said Ivo Marsh.'
    found = features(nlp, article, quote)
    assert found.values.get(feature, 0) >= 1, found.values
    assert found.words[feature] == words


@pytest.mark.parametrize(
    "quote, feature",
    [
        ("Thank you all for coming.", "imperative"),
        ("Why did you open the gates?", "imperative"),
        ("She said: 'Open the gates.'", "imperative"),
        ("Let me be clear about the gates.", "imperative"),  # announces what is said
        ("close the old mill.", "imperative"),  # a fragment of the reporter's sentence
        ("Note that the gates were shut.", "imperative"),
        ("They will tell you it was fine.", "obligation"),
        ("I went home early.", "future"),
    ],
)
def test_what_is_not_a_command_an_obligation_or_a_future(nlp, quote, feature):
    found = features(nlp, f'"{quote}" said Ivo Marsh.', quote)
    assert found.values.get(feature, 0) == 0, (feature, found.words)


def test_a_partial_quote_is_judged_with_the_reporters_sentence(nlp):
    article = 'Ivo Marsh called the new levy "a disgrace" on Monday.\n\nThe levy passed.'
    found = features(nlp, article, "a disgrace", kind="partial")
    assert found.judged == 'Ivo Marsh called the new levy "a disgrace" on Monday.'
    assert "disgrace" in " ".join(found.words["strong_negative"])


def test_a_parse_found_cue_when_none_is_stored(nlp):
    article = 'Ivo Marsh warned, "The river will flood the lower town."'
    found = features(nlp, article, "The river will flood the lower town.")
    assert found.cue_phrase == "warned"


NO_MODEL = StanceModel(scaling={}, tags={}, trained_on={})


@pytest.mark.parametrize(
    "article, quote, stored",
    [
        ('"The plan is reckless," Orla Finch warned.', "The plan is reckless,", {"warns"}),
        ('Orla Finch urged the council "to reopen the clinic."', "to reopen the clinic.", {"urges"}),
        ('"The plan is reckless," Orla Finch said.', "The plan is reckless,", set()),
        ('"The plan is fine," Orla Finch did not warn.', "The plan is fine,", set()),
        ('Orla Finch denied "taking any money."', "taking any money.", {"denies"}),
    ],
)
def test_tags_are_stored_on_the_reporting_verb_and_only_suggested_on_words(nlp, article, quote, stored):
    """Precision first: the words of a quote alone only give suggestions; the
    reporting verb and its frame (not negated) give stored tags."""
    kind = "direct" if article.startswith('"') else "partial"
    tagger = Tagger(load_taxonomy(), model=NO_MODEL, nlp=nlp)
    [hits] = tagger.tag([span(article, quote, kind)])
    assert {h.tag for h in hits if not h.suggestion and h.tag != "analyzes"} == stored
    for hit in hits:
        assert hit.evidence
        if not hit.suggestion:
            assert hit.evidence.startswith("cue ")


def test_the_shipped_model_says_why(nlp):
    tagger = Tagger(load_taxonomy(), nlp=nlp)
    article = '"You must close the quarry before the summer," Orla Finch said.'
    [hits] = tagger.tag([span(article, "You must close the quarry before the summer,")])
    urges = next(h for h in hits if h.tag == "urges")
    assert urges.evidence.startswith("model ") and "must" in urges.evidence
    assert 0 < urges.confidence < 1
