"""The compiled loops (core/_speedups.c), or None where the install had no C compiler.

The modules that use them bind this name each for itself (`from treffsicher.core.compiled
import speedups as _speedups`), check it for None and run their Python twins otherwise;
docs/decisions/0025-compiled-scanner.md.
"""

from __future__ import annotations

try:
    from treffsicher.core import _speedups as speedups
except ImportError:  # installed without a C compiler: the Python twins give the same results
    speedups = None  # type: ignore[assignment]

__all__ = ["speedups"]
