"""The sex that nearly always bears a given name (pure text, from the
package's data): the US census's given names (``given_names.tsv``), then
those of many countries the census does not tell (``world_given_names.tsv``),
both made by ``scripts/make-given-names``. A weak sign: it only counts when
the article says nothing of the person (:mod:`quotes.extract.gender`)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


def _read_given_names(filename: str) -> dict[str, str]:
    """Given name -> ``"m"`` or ``"f"``, from the package's ``filename`` (its header says where from)."""
    lines = files("quotes.extract").joinpath(filename).read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """The census's given names (``given_names.tsv``)."""
    return _read_given_names("given_names.tsv")


@lru_cache(maxsize=1)
def _world_given_names() -> dict[str, str]:
    """Given names of many countries the census does not tell, keyed in lower
    case (``world_given_names.tsv``)."""
    return {name.lower(): sex for name, sex in _read_given_names("world_given_names.tsv").items()}


def given_name_and_surname(words: list[str]) -> list[str]:
    """The last two or three of ``words`` opening on a known given name
    (``Resources Ada Obi``: ``Ada Obi``), else none."""
    size = next((n for n in (3, 2) if len(words) >= n and given_name_gender(words[-n])), 0)
    return words[-size:] if size else []


def given_name_gender(name: str) -> str | None:
    """``"m"`` or ``"f"`` when the given name ``name`` (``Astrid``) is borne by
    one sex at least 95% of the time in the US census of 1990; None otherwise.
    A weak sign: it only counts when the article says nothing of the person."""
    return _given_names().get(name)


def usual_gender(name: str) -> str | None:
    """The usual sex of the given name ``name``: the census's
    (:func:`given_name_gender`), else that of names from many countries
    (``Marek``, ``Kwame``, ``Tamsin``: ``world_given_names.tsv``).
    Only what a person is called tells it: :func:`given_name_gender` alone
    says whether a word is a given name, since the wider list holds words
    that open other names more often than the census does."""
    return given_name_gender(name) or _world_given_names().get(name.lower())
