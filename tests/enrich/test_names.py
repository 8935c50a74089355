"""Name indexes and the row writes that keep them right."""

import pytest

from quotes.enrich.gazetteer import parse_gazetteer
from quotes.enrich.names import NameIndex, Names
from quotes.enrich.organizations import find_organization
from quotes.records import Article
from quotes.store.db import open_db


@pytest.fixture
def names(memory_db):
    return Names(memory_db, gazetteer=parse_gazetteer({}))


def test_names_and_aliases_map_to_ids_in_id_order(names):
    names.db["organizations"].insert_all(
        [
            {"name": "Harbor Policy Center", "aliases": '["HPC"]'},
            {"name": "Tamsin Womans University", "aliases": '["Tamsin University", "HPC"]'},
        ]
    )
    assert find_organization(names, "harbor policy center") == 1
    assert find_organization(names, "Tamsin University") == 2
    assert names.organizations.ids("HPC") == [1, 2]
    assert find_organization(names, "HPC") == 1
    assert find_organization(names, "Quill Institute") is None


def test_rows_added_by_anyone_are_found(names):
    assert find_organization(names, "Quill Institute") is None
    names.db.execute("insert into organizations (name) values ('Quill Institute')")
    assert find_organization(names, "quill institute") == 1
    added = names.insert("organizations", {"name": "Bay Authority"})
    assert names.organizations.ids("the bay authority") == [added]


def test_renames_and_deletions_through_names_are_seen(names):
    quill = names.insert("speakers", {"name": "Mara Quill"})
    other = names.insert("speakers", {"name": "Ann Lott", "aliases": '["Mara Quill"]'})
    assert names.speakers.ids("Mara Quill") == [quill, other]
    assert names.update("speakers", quill, {"name": "Mara Quill-Brandt"}) == 1
    assert names.speakers.ids("Mara Quill") == [other]
    assert names.speakers.ids("mara quill brandt") == [quill]
    assert names.update("speakers", quill, {"role": "dean"}) == 1  # not a name: nothing to re-index
    assert names.delete("speakers", [other]) == 1
    assert names.speakers.ids("Mara Quill") == []
    assert names.speakers.ids("Ann Lott") == []


def test_a_write_by_another_connection_rebuilds_the_index(db_path):
    db = open_db(db_path)
    names = Names(db)
    db.execute("insert into organizations (name) values ('Quill Institute')")
    assert names.organizations.ids("Quill Institute") == [1]
    other = open_db(db_path)
    other.execute("update organizations set name = 'Quill Foundation' where id = 1")
    assert names.organizations.ids("Quill Institute") == []
    assert names.organizations.ids("Quill Foundation") == [1]


def test_only_name_tables_are_indexed(memory_db):
    with pytest.raises(ValueError):
        NameIndex(memory_db, "quotes")


def test_the_context_of_the_article_being_resolved(memory_db):
    countries = {"countries": [{"name": "Freedonia", "aliases": ["Freedonian"]}]}
    names = Names(memory_db, gazetteer=parse_gazetteer(countries))
    first = Article(text="Freedonian boats sailed.")
    assert names.context(first).country == "Freedonia"
    assert names.context(first) is names.context(first)
    assert names.context(Article(text="Nothing here.")).country is None
