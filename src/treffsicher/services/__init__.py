"""Use cases shared by the CLI and (later) the web UI: plain values in, dataclasses out."""
