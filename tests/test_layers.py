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
    "cli": ("treffsicher.storage", "treffsicher.importers"),
    "web": ("treffsicher.storage", "treffsicher.importers"),
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


def find_violations(folder: str) -> list[str]:
    """'file:line imports module' for each forbidden import under the package folder."""
    violations = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for line, module in list_imports(path):
            for prefix in FORBIDDEN[folder]:
                if module == prefix or module.startswith(prefix + "."):
                    violations.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
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
