"""The stance tagger's decision: one choice per quote among the tags, the
naming frame and clause rules that store a tag like a cue, and training
(texts about made-up people)."""

import json

import pytest

from quotes.enrich.stance import load_taxonomy
from quotes.enrich.stance_model import NO_TAG, StanceModel, Tagger, TagModel, model_from_dict
from quotes.enrich.stance_rules import CUE_WEIGHT, apply_clauses, apply_naming, rule_scores
from quotes.evaluation.stance_labels import LabelledQuote
from quotes.evaluation.stance_training import Example, ranking, stored_threshold, train
from quotes.extract.stance_features import Features, QuoteSpan

NO_MODEL = StanceModel(scaling={}, tags={}, trained_on={})


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def span(article: str, quote: str, kind: str = "direct") -> QuoteSpan:
    start = article.index(quote)
    return QuoteSpan(article=article, start=start, end=start + len(quote), kind=kind)


@pytest.mark.parametrize(
    "cue, named, tag",
    [
        ("called", "a disgrace", "criticizes"),
        ("branded", "reckless and cruel", "criticizes"),
        ("dubbed", "a marvelous gift", "supports"),
        ("described", "brilliant", "supports"),
        ("called on", "a disgrace", None),  # a call to act, not a name
        ("called from", "a disgrace", None),  # called out from somewhere: no name
        ("said", "a disgrace", None),
        ("called", "a Tuesday meeting", None),  # a name without sentiment
        ("called", "a disgrace that the ferry from the northern islands was late again", None),
        ("called", "an emergency meeting", None),  # called for, not named
        ("called", 'the levy "a disgrace"', None),  # the name is only part of the words
        ("called", "a great threat to peace and security", None),  # praise with a negative word
    ],
)
def test_the_naming_frame_stores_the_tag_its_words_point_to(taxonomy, cue, named, tag):
    scores = apply_naming(taxonomy, rule_scores(taxonomy, named, cue), cue, named)
    named_tags = [
        name for name, score in scores.items() if score.evidence[:1] and " names " in score.evidence[0]
    ]
    assert named_tags == ([tag] if tag else [])
    if tag:
        assert scores[tag].cue == CUE_WEIGHT and scores[tag].evidence[0].startswith(f"cue {cue!r} names")


@pytest.mark.parametrize(
    "clauses, kind, urged",
    [
        ({"imperative": ["Close"]}, "direct", True),
        ({"imperative": ["close"]}, "partial", False),  # a fragment's bare verb is no command
        ({"obligation": ["must"]}, "direct", False),  # no clause rule for obligations
        ({}, "direct", False),
    ],
)
def test_clause_rules_store_a_command_in_a_direct_quote(taxonomy, clauses, kind, urged):
    scores = apply_clauses(taxonomy, rule_scores(taxonomy, "close the quarry", "said"), clauses, kind)
    assert (scores["urges"].cue >= 0.7) == urged
    if urged:
        assert scores["urges"].evidence[0] == "clause imperative 'Close' in a direct quote"


@pytest.mark.parametrize(
    "article, quote, kind, stored, evidence",
    [
        ('"Close the quarry before the summer," Orla Finch said.', "Close the quarry before the summer,", "direct",
         {"urges"}, "clause imperative"),
        ('Orla Finch called the new levy "a disgrace."', "a disgrace", "partial",
         {"criticizes"}, "cue 'called' names 'a disgrace'"),
        ('Orla Finch called the harbour choir "a marvelous gift" to the town.', "a marvelous gift", "partial",
         {"supports"}, "cue 'called' names"),
        ('Orla Finch decided to "close the quarry" in May.', "close the quarry", "partial", set(), None),
        ('Orla Finch called on the council "to close the quarry."', "to close the quarry.", "partial",
         {"urges"}, "cue 'called on'"),
        # a figure of speech is no command
        ('"Imagine a harbour without boats," Orla Finch said.', "Imagine a harbour without boats,", "direct",
         set(), None),
    ],
)  # fmt: skip
def test_frames_and_clauses_through_the_parse(nlp, taxonomy, article, quote, kind, stored, evidence):
    [hits] = Tagger(taxonomy, model=NO_MODEL, nlp=nlp).tag([span(article, quote, kind)])
    given = {h.tag: h for h in hits if not h.suggestion and h.tag != "analyzes"}
    assert set(given) == stored
    for hit in given.values():
        assert hit.evidence.startswith(evidence)


@pytest.mark.parametrize("words", ["Happy birthday, Kell!", "What a terrible mess,"])
def test_a_direct_quote_called_out_is_shouted_not_a_name(nlp, taxonomy, words):
    article = f'"{words}" Orla Finch called.'
    at = article.index("called")
    shouted = QuoteSpan(
        article=article, start=1, end=1 + len(words), kind="direct", cue_start=at, cue_end=at + len("called")
    )
    [hits] = Tagger(taxonomy, model=NO_MODEL, nlp=nlp).tag([shouted])
    assert not any(" names " in h.evidence for h in hits)


def test_a_quote_holding_its_own_naming_verb_is_no_name(nlp, taxonomy):
    article = "Orla Finch called the levy a disgrace, the clerk wrote."
    quote = "Orla Finch called the levy a disgrace"
    at = article.index("called")
    inside = QuoteSpan(article=article, start=0, end=len(quote), cue_start=at, cue_end=at + len("called"))
    [hits] = Tagger(taxonomy, model=NO_MODEL, nlp=nlp).tag([inside])
    assert not any(" names " in h.evidence for h in hits)


@pytest.mark.parametrize(
    "article, quote, stored",
    [
        ('Orla Finch called the new levy "a disgrace" on Monday.', "a disgrace", {"criticizes"}),
        ('Orla Finch called on the council "to close the quarry."', "to close the quarry.", {"urges"}),
        ('Orla Finch played the leak down as "a small thing."', "a small thing.", {"downplays"}),
    ],
)
def test_a_preposition_apart_from_the_verb_is_no_part_of_its_frame(nlp, taxonomy, article, quote, stored):
    """``on Monday`` is no ``called on``; a particle (``played ... down``) may stand apart."""
    at = article.index(quote)
    verb = article.split()[2]
    cue = article.index(verb)
    found = QuoteSpan(article, at, at + len(quote), cue_start=cue, cue_end=cue + len(verb), kind="partial")
    [hits] = Tagger(taxonomy, model=NO_MODEL, nlp=nlp).tag([found])
    assert {h.tag for h in hits if not h.suggestion and h.tag != "analyzes"} == stored


def tiny_model(threshold: float = 0.6) -> StanceModel:
    """Negative words point to criticizes, their absence to analyzes."""
    return StanceModel(
        scaling={"strong_negative": (0.0, 1.0)},
        tags={
            "criticizes": TagModel(
                bias=-1.0, weights={"strong_negative": 3.0}, threshold=threshold, suggest=0.3
            ),
            "analyzes": TagModel(
                bias=1.0, weights={"strong_negative": -1.0}, threshold=threshold, suggest=0.3
            ),
            NO_TAG: TagModel(bias=0.0, weights={}, threshold=1.0, suggest=1.0),
        },
        trained_on={},
    )


def judged(text: str, **values: float) -> tuple[QuoteSpan, Features]:
    words = {name: [text.split()[-1]] for name in values}
    return QuoteSpan(article=text, start=0, end=len(text)), Features(values=values, words=words, judged=text)


def test_probabilities_are_one_choice_among_the_classes():
    model = tiny_model()
    found = model.probabilities({"strong_negative": 2.0})
    assert set(found) == {"criticizes", "analyzes", NO_TAG}
    assert sum(p for p, _ in found.values()) == pytest.approx(1.0)
    assert model.best(found) == "criticizes"
    assert found["criticizes"][1] == {"strong_negative": 6.0}
    assert tiny_model(threshold=0.999).best(found) is None  # the most probable, but not sure enough


@pytest.mark.parametrize(
    "values, cue, stored, suggested",
    [
        ({"strong_negative": 2.0}, None, {"criticizes"}, set()),
        ({}, None, {"analyzes"}, set()),  # the fallback, stored when it is the model's choice
        ({"strong_negative": 0.5}, None, set(), {"criticizes", "analyzes"}),  # too close to call
        ({}, "warned", {"warns"}, set()),  # a cue stores its tag; analyzes is then not given
    ],
)
def test_the_model_stores_its_choice_and_suggests_the_rest(taxonomy, values, cue, stored, suggested):
    quote, features = judged("The ferry plan is a disaster", **values)
    features.cue_phrase = cue or ""
    hits = Tagger(taxonomy, model=tiny_model()).decide(quote, features)
    assert {h.tag for h in hits if not h.suggestion} == stored
    assert {h.tag for h in hits if h.suggestion} >= suggested
    for hit in hits:
        assert hit.evidence and 0 < hit.confidence <= 1


def test_a_stored_model_tag_says_why(taxonomy):
    quote, features = judged("The ferry plan is a disaster", strong_negative=2.0)
    [hit] = [h for h in Tagger(taxonomy, model=tiny_model()).decide(quote, features) if not h.suggestion]
    assert hit.evidence.startswith(f"model {hit.confidence:.2f}: strong_negative 'disaster' (+6.0)")
    assert quote.text[hit.start : hit.end] == "disaster"


def test_a_model_file_round_trips():
    model = tiny_model()
    assert model_from_dict(json.loads(json.dumps(model.to_dict()))) == model


def example(group: str, tags: dict, **inputs: float) -> Example:
    text = "Orla Finch spoke."
    label = LabelledQuote(file=group, span=QuoteSpan(article=text, start=0, end=len(text)), tags=tags)
    return Example(label=label, features=Features(values=dict(inputs)), inputs=dict(inputs), source="made-up")


def made_up_rows() -> list[Example]:
    """Twelve articles: negative words with criticism, none with analysis, an
    empty quote now and then."""
    rows = []
    for article in range(12):
        group = f"{article:02}.txt"
        rows += [example(group, {"criticizes": None}, strong_negative=2.0 + i % 2) for i in range(4)]
        rows += [example(group, {"analyzes": None}, strong_negative=0.0, length=2.0 + i) for i in range(4)]
        rows.append(example(group, {}, length=0.5))
    return rows


def test_training_is_reproducible_and_chooses_thresholds_on_held_out_folds(taxonomy):
    rows = made_up_rows()
    model = train(rows, taxonomy=taxonomy)
    assert set(model.tags) == {"criticizes", "analyzes", NO_TAG}  # tags with too few quotes get no class
    assert model.tags["criticizes"].threshold < 1.0 and model.tags["analyzes"].threshold < 1.0
    assert model.best(model.probabilities({"strong_negative": 2.5, "length": 1.0})) == "criticizes"
    assert model.best(model.probabilities({"length": 3.0})) == "analyzes"
    assert train(rows, taxonomy=taxonomy).to_dict() == model.to_dict()


def ranked(source: str, right: int, wrong: int, top: float) -> list[tuple[float, bool, str]]:
    """``right`` then ``wrong`` predictions of one labels file, from ``top`` down."""
    return [(top - i / 100, i < right, source) for i in range(right + wrong)]


@pytest.mark.parametrize(
    "pairs, stored_from",
    [
        (ranked("news", 12, 0, 0.9), 0.79),  # every prediction right: the lowest probability
        (ranked("news", 5, 0, 0.9), 1.0),  # too few to be sure
        (ranked("news", 6, 0, 0.9), 0.85),  # six will do when all are right
        (ranked("news", 10, 1, 0.9), 0.81),  # one wrong in eleven: not sure enough, the ten above are
        (ranked("news", 19, 1, 0.9), 0.71),  # one wrong in twenty is
        (ranked("news", 40, 0, 0.9) + ranked("fixture", 2, 3, 0.5), 0.47),  # not below where a file fails
        (ranked("news", 40, 0, 0.9) + ranked("fixture", 5, 0, 0.5), 0.46),
    ],
)
def test_a_threshold_must_hold_in_every_labels_file(pairs, stored_from):
    assert stored_threshold(pairs) == pytest.approx(stored_from)


@pytest.mark.parametrize(
    "pairs, stored_from",
    [
        ([(0.5, True, "news")] * 6 + [(0.5, False, "news")] * 4, 1.0),  # 60% at 0.5, whatever comes first
        (ranked("news", 12, 0, 0.9) + [(0.5, True, "news")] * 6 + [(0.5, False, "news")] * 4, 0.79),
        (ranked("news", 12, 0, 0.9) + [(0.5, False, "news")] + [(0.5, True, "news")] * 20, 0.5),
    ],
)
def test_pairs_of_one_probability_are_stored_together(pairs, stored_from):
    assert stored_threshold(pairs) == pytest.approx(stored_from)


def tone_model() -> StanceModel:
    """Criticism rises with ``negative``, analysis with ``calm``; "no tag" has a head start."""
    return StanceModel(
        scaling={},
        tags={
            "criticizes": TagModel(bias=0.0, weights={"negative": 1.0}, threshold=1.0, suggest=0.3),
            "analyzes": TagModel(bias=0.0, weights={"calm": 1.0}, threshold=1.0, suggest=0.3),
            NO_TAG: TagModel(bias=0.5, weights={}, threshold=1.0, suggest=0.3),
        },
        trained_on={},
    )


@pytest.mark.parametrize(
    "mild_tag, top_accuracy, sure_recall",
    [
        ("analyzes", 3 / 5, 3 / 4),  # the least sure choice is wrong: 3 of 4 is under 85%
        ("criticizes", 4 / 5, 1.0),
    ],
)
def test_ranking_reads_the_most_probable_tag_and_the_surest_choices(mild_tag, top_accuracy, sure_recall):
    rows = [
        example("a.txt", {"criticizes": None}, negative=3.0),
        example("a.txt", {"criticizes": None}, negative=2.0),
        example("b.txt", {mild_tag: None}, negative=1.0),  # criticism is chosen, least surely
        example("b.txt", {"analyzes": None}, calm=1.5),
        example("c.txt", {}),  # "no tag" is chosen: no choice of a tag, and its top tag is wrong
    ]
    found = ranking(tone_model(), rows)
    assert found.top_accuracy == pytest.approx(top_accuracy)
    assert found.sure_recall == pytest.approx(sure_recall)
