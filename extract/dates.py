"""Years in text: "from 1998 to 2003", "since 2008", "between 1985 and 1989", "in 2015"."""

import re

_YEAR = r"((?:1[89]|20)\d\d)"
RANGE = re.compile(
    rf"\b(?:from|between)\s+(?:\w+\s+)?{_YEAR}\s*(?:to|until|till|through|and|-|–)\s*(?:\w+\s+)?{_YEAR}\b"
)
DASH = re.compile(rf"\b{_YEAR}\s*[-–]\s*{_YEAR}\b")
SINCE = re.compile(rf"\b(?:since|starting in|beginning in)\s+(?:\w+\s+)?{_YEAR}\b")
UNTIL = re.compile(rf"\b(?:until|till|through|up to)\s+(?:\w+\s+)?{_YEAR}\b")
IN = re.compile(
    rf"\b(?:in|during)\s+(?:(?:the\s+)?(?:fall|spring|summer|winter|early|late|mid)\s+(?:of\s+)?)?(?:\w+\s+)?{_YEAR}\b"
)


def years(text: str) -> tuple[str | None, str | None]:
    """Return (start, end) years stated in ``text``; "in YEAR" gives a start only.

    >>> years("served as ambassador from 1998 to 2003")
    ('1998', '2003')
    >>> years("has served since 2008")
    ('2008', None)
    >>> years("in the 1980s")
    (None, None)
    """
    for pattern in (RANGE, DASH):
        match = pattern.search(text)
        if match:
            return match.group(1), match.group(2)
    start = SINCE.search(text)
    end = UNTIL.search(text)
    if start or end:
        return (start.group(1) if start else None), (end.group(1) if end else None)
    match = IN.search(text)
    return (match.group(1) if match else None), None
