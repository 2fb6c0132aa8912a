"""A damaged file is named once, in our words: the libraries' own log lines (pypdf's „EOF
marker not found“) do not reach the terminal. In a child process, as a user runs it: pytest
installs logging handlers of its own, which would hide the difference in-process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUN = "from treffsicher.cli import main; main()"


def run_cli(workspace: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", RUN, "--workspace", str(workspace), "--lang", "en", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_a_damaged_pdf_is_named_once_without_the_librarys_log_line(tmp_path: Path) -> None:
    workspace = tmp_path / "w.sqlite"
    assert run_cli(workspace, "client", "add", "Johanna Kellermann").returncode == 0
    broken = tmp_path / "flyer.pdf"
    broken.write_bytes(b"%PDF-1.4\n%broken, no objects and no end\n")
    result = run_cli(workspace, "import", "Johanna Kellermann", str(broken))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"{broken}: The file is damaged or not a valid PDF."]
