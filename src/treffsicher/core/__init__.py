"""The pure core: str and dataclasses in, dataclasses out; no I/O, database, web or CLI."""
