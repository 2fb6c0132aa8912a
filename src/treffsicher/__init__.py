"""treffsicher: learn a client's voice from her own words and check drafts against it."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
