"""Timing the installed `treffsicher` command as a user runs it, for the CLI benchmarks."""

from __future__ import annotations

import compileall
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TREFFSICHER = Path(sys.executable).with_name("treffsicher")


def compile_package() -> None:
    """Byte-compile treffsicher as pip does when it installs a package.

    An editable install under PYTHONDONTWRITEBYTECODE=1 would otherwise compile some 40
    modules in every process, a cost no installed copy pays.
    """
    import treffsicher

    compileall.compile_dir(Path(treffsicher.__file__).parent, quiet=1)


def write_mail_files(passages: list[Any], folder: Path) -> Path:
    """Write each passage as a text file (mail-00000.txt, …) into folder/mails; return it."""
    files = folder / "mails"
    files.mkdir()
    for i, passage in enumerate(passages):
        (files / f"mail-{i:05d}.txt").write_text(passage.text + "\n", encoding="utf-8")
    return files


def run_step(
    args: list[str], workspace: Path, src: Path | None = None
) -> tuple[float, float, float]:
    """Run one CLI command (the installed one, or `python -m treffsicher` from the source
    folder `src`); return wall s, CPU s (user + system) and the peak RSS in MB of the
    largest child so far."""
    env = {**os.environ, "NO_COLOR": "1"}
    command = [str(TREFFSICHER)]
    if src is not None:
        env["PYTHONPATH"] = str(src.resolve())
        command = [sys.executable, "-m", "treffsicher"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [*command, "--workspace", str(workspace), "--lang", "en", *args],
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def time_textstat(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of textstat's two German scores over every text."""
    import textstat

    textstat.set_lang("de")
    start, start_cpu = time.perf_counter(), time.process_time()
    for text in texts:
        textstat.flesch_reading_ease(text)
        textstat.wiener_sachtextformel(text, 1)
    return time.perf_counter() - start, time.process_time() - start_cpu
