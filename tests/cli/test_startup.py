"""Start-up: `main` builds only the command the command line names, and every answer stays
the one the whole app gives (docs/decisions/0019-cli-start-up.md)."""

from __future__ import annotations

import ast
import gc
import sqlite3
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from treffsicher import __version__
from treffsicher.cli import (
    COMMAND_MODULES,
    MODULES,
    app,
    command_names,
    main,
    requested_command,
)
from treffsicher.cli import base as cli_base

NAMES = {"client", "import", "profile", "version"}


@pytest.fixture(autouse=True)
def collector_as_before() -> Iterator[None]:
    """main freezes what was loaded when a command opens its workspace: undo it for the
    other tests in this process."""
    before = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*before)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["import", "Anna", "brief.txt"], "import"),
        (["--workspace", "w.sqlite", "--lang", "de", "profile", "Anna"], "profile"),
        (["--workspace=w.sqlite", "--lang=en", "client", "list"], "client"),
        # the value of --workspace is a path, even one that looks like a command
        (["--workspace", "import", "version"], "version"),
        ([], None),
        (["--workspace", "w.sqlite"], None),
        (["--help"], None),
        (["--help", "import"], None),
        (["--lang", "de", "--help", "profile"], None),
        (["imprt", "Anna"], None),
        (["--verbose", "import"], None),
    ],
)
def test_requested_command(args: list[str], expected: str | None) -> None:
    assert requested_command(args, NAMES) == expected


def test_command_names_are_the_apps_top_level_commands_and_groups() -> None:
    names = command_names()
    assert {"import", "profile", "check", "client", "user", "me", "source"} <= names
    assert "list" not in names  # a subcommand of client, not a top-level one


def callback_modules(group: typer.Typer) -> set[str]:
    """The cli modules whose functions are the commands of `group` and its subgroups."""
    modules = {c.callback.__module__ for c in group.registered_commands if c.callback}
    for sub in group.registered_groups:
        if sub.typer_instance is not None:
            modules |= callback_modules(sub.typer_instance)
    return modules


def test_command_modules_name_the_modules_that_register_each_command() -> None:
    found: dict[str | None, set[str]] = {}
    for command in app.registered_commands:
        assert command.callback is not None
        found[command.name] = {command.callback.__module__}
    for group in app.registered_groups:
        assert group.typer_instance is not None
        found[group.name] = callback_modules(group.typer_instance)
    expected = {
        name: {f"treffsicher.cli.{m}" for m in modules} for name, modules in COMMAND_MODULES.items()
    }
    assert found == expected
    package = Path(cli_base.__file__).parent
    on_disk = {p.stem for p in package.glob("*.py")} - {"__init__", "base"}
    assert set(MODULES) == on_disk


def loaded_modules(argv: list[str], prefixes: tuple[str, ...]) -> list[str]:
    """The modules starting with one of `prefixes` that `main` loads for `argv` (in a
    process of its own)."""
    code = (
        "import sys\n"
        "prefixes = tuple(sys.argv[1].split(','))\n"
        "sys.argv = ['treffsicher', *sys.argv[2:]]\n"
        "from treffsicher.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(prefixes)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, ",".join(prefixes), *argv],
        check=True,
        capture_output=True,
        text=True,
    )
    loaded: list[str] = ast.literal_eval(result.stdout.splitlines()[-1])
    return loaded


def test_main_imports_only_the_modules_of_the_named_command(tmp_path: Path) -> None:
    workspace = str(tmp_path / "w.sqlite")
    loaded = loaded_modules(["--workspace", workspace, "version"], ("treffsicher.cli.",))
    assert loaded == ["treffsicher.cli.base", "treffsicher.cli.profile"]
    loaded_modules(["--workspace", workspace, "client", "add", "Anna"], ())  # migrates
    loaded = loaded_modules(
        ["--workspace", workspace, "client", "list"], ("treffsicher.cli.", "treffsicher.storage.")
    )
    assert "treffsicher.cli.accounts" in loaded
    assert "treffsicher.cli.importing" not in loaded
    assert "treffsicher.storage.tables" in loaded
    # the understanding log's tables load with the code that uses them
    assert "treffsicher.storage.understanding_tables" not in loaded


def run_main(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of the `treffsicher` entry point with `argv`."""
    monkeypatch.setattr(sys, "argv", ["treffsicher", *argv])
    # click names the program after __main__'s package when there is one (pytest's here)
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    with pytest.raises(SystemExit) as stop:
        main()
    out, err = capsys.readouterr()
    return int(stop.value.code or 0), out, err


def test_main_builds_only_the_named_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[list[str]] = []
    real_get_command = typer.main.get_command

    def spy(typer_instance: typer.Typer) -> typer.main.click.Command:
        command = real_get_command(typer_instance)
        built.append(sorted(getattr(command, "commands", {})))
        return command

    monkeypatch.setattr(typer.main, "get_command", spy)
    workspace = str(tmp_path / "w.sqlite")
    code, out, _ = run_main(
        ["--workspace", workspace, "--lang", "en", "version"], capsys, monkeypatch
    )
    assert code == 0
    assert out.strip() == __version__
    assert built == [["version"]]
    # the app keeps every command for the next caller (tests, the web's CLI runner)
    assert {"import", "profile", "version", "client"} <= command_names()


def test_main_answers_as_the_whole_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same commands through main (in one folder) and the whole app (in another), each
    on its own workspace "w.sqlite": the same exit codes and the same words."""
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "main").mkdir()
    (tmp_path / "whole").mkdir()
    runner = CliRunner()
    for args in (
        ["--workspace", "w.sqlite", "--lang", "de", "client", "add", "Anna"],
        ["--workspace", "w.sqlite", "--lang", "de", "client", "list"],
        ["--workspace", "w.sqlite", "--lang", "en", "client", "add", "Anna"],
        ["--workspace", "w.sqlite", "--lang", "en", "import", "--help"],
        ["--workspace", "w.sqlite", "--lang", "en", "import", "Bea", "brief.txt"],
        ["--lang", "de", "--help"],
        ["--workspace", "w.sqlite", "--lang", "en", "imprt", "Anna"],
        ["--workspace", "w.sqlite", "--lang", "fr", "client", "list"],
        ["--workspace", "w.sqlite", "--lang", "en", "client", "lst"],
        ["--workspace", "w.sqlite", "--lang", "en", "client"],
        ["--lang", "en", "--workspace"],
        ["--lang", "en"],
    ):
        monkeypatch.chdir(tmp_path / "main")
        code, out, err = run_main(args, capsys, monkeypatch)
        monkeypatch.chdir(tmp_path / "whole")
        whole = runner.invoke(app, args, prog_name="treffsicher")
        assert code == whole.exit_code, args
        assert out == whole.stdout, args
        assert err == whole.stderr, args
        assert out or err, args


def test_the_collector_runs_less_often_until_the_workspace_is_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    real_open = cli_base.open_engine

    def spy_open(settings: cli_base.Settings) -> object:
        seen.append(gc.get_threshold())  # while the command loaded its modules
        engine = real_open(settings)
        seen.append(gc.get_threshold())  # its own work
        return engine

    monkeypatch.setattr("treffsicher.cli.clients.open_engine", spy_open)
    workspace = str(tmp_path / "w.sqlite")
    code, _, _ = run_main(["--workspace", workspace, "client", "list"], capsys, monkeypatch)
    assert code == 0
    assert seen == [(cli_base.START_UP_THRESHOLD, *before[1:]), before]
    assert gc.get_freeze_count() > 0  # the modules loaded, frozen
    assert gc.get_threshold() == before


def test_without_a_workspace_main_restores_the_collector(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = gc.get_threshold()
    code, out, _ = run_main(["version"], capsys, monkeypatch)
    assert code == 0
    assert out.strip() == __version__
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0  # nothing opened, nothing frozen


def test_the_whole_app_leaves_the_collector_alone(tmp_path: Path) -> None:
    before = gc.get_threshold()
    result = CliRunner().invoke(app, ["--workspace", str(tmp_path / "w.sqlite"), "client", "list"])
    assert result.exit_code == 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_command_leaves_its_workspace_whole_in_one_file(tmp_path: Path) -> None:
    """The engine is made after the freeze: its last connection closes at exit, so SQLite
    folds the write-ahead log back into the file, and a copy of the file alone holds
    everything (as before the start-up change)."""
    workspace = tmp_path / "w.sqlite"
    for args in (["client", "add", "Anna"], ["client", "add", "Bea"]):
        subprocess.run(
            [sys.executable, "-m", "treffsicher", "--workspace", str(workspace), *args],
            check=True,
            capture_output=True,
        )
    assert not (tmp_path / "w.sqlite-wal").exists()
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(workspace.read_bytes())
    with sqlite3.connect(copy) as db:
        names = {name for (name,) in db.execute("SELECT name FROM clients")}
    assert names == {"Anna", "Bea"}


def test_profile_of_a_sqlite_workspace_loads_no_sqlalchemy(tmp_path: Path) -> None:
    """`profile` reads and caches a SQLite workspace at the current schema with sqlite3
    (docs/decisions/0027-profile-without-sqlalchemy.md); an older one takes the engine's
    path, which migrates it."""
    workspace = tmp_path / "w.sqlite"
    letter = tmp_path / "brief.txt"
    letter.write_text(
        "Lieber Tom,\n\nich komme am Freitag gegen acht und bringe den Kuchen mit. "
        "Sag mir bitte, ob du noch Stühle brauchst.\n\nBis dann\nAnna\n",
        encoding="utf-8",
    )
    loaded_modules(["--workspace", str(workspace), "client", "add", "Anna"], ())
    loaded_modules(["--workspace", str(workspace), "import", "Anna", str(letter)], ())
    for _ in range(2):  # builds and caches her profile, then reads it from the cache
        argv = ["--workspace", str(workspace), "profile", "Anna"]
        assert loaded_modules(argv, ("sqlalchemy", "alembic")) == []
    assert not (tmp_path / "w.sqlite-wal").exists()  # written and closed: one file
    with sqlite3.connect(workspace) as db:
        assert db.execute("SELECT count(*) FROM profile_cache").fetchone() == (1,)
        db.execute("UPDATE alembic_version SET version_num = '0006'")
    db.close()
    loaded = loaded_modules(["--workspace", str(workspace), "profile", "Anna"], ("sqlalchemy",))
    assert "sqlalchemy.orm" in loaded
