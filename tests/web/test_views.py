"""The speaker and statement pages through Datasette, and the links to them."""

import re

import pytest
from datasette.app import Datasette

from quotes.store.db import open_db


@pytest.fixture
def client(small_db, datasette_client):
    """Datasette serving the small database (without the project's metadata)."""
    return datasette_client(Datasette([str(small_db)]))


def test_pages_and_links(client, small_db):
    db = open_db(small_db)
    speaker_id = db.execute("select id from speakers").fetchone()[0]
    statement_id = db.execute("select id from statements").fetchone()[0]
    page = client.get(f"/quotes/-/speaker/{speaker_id}")
    assert page.status_code == 200
    assert "Roles over time" in page.text and "lecturer" in page.text and "Port Gazette" in page.text
    assert f"/quotes/-/statement/{statement_id}" in page.text
    assert f'href="/quotes/quote_list?speaker_id={speaker_id}"' in page.text
    page = client.get(f"/quotes/-/statement/{statement_id}")
    assert page.status_code == 200
    assert re.search(r"<mark>local</mark>", page.text) and "Harbor Daily" in page.text
    for page in ("speaker", "statement"):
        missing = client.get(f"/quotes/-/{page}/999")
        assert missing.status_code == 404 and f"{page.capitalize()} 999 not found" in missing.text
    # the speakers table and row page link names to the speaker page
    assert f'href="/quotes/-/speaker/{speaker_id}"' in client.get("/quotes/speakers").text
    assert f'href="/quotes/-/speaker/{speaker_id}"' in client.get(f"/quotes/speakers/{speaker_id}").text
    assert f'href="/quotes/-/statement/{statement_id}"' in client.get("/quotes/quote_details").text


def test_sample_speaker_page(sample_db, datasette_client):
    client = datasette_client(Datasette([str(sample_db)]))
    db = open_db(sample_db)
    easley = db.execute("select id from speakers where name = 'Leif-Eric Easley'").fetchone()[0]
    page = client.get(f"/quotes/-/speaker/{easley}")
    assert page.status_code == 200 and "Ewha Womans University" in page.text
    assert page.text.count("<blockquote") + page.text.count('<p class="paraphrase') >= 4
    assert "Ewha Womans University (Ewha Womans University)" not in page.text
