"""metadata.yml: complete descriptions, facets, the two-block layout."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from quotes.web.publish import METADATA_DB_KEY, load_metadata, metadata_path

ROOT = Path(__file__).resolve().parents[2]


def tables_metadata():
    return load_metadata()["databases"][METADATA_DB_KEY]["tables"]


def test_metadata_file_is_the_repository_file_and_ships_in_the_package():
    assert metadata_path().resolve() == (ROOT / "metadata.yml").resolve()
    packaged = ROOT / "quotes" / "web" / "metadata.yml"
    assert packaged.read_text(encoding="utf-8") == (ROOT / "metadata.yml").read_text(encoding="utf-8")


def test_every_table_and_column_of_the_real_schema_has_a_description(memory_db):
    described = tables_metadata()
    missing = []
    for name in memory_db.table_names() + memory_db.view_names():
        if name.startswith("sqlite_"):  # SQLite's own (sqlite_stat1): Datasette hides them
            continue
        table = described.get(name)
        if not table or not table.get("description"):
            missing.append(name)
            continue
        columns = table.get("columns") or {}
        missing += [f"{name}.{c.name}" for c in memory_db[name].columns if not columns.get(c.name)]
    assert missing == [], f"add descriptions to metadata.yml for: {', '.join(missing)}"


def test_no_description_for_tables_or_columns_that_do_not_exist(memory_db):
    names = set(memory_db.table_names() + memory_db.view_names())
    for name, table in tables_metadata().items():
        assert name in names, f"metadata.yml describes a table that does not exist: {name}"
        columns = {c.name for c in memory_db[name].columns}
        assert set(table.get("columns") or {}) <= columns, name


def test_internal_tables_are_hidden(memory_db):
    tables = tables_metadata()
    internal = [n for n in memory_db.table_names() if n.startswith(("quotes_fts", "_sqlite"))]
    assert "quotes_fts" in internal and "_sqlite_migrations" in internal
    assert all(tables[n].get("hidden") is True for n in internal)
    assert not any(tables[n].get("hidden") for n in ("quotes", "quote_details", "speakers", "articles"))


def test_facets_sorting_labels_and_search():
    tables = tables_metadata()
    # values and tags facets (quotes/facets.py): counted in one query per page
    assert {"tags": "stance_tags"} in tables["quotes"]["facets"]
    assert {"values": "speaker_id"} in tables["quotes"]["facets"]
    assert {"tags": "stance_tags"} in tables["quote_details"]["facets"]
    assert [{"values": c} for c in ("speaker", "kind", "outlet")] == tables["quote_details"]["facets"][:3]
    assert tables["quotes"]["sort_desc"] == "id"
    assert tables["quote_details"]["sort_desc"] == "published"
    for table, column in (
        ("speakers", "name"),
        ("organizations", "name"),
        ("articles", "title"),
        ("tags", "name"),
    ):
        assert tables[table]["label_column"] == column
    assert (tables["quotes"]["fts_table"], tables["quotes"]["fts_pk"]) == ("quotes_fts", "id")
    assert (tables["quote_details"]["fts_table"], tables["quote_details"]["fts_pk"]) == (
        "quotes_fts",
        "quote_id",
    )


def test_descriptive_block_comes_before_the_configuration_block():
    text = (ROOT / "metadata.yml").read_text(encoding="utf-8")
    top_level = [line.split(":")[0] for line in text.splitlines() if re.match(r"^[a-z_]+:", line)]
    assert top_level == [
        "title",
        "description",
        "source",
        "source_url",
        "license",
        "license_url",
        "about",
        "about_url",
        "databases",
        "plugins",
    ]
    assert "datasette.yaml" in text  # the comment explaining the 1.0 split
    # inside each table: descriptions first, then options
    for name, table in yaml.safe_load(text)["databases"]["quotes"]["tables"].items():
        keys = list(table)
        assert keys[:2] == ["description", "columns"], name
    assert "queries" not in yaml.safe_load(text)["databases"]["quotes"]  # the plugin defines them


def test_database_key_and_links_follow_the_served_file_name():
    metadata = load_metadata(database="harbour")
    assert set(metadata["databases"]) == {"harbour"}
    assert metadata["source_url"] == "/harbour/articles"
    assert metadata["about_url"] == "/harbour"
    assert load_metadata()["source_url"] == "/quotes/articles"
