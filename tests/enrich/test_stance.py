import json

import pytest

from quotes.enrich.stance import (
    StanceError,
    TargetDef,
    find_targets,
    load_taxonomy,
    negated,
    parse_taxonomy,
    tag_quotes,
    tag_text,
)
from quotes.enrich.stance_rules import rule_scores

SMALL = {
    "threshold": 0.6,
    "minimum": 0.3,
    "tags": [
        {
            "name": "warns",
            "description": "Warns.",
            "cues": ["warn"],
            "patterns": [
                {"pattern": r"\bconsequences\b", "weight": 0.6},
                {"pattern": r"\brisk\b", "weight": 0.35},
            ],
        },
        {
            "name": "supports",
            "description": "Supports.",
            "patterns": [{"pattern": r"\bgreat\b", "weight": 0.65}],
        },
        {
            "name": "analyzes",
            "description": "Explains.",
            "fallback": True,
            "patterns": [{"pattern": r"\bbecause\b", "weight": 0.7}],
        },
        {
            "name": "urges-talks",
            "description": "Talks.",
            "beat": "harbor",
            "default_target": "Sylvania",
            "patterns": [{"pattern": r"\bshould\b[^.]{0,40}\btalks\b", "weight": 0.75}],
        },
    ],
    "targets": [
        {"name": "Sylvania", "patterns": ["Sylvania\\w*"]},
        {"name": "Sylvania's navy", "patterns": ["Sylvanian navy"]},
        {"name": "the port plan", "patterns": ["port plan"]},
    ],
}


@pytest.fixture
def taxonomy():
    return parse_taxonomy(SMALL)


def test_cue_and_text_evidence_combine(taxonomy):
    hits = {
        h.tag: h
        for h in tag_text("There will be consequences for Sylvania.", cue="warned", taxonomy=taxonomy)
    }
    warn = hits["warns"]
    assert warn.confidence == pytest.approx(1 - 0.15 * 0.4)
    assert not warn.suggestion and warn.target == "Sylvania"
    assert "cue 'warn'" in warn.evidence and "'consequences'" in warn.evidence
    assert "There will be consequences for Sylvania."[warn.start : warn.end] == "consequences"


@pytest.mark.parametrize(
    "cue, stored",
    [
        ("warned", True),
        ("forewarned", False),  # a cue word counts where a word begins
        ("did not warn", False),
    ],
)
def test_a_cue_rule_matches_at_a_word_start(taxonomy, cue, stored):
    hits = {h.tag: h for h in tag_text("The port plan is late.", cue=cue, taxonomy=taxonomy)}
    assert ("warns" in hits and not hits["warns"].suggestion) == stored


@pytest.mark.parametrize(
    "cue, tag, weight",
    [
        ("urged", "urges", 0.85),
        ("expressed", "urges", 0.0),  # no "press" in it
        ("pressed", "urges", 0.6),
        ("asked him to", "urges", 0.6),
        ("insisted", "defends", 0.5),
    ],
)
def test_shipped_cues_that_store_a_tag_alone(cue, tag, weight):
    """``press``, ``ask`` and ``insist`` feed the model but store nothing alone
    (weight under 0.7): a reporter "pressed" or "asked" a question, and one
    "insists" on facts as often as in defence."""
    assert rule_scores(load_taxonomy(), "The port plan is late.", cue)[tag].cue == weight


def test_weak_evidence_is_only_a_suggestion(taxonomy):
    hits = tag_text("The port plan carries some risk.", taxonomy=taxonomy)
    assert [(h.tag, h.suggestion, h.target) for h in hits] == [("warns", True, "the port plan")]


def test_negation_blocks_a_pattern(taxonomy):
    assert negated("we will not support it", len("we will not "))
    assert not negated("we support it", 3)
    assert tag_text("The port plan is not great.", taxonomy=taxonomy) == []
    assert [h.tag for h in tag_text("The port plan is great.", taxonomy=taxonomy)] == ["supports"]


def test_fallback_only_when_nothing_else_is_accepted(taxonomy):
    assert [h.tag for h in tag_text("Prices rose because ships were late.", taxonomy=taxonomy)] == [
        "analyzes"
    ]
    tags = {h.tag for h in tag_text("It is great because ships were late.", taxonomy=taxonomy)}
    assert tags == {"supports"}


def test_beat_tag_with_default_target(taxonomy):
    hits = {h.tag: h for h in tag_text("Both sides should hold talks soon.", taxonomy=taxonomy)}
    assert hits["urges-talks"].target == "Sylvania" and not hits["urges-talks"].suggestion


def test_targets_prefer_the_longest_mention():
    targets = parse_taxonomy(SMALL).targets
    assert find_targets("The Sylvanian navy left.", targets) == [(4, 18, "Sylvania's navy")]
    people = [TargetDef("Mara Quill", [__import__("re").compile("Mara Quill|Quill")])]
    assert find_targets("Quill and Sylvania", [*people, *targets]) == [
        (0, 5, "Mara Quill"),
        (10, 18, "Sylvania"),
    ]


ONE_TAG = {"tags": [{"name": "x", "description": "d"}]}


@pytest.mark.parametrize(
    "data, problem",
    [
        ({"tags": [{"name": "x"}]}, "needs a 'description'"),
        ({"tags": [{"name": "x", "description": "d", "patterns": ["("]}]}, "bad pattern"),
        (
            {"tags": [{"name": "x", "description": "d", "patterns": [{"pattern": "a", "weight": 2}]}]},
            "weight",
        ),
        ({"tags": [{"name": "x", "description": "d"}, {"name": "x", "description": "d"}]}, "unique"),
        ({"targets": []}, "'tags' list"),
        (
            {**ONE_TAG, "naming": {"cue": "call", "negative": "y", "positive": "x"}},
            "negative must name a tag",
        ),
        ({**ONE_TAG, "naming": "called"}, "a 'cue' pattern"),
        ({**ONE_TAG, "naming": {"cue": "call", "negative": "x", "positive": "x", "polarity": 2}}, "polarity"),
        (
            {**ONE_TAG, "naming": {"cue": "call", "negative": "x", "positive": "x", "not_named": 3}},
            "not_named",
        ),
        ({**ONE_TAG, "clauses": [{"feature": "imperative", "tag": "y"}]}, "tag must name a tag"),
        (
            {**ONE_TAG, "clauses": [{"feature": "imperative", "tag": "x", "kinds": "direct"}]},
            "kinds must be a list",
        ),
        ({**ONE_TAG, "clauses": [{"feature": "imperative", "tag": "x", "weight": 0}]}, "weight"),
    ],
)
def test_bad_taxonomy_is_a_clear_error(data, problem):
    with pytest.raises(StanceError, match=problem):
        parse_taxonomy(data, path="s.yml")


def test_shipped_taxonomy_has_general_and_beat_tags():
    taxonomy = load_taxonomy()
    names = {t.name for t in taxonomy.tags}
    assert {
        "criticizes",
        "supports",
        "defends",
        "downplays",
        "warns",
        "urges",
        "predicts",
        "denies",
        "analyzes",
        "urges-pressure",
        "urges-dialogue",
    } <= names
    assert all(t.description for t in taxonomy.tags)
    assert {t.beat for t in taxonomy.tags} == {"general", "north-korea"}


def add_quote(db, text, cue=None):
    article_id = db["articles"].insert({"hash": str(db["articles"].count), "text": text}).last_pk
    return (
        db["quotes"]
        .insert({"article_id": article_id, "text": text, "start": 0, "end": len(text), "cue": cue})
        .last_pk
    )


def test_tag_quotes_stores_evidence_suggestions_and_accepted_tags(memory_db, tmp_path, monkeypatch):
    monkeypatch.setenv("QUOTES_GAZETTEER", str(tmp_path / "none.yml"))  # no gazetteer: no people targets
    taxonomy = parse_taxonomy(SMALL)
    strong = add_quote(memory_db, "There will be consequences for Sylvania.", cue="warned")
    weak = add_quote(memory_db, "The port plan carries some risk.", cue="said")
    assert tag_quotes(memory_db, taxonomy=taxonomy) == 2
    rows = memory_db.execute(
        "select quote_id, tags.name, target, suggestion, origin, evidence from quote_tags "
        "join tags on tags.id = tag_id order by quote_id"
    ).fetchall()
    assert [r[:5] for r in rows] == [
        (strong, "warns", "Sylvania", 0, "auto"),
        (weak, "warns", "the port plan", 1, "auto"),
    ]
    assert all(r[5] for r in rows)
    columns = dict(memory_db.execute("select id, stance_tags from quotes").fetchall())
    assert json.loads(columns[strong]) == ["warns"] and json.loads(columns[weak]) == []
    assert json.loads(
        memory_db.execute("select stance_targets from quotes where id = ?", [strong]).fetchone()[0]
    ) == ["Sylvania"]
    # an editor's tag survives re-tagging; automatic tags are replaced, not duplicated
    supports = memory_db.execute("select id from tags where name = 'supports'").fetchone()[0]
    memory_db["quote_tags"].insert(
        {"quote_id": weak, "tag_id": supports, "origin": "editor", "confidence": 1.0}
    )
    tag_quotes(memory_db, taxonomy=taxonomy)
    assert memory_db.execute("select count(*) from quote_tags").fetchone()[0] == 3
    assert json.loads(
        memory_db.execute("select stance_tags from quotes where id = ?", [weak]).fetchone()[0]
    ) == ["supports"]
    tags = {r[0]: r[1] for r in memory_db.execute("select name, beat from tags")}
    assert tags["urges-talks"] == "harbor"


def test_build_step_tags_only_the_quotes_added_since_it_last_ran(memory_db, tmp_path, monkeypatch):
    from quotes.enrich.stance import tag_new_quotes

    monkeypatch.setenv("QUOTES_GAZETTEER", str(tmp_path / "none.yml"))
    taxonomy = parse_taxonomy(SMALL)
    first = add_quote(memory_db, "There will be consequences for Sylvania.", cue="warned")
    nothing = add_quote(memory_db, "Good morning, everyone.", cue="said")  # a greeting: no tag fits
    assert tag_new_quotes(memory_db, taxonomy=taxonomy) == 1  # the first run tags every untagged quote
    assert tag_new_quotes(memory_db, taxonomy=taxonomy) == 0  # the untaggable quote is not tried again
    later = add_quote(memory_db, "Sylvania should return to the talks.", cue="said")
    memory_db.execute("delete from quote_tags where quote_id = ?", [first])  # not a new quote: left alone
    assert tag_new_quotes(memory_db, taxonomy=taxonomy) == 1
    tagged = {r[0] for r in memory_db.execute("select quote_id from quote_tags")}
    assert tagged == {later} and nothing not in tagged
