"""Small gazetteers the model needs help with: common given names and well-known cities.

They only break ties: a span the model labelled as an organisation or place but that starts with
a common given name and looks like a person's name is relabelled a person; a city it called a
person is relabelled a place. The lists are package data (``extract/data/*.txt``).
"""

import unicodedata
from importlib.resources import files


def fold(text: str) -> str:
    """Drop accents for lookups only ("Chișinău" -> "Chisinau"); names keep their spelling."""
    if text.isascii():  # most names: skip the Unicode decomposition (a hot path of every component)
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class FoldedNames(frozenset):
    """A name list that matches with or without accents ("Kröner", "Vîrlan", "Chișinău")."""

    def __contains__(self, item: object) -> bool:
        return isinstance(item, str) and frozenset.__contains__(self, fold(item))


def _read(name: str) -> frozenset[str]:
    text = files("extract").joinpath("data", name).read_text(encoding="utf-8")
    return FoldedNames(
        fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


GIVEN_NAMES = _read("given_names.txt")
CITIES = _read("cities.txt")
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "bin", "al", "el", "ibn", "dos"}
    | {"del", "los", "las", "des", "das", "ter", "ten", "zu", "dela", "delos"}  # "de los Reyes", "ter Horst"
    | {"binti", "bte", "binte", "bint"}  # "Nur Aisyah binti Kamal", Arabic "Mona bint Ali"
    | {"ap", "ab", "verch", "ferch"}  # Welsh "son/daughter of": "Rhodri ap Gwilym"
)
# Letters written after a person's name for a rank, an honour, a seat or a degree ("Kemi Ade SAN",
# "Rachel Simmons QC", "Sir Ian Marr KBE", "Ann Lee PhD"): never part of the name itself.
POST_NOMINALS = frozenset(
    (
        "san qc kc sc mp msp mla mpp mep mbe obe cbe kbe dbe cmg kcmg gcmg frs freng oam ao ac "
        "phd md dphil llm esq "
        "ms mna mlc mhk td pc"  # Member of the Senedd, of a National Assembly, Teachta Dála, Privy Counsellor
    ).split()
)


def post_nominal(word: str) -> bool:
    """True for honour, rank or degree letters after a name ("SAN", "QC", "OBE", "PhD", "Esq.")."""
    letters = word.replace(".", "")
    return letters.lower() in POST_NOMINALS and (letters.isupper() or letters in ("PhD", "DPhil", "Esq"))


# Words that join a given name to a father's name ("Mohamed Rizal bin Osman", "Siti binti Abdullah"):
# the words before them are what later mentions use ("Mohamed Rizal").
PATRONYMICS = frozenset({"bin", "binti", "bte", "binte", "ibni", "bt"})


def before_patronym(words: list[str]) -> list[str]:
    """The words of a name before "bin"/"binti" (all of them when there is none)."""
    cut = next((k for k, w in enumerate(words) if k > 0 and w in PATRONYMICS), len(words))
    return words[:cut]


def name_words(name: str) -> list[str]:
    """The tokens spaCy makes of a name: a hyphen is a token of its own ("France-Presse" -> three), so a
    phrase pattern built from ``name.split()`` would never match a hyphenated name."""
    return name.replace("-", " - ").split()
