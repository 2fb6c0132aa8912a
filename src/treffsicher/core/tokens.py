"""Sentences and tokens with character offsets (PROVISIONAL: a crude stand-in to be replaced).

API that stays: tokenize(text) -> TokenizedText.
"""

from __future__ import annotations

import re

from treffsicher.core.models import NUMBER, PUNCT, SYMBOL, WORD, Sentence, TokenizedText

TOKEN_RE = re.compile(
    r"(?P<word>\w+(?:[-:*_']\w+)*)|(?P<number>\d+(?:[.,]\d+)*)|(?P<punct>[^\w\s])"
)
SENTENCE_END = frozenset({".", "!", "?"})


def tokenize(text: str) -> TokenizedText:
    """Split text into tokens and sentences (provisional implementation)."""
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    texts: list[str] = []
    for m in TOKEN_RE.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        group = m.lastgroup
        tok = m.group()
        if group == "word":
            kinds.append(NUMBER if tok.isdigit() else WORD)
        elif group == "number":
            kinds.append(NUMBER)
        else:
            kinds.append(PUNCT if tok in ".,;:!?()\"'" else SYMBOL)
        texts.append(tok)
    sentences: list[Sentence] = []
    first = 0
    for i, tok in enumerate(texts):
        newline_break = i + 1 < len(texts) and "\n" in text[ends[i] : starts[i + 1]]
        if tok in SENTENCE_END or newline_break or i == len(texts) - 1:
            sentences.append(Sentence(starts[first], ends[i], first, i + 1))
            first = i + 1
    return TokenizedText(text, starts, ends, kinds, texts, sentences)
