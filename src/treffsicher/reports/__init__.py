"""Reports of a draft check: terminal text (rich), a self-contained HTML page, JSON."""
