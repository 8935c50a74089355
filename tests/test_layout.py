"""The package layout shows the architecture: imports go one way, modules and
functions stay short enough to read at once."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quotes"

MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60

#: The layers, in the order data flows through them. A module may import its own
#: layer and the layers before it, never a later one.
LAYERS = {
    "quotes.errors": 0,
    "quotes.settings": 0,
    "quotes.records": 0,
    "quotes.ingest": 1,
    "quotes.extract": 2,
    "quotes.store": 3,
    "quotes.enrich": 4,
    "quotes.search": 5,
    "quotes.web": 6,
    "quotes.evaluation": 7,
    "quotes.distributed": 8,
    "quotes.build": 8,
    "quotes.load": 8,
    "quotes.cli": 9,
    "quotes.__main__": 10,
    "quotes": 0,
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer(module: str) -> int:
    while module not in LAYERS:
        module = module.rpartition(".")[0]
    return LAYERS[module]


#: Outside libraries that only one package may use.
CONFINED = {
    "spacy": "quotes.extract",
    "datasette": "quotes.web",
    "whoosh": "quotes.search",
    "click": "quotes.cli",
    "distributed": "quotes.distributed",
    "dask": "quotes.distributed",
}


def all_imports(module: str) -> set[str]:
    """Every module name ``module`` imports, at any depth of its code (relative
    imports resolved), with ``from a import b`` giving both ``a`` and ``a.b``."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[: len(base) - node.level + 1] if node.level else []
            source = ".".join([*base, *([node.module] if node.module else [])])
            found.add(source)
            found.update(f"{source}.{alias.name}" for alias in node.names)
    return found


def imported_modules(module: str) -> set[str]:
    """The modules of the package that ``module`` imports."""
    return {name for name in all_imports(module) if name in MODULES and name != module}


GRAPH = {module: imported_modules(module) for module in MODULES}


def test_imports_go_one_way():
    backwards = [
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if layer(target) > layer(module)
    ]
    assert not backwards


def test_reading_and_extraction_never_touch_sqlite():
    storage = ("sqlite3", "sqlite_utils", "sqlmodel", "sqlalchemy")
    touching = [
        f"{module} imports {name}"
        for module in MODULES
        if module.startswith(("quotes.ingest", "quotes.extract"))
        for name in all_imports(module)
        if name.split(".")[0] in storage
    ]
    assert not touching


def test_each_outside_library_stays_in_its_package():
    strays = [
        f"{module} imports {name}"
        for module in MODULES
        for name in all_imports(module)
        if name.split(".")[0] in CONFINED and not module.startswith(CONFINED[name.split(".")[0]])
    ]
    assert not strays


def test_no_import_circle():
    """Tarjan's strongly connected components over the import graph: every
    component is a single module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in GRAPH[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in GRAPH:
        if module not in index:
            visit(module)
    assert not circles


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_and_functions_are_short(module):
    source = MODULES[module].read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_MODULE_LINES
    long_functions = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long_functions


def test_only_the_settings_module_reads_the_environment():
    readers = [
        module
        for module, path in MODULES.items()
        if module != "quotes.settings"
        and any(word in path.read_text(encoding="utf-8") for word in ("os.environ", "os.getenv"))
    ]
    assert not readers
