"""Reading the JSON columns."""

from __future__ import annotations

import pytest

from quotes.store.columns import json_list, tag_names


@pytest.mark.parametrize(
    "value, items",
    [('["a", 1]', ["a", 1]), (["a"], ["a"]), ("not json", []), ('{"a": 1}', []), (None, []), ("", [])],
)
def test_json_list(value, items):
    assert json_list(value) == items


def test_tag_names_read_strings_and_objects_and_ignore_junk():
    value = '["critical", {"label": "Warning"}, {"name": "support"}, {"tag": "urges"}, "", {}]'
    assert tag_names(value) == ["critical", "Warning", "support", "urges"]
    assert tag_names("not json") == [] and tag_names(None) == []
