"""How well the stance tagger does: precision and recall per tag against hand labels.

The labels (``tests/fixtures/stance_labels.yml``) give, for quotes in the
sample articles and the PolNeAR corpus, the tags a person would give and their
targets; they point at the quote by file and offsets, so they hold no copy of
the text. :func:`evaluate` scores :func:`quotes.enrich.stance.tag_text`
against them; ``python -m quotes.evaluation.stance_scoring`` prints the table per
split (``dev`` labels were looked at while writing the rules, ``holdout``
ones were not).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes.enrich.gazetteer import load_gazetteer
from quotes.enrich.stance import StanceError, TargetDef, Taxonomy, load_taxonomy, people_targets, tag_text
from quotes.enrich.yamlfiles import read_yaml

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LABELS = PROJECT_ROOT / "tests" / "fixtures" / "stance_labels.yml"
DEFAULT_ROOT = PROJECT_ROOT.parent / "shared"
"""The folder the labels' file paths are relative to."""


@dataclass
class LabelledQuote:
    """A hand-labelled quote: where it is (file and offsets) and its tags."""

    file: str
    start: int
    end: int
    text: str
    cue: str | None
    tags: dict[str, str | None]
    split: str = "dev"


def load_labels(path: str | Path, *, root: str | Path) -> list[LabelledQuote]:
    """Read a labels file; quote texts are read from the files it references
    (relative to ``root``), so the labels hold offsets, not copies."""
    data = read_yaml(path, error=StanceError, missing="labels file not found")
    texts: dict[str, str] = {}
    return [
        _labelled(raw, where=f"{path}: quotes[{i}]", root=Path(root), texts=texts)
        for i, raw in enumerate(data.get("quotes") or [])
    ]


def _labelled(raw: Any, *, where: str, root: Path, texts: dict[str, str]) -> LabelledQuote:
    """One entry of the labels file, its text read from ``root`` (``texts`` keeps the files read)."""
    try:
        file, start, end = raw["file"], int(raw["start"]), int(raw["end"])
    except (KeyError, TypeError, ValueError):
        raise StanceError(f"{where}: needs file, start and end") from None
    if file not in texts:
        try:
            texts[file] = (root / file).read_text(encoding="utf-8")
        except OSError:
            raise StanceError(f"{where}: cannot read {root / file}") from None
    text = texts[file]
    head = raw.get("head")
    if head and not text[start:end].startswith(head):
        raise StanceError(f"{where}: the text at {start}-{end} does not start with {head!r} (file changed?)")
    tags: dict[str, str | None] = {}
    for tag in raw.get("tags") or []:
        if isinstance(tag, str):
            name, _, target = tag.partition(":")
            tags[name.strip()] = target.strip() or None
    return LabelledQuote(
        file=file,
        start=start,
        end=end,
        text=text[start:end],
        cue=text[raw["cue_start"] : raw["cue_end"]] if raw.get("cue_start") is not None else raw.get("cue"),
        tags=tags,
        split=str(raw.get("split", "dev")),
    )


@dataclass
class Scores:
    """Counts and precision, recall and F1 per tag and over all tags (micro)."""

    per_tag: dict[str, dict[str, float]]
    micro: dict[str, float]
    target_accuracy: float | None
    quotes: int


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def evaluate(
    labels: Sequence[LabelledQuote], *, taxonomy: Taxonomy, extra_targets: Sequence[TargetDef] = ()
) -> Scores:
    """Precision and recall per tag of the accepted (non-suggestion) tags
    against ``labels``, and how often the target of a correct tag is right."""
    counts = {t.name: [0, 0, 0] for t in taxonomy.tags}
    target_right = target_total = 0
    for item in labels:
        predicted = {
            h.tag: h.target
            for h in tag_text(item.text, cue=item.cue, taxonomy=taxonomy, extra_targets=extra_targets)
            if not h.suggestion
        }
        for name in counts:
            if name in predicted and name in item.tags:
                counts[name][0] += 1
                if item.tags[name]:
                    target_total += 1
                    target_right += predicted[name] == item.tags[name]
            elif name in predicted:
                counts[name][1] += 1
            elif name in item.tags:
                counts[name][2] += 1
    return Scores(
        per_tag={name: _prf(*c) for name, c in counts.items()},
        micro=_prf(*(sum(c[i] for c in counts.values()) for i in range(3))),
        target_accuracy=target_right / target_total if target_total else None,
        quotes=len(labels),
    )


def format_scores(scores: Scores) -> str:
    """The scores as a plain-text table."""
    lines = [f"{'tag':<16} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, s in [*scores.per_tag.items(), ("(micro)", scores.micro)]:
        lines.append(
            f"{name:<16} {s['precision']:>5.2f} {s['recall']:>5.2f} {s['f1']:>5.2f} "
            f"{s['tp']:>4} {s['fp']:>4} {s['fn']:>4}"
        )
    lines.append(
        f"{scores.quotes} quotes; target right for "
        + (f"{scores.target_accuracy:.0%}" if scores.target_accuracy is not None else "n/a")
        + " of correct tags with a labelled target"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quotes.evaluation.stance_scoring [LABELS] [ROOT]``: print the tagger's scores."""
    argv = list(sys.argv[1:] if argv is None else argv)
    labels = load_labels(argv[0] if argv else DEFAULT_LABELS, root=argv[1] if len(argv) > 1 else DEFAULT_ROOT)
    taxonomy = load_taxonomy()
    people = people_targets(load_gazetteer())
    for split in sorted({item.split for item in labels}):
        subset = [item for item in labels if item.split == split]
        print(
            f"== {split} ({'used to write the rules' if split == 'dev' else 'not used to write the rules'})"
        )
        print(format_scores(evaluate(subset, taxonomy=taxonomy, extra_targets=people)))
    print("== all")
    print(format_scores(evaluate(labels, taxonomy=taxonomy, extra_targets=people)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
