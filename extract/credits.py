"""Photo credits and caption lines ("Susan Walsh/AP", "Getty Images"): found per line, kept as text."""

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.doc_arrays import column
from extract.records import Credit
from extract.syntax import text_of

AGENCIES = (
    "AP",
    "AP Photo",
    "Associated Press",
    "Getty Images",
    "Getty",
    "Reuters",
    "AFP",
    "EPA",
    "EPA-EFE",
    "Bloomberg",
    "Shutterstock",
    "Alamy",
    "Sipa",
    "Sipa USA",
    "Pool",
    "TASS",
    "Sputnik",
    "Xinhua",
    "Zuma",
    "ZUMA Press",
    "NurPhoto",
    "Anadolu",
    "Anadolu Agency",
    "UPI",
    "PA",
    "PA Images",
    "Redux",
    "Polaris",
    "Corbis",
    "iStock",
    "Wikimedia Commons",
    "White House",
    "Handout",
    "AFP via Getty Images",
)
_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# Lower-case particles may stand inside a name ("Ruth van Wyk", "Ana dos Santos", "Aziz bin Omar").
_PARTICLE = r"(?:van|von|de|der|den|da|das|do|dos|du|la|le|di|del|della|bin|binti|bte|al|el|ter|ten)[ ]"
# A capital of any Latin script opens a name's word ("Öztürk-Hale", "Łukasz", "Şahin"), not only A-Z.
_UPPER = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_NAME = rf"{_UPPER}[\w.'-]*(?:[ ](?:{_PARTICLE})*{_UPPER}[\w.'-]*){{0,3}}"
_LEAD = r"(?:(?:Photo|Photograph|Image|Picture|Credit|Caption)s?(?:[ ]by)?[ ]?[:\-]?[ ]*)?"
CREDIT_LINE = re.compile(
    rf"^\(?{_LEAD}(?:(?P<who>{_NAME})[ ]?/[ ]?(?P<agency>[A-Za-z][\w.&'-]*(?:[ ][\w.&'-]+){{0,4}})"
    rf"|(?P<only>{_AGENCY})|(?P<who2>{_NAME})[ ]for[ ](?P<agency2>{_NAME})"
    rf"|(?:Photo|Photograph|Credit)[ ]?:[ ]?(?P<who3>{_NAME}))\)?$"
)
MAX_LINE = 90
# Bylines and end credits ("By Laura Chen", "Reporting by A in Kyiv; editing by B", "Additional reporting
# by C and D"): the names are the newsroom's, not people in the story, so they are dropped, not stored.
_BY = r"(?:[Bb]y|BY|(?:[Ww]ritten|[Ee]dited|[Cc]ompiled|[Pp]roduced)[ ]by|(?:[Aa]dditional[ ])?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Rr]esearch)[ ]by)"
_NAMES = rf"{_NAME}(?:(?:,[ ]and[ ]|,[ ]|[ ]and[ ]){_NAME})*(?:[ ]in[ ]{_NAME})?"
BYLINE = re.compile(rf"^\(?{_BY}[ ]+{_NAMES}(?:[;,][ ]*(?:and[ ])?{_BY}[ ]+{_NAMES})*\.?\)?$")


def find_credits(text: str) -> list[Credit]:
    """Return every line of ``text`` that is a photo credit, with photographer and agency split."""
    credits = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= MAX_LINE:
            match = CREDIT_LINE.match(stripped)
            if match and (match.group("who2") is None or stripped.startswith("(")):
                start = offset + line.index(stripped)
                who = match.group("who") or match.group("who2") or match.group("who3")
                agency = match.group("agency") or match.group("only") or match.group("agency2")
                credits.append(Credit(start, start + len(stripped), stripped, who, agency))
        offset += len(line) + 1
    return credits


def find_bylines(text: str) -> list[tuple[int, int]]:
    """Return the character spans of byline lines ("By Laura Chen"): names there are not entities."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= MAX_LINE and BYLINE.match(stripped):
            start = offset + line.index(stripped)
            spans.append((start, start + len(stripped)))
        offset += len(line) + 1
    return spans


@Language.factory("kg_credits")
def make_credits(nlp: Language, name: str) -> "CreditFinder":
    """Create the component that marks photo-credit lines and removes entities found in them."""
    return CreditFinder()


class CreditFinder:
    """Find credit lines (``Doc._.kg_credits``) and drop named entities that overlap them."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)  # cached on the Doc: later components need it too
        credits = find_credits(text)
        doc._.kg_credits = credits
        spans = [(c.start, c.end) for c in credits] + find_bylines(text)
        doc._.kg_skip = spans
        if spans:
            kept = []
            # the character offsets and space flags of every token, read once: each entity's words are
            # checked against every credit line
            idx, space = column(doc, "idx"), column(doc, "is_space")
            for ent in doc.ents:
                start = ent.start
                while start < ent.end and (space[start] or any(a <= idx[start] < b for a, b in spans)):
                    start += 1
                last = idx[ent.end - 1]
                if start < ent.end and not any(last < b and last >= a for a, b in spans):
                    kept.append(
                        Span(doc, start, ent.end, label=ent.label_, span_id=ent.id_)
                        if start != ent.start
                        else ent
                    )
            doc.ents = kept
        return doc
