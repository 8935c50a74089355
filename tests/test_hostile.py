"""A served database under hostile and careless use, over HTTP on 127.0.0.1.

Each test sends what a visitor could send to ``quotes serve`` (a real server in
a subprocess, started once for the module) and checks that the cost stays
bounded: searches over the limits and bad parameters get a 400 with a message,
queries that would take the server's memory are refused, expensive requests
queue behind each other instead of taking every SQL thread, CSV cells are not
formulas, and nothing shows the machine (file paths, memory addresses). The
articles are made up here (fictional people).
"""

from __future__ import annotations

import csv
import io
import json
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from quotes.build import build
from quotes.store.fts import MAX_QUERY_CHARS, MAX_QUERY_WORDS
from quotes.web.limits import MAX_RESULT_BYTES, MIB, SQL_LANE
from quotes.web.publish import Server, running_server

FORMULA_STORY = """Budget row in Wendlebury

"=HYPERLINK(1) is not a budget," said Ada Vell, the treasurer of Wendlebury.

"+1 for the harbour wall, and nothing for the school roof," said Bram Corrigan, a councillor.

"-2 percent is what the grain tax will cost us," Cleo Dunmore told reporters.

"@everyone should read the plan before the vote," said Dov Elsworth, the mayor.
"""
HARBOUR_STORY = """Harbour wall to be rebuilt in Eastbrook

"The harbour wall will protect every family on the quay," said Mara Quillfeather, the mayor of Eastbrook.

"It is a costly mistake that ignores the tides," said Tobias Renwick, an engineer who studied the plans.
"""
LATIN1_NAME = b"caf\xe9.txt"
"""A file name that is not UTF-8 (Latin-1 bytes)."""


@dataclass
class Served:
    server: Server
    name: str
    db_path: Path

    def get(self, path: str, *, timeout: float = 120) -> tuple[int, str]:
        """The status and body of ``path`` (4xx and 5xx included)."""
        try:
            with urllib.request.urlopen(self.server.url + path, timeout=timeout) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def json(self, path: str) -> tuple[int, dict]:
        status, body = self.get(path)
        return status, json.loads(body)

    def rss_mb(self) -> float:
        """The server's resident memory now, in MB."""
        status = Path(f"/proc/{self.server.process.pid}/status").read_text()
        kilobytes = next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))
        return int(kilobytes) / 1024


def quoted(value: str) -> str:
    return urllib.parse.quote(value, safe="")


@pytest.fixture(scope="module")
def served(tmp_path_factory, nlp) -> Served:
    """``quotes serve`` on a database built from the stories above, one of them
    in a file whose name is not UTF-8."""
    folder = tmp_path_factory.mktemp("hostile")
    corpus = folder / "articles"
    corpus.mkdir()
    (corpus / "budget.txt").write_text(FORMULA_STORY, encoding="utf-8")
    with open(os.path.join(os.fsencode(corpus), LATIN1_NAME), "wb") as handle:
        handle.write(HARBOUR_STORY.encode("utf-8"))
    db_path = folder / "hostile.db"
    report = build([corpus], db_path=db_path)
    assert report.added == 2 and not report.errors, report.errors
    with running_server(db_path, log_path=folder / "server.log") as server:
        yield Served(server=server, name="hostile", db_path=db_path)


def many_words(count: int) -> str:
    return " ".join(f"harbour{n}" for n in range(count))


# --- 1. full-text search cannot outlive the time limit -------------------------------------


@pytest.mark.parametrize(
    "path, problem",
    [
        ("/{db}/search_quotes.json?q={words}", f"the limit is {MAX_QUERY_WORDS}"),
        ("/{db}/search_quotes.json?q={long}", f"the limit is {MAX_QUERY_CHARS:,}"),
        ("/{db}/quotes.json?_search={words}", f"the limit is {MAX_QUERY_WORDS}"),
        ("/{db}/quote_details.json?_search={long}&_searchmode=raw", f"the limit is {MAX_QUERY_CHARS:,}"),
        ("/{db}/quotes_mentioning.json?term={words}", f"the limit is {MAX_QUERY_WORDS}"),
        ("/{db}/quotes_by_speaker.json?speaker={long}", f"the limit is {MAX_QUERY_CHARS:,}"),
    ],
)
def test_full_text_searches_over_the_limits_are_refused(served, path, problem):
    words, long = quoted(many_words(MAX_QUERY_WORDS + 1)), "x" * (MAX_QUERY_CHARS + 1)
    status, body = served.json(path.format(db=served.name, words=words, long=long))
    assert status == 400 and problem in body["error"], body


def test_searches_within_the_limits_run(served):
    words = quoted(" OR ".join(["harbour", *many_words(MAX_QUERY_WORDS - 1).split()]))
    status, body = served.json(f"/{served.name}/search_quotes.json?q={words}&_shape=array")
    assert status == 200 and body, body
    status, body = served.json(f"/{served.name}/search_quotes.json?q=harbour+wall&_shape=array")
    assert status == 200 and "<mark>harbour</mark>" in body[0]["snippet"].lower()


def test_long_searches_are_refused_before_they_reach_sqlite(served):
    for count in (1_000, 4_000):
        status, body = served.json(f"/{served.name}/search_quotes.json?q={quoted(many_words(count))}")
        assert status == 400 and "the limit is" in body["error"]
    with pytest.raises((urllib.error.URLError, ConnectionError)):  # 100 KB: the HTTP server hangs up
        served.get(f"/{served.name}/search_quotes.json?q={quoted(many_words(10_000))}")
    assert served.get(f"/{served.name}/quotes.json?_size=1")[0] == 200


# --- 2. no query takes the server's memory --------------------------------------------------


def test_memory_hungry_sql_is_refused(served):
    before = served.rss_mb()
    for _ in range(3):
        status, body = served.json(
            f"/{served.name}.json?sql=" + quoted("select length(hex(zeroblob(4.5e8)))")
        )
        assert status == 400 and "too big" in body["error"], body
    rows = MAX_RESULT_BYTES // MIB + 8
    many = f"with recursive n(x) as (select 1 union all select x + 1 from n limit {rows}) "
    status, body = served.json(f"/{served.name}.json?sql=" + quoted(many + "select zeroblob(1048576) from n"))
    assert status == 400 and "fewer rows" in body["error"], body
    assert served.rss_mb() - before < 512, "the server kept the memory of refused queries"


# --- 4. whoosh searches have bounded cost ---------------------------------------------------


@pytest.mark.parametrize(
    "query, problem",
    [
        ("*e* OR *a* OR *i* OR *o*", "needs at least one letter"),
        ("harbour~5", "at most 2 letters off"),
        ("*:*", "not possible"),
        ("h" * (MAX_QUERY_CHARS + 500), f"the limit is {MAX_QUERY_CHARS:,}"),
        (many_words(MAX_QUERY_WORDS + 1), f"the limit is {MAX_QUERY_WORDS}"),
    ],
)
def test_expensive_whoosh_searches_are_refused(served, query, problem):
    status, body = served.json("/-/search.json?q=" + quoted(query))
    assert status == 400 and problem in body["error"], body
    status, page = served.get("/-/search?q=" + quoted(query))
    assert status == 400 and "Traceback" not in page


def test_whoosh_searches_within_the_limits_run(served):
    for query in ("harbor~2", "harb*", "har?our", "speaker:quillfeather"):
        status, body = served.json("/-/search.json?q=" + quoted(query))
        assert status == 200 and body["total"] >= 1, (query, body)
    filters = "&".join(f"speaker=Person+{n}" for n in range(25))
    status, body = served.json(f"/-/search.json?q=wall&{filters}")
    assert status == 400 and "at most 20 filters" in body["error"]


# --- 6. file names are data -----------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_stored_and_shown_safely(served):
    status, rows = served.json(f"/{served.name}/articles.json?_shape=array&_col=source")
    assert status == 200
    sources = sorted(Path(row["source"]).name for row in rows)
    assert sources == ["budget.txt", "caf\\xe9.txt"]
    status, page = served.get(f"/{served.name}/articles")
    assert status == 200 and "caf\\xe9.txt" in page


# --- 7. CSV cells are not formulas ----------------------------------------------------------


def test_csv_cells_that_start_a_formula_are_neutralised(served):
    for path in (f"/{served.name}/quotes.csv?_size=max", f"/{served.name}/quote_details.csv?_dl=1"):
        status, body = served.get(path)
        assert status == 200
        cells = [cell for row in csv.reader(io.StringIO(body)) for cell in row]
        for start in "=+-@":
            assert not any(cell.startswith(start) for cell in cells), (path, start)
        assert (
            "'=HYPERLINK(1) is not a budget" in cells
            and "'@everyone should read the plan before the vote" in cells
        )
    status, body = served.get(f"/{served.name}.csv?sql=select+-2.5+as+n,+'-x'+as+t")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert status == 200 and rows == [{"n": "-2.5", "t": "'-x"}]  # numbers stay numbers


# --- 8. a bad parameter is a 400 with a message ----------------------------------------------


BAD_PARAMETERS = [
    ("/{db}/quotes.json?_sort=nope", "Cannot sort table by nope"),
    ("/{db}/quote_details.json?_sort_desc=nope", "Cannot sort table by nope"),
    ("/{db}/quotes.json?_sort=id&_sort_desc=id", "Cannot use _sort and _sort_desc"),
    ("/{db}/quotes.json?_facet=%7Bbad", "not valid JSON"),
    ("/{db}/quotes.json?_facet_array=%5B1%5D", ""),
    ("/{db}/quotes.json?_facet=kind%00", "NUL characters"),
    ("/{db}/quotes.json?_facet_tags=%7B", "not valid JSON"),
    ("/{db}/quotes.json?_facet_values=%7B%22simple%22:1%7D", "expected 'simple'"),
    ("/{db}/quotes.json?_facet_size=%7B", "not valid JSON"),
    ("/{db}/quotes.json?_where=?", "Binding"),
    ("/{db}/quotes.json?_where=id%3D:x", "binding"),
    ("/{db}/quotes.json?_through=nope", "not valid JSON"),
    ("/{db}/quotes.json?_timelimit=soon", "_timelimit"),
    ("/{db}/quotes.json?_json_infinity=maybe", "on/off"),
    ("/{db}/quotes.json?id__gt=99999999999999999999", "too large"),
    ("/{db}/quote_details.json?_next=later", "whole number"),
    ("/{db}/quote_details.json?_next=99999999999999999999", "mismatch"),
    ("/{db}.json?sql=select+1&x=%00", "NUL characters"),
    ("/-/search.json?q=wall&page=0", "page must be between"),
    ("/-/search.json?q=wall&size=x", "size must be a whole number"),
]


@pytest.mark.parametrize("path, message", BAD_PARAMETERS)
def test_bad_parameters_get_a_400_with_a_message(served, path, message):
    status, body = served.json(path.format(db=served.name))
    assert status == 400, (path, body)
    assert message.lower() in body["error"].lower(), (path, body)
    if "_json" not in path:  # (the JSON options mean nothing to the HTML page)
        html_status, page = served.get(path.format(db=served.name).replace(".json", "", 1))
        assert html_status == 400 and "Traceback" not in page


@pytest.mark.parametrize(
    "path, message",
    [
        ("/{db}.csv", "needs a query"),
        ("/{db}.json?_shape=array", "needs a query"),
        ("/{db}.csv?sql=", "needs a query"),
    ],
)
def test_a_database_page_without_a_query_says_what_it_needs(served, path, message):
    status, body = served.get(path.format(db=served.name))
    assert status == 400 and message in body and "Traceback" not in body


# --- 10. nothing shows the machine -----------------------------------------------------------


def test_no_file_path_or_memory_address_is_shown(served):
    status, body = served.get("/-/databases.json")
    assert status == 200 and str(served.db_path.parent) not in body and json.loads(body)[0]["name"]
    for sql in ("select file from pragma_database_list", "select fts3_tokenizer('simple')"):
        status, body = served.json(f"/{served.name}.json?sql=" + quoted(sql))
        assert status == 400 and "not" in body["error"], body
    status, page = served.get(f"/{served.name}")
    assert status == 200 and "quote_details" in page  # the database page still lists its tables


# --- expensive requests queue, cheap pages go on ----------------------------------------------

SLOW_SQL = "with recursive n(x) as (select 1 union all select x + 1 from n) select count(*) from n"


def test_expensive_sql_waits_its_turn_and_cheap_pages_do_not(served):
    """More slow queries than the arbitrary-SQL lane takes: one is refused at
    once (503), the others run one after another, each cut at the time limit,
    and a quote page answers while they run."""
    results: list[tuple[int, float]] = []
    started = time.monotonic()

    def slow() -> None:
        status, _ = served.get(f"/{served.name}.json?sql=" + quoted(SLOW_SQL), timeout=300)
        results.append((status, time.monotonic() - started))

    threads = [threading.Thread(target=slow) for _ in range(SQL_LANE.running + SQL_LANE.waiting + 1)]
    for thread in threads:
        thread.start()
    time.sleep(1)
    status, page = served.get(f"/{served.name}/-/quote/1")
    cheap_done = time.monotonic() - started
    for thread in threads:
        thread.join()
    assert status == 200 and "Traceback" not in page
    statuses = sorted(status for status, _ in results)
    assert statuses == [400] * (len(threads) - 1) + [503], statuses  # 400: "took too long"
    assert cheap_done < max(seconds for status, seconds in results if status == 400)


@pytest.mark.parametrize(
    "query, problem",
    [
        ("*e* OR *a*", "needs at least one letter"),
        ("wall~5", "at most 2 letters off"),
        ("w " * 40, "limit is 32"),
    ],
)
def test_quotes_search_says_why_in_one_line(served, query, problem):
    from click.testing import CliRunner

    from quotes.cli import cli

    result = CliRunner().invoke(cli, ["search", query, "--db", str(served.db_path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.count("\n") == 1 and problem in result.stderr, result.stderr
