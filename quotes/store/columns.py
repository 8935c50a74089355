"""Reading the JSON columns of the quotes database (``speakers.aliases``,
``quotes.stance_tags``, ``quotes.stance_targets``): arrays stored as JSON text."""

from __future__ import annotations

import json
from typing import Any


def json_list(value: str | list[Any] | None) -> list[Any]:
    """A JSON array column as a list (an empty list for null, junk or another JSON value)."""
    if isinstance(value, list):
        return value
    try:
        items = json.loads(value or "[]")
    except ValueError:
        return []
    return items if isinstance(items, list) else []


def tag_names(value: str | list[Any] | None) -> list[str]:
    """The tag names of a ``stance_tags`` array: its strings, or the ``name``
    (``label``, ``tag``) of objects written by other tools."""
    names = []
    for item in json_list(value):
        if isinstance(item, dict):
            item = item.get("name") or item.get("label") or item.get("tag")
        if item:
            names.append(str(item).strip())
    return names
