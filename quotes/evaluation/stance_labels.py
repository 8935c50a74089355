"""Hand-labelled stance tags: reading them, and finding each labelled quote's cue.

Two formats are read, both pointing at quotes by file and offsets:

* YAML (``tests/fixtures/stance_labels.yml``): ``quotes:`` entries with
  ``file`` (relative to a root folder), ``start``, ``end``, the cue (a word or
  ``cue_start``/``cue_end``), ``tags`` (``TAG`` or ``TAG:TARGET``) and a
  ``split`` (:func:`label_split`: the entry's, else the file's top-level
  ``split``, else the corpus folder its file is in: ``polnear/train/...`` is
  ``train``).
* JSON lines (news-dev's ``stance.jsonl``): one quote a line with ``file``,
  ``start``, ``text`` (the quote, or its first characters when a ``gold.jsonl``
  beside the file holds the whole quote), ``tags`` and ``target`` (free text,
  not scored). Articles are read from ``text/FILE`` beside the labels.

Labels that give no cue offsets get them from the extractor
(:func:`attach_cues`), as a build would: the tagger is measured on what it
sees in production.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from quotes.enrich.stance import StanceError
from quotes.enrich.yamlfiles import read_yaml
from quotes.extract.stance_features import QuoteSpan
from quotes.records import Quote

DEFAULT_SPLIT = "dev"
"""The split of a label that names none and whose file is in no split's folder."""
SPLIT_FOLDERS = ("train", "dev", "test")
"""Folders a corpus keeps its splits in (PolNeAR's ``train/text/...``)."""


@dataclass(frozen=True)
class LabelledQuote:
    """A hand-labelled quote: where it is (file, offsets, cue) and its tags
    (name -> target, ``None`` when no target was labelled)."""

    file: str
    span: QuoteSpan
    tags: dict[str, str | None]
    cue: str | None = None
    split: str = DEFAULT_SPLIT

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def group(self) -> str:
        """What cross-validation keeps together: the article."""
        return self.file


def load_labels(path: str | Path, *, root: str | Path | None = None) -> list[LabelledQuote]:
    """Read a labels file (``.jsonl``: JSON lines, else YAML); quote texts are
    read from the articles it references, so the labels hold offsets, not copies.
    ``root`` is the folder YAML file paths are relative to."""
    path = Path(path)
    if path.suffix in (".jsonl", ".ndjson"):
        return _load_jsonl(path)
    if root is None:
        raise StanceError(f"{path}: YAML labels need the folder their file paths are relative to")
    data = read_yaml(path, error=StanceError, missing="labels file not found")
    if not isinstance(data, dict):
        raise StanceError(f"{path}: expected a mapping with a 'quotes' list")
    texts: dict[str, str] = {}
    split = data.get("split")
    return [
        _yaml_entry(raw, where=f"{path}: quotes[{i}]", root=Path(root), texts=texts, split=split)
        for i, raw in enumerate(data.get("quotes") or [])
    ]


def label_split(file: str, *, given: Any = None, file_split: Any = None) -> str:
    """The split of a label of ``file``: the one ``given`` on its entry, else
    the labels file's own (``file_split``), else the first folder of ``file``
    named in :data:`SPLIT_FOLDERS` (``polnear/dev/text/a.txt``: ``dev``), else
    :data:`DEFAULT_SPLIT`."""
    if given is not None:
        return str(given)
    if file_split is not None:
        return str(file_split)
    folders = Path(file).parts[:-1]
    return next((folder for folder in folders if folder in SPLIT_FOLDERS), DEFAULT_SPLIT)


def _read_article(path: Path, where: str, texts: dict[str, str]) -> str:
    key = str(path)
    if key not in texts:
        try:
            texts[key] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise StanceError(f"{where}: cannot read {path}") from None
    return texts[key]


def _tags(raw: Any, where: str) -> dict[str, str | None]:
    if not isinstance(raw, list) or not all(isinstance(tag, str) for tag in raw):
        raise StanceError(f"{where}: 'tags' must be a list of tag names")
    tags: dict[str, str | None] = {}
    for tag in raw:
        name, _, target = tag.partition(":")
        tags[name.strip()] = target.strip() or None
    return tags


def _yaml_entry(raw: Any, *, where: str, root: Path, texts: dict[str, str], split: Any) -> LabelledQuote:
    """One entry of a YAML labels file, its article read from ``root``
    (``split``: the file's top-level one, or None)."""
    try:
        file, start, end = raw["file"], int(raw["start"]), int(raw["end"])
    except (KeyError, TypeError, ValueError):
        raise StanceError(f"{where}: needs file, start and end") from None
    article = _read_article(root / file, where, texts)
    head = raw.get("head")
    if head and not article[start:end].startswith(head):
        raise StanceError(f"{where}: the text at {start}-{end} does not start with {head!r} (file changed?)")
    cue_start, cue_end = raw.get("cue_start"), raw.get("cue_end")
    span = QuoteSpan(article=article, start=start, end=end, cue_start=cue_start, cue_end=cue_end)
    cue = article[cue_start:cue_end] if cue_start is not None else raw.get("cue")
    return LabelledQuote(
        file=file,
        span=span,
        tags=_tags(raw.get("tags") or [], where),
        cue=cue,
        split=label_split(file, given=raw.get("split"), file_split=split),
    )


def _gold_texts(folder: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """The quotes of ``gold.jsonl`` in ``folder`` by (file, start), if there is one."""
    gold = folder / "gold.jsonl"
    if not gold.exists():
        return {}
    records = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["file"], int(record["start"])] = record
    return records


def _load_jsonl(path: Path) -> list[LabelledQuote]:
    """news-dev style labels: one JSON object a line (see the module docstring)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise StanceError(f"{path}: labels file not found") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise StanceError(f"{path}: cannot read ({problem.__class__.__name__})") from None
    folder = path.parent
    gold = _gold_texts(folder)
    texts: dict[str, str] = {}
    labels = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
            file, start = str(raw["file"]), int(raw["start"])
        except (ValueError, KeyError, TypeError):
            raise StanceError(f"{where}: expected a JSON object with file, start, text and tags") from None
        article_path = folder / "text" / file if (folder / "text" / file).exists() else folder / file
        article = _read_article(article_path, where, texts)
        record = gold.get((file, start), raw)
        text = str(record.get("text") or "")
        end = int(raw["end"]) if "end" in raw else start + len(text)
        if not text or article[start:end] != text:
            raise StanceError(f"{where}: the quote is not at offset {start} of {article_path}")
        span = QuoteSpan(article=article, start=start, end=end, kind=str(record.get("kind") or "direct"))
        labels.append(LabelledQuote(file=file, span=span, tags=_tags(raw.get("tags"), where)))
    return labels


def attach_cues(
    labels: Sequence[LabelledQuote], extract: Callable[[str], list[Quote]]
) -> list[LabelledQuote]:
    """``labels`` with the cue (and kind) the extractor gives each quote that has
    no cue offsets: the extracted quote overlapping it most. ``extract`` runs
    once per article."""
    found: dict[int, list[Quote]] = {}
    articles: dict[int, str] = {}
    result = []
    for item in labels:
        if item.span.cue_start is not None:
            result.append(item)
            continue
        key = id(item.span.article)
        if key not in found:
            articles[key] = item.span.article
            found[key] = extract(item.span.article)
        best = _overlapping(found[key], item.span.start, item.span.end)
        if best is None or best.cue_start is None:
            result.append(item)
            continue
        span = replace(item.span, cue_start=best.cue_start, cue_end=best.cue_end)
        result.append(replace(item, span=span, cue=item.cue or best.cue))
    return result


def _overlapping(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The quote of ``quotes`` sharing most characters with ``[start, end)``."""
    best, best_overlap = None, 0
    for quote in quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best
