"""Plain records the kg_ components leave on ``Doc._`` (no spaCy objects inside them)."""

from dataclasses import dataclass, field

ENTITY_TYPES = ("person", "organization", "outlet", "place", "country")


@dataclass
class EntityRecord:
    """One entity of a document: its type, canonical name and every surface form seen."""

    key: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    first: int = 0


@dataclass(frozen=True)
class Mention:
    """A token span [start, end) naming entity ``key``."""

    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Ref:
    """What a token refers to; ``rule`` is set when it was resolved by coreference."""

    key: str
    rule: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True)
class Credit:
    """A photo credit line: character span, text, photographer and agency (text only)."""

    start: int
    end: int
    text: str
    photographer: str | None
    agency: str | None


@dataclass
class Claim:
    """A fact found by a rule: entity arguments by role, literal values, evidence spans."""

    kind: str
    rule: str
    confidence: float
    args: dict[str, list[str]]
    values: dict[str, object] = field(default_factory=dict)
    evidence: list[tuple[int, int]] = field(default_factory=list)
