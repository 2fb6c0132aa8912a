"""No inline language choice outside the message catalogue: user-facing words in German and
English live in treffsicher.i18n, treffsicher.messages and the web's message modules, never
beside code as `"…" if lang == "de" else "…"`, `de = lang == "de"`, {"de": …, "en": …}
tables or label_de/label_en pairs."""

from __future__ import annotations

import ast
import re
from fnmatch import fnmatch
from pathlib import Path

import treffsicher

PACKAGE = Path(treffsicher.__file__).parent
LANGUAGES = frozenset({"de", "en"})
# The catalogue itself: its modules may hold German and English side by side.
# web/i18n.py is the web's door into it (locale and date patterns per language).
CATALOGUE = (
    "i18n.py",
    "messages/*.py",
    "web/i18n.py",
    "web/messages.py",
    "web/messages_*.py",
    "web/*_messages.py",
)
# Codes, not words: "de", "de_DE", "sie", "first_person".
CODE = re.compile(r"[a-z]{2,3}([_-][A-Z]{2})?|[a-z_]+")
FLAG_NAMES = frozenset({"de", "en", "is_de", "is_en"})
SOURCE = """
text = "Hallo" if lang == "de" else "Hello"
de = lang == "de"
LABELS = {"de": "Anrede", "en": "Form of address"}
spec = make(label_de="Anrede", label_en="Form of address")
words = WORDS["de"] if lang == "de" else WORDS["en"]
other = "en" if lang != "en" else "de"
english = lang == "en"
class Spec:
    label_de: str
"""


def is_catalogue(path: Path) -> bool:
    """Whether the module belongs to the message catalogue."""
    relative = path.relative_to(PACKAGE).as_posix()
    return any(fnmatch(relative, pattern) for pattern in CATALOGUE)


def compares_language(node: ast.AST) -> bool:
    """`x == "de"`, `"en" != x` and the like anywhere in `node`."""
    for inner in ast.walk(node):
        if isinstance(inner, ast.Compare):
            parts = [inner.left, *inner.comparators]
            if any(isinstance(p, ast.Constant) and p.value in LANGUAGES for p in parts):
                return True
    return False


def is_words(node: ast.AST) -> bool:
    """An f-string or a string literal that is not a code."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return not CODE.fullmatch(node.value)
    return isinstance(node, ast.JoinedStr)


def name_targets(targets: list[ast.expr]) -> set[str]:
    """The names and attribute names assigned to (`de`, `self.de`, `a, de`)."""
    names: set[str] = set()
    for target in targets:
        if isinstance(target, ast.Tuple):
            names |= name_targets(list(target.elts))
        elif isinstance(target, ast.Name):
            names.add(target.id)
        elif isinstance(target, ast.Attribute):
            names.add(target.attr)
    return names


def is_flag(node: ast.Assign) -> bool:
    """`de = lang == "de"`, `self.de = …`: a flag that picks one language's words later."""
    return bool(FLAG_NAMES & name_targets(node.targets)) and compares_language(node.value)


def is_pair_name(node: ast.AST) -> bool:
    """A keyword argument, parameter or dataclass field named …_de or …_en."""
    if isinstance(node, ast.keyword | ast.arg):
        return str(node.arg).endswith(("_de", "_en"))
    if isinstance(node, ast.AnnAssign) and node.value is None:
        return isinstance(node.target, ast.Name) and node.target.id.endswith(("_de", "_en"))
    return False


def find_choices(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, what) of every inline language choice in a module, in line order."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.IfExp) and compares_language(node.test):
            if is_words(node.body) or is_words(node.orelse):
                found.append((node.lineno, "words chosen by language"))
        elif isinstance(node, ast.Assign) and is_flag(node):
            found.append((node.lineno, "a flag for one language"))
        elif isinstance(node, ast.Dict) and node.keys:
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if keys == LANGUAGES and all(is_words(v) for v in node.values):
                found.append((node.lineno, "a German/English table"))
        elif is_pair_name(node):
            found.append((node.lineno, "a German/English pair of names"))
    return sorted(found)


def list_choices() -> list[str]:
    """ "path:line: what" of every inline language choice outside the catalogue."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if is_catalogue(path):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        relative = path.relative_to(PACKAGE).as_posix()
        found += [f"{relative}:{line}: {what}" for line, what in find_choices(tree)]
    return found


def test_no_inline_language_choice_outside_the_catalogue() -> None:
    assert list_choices() == []


def test_the_finder_sees_each_kind_of_choice() -> None:
    lines = [line for line, _ in find_choices(ast.parse(SOURCE))]
    assert lines == [2, 3, 4, 5, 5, 10]


def test_the_catalogue_modules_are_the_ones_meant() -> None:
    assert is_catalogue(PACKAGE / "i18n.py")
    assert is_catalogue(PACKAGE / "messages" / "report.py")
    assert is_catalogue(PACKAGE / "web" / "messages.py")
    assert not is_catalogue(PACKAGE / "core" / "check.py")
    assert is_catalogue(PACKAGE / "web" / "messages_voice.py")
    assert not is_catalogue(PACKAGE / "web" / "check_view.py")
