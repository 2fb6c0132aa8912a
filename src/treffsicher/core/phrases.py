"""Sentences kept as catalogue keys with parameters, so a stored report can be said again in
another language: the text is made now, the Phrase is stored beside it.

A parameter is a name or a count as is, or a dict saying how to show a value in the
reader's language: {"key", "params"} a nested message, {"number", "digits"} a number,
{"value", "unit"} a value with its unit, {"percent"} a share as percent ("bare": without
the sign), {"language"} a language's name, {"join", "sep"} parts joined.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from treffsicher.core.explain import format_number, format_percent, format_value
from treffsicher.core.languages import name_language
from treffsicher.i18n import MESSAGES, t


@dataclass(frozen=True)
class Phrase:
    """A catalogue key and its language-free parameters (JSON-safe)."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def say(self, lang: str) -> str:
        """The sentence in `lang`."""
        return t(self.key, lang, **{k: show(v, lang) for k, v in self.params.items()})

    def to_dict(self) -> dict[str, Any]:
        """{"key": …, "params": …}."""
        return {"key": self.key, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Phrase | None:
        """The phrase to_dict described; None for None or a key the catalogue lacks."""
        if not data or data.get("key") not in MESSAGES:
            return None
        return cls(data["key"], dict(data.get("params", {})))


def show(param: Any, lang: str) -> Any:
    """A parameter as shown in `lang` (see the module docstring)."""
    if not isinstance(param, dict):
        return param
    if "key" in param:
        return Phrase(param["key"], param.get("params", {})).say(lang)
    if "number" in param:
        return format_number(param["number"], lang, param.get("digits"))
    if "value" in param:
        return format_value(param["value"], param["unit"], lang)
    if "percent" in param:
        text = format_percent(param["percent"], lang)
        return text.removesuffix("%").rstrip() if param.get("bare") else text
    if "language" in param:
        return name_language(param["language"], lang)
    return str(param.get("sep", "")).join(str(show(p, lang)) for p in param.get("join", ()))


def nested(key: str, **params: Any) -> dict[str, Any]:
    """A nested message as a parameter."""
    return {"key": key, "params": params}


def number(value: float, digits: int | None = None) -> dict[str, Any]:
    """A number as a parameter (digits None: by size, as core.explain.format_number)."""
    return {"number": value, "digits": digits}


def say(key: str, lang: str, **params: Any) -> tuple[str, Phrase]:
    """The sentence `key` in `lang` and its Phrase."""
    phrase = Phrase(key, params)
    return phrase.say(lang), phrase
