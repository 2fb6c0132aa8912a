"""Speed of core.tokens.tokenize on a generated German corpus, with SoMaJo for scale.

Run: .venv/bin/python bench/bench_tokens.py [--words 1000000] [--repeat 5] [--somajo-words 50000]

Two more rows have the shapes the tokenizer meets in the product: the passages of
bench/corpus.py with every result kept until the end (as the profile builder keeps them,
which makes the garbage collector work), and 2,000 texts of 65 words (counting words
while importing). Run it with PYTHONPATH=<other checkout>/src to time another version.

The corpus is built in code from our own hand-written sentence templates (no downloaded
text): emails with greeting and sign-off lines, abbreviations, dates, prices, URLs, emoji
and gender forms. "Words" are whitespace-separated pieces of the text (text.split()), the
same count for every tool. Timings are medians over --repeat runs on one core.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from treffsicher.core.text import guess_language
from treffsicher.core.tokens import tokenize

SEED = 2
GREETINGS = ["Hallo {name},", "Liebe {name},", "Hi {name},", "Sehr geehrte Frau {last},"]
SIGN_OFFS = ["Liebe Grüße\n{me}", "Viele Grüße\n{me}", "Herzliche Grüße,\n{me}", "LG {me}"]
NAMES = ["Anna", "Jonas", "Frau Berger", "Lena", "Herr Yilmaz", "Marie", "Team"]
LASTS = ["Berger", "Yilmaz", "Schneider", "Okafor", "Lindqvist"]
MES = ["Ulrike", "Johanna", "Kai", "Tom Berger"]
SENTENCES = [
    "vielen Dank für deine Nachricht und die schnelle Rückmeldung.",
    "Wir treffen uns z. B. am {day}. {month} um {hour}:30 Uhr bei Dr. Meier in der Praxis.",
    "Das Angebot kostet {price},90 EUR inkl. MwSt. und gilt bis zum {day}.{mon}.2025.",
    "Unsere Kund:innen schätzen vor allem die persönliche Beratung, bzw. das offene Ohr.",
    "Alle Infos findest du auf https://www.example.de/kurse oder unter example.de/kontakt.",
    "Schreib mir gerne an anna.berger@example.org, ich melde mich ca. zwei Tage später 🙂",
    "Der {day}. Termin fällt leider aus, weil die Hebamme krank ist :-(",
    "Das war 2023. Dann kam alles anders, und wir haben das Konzept komplett überarbeitet.",
    "Die Mitarbeiter*innen im 24-Stunden-Service sind für Sie da, auch am Wochenende!",
    "Kannst du mir bitte bis Freitag sagen, ob das für euch passt?",
    "Wir bieten Geburtsvorbereitung, Rückbildung, Stillberatung usw. an.",
    "Ehrlich gesagt … ich weiß es noch nicht genau, aber wir finden eine Lösung.",
    "Die Preise liegen bei {price}.040 € für das ganze Jahr, also ca. {pct} % günstiger.",
    "Ruf mich einfach an: +49 170 {phone}, am besten vormittags.",
    "Das Meeting war super, wir machen nächste Woche ein kurzes Follow-up 👍🏽",
    "Für Vor- und Nachteile schau dir bitte die Liste im Anhang an, ggf. mit deinem Team.",
    "„Das ist genau das, was wir gesucht haben“, schrieb eine Kundin – und das freut mich sehr.",
    "Ich hoffe, es geht dir gut und die E-Mail erreicht dich nicht zu spät!",
]
MONTHS = ["Januar", "März", "Juni", "Oktober", "Dezember"]


def fill(template: str, rng: random.Random) -> str:
    """Return `template` with its placeholders replaced by random values."""
    return template.format(
        name=rng.choice(NAMES),
        last=rng.choice(LASTS),
        me=rng.choice(MES),
        day=rng.randint(1, 28),
        mon=rng.randint(1, 12),
        month=rng.choice(MONTHS),
        hour=rng.randint(8, 18),
        price=rng.randint(2, 90),
        pct=rng.randint(5, 50),
        phone=rng.randint(1000000, 9999999),
    )


def make_email(rng: random.Random) -> str:
    """Return one generated email of 5-12 body sentences in 1-3 paragraphs."""
    body = [fill(rng.choice(SENTENCES), rng) for _ in range(rng.randint(5, 12))]
    cut = sorted(rng.sample(range(1, len(body)), k=min(2, len(body) - 1)))
    paragraphs = [
        " ".join(body[: cut[0]]),
        " ".join(body[cut[0] : cut[-1]]),
        " ".join(body[cut[-1] :]),
    ]
    parts = [fill(rng.choice(GREETINGS), rng), *(p for p in paragraphs if p)]
    return "\n\n".join(parts) + "\n\n" + fill(rng.choice(SIGN_OFFS), rng)


def make_corpus(n_words: int, seed: int = SEED) -> list[str]:
    """Return generated German emails totalling at least `n_words` words."""
    rng = random.Random(seed)
    emails: list[str] = []
    total = 0
    while total < n_words:
        email = make_email(rng)
        emails.append(email)
        total += len(email.split())
    return emails


def time_median(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Return the median wall time and median CPU time in seconds of `repeat` calls of `run`.

    The machine is shared, so wall time includes waiting for a core; CPU time does not.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def tokenize_all(texts: list[str]) -> None:
    """Tokenize each text and drop the result, as the profile builder does per passage."""
    for text in texts:
        tokenize(text)


def tokenize_and_keep(texts: list[str]) -> None:
    """Tokenize each text and keep every result until all are done, as build_profile does."""
    kept = [tokenize(text) for text in texts]
    del kept


def first_words(texts: list[str], n_words: int) -> list[str]:
    """Return each text cut after its first `n_words` words (line breaks kept)."""
    cut = []
    for text in texts:
        ends = [m.end() for m in re.finditer(r"\S+", text)]
        cut.append(text[: ends[min(n_words, len(ends)) - 1]])
    return cut


def guess_all(texts: list[str]) -> None:
    """Guess the language of each text."""
    for text in texts:
        guess_language(text)


def run_somajo(emails: list[str]) -> None:
    """Tokenize `emails` with SoMaJo (paragraphs split at blank lines, its input convention)."""
    from somajo import SoMaJo

    tokenizer = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)
    for email in emails:
        for _ in tokenizer.tokenize_text(email.split("\n\n")):
            pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--somajo-words", type=int, default=50_000)
    args = parser.parse_args()
    rep = args.repeat

    emails = make_corpus(args.words)
    n_words = sum(len(e.split()) for e in emails)
    n_chars = sum(len(e) for e in emails)
    rows: list[tuple[str, int, tuple[float, float]]] = []

    rows.append(("tokenize, per email", n_words, time_median(lambda: tokenize_all(emails), rep)))
    joined = "\n\n".join(emails)
    rows.append(("tokenize, one big text", n_words, time_median(lambda: tokenize(joined), rep)))
    sys.path.insert(0, str(Path(__file__).parent))
    from corpus import make_passages

    passages = [p.text for p in make_passages(args.words, "de", seed=1)]
    n_passage_words = sum(len(p.split()) for p in passages)
    t_kept = time_median(lambda: tokenize_and_keep(passages), rep)
    rows.append(("tokenize, passages, kept", n_passage_words, t_kept))
    short = first_words([p.text for p in make_passages(800_000, "de", seed=2)], 65)[:2000]
    n_short = sum(len(t.split()) for t in short)
    rows.append(
        ("tokenize, 2,000 x 65 words", n_short, time_median(lambda: tokenize_all(short), rep))
    )
    t_guess = time_median(lambda: guess_all(emails), rep)
    rows.append(("guess_language, per email", n_words, t_guess))

    slice_emails = make_corpus(args.somajo_words, seed=SEED + 1)
    n_slice = sum(len(e.split()) for e in slice_emails)
    t_ours = time_median(lambda: tokenize_all(slice_emails), rep)
    rows.append(("tokenize, SoMaJo slice", n_slice, t_ours))
    t_somajo = (float("nan"), float("nan"))
    try:
        t_somajo = time_median(lambda: run_somajo(slice_emails), 1)
        rows.append(("SoMaJo de_CMC, same slice", n_slice, t_somajo))
    except ImportError:
        print("somajo is not installed: no comparison")

    print(f"corpus: {len(emails)} emails, {n_words} words, {n_chars / 1e6:.2f} M characters")
    print(f"median of {rep} runs (SoMaJo: 1 run); wall time and CPU time of this process")
    print(f"{'what':<28} {'words':>9} {'wall s':>7} {'words/s':>10} {'cpu s':>7} {'words/s':>10}")
    for name, words, (wall, cpu) in rows:
        print(
            f"{name:<28} {words:>9} {wall:>7.3f} {words / wall:>10,.0f}"
            f" {cpu:>7.3f} {words / cpu:>10,.0f}"
        )
    print(f"guess_language: {n_chars / t_guess[1] / 1e6:.1f} M characters/s (CPU)")
    print(f"tokenize / SoMaJo speed ratio (CPU): {t_somajo[1] / t_ours[1]:.0f}x")


if __name__ == "__main__":
    main()
