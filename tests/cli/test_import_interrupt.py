"""Ctrl-C during a long mail import: one line, exit 130, whole messages only, and the same
command again continues."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ADDRESS = "johanna@kellermann-holz.de"
RUN = "from treffsicher.cli import main; main()"
# Enough messages that the import is still running when the signal comes, also on a
# loaded machine where this test gets the processor only now and then (about 6 s of import).
MESSAGES = 8000


def write_mbox(path: Path, count: int) -> Path:
    """An mbox of `count` short German messages from her, each its own text."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(
                f"From {ADDRESS} Mon May 12 14:03:00 2025\n"
                f"From: Johanna Kellermann <{ADDRESS}>\n"
                "To: anna@berg-kueche.de\n"
                f"Subject: Küche {number}\n"
                f"Message-ID: <k{number}@kellermann-holz.de>\n"
                "Date: Mon, 12 May 2025 14:03:00 +0200\n"
                "Content-Type: text/plain; charset=utf-8\n\n"
                "Hallo Anna,\n\n"
                f"die Nische Nummer {number} ist 2,40 m breit, die Fronten sind aus Eiche "
                "und ich bringe die Muster am Freitag vorbei.\n\n"
                "Viele Grüße\nJohanna\n\n"
            )
    return path


def run_cli(workspace: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", RUN, "--workspace", str(workspace), "--lang", "de", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def restore_default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def count_rows(workspace: Path, table: str) -> int:
    with sqlite3.connect(workspace) as connection:
        try:
            return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        except sqlite3.OperationalError:  # not created yet, or locked for a moment
            return 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child needs POSIX")
def test_ctrl_c_stops_cleanly_and_the_same_command_continues(tmp_path: Path) -> None:
    workspace = tmp_path / "workspace.sqlite"
    mbox = write_mbox(tmp_path / "kellermann.mbox", MESSAGES)
    assert (
        run_cli(workspace, "client", "add", "Johanna Kellermann", "--email", ADDRESS).returncode
        == 0
    )
    command = [sys.executable, "-c", RUN, "--workspace", str(workspace), "--lang", "de"]
    child = subprocess.Popen(
        [*command, "import", "Johanna Kellermann", str(mbox)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As from a terminal: a child inherits an ignored SIGINT (some earlier test in the
        # same pytest process may have set one), and Python then never raises Ctrl-C.
        preexec_fn=restore_default_sigint,
    )
    deadline = time.monotonic() + 120
    while count_rows(workspace, "sources") < 50 and time.monotonic() < deadline:
        assert child.poll() is None, child.communicate()
        time.sleep(0.05)
    child.send_signal(signal.SIGINT)
    stdout, stderr = child.communicate(timeout=60)
    assert child.returncode == 130, stderr
    assert "Traceback" not in stderr + stdout
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert lines[0].startswith("Abgebrochen. Bis dahin importiert:")
    assert "Derselbe Befehl noch einmal setzt den Import fort" in lines[0]
    stored = count_rows(workspace, "sources")
    assert 50 <= stored < MESSAGES
    assert f"{stored} Quellen" in lines[0]
    # Every stored message has its passage: nothing half-written.
    with sqlite3.connect(workspace) as connection:
        orphans = connection.execute(
            "SELECT count(*) FROM sources s WHERE NOT EXISTS "
            "(SELECT 1 FROM passages p WHERE p.source_id = s.id)"
        ).fetchone()[0]
    assert orphans == 0
    again = run_cli(workspace, "import", "Johanna Kellermann", str(mbox))
    assert again.returncode == 0, again.stderr
    assert count_rows(workspace, "sources") == MESSAGES
    shown = f"{stored:,}".replace(",", ".")  # German thousands separator
    assert f"{shown} schon vorhanden" in again.stdout
