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


def normalise(text: str) -> str:
    """Return ``text`` in NFKC with straight quotes, plain spaces, LF line ends, no trailing spaces.

    >>> normalise("\u201cHi\u201d,\u00a0he said.  \\r\\n")
    '"Hi", he said.\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _TRAILING.sub("", text)
