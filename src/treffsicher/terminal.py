"""The voice profile as readable text in the terminal: one short block per feature.

A block is the feature's name with her typical value and usual range, one line saying what
the feature means, and quotes from her own passages. A list of blocks wraps well in any
terminal width, where a five-column table did not. All client text is printed as
rich Text, never parsed as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from treffsicher.core.features import ALL_SPECS, SPECS_BY_NAME
from treffsicher.errors import TooLittleTextError
from treffsicher.i18n import name_language, t
from treffsicher.services import profiling as view

if TYPE_CHECKING:
    from treffsicher.core.models import FeatureSummary, LanguageProfile
    from treffsicher.services.profiling import ClientProfile

INDENT = 4  # columns before a feature's explanation and quotes
EXAMPLES_SHOWN = 2  # quotes per feature in the terminal (the JSON has all of them)
SIGNATURE_EXAMPLES_SHOWN = 1


def print_profile(console: Console, client_profile: ClientProfile, lang: str) -> None:
    """The readable profile: per language the support line, then feature blocks."""
    profile = client_profile.profile
    if not profile.languages:
        raise TooLittleTextError(t("profile.empty", lang, name=client_profile.client))
    console.print(Text(t("profile.title", lang, name=client_profile.client), style="bold"))
    for language in profile.languages:
        print_language_profile(console, client_profile, language, lang)
    if profile.excluded_passages:
        excluded = profile.excluded_passages
        languages = ", ".join(f"{name_language(k, lang)} {v}" for k, v in excluded.items())
        total = sum(excluded.values())
        console.print()
        console.print(Text(t("profile.excluded", lang, count=total, languages=languages)))


def print_language_profile(
    console: Console, client_profile: ClientProfile, language: str, lang: str
) -> None:
    """One language's part of the profile."""
    language_profile = client_profile.profile.languages[language]
    console.print()
    heading = t("profile.language", lang, language=name_language(language, lang))
    support = view.describe_support(client_profile, language, lang)
    console.print(Text.assemble((heading, "bold"), " — ", support))
    warning = t(f"profile.reliability.{language_profile.reliability}", lang)
    if warning:
        console.print(Text(warning, style="yellow"))
    for family in dict.fromkeys(spec.family for spec in ALL_SPECS):
        summaries = [
            language_profile.features[spec.name]
            for spec in ALL_SPECS
            if spec.family == family and spec.name in language_profile.features
        ]
        if summaries:
            console.print()
            console.print(Text(family_title(family, lang).upper(), style="bold cyan"))
            for summary in summaries:
                print_feature(console, summary, lang)
    print_signature_terms(console, language_profile, lang)


def print_feature(console: Console, summary: FeatureSummary, lang: str) -> None:
    """Label, typical value and usual range; what it means; quotes from her passages."""
    spec = SPECS_BY_NAME.get(summary.name)
    label = spec.label(lang) if spec else summary.name
    line = Text.assemble(("  " + label, "bold"), "  ", view.format_typical(summary, spec, lang))
    usual = view.format_range(summary, lang)
    if usual != t("profile.no_value", lang):
        line.append(f"   ({t('profile.usual', lang)} {usual})", style="dim")
    console.print(line)
    if spec:
        console.print(
            Padding(Text(spec.explain(lang), style="dim"), (0, 0, 0, INDENT), expand=False)
        )
    shown: list[str] = []
    for example in summary.examples:
        quote = view.quote_text(example.text, lang)
        if quote in shown:  # two passages with the same sentence: quote it once
            continue
        shown.append(quote)
        console.print(Padding(Text(quote, style="italic"), (0, 0, 0, INDENT), expand=False))
        if len(shown) == EXAMPLES_SHOWN:
            break


def print_signature_terms(console: Console, profile: LanguageProfile, lang: str) -> None:
    """Her signature words and phrases with a quote each, then common words she avoids."""
    if profile.signature_terms:
        console.print()
        console.print(Text(t("profile.signature", lang).upper(), style="bold cyan"))
        for term in profile.signature_terms:
            line = t(
                "profile.signature_line",
                lang,
                term=term.term,
                count=term.count,
                passages=term.n_passages,
            )
            console.print(Text("  " + line))
            for example in term.examples[:SIGNATURE_EXAMPLES_SHOWN]:
                quote = view.quote_text(example.text, lang)
                console.print(Padding(Text(quote, style="italic"), (0, 0, 0, INDENT), expand=False))
    if profile.avoided_words:
        console.print()
        console.print(Text(t("profile.avoided", lang).upper(), style="bold cyan"))
        console.print(Padding(Text(", ".join(profile.avoided_words)), (0, 0, 0, 2), expand=False))


def family_title(family: str, lang: str) -> str:
    """The heading of a feature family (its name when the catalogue lacks it)."""
    try:
        return t(f"family.{family}", lang)
    except KeyError:
        return family
