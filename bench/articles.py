"""News-like articles for the ingest bench, the same for the same seed: ``articles(n, seed)``.

A fixed cast of people (Russian, Arabic and other names, each with transliteration variants such as
Sergey/Sergei, Peskov/Pescov), organisations, outlets, places and roles; each article picks a few
of them (recurring figures more often) and writes 300–900 words with the constructions the
extractor reads: titles before names, appositions, "X told OUTLET", quotes before the speaker,
met / spoke with, careers with year ranges, reports and denials, between plain filler sentences.
``python -m bench.articles N OUT.jsonl [--seed S]`` writes them as JSON Lines.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass

GIVEN = {  # canonical -> transliteration variants
    "Sergey": ("Sergei",), "Dmitry": ("Dmitri", "Dmitriy"), "Alexei": ("Aleksei", "Alexey"),
    "Yuri": ("Yury", "Iouri"), "Andrei": ("Andrey",), "Nikolai": ("Nikolay",), "Yevgeny": ("Evgeny", "Evgeni"),
    "Mikhail": (), "Vasily": ("Vassily", "Vasili"), "Grigory": ("Grigori",), "Fyodor": ("Fedor",),
    "Pyotr": ("Petr",), "Anatoly": ("Anatoli",), "Natalia": ("Natalya",), "Tatiana": ("Tatyana",),
    "Maria": ("Mariya",), "Ksenia": ("Kseniya",), "Olga": (), "Mohammed": ("Muhammad", "Mohamed"),
    "Abdullah": ("Abdallah",), "Yusuf": ("Youssef",), "Aisha": ("Aysha",), "Volodymyr": ("Vladimir",),
    "Oleksandr": ("Alexander",), "James": (), "Laura": (), "Carlos": (), "Ingrid": (), "Tomasz": (),
    "Hannah": (), "Priya": (), "Daniel": (), "Claire": (), "Martin": (), "Elena": (), "Paul": (),
}  # fmt: skip
SURNAMES = {
    "Kislyak": ("Kisliak",), "Peskov": ("Pescov",), "Shoigu": ("Shoygu",), "Nebenzya": ("Nebenzia",),
    "Ryabkov": ("Riabkov",), "Zakharova": (), "Ushakov": (), "Kovalenko": (), "Tkachenko": (),
    "Lavrentiev": ("Lavrentyev",), "Yakovlev": ("Iakovlev",), "Gorbunov": (), "Sokolova": (),
    "Kuznetsov": ("Kouznetsov",), "Gaddafi": ("Qaddafi", "Kadhafi"), "Haddad": (), "Nasser": (),
    "Mansour": ("Mansur",), "Whitfield": (), "Brennan": (), "Mendoza": (), "Solberg": (), "Nowak": (),
    "Goldberg": (), "Raman": (), "Adeyemi": (), "Fischer": (), "Moreau": (), "Carter": (), "Hughes": (),
    "Lindqvist": (), "Okafor": (), "Castellano": (), "Brandt": (), "Novak": (), "Harrington": (),
}  # fmt: skip
FEMALE = {
    "Natalia",
    "Tatiana",
    "Maria",
    "Ksenia",
    "Olga",
    "Aisha",
    "Laura",
    "Ingrid",
    "Hannah",
    "Priya",
    "Claire",
    "Elena",
}
ORGS = (
    "the Foreign Ministry", "Gazprom", "Rosneft", "the State Department", "the Pentagon", "NATO",
    "the European Commission", "Harvard University", "the Brookings Institution", "Deutsche Bank",
    "Alfa Bank", "the United Nations", "the World Bank", "Northwind Energy", "Caspian Holdings",
    "the Baltic Shipping Company", "the Atlantic Council", "Chatham House", "Sberbank", "Lukoil",
    "the International Monetary Fund", "the Carnegie Endowment for International Peace",
    "the Justice Department", "the Senate Intelligence Committee", "Stanford University",
)  # fmt: skip
ROLES = (
    "ambassador", "spokesman", "chief executive", "chairman", "deputy foreign minister",
    "senior adviser", "director", "general counsel", "press secretary", "senior fellow",
    "professor", "treasurer", "board member", "deputy director", "chief economist", "legal adviser",
)  # fmt: skip
OUTLETS = (
    "Reuters", "The New York Times", "The Washington Post", "The Associated Press", "BBC", "CNN",
    "Bloomberg", "Politico", "the Financial Times", "The Guardian", "Fox News", "NBC News",
    "Der Spiegel", "Le Monde", "Meduza", "Axios", "Al Jazeera", "Voice of America", "NPR",
)  # fmt: skip
CITIES = (
    "Moscow", "Washington", "Kyiv", "Berlin", "Paris", "Warsaw", "Ankara", "Cairo", "Geneva",
    "Vienna", "London", "Brussels", "Helsinki", "Riga", "Tbilisi", "Istanbul", "Doha", "Oslo",
)  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
CLAUSES = (
    "the talks had made progress", "the sanctions would remain in place", "no decision had been made",
    "the company had done nothing wrong", "the agreement would be signed next month",
    "the meeting had been routine", "the ministry would study the proposal",
    "the investigation was politically motivated", "the pipeline would be finished on time",
    "the two sides were far apart", "the bank had followed every rule", "more talks were planned",
)  # fmt: skip
QUOTES = (
    "We have nothing to hide", "This is a matter for the courts", "We are ready to continue the dialogue",
    "The meeting was routine and nothing was agreed", "Nobody has shown us any evidence",
    "We will respond when the time comes", "It was a frank and useful conversation",
    "These accusations are absurd", "Our position has not changed", "We want a fair deal for everyone",
)  # fmt: skip
SUBJECTS = ("The talks", "The negotiations", "The agreement", "The investigation", "The inquiry", "The deal",
            "The proposal", "The visit", "The sanctions package", "The hearing")  # fmt: skip
OUTCOMES = ("was expected to resume", "was likely to conclude", "could continue", "was postponed",
            "is due to be reviewed", "may be revisited")  # fmt: skip
WHEN = ("next month", "before the end of the year", "in the spring", "after the elections", "in the autumn")
FILLER = (
    "Officials declined to give further details.", "The ministry did not respond to a request for comment.",
    "Analysts said the decision could reshape the region's energy market.", "Markets reacted calmly.",
    "The figures could not be independently verified.", "Several diplomats described the mood as tense.",
    "Critics said the process had lacked transparency from the start.",
    "The documents reviewed for this article run to several hundred pages.",
    "Shares in several energy companies fell in early trading.", "Both governments have denied wrongdoing.",
    "Lawmakers are expected to debate the measure later this week.",
    "It was not clear whether any agreement had been put in writing.",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    """One member of the cast: canonical names, sex (for pronouns), a role at an organisation."""

    given: str
    surname: str
    female: bool
    role: str
    org: str


def cast(seed: int, size: int = 400) -> list[Person]:
    """The people of every article for ``seed``: distinct canonical full names."""
    rng = random.Random(f"cast:{seed}")
    people: dict[tuple[str, str], Person] = {}
    while len(people) < size:
        given, surname = rng.choice(sorted(GIVEN)), rng.choice(sorted(SURNAMES))
        people.setdefault(
            (given, surname), Person(given, surname, given in FEMALE, rng.choice(ROLES), rng.choice(ORGS))
        )
    return list(people.values())


class Writer:
    """Writes one article's sentences about its people, remembering who was already introduced."""

    def __init__(self, rng: random.Random, people: list[Person]) -> None:
        self.rng = rng
        self.forms = {p: self._form(p) for p in people}
        self.seen: set[Person] = set()

    def _form(self, person: Person) -> tuple[str, str]:
        given = self.rng.choice((person.given, person.given, *GIVEN[person.given]))
        surname = self.rng.choice((person.surname, person.surname, *SURNAMES[person.surname]))
        return given, surname

    def ref(self, person: Person) -> str:
        """The full name at first mention, then the surname (sometimes with a title)."""
        given, surname = self.forms[person]
        if person not in self.seen:
            self.seen.add(person)
            return f"{given} {surname}"
        return self.rng.choice((surname, surname, f"{'Ms.' if person.female else 'Mr.'} {surname}"))

    def pronoun(self, person: Person) -> str:
        """He or she."""
        return "she" if person.female else "he"

    def sentence(self, a: Person, b: Person) -> str:
        """One sentence in one of the constructions, about ``a`` (and ``b``)."""
        r = self.rng
        year = r.randint(1995, 2016)
        pick = r.randrange(13)
        org, role, outlet, city = a.org, a.role, r.choice(OUTLETS), r.choice(CITIES)
        if pick == 0 and a not in self.seen:
            return f"{role.title()} {self.ref(a)} said on {r.choice(DAYS)} that {r.choice(CLAUSES)}."
        if pick in (0, 1):
            article = "an" if role[0] in "aeiou" else "a"
            return f"{self.ref(a)}, {article} {role} at {org}, said {r.choice(CLAUSES)}."
        if pick == 2:
            return f"{self.ref(a)} told {outlet} that {r.choice(CLAUSES)}."
        if pick == 3:
            return f'"{r.choice(QUOTES)}," {self.ref(a)} told {outlet}.'
        if pick == 4:
            return f'"{r.choice(QUOTES)}," said {self.ref(a)}.'
        if pick == 5:
            return (
                f"{self.ref(a)} met {self.ref(b)} in {city} in {r.choice(MONTHS)} {year + r.randint(0, 8)}."
            )
        if pick == 6:
            return f"{self.ref(a)} spoke with {self.ref(b)} by phone on {r.choice(DAYS)}."
        if pick == 7:
            return f"{self.ref(a)} served as {role} of {org} from {year} to {year + r.randint(1, 8)}."
        if pick == 8:
            name = self.ref(a)
            return f"From {year} to {year + r.randint(1, 6)}, {name} was {role} at {org}."
        if pick == 9:
            return f"{self.ref(a)} joined {org} in {year} and became {role} in {year + r.randint(1, 5)}."
        if pick == 10:
            return f"{outlet} reported that {self.ref(a)} had met {self.ref(b)} in {city}."
        if pick == 11:
            name = self.ref(a)
            return f"{name} denied that {self.pronoun(a)} had discussed sanctions with {self.ref(b)}."
        return f"{r.choice(SUBJECTS)} {r.choice(OUTCOMES)} {r.choice(WHEN)}, {self.ref(a)} said."

    def filler(self) -> str:
        """A sentence with no one in it."""
        if self.rng.random() < 0.5:
            return self.rng.choice(FILLER)
        return f"{self.rng.choice(SUBJECTS)} {self.rng.choice(OUTCOMES)} {self.rng.choice(WHEN)}."


def article(index: int, seed: int, people: list[Person]) -> dict[str, str]:
    """Article ``index``: {text, title, url, published}, 300–900 words."""
    rng = random.Random(f"article:{seed}:{index}")
    weights = [1 / (rank + 1) for rank in range(len(people))]  # a few recurring figures, many rare ones
    chosen: list[Person] = []
    size = rng.randint(3, 7)
    while len(chosen) < size:
        person = rng.choices(people, weights)[0]
        if person not in chosen:
            chosen.append(person)
    writer = Writer(rng, chosen)
    target = rng.randint(300, 900)
    lead, other = chosen[0], chosen[1]
    title = f"{writer.forms[lead][1]} and {writer.forms[other][1]}: what we know about the {rng.choice(CITIES)} talks"
    paragraphs: list[str] = []
    words = 0
    while True:
        sentences = []
        for _ in range(rng.randint(3, 5)):
            a, b = rng.sample(chosen, 2)
            sentences.append(writer.sentence(a, b) if rng.random() < 0.6 else writer.filler())
        paragraph = " ".join(sentences)
        size = len(paragraph.split())
        if words + size > 900 or (words >= target and words >= 300):
            break
        paragraphs.append(paragraph)
        words += size
    while words < 300:  # a long paragraph drawn near the end: pad with short plain sentences
        paragraphs.append(writer.filler())
        words += len(paragraphs[-1].split())
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return {
        "text": "\n\n".join(paragraphs) + "\n",
        "title": title,
        "url": f"https://news.example/{year}/{month:02d}/story-{seed}-{index}",
        "published": f"{year}-{month:02d}-{day:02d}",
    }


def articles(n: int, seed: int = 1) -> Iterator[dict[str, str]]:
    """``n`` articles, the same for the same ``seed``."""
    people = cast(seed)
    for index in range(n):
        yield article(index, seed, people)


def write_jsonl(path: str, n: int, seed: int = 1) -> int:
    """Write ``n`` articles as JSON Lines; return the number of words written."""
    words = 0
    with open(path, "w", encoding="utf-8") as out:
        for item in articles(n, seed):
            words += len(item["text"].split())
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return words


if __name__ == "__main__":
    count, target = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    print(f"{write_jsonl(target, count, seed):,} words", file=sys.stderr)
