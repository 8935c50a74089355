import pytest

from quotes.enrich.gazetteer import name_key
from quotes.enrich.name_index import invalidate_name_index, name_index
from quotes.enrich.organizations import find_organization


def test_names_and_aliases_map_to_ids_in_id_order(memory_db):
    memory_db["organizations"].insert_all(
        [
            {"name": "Harbor Policy Center", "aliases": '["HPC"]'},
            {"name": "Tamsin Womans University", "aliases": '["Tamsin University", "HPC"]'},
        ]
    )
    index = name_index(memory_db, "organizations")
    assert find_organization(memory_db, "harbor policy center") == 1
    assert find_organization(memory_db, "Tamsin University") == 2
    assert index[name_key("HPC")] == [1, 2]
    assert find_organization(memory_db, "HPC") == 1
    assert find_organization(memory_db, "Quill Institute") is None


def test_rows_added_since_are_found_without_invalidation(memory_db):
    assert find_organization(memory_db, "Quill Institute") is None
    memory_db.execute("insert into organizations (name) values ('Quill Institute')")
    assert find_organization(memory_db, "quill institute") == 1


def test_renames_are_seen_after_invalidation(memory_db):
    memory_db.execute("insert into organizations (name) values ('Quill Institute')")
    assert find_organization(memory_db, "Quill Institute") == 1
    memory_db.execute("update organizations set name = 'Quill Foundation' where id = 1")
    invalidate_name_index(memory_db)
    assert find_organization(memory_db, "Quill Institute") is None
    assert find_organization(memory_db, "Quill Foundation") == 1


def test_only_name_tables_are_indexed(memory_db):
    with pytest.raises(ValueError):
        name_index(memory_db, "quotes")
