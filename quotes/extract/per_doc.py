"""Values derived from a spaCy ``Doc`` once and kept with it: :class:`PerDoc`,
the getter behind the docs' extensions and the rules' caches per doc."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar
from weakref import ReferenceType, WeakKeyDictionary, ref

from spacy.tokens import Doc

Derived = TypeVar("Derived")


class PerDoc(Generic[Derived]):
    """A ``Doc`` extension getter computing ``compute(doc)`` on first use, then
    returning the value kept for that doc (until the doc is gone).

    The rules read one window's doc at a time and ask tens of thousands of
    times over a corpus, so the last doc asked about and its value are kept
    aside too: a weak reference checked in a tenth of the time a lookup in
    the weak dictionary takes."""

    def __init__(self, compute: Callable[[Doc], Derived]):
        self.compute = compute
        self.values: WeakKeyDictionary[Doc, Derived] = WeakKeyDictionary()
        self._last: tuple[ReferenceType[Doc], Derived] | None = None

    def __call__(self, doc: Doc) -> Derived:
        last = self._last
        if last is not None and last[0]() is doc:
            return last[1]
        value = self.values.get(doc)
        if value is None:
            value = self.values[doc] = self.compute(doc)
        self._last = (ref(doc), value)
        return value

    def keep(self, doc: Doc, value: Derived) -> None:
        """Keep ``value`` as the value for ``doc``, without computing it."""
        self.values[doc] = value
        self._last = None
