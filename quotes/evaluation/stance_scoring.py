"""How well the stance tagger does: precision, recall and support per tag against hand labels.

Only stored tags count (suggestions are not shown as tags). The tags scored
are the taxonomy's general ones and any other tag the labels use: a labels
file that never uses a beat's tags cannot judge them. Micro averages pool the
counts of every scored tag; macro averages are the mean over the tags with
support. The confusions pair each missed label with the wrong tags given to
the same quote (``(none)`` when nothing was).

``quotes evaluate --stance FILE`` runs :func:`evaluate_file`; the labels are
read by :mod:`quotes.evaluation.stance_labels`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from quotes.enrich.stance import Taxonomy, load_taxonomy, people_targets
from quotes.enrich.stance_model import StanceModel, Tagger, load_model
from quotes.evaluation.stance_labels import LabelledQuote, attach_cues, load_labels
from quotes.records import Quote

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LABELS = PROJECT_ROOT / "tests" / "fixtures" / "stance_labels.yml"
DEFAULT_ROOT = PROJECT_ROOT.parent / "shared"
"""The folder the YAML labels' file paths are relative to."""
NONE = "(none)"


@dataclass
class Scores:
    """Counts, precision, recall and F1 per tag, micro and macro averages, the
    confusions, and how often the target of a correct tag is right."""

    per_tag: dict[str, dict[str, float]]
    micro: dict[str, float]
    macro: dict[str, float]
    confusions: Counter = field(default_factory=Counter)
    target_accuracy: float | None = None
    quotes: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The scores as JSON (``quotes evaluate --stance --json``), the commonest confusions first."""
        confusions = self.confusions.most_common()
        data = asdict(self)
        data["confusions"] = [{"label": g, "given": p, "count": n} for (g, p), n in confusions]
        return data


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "support": tp + fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def scored_tags(taxonomy: Taxonomy, labels: Sequence[LabelledQuote]) -> list[str]:
    """The general tags of ``taxonomy``, then any other tag the labels use."""
    names = [t.name for t in taxonomy.tags if t.beat == "general"]
    used = sorted({tag for item in labels for tag in item.tags} - set(names))
    return names + used


def score(
    labels: Sequence[LabelledQuote], predicted: Sequence[dict[str, str | None]], *, tags: Sequence[str]
) -> Scores:
    """Score ``predicted`` (per quote, stored tag -> target) against ``labels``."""
    counts = {name: [0, 0, 0] for name in tags}
    confusions: Counter = Counter()
    target_right = target_total = 0
    for item, given in zip(labels, predicted):
        given = {k: v for k, v in given.items() if k in counts}
        wanted = {k: v for k, v in item.tags.items() if k in counts}
        for name in given.keys() & wanted.keys():
            counts[name][0] += 1
            if wanted[name]:
                target_total += 1
                target_right += given[name] == wanted[name]
        wrong, missed = sorted(given.keys() - wanted.keys()), sorted(wanted.keys() - given.keys())
        for name in wrong:
            counts[name][1] += 1
        for name in missed:
            counts[name][2] += 1
        for label in missed or ([NONE] if wrong else []):
            for tag in wrong or [NONE]:
                confusions[label, tag] += 1
    per_tag = {name: _prf(*c) for name, c in counts.items()}
    supported = [s for s in per_tag.values() if s["support"]]
    macro = {
        key: sum(s[key] for s in supported) / len(supported) if supported else 0.0
        for key in ("precision", "recall", "f1")
    }
    return Scores(
        per_tag=per_tag,
        micro=_prf(*(sum(c[i] for c in counts.values()) for i in range(3))),
        macro=macro,
        confusions=confusions,
        target_accuracy=target_right / target_total if target_total else None,
        quotes=len(labels),
    )


def predict(
    labels: Sequence[LabelledQuote], tagger: Tagger, *, suggestions: bool = False
) -> list[dict[str, str | None]]:
    """The stored tags the tagger gives each labelled quote, with targets (and
    with ``suggestions``, the suggested ones too)."""
    hits = tagger.tag([item.span for item in labels], [item.cue for item in labels])
    return [{h.tag: h.target for h in found if suggestions or not h.suggestion} for found in hits]


def format_scores(scores: Scores, *, confusions: int = 8) -> str:
    """The scores as a plain-text table, then the commonest confusions."""
    lines = [f"{'tag':<16} {'P':>5} {'R':>5} {'F1':>5} {'support':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, s in [*scores.per_tag.items(), ("(micro)", scores.micro)]:
        lines.append(
            f"{name:<16} {s['precision']:>5.2f} {s['recall']:>5.2f} {s['f1']:>5.2f} {s['support']:>7} "
            f"{s['tp']:>4} {s['fp']:>4} {s['fn']:>4}"
        )
    m = scores.macro
    lines.append(f"{'(macro)':<16} {m['precision']:>5.2f} {m['recall']:>5.2f} {m['f1']:>5.2f}")
    lines.append(
        f"{scores.quotes} quotes; target right for "
        + (f"{scores.target_accuracy:.0%}" if scores.target_accuracy is not None else "n/a")
        + " of correct tags with a labelled target"
    )
    if scores.confusions:
        lines.append("confusions (label -> tag given instead):")
        for (label, given), n in scores.confusions.most_common(confusions):
            lines.append(f"  {label} -> {given}: {n}")
    return "\n".join(lines)


def evaluate_file(
    path: str | Path,
    *,
    root: str | Path | None = None,
    taxonomy: Taxonomy | None = None,
    model: StanceModel | None = None,
    extract: Callable[[str], list[Quote]] | None = None,
    people: Sequence[Any] | None = None,
    suggestions: bool = False,
) -> dict[str, Scores]:
    """Score the tagger on the labels at ``path``: one :class:`Scores` per split
    (``all`` for every label; with ``suggestions`` also the suggested tags
    counted as given). Cues the labels lack come from ``extract`` (default:
    the project's extractor)."""
    from quotes.enrich.gazetteer import load_gazetteer

    labels = load_labels(path, root=root if root is not None else DEFAULT_ROOT)
    if extract is None:
        from quotes.extract import extract_quotes

        extract = extract_quotes
    labels = attach_cues(labels, extract)
    taxonomy = taxonomy or load_taxonomy()
    people = people if people is not None else people_targets(load_gazetteer())
    tagger = Tagger(taxonomy, model=model or load_model(), extra_targets=people)
    predicted = predict(labels, tagger)
    tags = scored_tags(taxonomy, labels)
    results = {"all": score(labels, predicted, tags=tags)}
    if suggestions:
        results["stored and suggested"] = score(labels, predict(labels, tagger, suggestions=True), tags=tags)
    splits = sorted({item.split for item in labels})
    if len(splits) > 1:
        for split in splits:
            chosen = [i for i, item in enumerate(labels) if item.split == split]
            results[split] = score([labels[i] for i in chosen], [predicted[i] for i in chosen], tags=tags)
    return results
