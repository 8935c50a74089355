"""The schema is the one the docs describe."""

import re
from pathlib import Path


def test_schema_is_documented_in_readme(memory_db):
    """Every table, view and column is listed in the README's schema section."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- SECTION: schema", 1)[1].split("<!-- END SECTION: schema -->", 1)[0]
    names_in = lambda text: set(re.findall(r"`([a-z_0-9]+)`", text))  # noqa: E731
    chunks = {}  # table name -> the text of the subsection whose heading names it
    for chunk in section.split("\n### ")[1:]:
        for name in names_in(chunk.splitlines()[0]):
            chunks[name] = chunk
    missing = []
    names = [t for t in memory_db.table_names() if not t.startswith("quotes_fts_")] + memory_db.view_names()
    for name in names:
        if name not in names_in(section):
            missing.append(name)
        documented = names_in(chunks.get(name, section))
        for column in memory_db[name].columns:
            if column.name not in documented:
                missing.append(f"{name}.{column.name}")
    assert not missing, f"add these to the README schema section: {missing}"
