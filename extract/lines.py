"""Sentence boundaries from layout: a line break ends a sentence; a closing quote never starts one."""

from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from extract.labelling import abbreviated_title


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
        tokens = list(doc)  # one Token object per position, not three per step
        # Collect the values and write them in one go: each ``token.is_sent_start = ...`` makes spaCy
        # scan the whole Doc for a parse, which made this component quadratic in the article length.
        starts = doc.to_array(["SENT_START"]).astype("int64")  # spaCy hands it back as uint64
        for previous, token in pairwise(tokens):
            if token.is_space:
                continue
            if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                starts[token.i] = 1
                following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
                if following is not None and not following.is_space and not following.is_punct:
                    starts[following.i] = -1
            elif roles.get(token.i) == "close" or (
                token.is_punct and token.text in ",.;:!?)]" and not previous.is_space
            ):
                starts[token.i] = -1
            elif (previous.text == "." and token.i > 1 and abbreviated_title(tokens[token.i - 2])) or (
                previous.text.endswith(".") and abbreviated_title(previous)
            ):
                starts[token.i] = -1  # "Insp. Gen. Agus": a rank's full stop ends no sentence
        if len(tokens):
            starts[0] = 1  # spaCy's own rule: the first token starts a sentence
            doc.from_array(["SENT_START"], starts.astype("uint64"))  # type: ignore[arg-type]  # -1 wraps, as spaCy stores it
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
