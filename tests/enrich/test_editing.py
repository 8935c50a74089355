"""Recording an editor's decisions: applied at once, then written to the curation file."""

import pytest

from quotes.enrich.curation import CurationError, load_decisions
from quotes.enrich.editing import add_tag, merge_speakers, reassign, reject, remove_tag, split_speaker
from quotes.enrich.speakers import SpeakerDirectory
from quotes.records import Article, Quote
from quotes.store.write import write_article

TEXT = '"The ferry runs again," said Ada Brook. "Tolls stay," said Tobias Wren. "Boats wait," Wren added.'


@pytest.fixture
def quotes(memory_db):
    """Three quotes by two fictional speakers; quote ids by their first word."""
    said = [
        ("The ferry runs again,", "Ada Brook"),
        ("Tolls stay,", "Tobias Wren"),
        ("Boats wait,", "Tobias Wren"),
    ]
    found = []
    for words, speaker in said:
        start = TEXT.index(words)
        found.append(Quote(text=words, start=start, end=start + len(words), speaker=speaker))
    write_article(memory_db, Article(text=TEXT), found, speakers=SpeakerDirectory(memory_db))
    return {text.split()[0]: quote_id for quote_id, text in memory_db.execute("select id, text from quotes")}


def speaker_of(db, quote_id):
    return db.execute(
        "select speakers.name from quotes join speakers on speakers.id = speaker_id where quotes.id = ?",
        [quote_id],
    ).fetchone()[0]


def test_each_command_applies_at_once_and_is_recorded(memory_db, quotes, tmp_path):
    path = tmp_path / "curation.yml"
    reassign(memory_db, path, quotes["Tolls"], "Ada Brook")
    assert speaker_of(memory_db, quotes["Tolls"]) == "Ada Brook"
    split_speaker(memory_db, path, "Tobias Wren", "Toby Wren", [quotes["Boats"]], role="deputy mayor")
    assert speaker_of(memory_db, quotes["Boats"]) == "Toby Wren"
    merge_speakers(memory_db, path, "Ada Brook", "Toby Wren")
    assert speaker_of(memory_db, quotes["Boats"]) == "Ada Brook"
    names = [row[0] for row in memory_db.execute("select name from speakers")]
    assert names == ["Ada Brook"]  # Tobias Wren has no quote left, Toby Wren was merged
    add_tag(memory_db, path, quotes["The"], "warns", target="the ferry")
    remove_tag(memory_db, path, quotes["The"], "warns")
    reject(memory_db, path, quotes["Boats"], reason="not a quote")
    assert memory_db.execute("select count(*) from quotes").fetchone()[0] == 2
    actions = [decision["action"] for decision in load_decisions(path)]
    assert actions == ["reassign", "split-speaker", "merge-speakers", "tag", "untag", "reject"]
    assert all(decision["at"] for decision in load_decisions(path))


@pytest.mark.parametrize(
    "command, problem",
    [
        (lambda db, path, q: reassign(db, path, 9999, "Ada Brook"), "there is no quote 9999"),
        (lambda db, path, q: remove_tag(db, path, q["Tolls"], "warns"), "has no tag 'warns'"),
        (lambda db, path, q: merge_speakers(db, path, "Ada Brook", "Nobody"), "no speaker called 'Nobody'"),
        (
            lambda db, path, q: split_speaker(db, path, "Ada Brook", "Ada B", [q["Tolls"]]),
            "not attributed to",
        ),
        (
            lambda db, path, q: split_speaker(db, path, "Tobias Wren", "tobias wren", [q["Tolls"]]),
            "being split",
        ),
    ],
)
def test_a_decision_that_cannot_apply_is_not_recorded(memory_db, quotes, tmp_path, command, problem):
    path = tmp_path / "curation.yml"
    with pytest.raises(CurationError, match=problem):
        command(memory_db, path, quotes)
    assert not path.exists()
    assert speaker_of(memory_db, quotes["Tolls"]) == "Tobias Wren"
