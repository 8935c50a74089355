import os

import pytest

from quotes.enrich.yamlfiles import NewsroomFile, read_yaml
from quotes.errors import QuotesError


class FileProblem(QuotesError):
    pass


def keys(data, *, path):
    return (path, sorted(data))


def test_read_yaml_errors_name_the_file(tmp_path):
    missing = tmp_path / "missing.yml"
    with pytest.raises(FileProblem, match=f"^{missing}: no such list$"):
        read_yaml(missing, error=FileProblem, missing="no such list")
    broken = tmp_path / "broken.yml"
    broken.write_text("a: [unclosed\n")
    with pytest.raises(FileProblem, match=f"^{broken}: not valid YAML"):
        read_yaml(broken, error=FileProblem)


LISTS = NewsroomFile(
    name="lists.yml", env="QUOTES_TEST_FILE", what="list file", parse=keys, error=FileProblem
)


def test_a_newsroom_file_is_read_again_when_it_changes(tmp_path):
    path = tmp_path / "list.yml"
    path.write_text("a: 1\n")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    assert LISTS.load(path) == (str(path), ["a"])
    path.write_text("b: 1\n")  # the same size, another modification time
    os.utime(path, (1_000_000_001, 1_000_000_001))
    assert LISTS.load(path) == (str(path), ["b"])
    path.write_text("a: 1\nb: 2\n")  # the same modification time, another size
    os.utime(path, (1_000_000_001, 1_000_000_001))
    assert LISTS.load(path) == (str(path), ["a", "b"])
    with pytest.raises(FileProblem, match=r"missing\.yml: list file not found$"):
        LISTS.load(tmp_path / "missing.yml")


def test_a_newsroom_file_beside_the_database(tmp_path, monkeypatch, memory_db):
    from quotes.store.db import open_db

    monkeypatch.delenv("QUOTES_TEST_FILE", raising=False)
    (tmp_path / "lists.yml").write_text("c: 3\n")
    assert LISTS.for_database(open_db(tmp_path / "quotes.db")) == (str(tmp_path / "lists.yml"), ["c"])
    with pytest.raises(
        FileProblem, match="list file not found"
    ):  # in memory: the project's db/lists.yml, absent
        LISTS.for_database(memory_db)


def test_newsroom_file_prefers_the_variable_then_beside_the_database(tmp_path, monkeypatch):
    from quotes.enrich.yamlfiles import PROJECT_DB_DIR, newsroom_file

    db_path = tmp_path / "quotes.db"
    monkeypatch.delenv("QUOTES_TEST_FILE", raising=False)
    assert newsroom_file("lists.yml", db_path=db_path, env="QUOTES_TEST_FILE") == PROJECT_DB_DIR / "lists.yml"
    (tmp_path / "lists.yml").write_text("a: 1\n")
    assert newsroom_file("lists.yml", db_path=db_path, env="QUOTES_TEST_FILE") == tmp_path / "lists.yml"
    assert newsroom_file("lists.yml", db_path=":memory:") == PROJECT_DB_DIR / "lists.yml"
    monkeypatch.setenv("QUOTES_TEST_FILE", "/elsewhere/lists.yml")
    assert str(newsroom_file("lists.yml", db_path=db_path, env="QUOTES_TEST_FILE")) == "/elsewhere/lists.yml"
