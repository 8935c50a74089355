"""Reading the PolNeAR attribution corpus (brat standoff files) for evaluation.

Layout (see ``../shared/polnear/README.md``)::

    SPLIT/text/NAME.txt                  article text
    SPLIT/attributions/NAME_ANNOT.ann    annotations by annotator ANNOT
    metadata.tsv                         one row per article: compartment, filename, annotators...

An attribution (``E`` line) links one Source, one Cue and one or two Content
text-bound annotations (``T`` lines); a span may be discontinuous (``"a b;c d"``).
Attributions of type ``Attribution-no-source`` have no Source. ``E`` lines
without a Content (half-finished annotations) are skipped.

Some articles were annotated by several annotators (the agreement articles);
we use the FIRST annotator listed in ``metadata.tsv`` whose file exists, so
every article counts once.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quotes.errors import ReadError

Spans = tuple[tuple[int, int], ...]

#: Characters that make a content span a (direct or mixed) quotation. Double
#: quotation marks only: the curly single quote doubles as the apostrophe.
#: Two straight apostrophes (``''``) count too: the New York Times articles of
#: the corpus quote ''like this''.
QUOTE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'


def has_quote_mark(text: str) -> bool:
    """True when ``text`` holds a double quotation mark (or ``''``)."""
    return "''" in text or any(mark in text for mark in QUOTE_MARKS)


_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_E_LINE = re.compile(r"^(E\d+)\t(\S+)(.*)$")


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: character spans into the article text.

    ``content`` holds one part per piece of a discontinuous span (Content and
    Content2 together, in text order); ``source`` is empty for attributions
    without a source.
    """

    id: str
    content: Spans
    cue: Spans = ()
    source: Spans = ()

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return max(end for _, end in self.content)

    def content_text(self, text: str) -> str:
        """The content parts joined by a space."""
        return " ".join(text[s:e] for s, e in self.content)

    def source_text(self, text: str) -> str:
        return " ".join(text[s:e] for s, e in self.source)

    def is_direct(self, text: str) -> bool:
        """True when the content holds a double quotation mark (straight or curly, or ``''``)."""
        return has_quote_mark(self.content_text(text))


@dataclass
class PolnearArticle:
    """One article of a compartment with the attributions of one annotator."""

    name: str
    text: str
    annotator: str
    attributions: list[GoldAttribution] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def parse_spans(offsets: str) -> Spans:
    """``"3 9;12 20"`` -> ``((3, 9), (12, 20))``."""
    parts = []
    for piece in offsets.split(";"):
        start, end = piece.split()
        parts.append((int(start), int(end)))
    return tuple(parts)


def parse_ann(ann: str) -> list[GoldAttribution]:
    """The attributions of one brat standoff document, in the order of their E lines.

    Continuation lines (a span text running over several lines), notes (``#``)
    and other annotation types are ignored; text comes from the article, not
    from the ``.ann`` file. Raises ``ValueError`` on a malformed T or E line.
    """
    spans: dict[str, Spans] = {}
    events: list[tuple[str, dict[str, list[str]]]] = []
    for line in ann.splitlines():
        t_match = _T_LINE.match(line)
        if t_match:
            spans[t_match.group(1)] = parse_spans(t_match.group(3))
            continue
        e_match = _E_LINE.match(line)
        if e_match:
            roles: dict[str, list[str]] = {}
            for arg in e_match.group(3).split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789") or role, []).append(ref)
            events.append((e_match.group(1), roles))
    attributions = []
    seen: set[Spans] = set()
    for event_id, roles in events:
        try:
            content = tuple(sorted(p for ref in roles.get("Content", []) for p in spans[ref]))
            cue = tuple(sorted(p for ref in roles.get("Cue", []) for p in spans[ref]))
            source = tuple(sorted(p for ref in roles.get("Source", []) for p in spans[ref]))
        except KeyError as missing:
            raise ValueError(f"{event_id} refers to {missing.args[0]}, which is not defined") from None
        if not content or content in seen:
            continue
        seen.add(content)
        attributions.append(GoldAttribution(event_id, content, cue, source))
    return attributions


def read_metadata(root: Path) -> list[dict[str, str]]:
    """The rows of ``ROOT/metadata.tsv`` as dicts."""
    path = Path(root) / "metadata.tsv"
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as error:
        raise ReadError(str(path), f"cannot read the PolNeAR metadata ({error.strerror})") from error


def _choose_annotation(root: Path, split: str, row: dict[str, str]) -> tuple[str, Path] | None:
    folder = root / split / "attributions"
    for annotator in (row.get("annotators") or "").split("|"):
        path = folder / f"{row['filename']}_{annotator}.ann"
        if annotator and path.is_file():
            return annotator, path
    found = sorted(folder.glob(f"{row['filename']}_*.ann"))
    if found:
        return found[0].stem.rsplit("_", 1)[1], found[0]
    return None


def iter_split(root: str | Path, split: str, *, limit: int | None = None) -> Iterator[PolnearArticle]:
    """Yield the articles of compartment ``split`` (``train`` or ``dev``) under ``root``
    in ``metadata.tsv`` order, at most ``limit`` of them.

    Raises :class:`~quotes.errors.ReadError` naming the file when the corpus is
    missing or an annotation file is malformed or does not fit its text.
    """
    root = Path(root)
    if not (root / split / "text").is_dir():
        raise ReadError(
            str(root / split), f"no PolNeAR compartment {split!r} here (expected {split}/text/*.txt)"
        )
    count = 0
    for row in read_metadata(root):
        if row.get("compartment") != split:
            continue
        if limit is not None and count >= limit:
            return
        text_path = root / split / "text" / f"{row['filename']}.txt"
        chosen = _choose_annotation(root, split, row)
        if chosen is None or not text_path.is_file():
            continue
        annotator, ann_path = chosen
        text = _read(text_path)
        try:
            attributions = parse_ann(_read(ann_path))
        except ValueError as error:
            raise ReadError(str(ann_path), f"malformed annotation: {error}") from error
        for attribution in attributions:
            for start, end in attribution.content + attribution.source + attribution.cue:
                if not 0 <= start <= end <= len(text):
                    raise ReadError(
                        str(ann_path),
                        f"{attribution.id} span {start}-{end} is outside the text ({len(text)} characters)",
                    )
        count += 1
        yield PolnearArticle(row["filename"], text, annotator, attributions, row)


def load_split(root: str | Path, split: str, *, limit: int | None = None) -> list[PolnearArticle]:
    """All articles of ``split`` (see :func:`iter_split`)."""
    return list(iter_split(root, split, limit=limit))


def _read(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as error:
        raise ReadError(str(path), f"not UTF-8 text ({error.reason} at byte {error.start})") from error
    except OSError as error:
        raise ReadError(str(path), f"cannot read ({error.strerror})") from error
