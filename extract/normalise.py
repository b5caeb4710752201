"""Normalise article text so offsets, quotes and names are stable (offsets index into the result)."""

import re
import unicodedata

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
# (character, replacement) pairs of _QUOTES: no replacement is itself replaced, so replacing them one
# by one, only those present, equals str.translate — which looks up every character (~0.6 ms a page)
_PAIRS = tuple((chr(code), value or "") for code, value in _QUOTES.items())


def normalise(text: str) -> str:
    """Return ``text`` in NFKC with straight quotes, plain spaces, LF line ends, no trailing spaces.

    >>> normalise("\u201cHi\u201d,\u00a0he said.  \\r\\n")
    '"Hi", he said.\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text)
    for char, replacement in _PAIRS:
        if char in text:
            text = text.replace(char, replacement)
    return _TRAILING.sub("", text)
