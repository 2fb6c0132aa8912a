"""The web app's routes as tests walk them (the HEAD check and the no-network check)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from fastapi.routing import APIRoute


def iter_get_paths(routes: Iterable[Any], prefix: str = "") -> Iterator[str]:
    """The paths of all GET routes, also inside included routers (which FastAPI wraps)."""
    for route in routes:
        if isinstance(route, APIRoute):
            if "GET" in route.methods:
                yield prefix + route.path
        elif hasattr(route, "original_router"):
            inner = route.original_router
            yield from iter_get_paths(inner.routes, prefix + getattr(inner, "prefix", ""))
