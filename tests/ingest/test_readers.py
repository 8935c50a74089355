"""Finding article files and reading each by its format.
Texts are written here, about fictional people."""

from __future__ import annotations

import json

import pytest

from quotes.errors import ReadError
from quotes.ingest.paragraphs import paragraph_spans
from quotes.ingest.readers import file_format, iter_files, read_path, read_paths

FORMATS = {
    "a.txt": "text",
    "a.HTML": "html",
    "a.htm": "html",
    "a.jsonl": "jsonl",
    "a.ndjson": "jsonl",
    "a.md": "text",
}


@pytest.mark.parametrize("name, kind", FORMATS.items())
def test_file_format(name, kind):
    assert file_format(name) == kind


def test_read_path_by_format(tmp_path, story):
    text = tmp_path / "story.txt"
    text.write_bytes(story.encode("utf-8"))
    (article,) = read_path(text)
    assert article.text == story and article.source == str(text) and article.format == "text"
    page = tmp_path / "story.html"
    page.write_text(f"<html><body><article><p>{story}</p></article></body></html>", encoding="utf-8")
    (article,) = read_path(page)
    assert article.format == "html" and "said Ilse Varga" in article.text
    feed = tmp_path / "story.jsonl"
    feed.write_text(json.dumps({"text": story}) + "\n", encoding="utf-8")
    (article,) = read_path(feed)
    assert article.format == "jsonl" and article.text == story


def test_read_paths_folders_sorted_and_errors_go_on(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text('Two\n\n"Two," said Ada Quill.\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text('One\n\n"One," said Ada Quill.\n', encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    errors = []
    missing = tmp_path / "missing.txt"
    articles = list(read_paths([tmp_path, missing], on_error=errors.append))
    assert [a.source for a in articles] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'bad.txt'}: empty file",
        f"{missing}: no such file or folder",
    ]
    with pytest.raises(ReadError, match="empty file"):
        list(read_paths([tmp_path]))


def test_iter_files_lists_files_as_given_and_folders_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "a.html").write_text("A", encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text("given by name, so read as text", encoding="utf-8")
    assert list(iter_files([notes, tmp_path])) == [notes, tmp_path / "a.html", tmp_path / "b.txt"]


def test_read_paths_empty_folder(tmp_path):
    errors = []
    assert list(read_paths([tmp_path], on_error=errors.append)) == []
    assert len(errors) == 1 and str(tmp_path) in str(errors[0]) and "no .txt" in str(errors[0])
    with pytest.raises(ReadError, match=r"no \.txt"):
        list(read_paths([tmp_path]))


@pytest.mark.parametrize("seed", ["000", "001", "003", "004"])
def test_seed_articles(seeds_dir, seed):
    (path,) = sorted(seeds_dir.glob(f"{seed}_*.txt"))
    (article,) = read_path(path)
    assert article.text == path.read_bytes().decode("utf-8")
    assert article.title
    assert all(article.text[s:e].strip() == article.text[s:e] for s, e in article.boilerplate)
    if seed == "004":
        assert (article.author, article.published, article.outlet) == (
            "William Gallo",
            "2019-07-24",
            "GlobalSecurity.org",
        )
        assert article.title.startswith("North Korea Fires 2 Missiles")
        assert any("mailing list" in article.text[s:e] for s, e in article.boilerplate)
        assert any("donation" in article.text[s:e] for s, e in article.boilerplate)
    if seed == "000":
        assert article.outlet == "The Diplomat"
    if seed == "001":
        assert any(article.text[s:e] == "Leave a Reply" for s, e in article.boilerplate)
    if seed == "000":
        repeats = [1 for s, e in article.boilerplate if article.text[s:e] == article.title]
        assert len(repeats) == 3
    # Story paragraphs are never boilerplate: every long sentence-ending paragraph is kept.
    for start, end in paragraph_spans(article.text):
        if end - start > 120 and article.text[end - 1] in '.”"' and article.text[start:end] != article.title:
            assert not article.in_boilerplate(start, end)
