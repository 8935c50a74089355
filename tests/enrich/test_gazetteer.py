import pytest

from quotes.enrich.gazetteer import (
    NAME_EDGES,
    QUOTE_EDGES,
    GazetteerError,
    apply_gazetteer,
    clean_name,
    load_gazetteer,
    main_country,
    name_key,
    parse_gazetteer,
)


def test_name_key_ignores_case_hyphens_dots_and_leading_article():
    assert name_key("Kim Jong-un") == name_key("kim jong un")
    assert name_key("The Foreign Ministry") == name_key("foreign ministry")
    assert name_key("Rufus T. Firefly") == "rufus t firefly"
    assert name_key("Leif\u2013Eric Easley") == name_key("Leif-Eric Easley")


def test_main_country_title_then_counts(gazetteer):
    countries = gazetteer.countries
    text = "Freedonian officials said. Fredville replied. A Sylvanian visitor."
    assert main_country(text, countries) == "Freedonia"
    assert main_country(text, countries, title="Sylvania protests") == "Sylvania"
    assert main_country("Nothing here.", countries) is None
    assert main_country("Freedonia and Sylvania.", countries) is None


def test_alias_with_context_condition(gazetteer):
    g = gazetteer
    about_freedonia = g.article_context("Freedonia fired a rocket. Freedonian leaders cheered.")
    about_sylvania = g.article_context("Sylvania held talks. Sylvanian diplomats smiled.")
    entry = g.match_speaker("the foreign ministry", context=about_freedonia)
    assert entry.name == "Freedonia's Ministry of Foreign Affairs"
    assert g.match_speaker("the foreign ministry", context=about_sylvania) is None
    assert g.match_speaker("the foreign ministry") is None
    assert g.match_organization("Fredville College").name == "Fredville Womans College"
    assert g.match_speaker("Rufus Firefly").name == "Rufus T. Firefly"


def test_surnames(gazetteer):
    people = {entry.name: entry for entry in gazetteer.people}
    assert people["Rufus T. Firefly"].surnames() == {"firefly"}
    assert people["Jordan Park"].surnames() == {"park"}
    assert people["Freedonia's Ministry of Defense"].surnames() == set()  # a body: no surname


@pytest.mark.parametrize(
    "data, problem",
    [
        ({"people": [{"role": "x"}]}, "needs a 'name'"),
        ({"people": [{"name": "A B", "alias": ["x"]}]}, "unknown field"),
        ({"peoples": []}, "unknown section"),
        ({"people": [{"name": "A B", "aliases": [3]}]}, "alias must be"),
        ([1, 2], "expected a mapping"),
    ],
)
def test_bad_gazetteer_is_a_clear_error(data, problem):
    with pytest.raises(GazetteerError, match=problem):
        parse_gazetteer(data, path="g.yml")


def test_load_errors_name_the_file(tmp_path):
    with pytest.raises(GazetteerError, match="not found"):
        load_gazetteer(tmp_path / "missing.yml")
    bad = tmp_path / "bad.yml"
    bad.write_text("people: [unclosed\n")
    with pytest.raises(GazetteerError, match=r"bad\.yml: not valid YAML"):
        load_gazetteer(bad)


def test_shipped_gazetteer_covers_the_sample(seeds_dir):
    g = load_gazetteer()
    for name in [
        "Antony Blinken",
        "Leif-Eric Easley",
        "Vipin Narang",
        "Choi Kang",
        "Lee Sung-yoon",
        "Mason Richey",
        "Jeffrey Lewis",
        "Duyeon Kim",
        "Donald Trump",
        "Kim Jong Un",
        "Linda Thomas-Greenfield",
        "Cheong Seong-chang",
        "Shin Beom-chul",
        "Moon Jae-in",
        "Kim Yo-jong",
        "Choe Son-hui",
    ]:
        assert g.match_speaker(name) is not None, name
    text = (seeds_dir / "000_e9a116a0eef2230c.txt").read_text()
    context = g.article_context(text)
    assert context.country == "North Korea"
    assert (
        g.match_speaker("the foreign ministry", context=context).name
        == "North Korea's Ministry of Foreign Affairs"
    )
    assert g.match_speaker("JCS", context=context).name == "South Korea's Joint Chiefs of Staff"
    assert g.match_organization("Ewha University").name == "Ewha Womans University"
    assert g.match_speaker("Kim Jong-un").name == "Kim Jong Un"


def test_apply_gazetteer_updates_existing_rows(memory_db, gazetteer):
    memory_db["speakers"].insert({"name": "Rufus Firefly", "kind": "person"})
    memory_db["organizations"].insert({"name": "Fredville College"})
    counts = apply_gazetteer(memory_db, gazetteer)
    assert counts == {"speakers": 1, "organizations": 1}
    row = memory_db.execute("select name, aliases, source from speakers").fetchone()
    assert row[0] == "Rufus T. Firefly" and "Rufus Firefly" in row[1] and row[2] == "gazetteer"
    assert memory_db.execute("select name, country from organizations").fetchone() == (
        "Fredville Womans College",
        "Freedonia",
    )


def test_build_step_applies_to_new_speakers_and_to_all_when_the_file_changes(memory_db, use_gazetteer):
    from quotes.enrich.gazetteer import apply_gazetteer_step

    memory_db["articles"].insert({"id": 1, "hash": "h1", "text": "x"})

    def quote_by(name):
        speaker = memory_db["speakers"].insert({"name": name, "kind": "person"}).last_pk
        memory_db["quotes"].insert(
            {"article_id": 1, "speaker_id": speaker, "text": "Hello", "start": 0, "end": 5}
        )
        return speaker

    first = quote_by("Rufus Firefly")
    assert apply_gazetteer_step(memory_db)["speakers"] == 1
    assert apply_gazetteer_step(memory_db) == {"speakers": 0, "organizations": 0}
    # an old row changed by hand is not looked at again, a new speaker's row is
    memory_db.execute("update speakers set name = 'Rufus Firefly' where id = ?", [first])
    second = quote_by("Rufus Firefly")
    assert apply_gazetteer_step(memory_db)["speakers"] == 1
    names = dict(memory_db.execute("select id, name from speakers").fetchall())
    assert names == {first: "Rufus Firefly", second: "Rufus T. Firefly"}
    # the gazetteer file changes: every row is looked at
    use_gazetteer.write_text(use_gazetteer.read_text() + "\n# edited\n")
    assert apply_gazetteer_step(memory_db)["speakers"] == 1
    assert (
        memory_db.execute("select count(*) from speakers where name = 'Rufus T. Firefly'").fetchone()[0] == 2
    )


@pytest.mark.parametrize(
    "name, strip, cleaned",
    [
        ("  the Harbor  Policy Center, ", NAME_EDGES, "Harbor Policy Center"),
        ("  the  spokesman, ", NAME_EDGES, "spokesman"),
        ("\u201cOona Threlkeld,\u201d", NAME_EDGES, "\u201cOona Threlkeld,\u201d"),
        ("\u201cOona Threlkeld,\u201d", NAME_EDGES + QUOTE_EDGES, "Oona Threlkeld"),
        ("Theodora Vale", NAME_EDGES, "Theodora Vale"),
    ],
)
def test_clean_name(name, strip, cleaned):
    assert clean_name(name, strip=strip) == cleaned
