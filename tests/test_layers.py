"""The layering, read from the source: the CLI and the web go down through services only,
storage does not reach up to the importers, and core imports nothing with I/O."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import treffsicher

PACKAGE = Path(treffsicher.__file__).parent

# Package folder → module prefixes it must never import (also not under TYPE_CHECKING).
FORBIDDEN = {
    "cli": ("treffsicher.storage", "treffsicher.importers", "sqlalchemy."),
    "web": ("treffsicher.storage", "treffsicher.importers", "sqlalchemy."),
    "storage": ("treffsicher.importers", "treffsicher.services", "treffsicher.web"),
    "core": (
        "treffsicher.storage",
        "treffsicher.importers",
        "treffsicher.services",
        "treffsicher.web",
        "treffsicher.cli",
        "sqlalchemy",
        "fastapi",
        "typer",
    ),
    "importers": ("treffsicher.storage", "treffsicher.services", "treffsicher.web"),
    "services": ("treffsicher.web", "treffsicher.cli"),
}


def list_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in the file, wherever it stands."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # "from treffsicher import storage" names the module in the alias.
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


# The front ends hold an Engine to hand to the services, and query nothing themselves.
ALLOWED = frozenset({"sqlalchemy.Engine"})


def is_forbidden(module: str, rule: str) -> bool:
    """A rule ending in "." forbids everything below it ("sqlalchemy." allows the bare
    package, whose names are checked one by one); otherwise the module and its parts."""
    if module in ALLOWED:
        return False
    if rule.endswith("."):
        return module.startswith(rule)
    return module == rule or module.startswith(rule + ".")


def find_violations(folder: str, root: Path = PACKAGE) -> list[str]:
    """'file:line imports module' for each forbidden import under root/folder."""
    violations = []
    for path in sorted((root / folder).rglob("*.py")):
        for line, module in list_imports(path):
            if any(is_forbidden(module, rule) for rule in FORBIDDEN[folder]):
                violations.append(f"{path.relative_to(root)}:{line} imports {module}")
    return violations


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(folder: str) -> None:
    assert find_violations(folder) == []


def test_the_rule_catches_a_type_only_import(tmp_path: Path) -> None:
    module = tmp_path / "example.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from treffsicher.storage.tables import Source\n"
        "def f():\n"
        "    from treffsicher import importers\n",
        encoding="utf-8",
    )
    assert list_imports(module) == [
        (1, "typing"),
        (1, "typing.TYPE_CHECKING"),
        (3, "treffsicher.storage.tables"),
        (3, "treffsicher.storage.tables.Source"),
        (5, "treffsicher"),
        (5, "treffsicher.importers"),
    ]


def test_the_front_ends_may_hold_an_engine_but_not_query(tmp_path: Path) -> None:
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "page.py").write_text(
        "from sqlalchemy import Engine, select\nfrom sqlalchemy.orm import Session\n",
        encoding="utf-8",
    )
    assert find_violations("web", tmp_path) == [
        "web/page.py:1 imports sqlalchemy.select",
        "web/page.py:2 imports sqlalchemy.orm",
        "web/page.py:2 imports sqlalchemy.orm.Session",
    ]
