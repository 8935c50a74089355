"""CSV exports with cells that spreadsheets do not run as formulas.

Quotes come from untrusted articles: a quote, a name or a file name starting
with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is run as a
formula when the CSV is opened in a spreadsheet. Datasette 0.65 writes its CSV
(``.csv`` pages, streamed) with no hook for cells, so :func:`neutralise_csv`
is an ASGI wrapper (the plugin hook for changing responses) that re-writes
each complete CSV record of the response as it streams: such a cell gets a
leading ``'`` (OWASP's advice), which spreadsheets show as text. Plain
numbers (``-3.5``, a bm25 score) are left as they are.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
CSV_CONTENT_TYPES = (b"text/csv", b"text/plain")


def neutralise_cell(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would read it as a formula."""
    if cell.startswith(FORMULA_STARTS) and not _NUMBER_RE.fullmatch(cell):
        return "'" + cell
    return cell


def _complete_records_end(text: str) -> int:
    """Where the last complete CSV record of ``text`` ends (after its newline);
    ``text`` starts at a record. A newline inside quotes is part of a cell."""
    quoted = False
    end = 0
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == "\n" and not quoted:
            end = index + 1
    return end


class CsvCells:
    """Re-writes a CSV body given in chunks, neutralising every cell."""

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.pending = ""

    def feed(self, chunk: bytes, *, final: bool = False) -> bytes:
        """The re-written CSV of the complete records so far (all, when ``final``)."""
        text = self.pending + self.decoder.decode(chunk, final)
        end = len(text) if final else _complete_records_end(text)
        complete, self.pending = text[:end], text[end:]
        if not complete:
            return b""
        out = io.StringIO()
        writer = csv.writer(out)
        for row in csv.reader(io.StringIO(complete, newline="")):
            writer.writerow([neutralise_cell(cell) for cell in row])
        return out.getvalue().encode("utf-8")


def _is_csv(scope: dict, headers: list) -> bool:
    if not scope.get("path", "").endswith(".csv"):
        return False
    content_type = next((value for name, value in headers if name.lower() == b"content-type"), b"")
    return content_type.startswith(CSV_CONTENT_TYPES)


def neutralise_csv(app):
    """An ASGI wrapper neutralising the cells of CSV responses (see the module docs)."""

    async def wrapped(scope, receive, send) -> None:
        if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
            return await app(scope, receive, send)
        cells: CsvCells | None = None

        async def rewrite(message: dict) -> None:
            nonlocal cells
            if message["type"] == "http.response.start" and _is_csv(scope, message.get("headers", [])):
                cells = CsvCells()
                headers = [(n, v) for n, v in message.get("headers", []) if n.lower() != b"content-length"]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and cells is not None:
                final = not message.get("more_body", False)
                message = {**message, "body": cells.feed(message.get("body", b""), final=final)}
            await send(message)

        await app(scope, receive, rewrite)

    return wrapped
