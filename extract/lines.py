"""Sentence boundaries from layout: a line break ends a sentence; a closing quote never starts one."""

from spacy.language import Language
from spacy.tokens import Doc


def quote_roles(doc: Doc) -> dict[int, str]:
    """Mark each straight double-quote token "open" or "close", pairing them within a paragraph."""
    roles: dict[int, str] = {}
    is_open = False
    for token in doc:
        if "\n" in token.text and token.is_space and token.text.count("\n") >= 1:
            is_open = False
        if token.text == '"':
            roles[token.i] = "close" if is_open else "open"
            is_open = not is_open
    return roles


@Language.factory("kg_lines")
def make_lines(nlp: Language, name: str) -> "LineBreaker":
    """Create the component that presets sentence starts from line breaks and quotes."""
    return LineBreaker()


class LineBreaker:
    """Preset ``is_sent_start`` before the parser: lines are sentences; closing quotes stay attached."""

    def __call__(self, doc: Doc) -> Doc:
        roles = quote_roles(doc)
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if token.is_space:
                continue
            if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                token.is_sent_start = True
                if token.i + 1 < len(doc) and not doc[token.i + 1].is_space and not doc[token.i + 1].is_punct:
                    doc[token.i + 1].is_sent_start = False
            elif roles.get(token.i) == "close" or (
                token.is_punct and token.text in ",.;:!?)]" and not previous.is_space
            ):
                token.is_sent_start = False
        return doc


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Return token spans [start, end) of the text inside each pair of double quotes."""
    spans = []
    opened: int | None = None
    for i, role in sorted(quote_roles(doc).items()):
        if role == "open":
            opened = i
        elif opened is not None:
            spans.append((opened + 1, i))
            opened = None
    if opened is not None:
        end = opened + 1
        while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
            end += 1
        spans.append((opened + 1, end))
    return spans
