import pytest

from quotes.enrich.names import Names
from quotes.enrich.organizations import (
    canonical_organization,
    find_organization,
    resolve_organization,
)


@pytest.fixture
def names(memory_db, gazetteer):
    return Names(memory_db, gazetteer=gazetteer)


def test_aliases_are_one_organization(names):
    a = resolve_organization(names, "Tamsin University")
    b = resolve_organization(names, "Tamsin Womans University")
    c = resolve_organization(names, "the Tamsin Womans University")
    assert a == b == c
    row = names.db.execute("select name, kind, country from organizations").fetchone()
    assert row == ("Tamsin Womans University", "university", "Freedonia")


def test_unknown_names_match_on_their_key(names):
    a = resolve_organization(names, "Quill Maritime Institute")
    assert resolve_organization(names, "the quill maritime institute") == a
    assert resolve_organization(names, "Bay Authority") != a
    assert resolve_organization(names, "") is None
    assert find_organization(names, "QUILL MARITIME INSTITUTE") == a
    assert names.db.execute("select name, aliases from organizations where id = ?", [a]).fetchone() == (
        "Quill Maritime Institute",
        "[]",
    )


def test_context_decides_a_bare_ministry(names, gazetteer):
    freedonia = gazetteer.article_context("Freedonia fired. Freedonian officials cheered.")
    sylvania = gazetteer.article_context("Sylvania watched. Sylvanian officials worried.")
    assert (
        canonical_organization("the defense ministry", gazetteer=gazetteer, context=freedonia)[0]
        == "Freedonia's Ministry of Defense"
    )
    assert (
        canonical_organization("the defense ministry", gazetteer=gazetteer, context=sylvania)[0]
        == "defense ministry"
    )
    f = resolve_organization(names, "the defense ministry", context=freedonia)
    s = resolve_organization(names, "the defense ministry", context=sylvania)
    assert f != s
    assert resolve_organization(names, "Freedonian Defense Ministry") == f


def test_uses_gazetteer_beside_the_database(gazetteer_file, monkeypatch):
    from quotes.store.db import open_db

    monkeypatch.delenv("QUOTES_GAZETTEER", raising=False)
    db = open_db(gazetteer_file.with_name("quotes.db"))
    org = resolve_organization(Names(db), "Tamsin University")
    assert (
        db.execute("select name from organizations where id = ?", [org]).fetchone()[0]
        == "Tamsin Womans University"
    )
