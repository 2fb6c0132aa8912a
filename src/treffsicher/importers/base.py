"""What every importer returns: sources with passages, or problems naming file and reason.

The types live in core.imported, below storage, so that storage and services share them
without importing the importers; they are re-exported here for the importers.
"""

from __future__ import annotations

from treffsicher.core.imported import ImportedPassage as ImportedPassage
from treffsicher.core.imported import ImportedSource as ImportedSource
from treffsicher.core.imported import ImportProblem as ImportProblem
from treffsicher.core.imported import ImportResult as ImportResult
