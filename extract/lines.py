"""Sentence boundaries from layout: a line break ends a sentence; a closing quote never starts one."""

from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from extract.doc_arrays import column
from extract.person_cues import abbreviated_title


def quote_roles(doc: Doc) -> dict[int, str]:
    """Mark each straight double-quote token "open" or "close", pairing them within a paragraph."""
    roles: dict[int, str] = {}
    is_open = False
    texts = column(doc, "text")  # only line breaks and quote marks matter: build no Token for other words
    for token in (doc[i] for i, text in enumerate(texts) if "\n" in text or text == '"'):
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
        # the words' own attributes as lists: no Token object per position
        text, space, punct, after = (column(doc, a) for a in ("text", "is_space", "is_punct", "whitespace_"))
        # Collect the values and write them in one go: each ``token.is_sent_start = ...`` makes spaCy
        # scan the whole Doc for a parse, which made this component quadratic in the article length.
        starts = doc.to_array(["SENT_START"]).astype("int64")  # spaCy hands it back as uint64
        for previous, i in pairwise(range(len(doc))):
            if space[i]:
                continue
            if "\n" in after[previous] or (space[previous] and "\n" in text[previous]):
                starts[i] = 1
                if i + 1 < len(doc) and not space[i + 1] and not punct[i + 1]:
                    starts[i + 1] = -1
            elif roles.get(i) == "close" or (punct[i] and text[i] in ",.;:!?)]" and not space[previous]):
                starts[i] = -1
            elif (text[previous] == "." and i > 1 and abbreviated_title(doc[i - 2])) or (
                text[previous].endswith(".") and abbreviated_title(doc[previous])
            ):
                starts[i] = -1  # "Insp. Gen. Agus": a rank's full stop ends no sentence
                if i + 1 < len(doc) and not space[i + 1] and not punct[i + 1]:
                    starts[i + 1] = -1  # the parser reads a -1 one token late (spaCy issue 7716)
        if len(doc):
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
