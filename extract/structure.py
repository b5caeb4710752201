"""Organisation structure: "the Atlantic Council's Dinu Patriciu Eurasia Center", "X of Y" units."""

from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from extract.records import Claim
from extract.syntax import sentence_span

UNIT_WORDS = frozenset(
    (
        "center centre institute program programme school department office bureau division unit lab "
        "laboratory committee subcommittee directorate service agency desk branch faculty"
    ).split()
)
CONFIDENCE = 0.85


@Language.factory("kg_structure")
def make_structure(nlp: Language, name: str) -> "StructureFinder":
    """Create the component that finds organisations that are part of others."""
    return StructureFinder()


class StructureFinder:
    """Append part_of claims: ORG's ORG (possessive) and UNIT of ORG."""

    def __call__(self, doc: Doc) -> Doc:
        orgs = [m for m in doc._.kg_mentions if m.key.startswith("org:")]
        for first, second in pairwise(orgs):
            if first.key == second.key:
                continue
            between = doc[first.end : second.start]
            unit = doc[second.end - 1].lower_ in UNIT_WORDS
            if [t.text for t in between] == ["'s"] or (
                unit and [t.lower_ for t in between] in (["'s"], ["'"])
            ):
                part, whole, rule = second, first, "structure.possessive"
            elif [t.lower_ for t in between] in (["of"], ["of", "the"], ["at"], ["at", "the"]) and doc[
                first.end - 1
            ].lower_ in UNIT_WORDS:
                part, whole, rule = first, second, "structure.of"
            else:
                continue
            doc._.kg_claims.append(
                Claim(
                    "part_of",
                    rule,
                    CONFIDENCE,
                    {"part": [part.key], "whole": [whole.key]},
                    {},
                    [sentence_span(doc, doc[first.start])],
                )
            )
        return doc
