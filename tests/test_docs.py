"""The README and docs/ stay true: every command is documented, the schema page
lists every table and column, every setting the code reads is documented,
links resolve, and the Python examples marked ```python test run against the
sample database."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
README_MAX_LINES = 250

EXAMPLE = re.compile(r"^```python test\n(.*?)^```$", re.MULTILINE | re.DOTALL)
LINK = re.compile(r"\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#+ (.+)$", re.MULTILINE)
NAME = re.compile(r"`([a-z_0-9]+)`")
SETTING = re.compile(r"\bQUOTES_[A-Z_]+\b")
#: An environment variable the package reads: its name as a string literal.
SETTING_READ = re.compile(r"[\"'](QUOTES_[A-Z_]+)[\"']")
REPO_PATH = re.compile(r"`((?:quotes|tests|scripts|benchmarks)/[\w./*-]*)")
PROJECT_MODULE = re.compile(r"python -m ((?:quotes|benchmarks)[\w.]*)")

# A short fictional story for the examples that build (people and places are made up).
STORY = (
    "Harbour wall to be rebuilt in Port Ellery\n\n"
    '"The old wall will not survive another winter," said Marta Quillfeather, '
    "the mayor of Port Ellery.\n"
)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


ALL_DOCS = "\n".join(read(page) for page in PAGES)


def command_paths(group, prefix: tuple[str, ...] = ()):
    """Every command and subcommand of ``group``, as ``(path, command)``."""
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name), command
        if hasattr(command, "commands"):
            yield from command_paths(command, (*prefix, name))


COMMANDS = dict(command_paths(cli))


def examples() -> list[tuple[str, str]]:
    """``(page:line, code)`` of every fenced block marked ``python test``."""
    found = []
    for page in PAGES:
        text = read(page)
        for match in EXAMPLE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append((f"{page.relative_to(ROOT)}:{line}", match.group(1)))
    return found


EXAMPLES = examples()


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_every_command_has_help_and_is_documented(path):
    command = COMMANDS[path]
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0 and len(result.output.splitlines()) > 3, path
    assert command.help and command.help.strip(), f"quotes {' '.join(path)} has no help text"
    for param in command.params:
        if param.param_type_name == "option" and not param.hidden:
            assert param.help, f"option {param.opts[0]} of quotes {' '.join(path)} has no help text"
    assert f"quotes {' '.join(path)}" in ALL_DOCS, f"quotes {' '.join(path)} is not in the docs"
    assert f"quotes {path[0]}" in read(README), f"quotes {path[0]} is not in the README"


def test_schema_is_documented(memory_db):
    """Every table, view and column is listed in docs/schema.md, each column in
    the section whose heading names its table."""
    page = read(DOCS / "schema.md")
    sections = {}  # table name -> the text of the section whose heading names it
    for section in page.split("\n## ")[1:]:
        for name in NAME.findall(section.splitlines()[0]):
            sections[name] = section
    documented = set(NAME.findall(page))
    missing = []
    names = [t for t in memory_db.table_names() if not t.startswith("quotes_fts_")] + memory_db.view_names()
    for name in names:
        if name not in documented:
            missing.append(name)
        in_section = set(NAME.findall(sections.get(name, page)))
        missing.extend(f"{name}.{c.name}" for c in memory_db[name].columns if c.name not in in_section)
    assert not missing, f"add these to docs/schema.md: {missing}"


def test_every_setting_is_documented():
    settings = {name for path in (ROOT / "quotes").rglob("*.py") for name in SETTING_READ.findall(read(path))}
    assert settings
    undocumented = settings - set(SETTING.findall(read(DOCS / "building.md")))
    assert not undocumented, f"add these to the settings table of docs/building.md: {undocumented}"


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_named_files_and_modules_exist(page):
    """Paths in the repository (`tests/...`, `scripts/...`) and modules run with
    ``python -m`` name things that exist."""
    text = read(page)
    missing = [path for path in REPO_PATH.findall(text) if not any(ROOT.glob(path.rstrip("/")))]
    for module in PROJECT_MODULE.findall(text):
        file = ROOT.joinpath(*module.split("."))
        if not (file.with_suffix(".py").is_file() or (file / "__main__.py").is_file()):
            missing.append(f"python -m {module}")
    assert not missing


def resolves(page: Path, target: str) -> bool:
    """Whether a relative link of ``page`` names an existing file and, after
    ``#``, one of its headings."""
    file, _, fragment = target.partition("#")
    linked = (page.parent / file).resolve() if file else page
    if not linked.exists():
        return False
    return not fragment or fragment in {anchor(h) for h in HEADING.findall(read(linked))}


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_links_resolve(page):
    targets = [t for t in LINK.findall(read(page)) if not t.startswith(("http://", "https://", "mailto:"))]
    assert [t for t in targets if not resolves(page, t)] == []


def test_readme_is_a_front_door():
    readme = read(README)
    assert len(readme.splitlines()) < README_MAX_LINES
    assert "docs/images/search.png" in readme
    for page in PAGES:
        assert "<!-- SECTION" not in read(page) and "owner:" not in read(page), page.name


def test_the_script_examples_are_run():
    """The README's tour shows querying from a script with sqlite3 and with
    sqlite-utils, both run below."""
    readme_examples = [code for where, code in EXAMPLES if where.startswith("README.md")]
    assert any("import sqlite3" in code and "quote_details" in code for code in readme_examples)
    assert any("import sqlite_utils" in code for code in readme_examples)


@pytest.fixture
def docs_workdir(tmp_path, monkeypatch, sample_db):
    """A folder like the project's after ``quotes build ../shared/seeds``: a copy
    of the sample database at ``db/quotes.db``, and ``articles/`` holding one
    fictional story. The examples run with it as the working directory."""
    (tmp_path / "db").mkdir()
    source = sqlite3.connect(sample_db)
    copy = sqlite3.connect(tmp_path / "db" / "quotes.db")
    source.backup(copy)
    source.close()
    copy.close()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "harbour.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("code", [code for _, code in EXAMPLES], ids=[where for where, _ in EXAMPLES])
def test_example_runs(code, docs_workdir, capsys):
    exec(compile(code, "<docs example>", "exec"), {"__name__": "__docs__"})
    assert capsys.readouterr().out.strip(), "the example printed nothing"
