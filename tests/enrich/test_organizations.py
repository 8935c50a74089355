import pytest
import yaml

from quotes.enrich.gazetteer import parse_gazetteer
from quotes.enrich.organizations import (
    canonical_organization,
    clean_organization_name,
    find_organization,
    resolve_organization,
)

DATA = {
    "countries": [
        {"name": "Freedonia", "aliases": ["Freedonian"]},
        {"name": "Sylvania", "aliases": ["Sylvanian"]},
    ],
    "bodies": [
        {
            "name": "Freedonia's Ministry of Defense",
            "aliases": [
                "Freedonian Defense Ministry",
                {"alias": "defense ministry", "when": {"country": "Freedonia"}},
            ],
        }
    ],
    "organizations": [
        {
            "name": "Tamsin Womans University",
            "aliases": ["Tamsin University"],
            "kind": "university",
            "country": "Freedonia",
        }
    ],
}


@pytest.fixture
def gazetteer():
    return parse_gazetteer(DATA)


def test_clean_organization_name():
    assert clean_organization_name("  the Harbor  Policy Center, ") == "Harbor Policy Center"


def test_aliases_are_one_organization(memory_db, gazetteer):
    a = resolve_organization(memory_db, "Tamsin University", gazetteer=gazetteer)
    b = resolve_organization(memory_db, "Tamsin Womans University", gazetteer=gazetteer)
    c = resolve_organization(memory_db, "the Tamsin Womans University", gazetteer=gazetteer)
    assert a == b == c
    row = memory_db.execute("select name, kind, country from organizations").fetchone()
    assert row == ("Tamsin Womans University", "university", "Freedonia")


def test_unknown_names_match_on_their_key(memory_db, gazetteer):
    a = resolve_organization(memory_db, "Harbor Policy Center", gazetteer=gazetteer)
    assert resolve_organization(memory_db, "the harbor policy center", gazetteer=gazetteer) == a
    assert resolve_organization(memory_db, "Bay Authority", gazetteer=gazetteer) != a
    assert resolve_organization(memory_db, "", gazetteer=gazetteer) is None
    assert find_organization(memory_db, "HARBOR POLICY CENTER") == a


def test_context_decides_a_bare_ministry(memory_db, gazetteer):
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
    f = resolve_organization(memory_db, "the defense ministry", gazetteer=gazetteer, context=freedonia)
    s = resolve_organization(memory_db, "the defense ministry", gazetteer=gazetteer, context=sylvania)
    assert f != s
    assert resolve_organization(memory_db, "Freedonian Defense Ministry", gazetteer=gazetteer) == f


def test_uses_gazetteer_beside_the_database(db_path, monkeypatch):
    from quotes.store.db import open_db

    monkeypatch.delenv("QUOTES_GAZETTEER", raising=False)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    (db_path.parent / "speakers.yml").write_text(yaml.safe_dump(DATA))
    db = open_db(db_path)
    org = resolve_organization(db, "Tamsin University")
    assert (
        db.execute("select name from organizations where id = ?", [org]).fetchone()[0]
        == "Tamsin Womans University"
    )
