"""A deterministic, news-like newsgraph dataset as N-Quads: ``generate(path, people=100_000, seed=1)``.

It follows ``docs/data-model.md``: one named graph per document (the document IRI), holding the
document node, the entities it mentions (type and names), its fact nodes of the ``ng:`` classes with
``prov:wasDerivedFrom``, ``ng:rule``, ``ng:confidence``, ``rdfs:label`` and evidence (sentence and
offsets that index into the document's ``schema:text``), and the shortcut triples.

The shape is that of news: each document introduces about 25 people seen nowhere else and mentions a
few recurring ones (a Zipf-like pool of public figures), organisations, an outlet and a place; facts
link the document's cast. So most people have one or two links and a few have hundreds, and the
recurring figures and organisations tie the documents into one large component. 100,000 people make
about 1.0 M quads. The same arguments always give the same bytes.

Other benchmarks use it as ``from bench.graph_data import generate``; ``python -m bench.graph_data
OUT.nq [--people N] [--seed S]`` writes a file.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

BASE = "https://newsgraph.example/"
NG = "https://w3id.org/newsgraph/ns#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"

NEW_PEOPLE_PER_DOCUMENT = 25
RECURRING_PER_DOCUMENT = 4
FACTS_PER_DOCUMENT = 6

_FIRST = (
    "Anna Boris Carla Dmitri Elena Farid Greta Hamid Ingrid Jonas Katya Luis Maria Nikolai Olga Pavel "
    "Quentin Rosa Sergey Tamara Ugo Vera Walter Ximena Yusuf Zoe Adam Beatriz Cyril Dana Emil Fatima "
    "Gustav Helena Igor Julia Karim Lena Marco Nadia Oscar Petra Rafael Sofia Tomas Ulla Viktor Wanda "
    "Yann Zlata José Zoë Chloé Łukasz Søren Ömer Agnès Renée Andrés François"
).split()
_LAST = (
    "Abbott Baranov Costa Dubois Eriksen Fischer Garcia Horvat Ivanova Jensen Kowalski Lindqvist Moreau "
    "Novak Orlov Petrov Quinn Rossi Schmidt Tanaka Urban Volkov Weber Xu Yilmaz Zhukov Adler Brandt "
    "Castro Dragan Engel Ferrari Gruber Hoffmann Ibarra Jovanovic Keller Larsen Meyer Nilsen Olsen "
    "Popescu Ramos Santos Torres Ulrich Vargas Wolff Young Zimmermann Müller Núñez Öztürk Šimić Čapek "
    "Ahmadi Bianchi Chen Duarte Esposito Fontaine Grant Haas Iqbal Jaramillo Kaur Lopez Mendes Nakamura"
).split()
_ORG_WORDS = (
    "Ministry Bank Institute Council Agency Committee Foundation Party Union Bureau Commission Group "
    "Holdings Fund Academy Alliance Authority Centre Corporation Court"
).split()
_ORG_TOPICS = (
    "Energy Finance Defence Trade Health Justice Transport Culture Science Agriculture Labour Media "
    "Security Industry Water Housing Education Interior Digital Climate"
).split()
_PLACES = (
    "Belgium Austria Brazil Canada Denmark Egypt Finland Georgia Hungary India Japan Kenya Latvia Mexico "
    "Norway Oman Peru Qatar Romania Spain Turkey Ukraine Vietnam Zambia"
).split()
_ROLES = "ambassador minister adviser director spokesperson chairman lawyer envoy senator economist".split()
_CONFIDENCES = ("0.5", "0.6", "0.8", "0.9", "1.0")


def generate(path: str | Path, people: int = 100_000, seed: int = 1) -> Path:
    """Write the dataset for ``people`` people (about 10 quads each) to ``path`` as N-Quads; return it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        _Writer(out, people, random.Random(seed)).run()
    return path


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _hex(*parts: object, n: int = 12) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:n]


def _lit(text: str, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"' + (f"^^<{XSD}{datatype}>" if datatype else "")


class _Writer:
    """Writes documents one after another; entities carry over between documents by IRI."""

    def __init__(self, out, people: int, rng: random.Random) -> None:
        self.out, self.people, self.rng = out, people, rng
        self.documents = max(1, people // NEW_PEOPLE_PER_DOCUMENT)
        self.person_names = self._person_names(people)
        figures = max(10, people // 50)  # public figures recur across documents
        self.figure_weights = [1.0 / (i + 1) ** 0.8 for i in range(figures)]
        organisations = max(10, people // 50)
        self.orgs = [self._org_name(i) for i in range(organisations)]
        self.org_weights = [1.0 / (i + 1) ** 0.7 for i in range(organisations)]
        self.outlets = [
            f"The {p} {w}"
            for p in ("Daily", "Evening", "Morning", "Weekly", "National")
            for w in ("Post", "Herald", "Times", "Courier", "Observer", "Ledger")
        ]

    def _person_names(self, n: int) -> list[str]:
        names: list[str] = []
        seen: set[str] = set()
        i = 0
        while len(names) < n:
            first, last = _FIRST[i % len(_FIRST)], _LAST[(i // len(_FIRST)) % len(_LAST)]
            generation = i // (len(_FIRST) * len(_LAST))
            name = f"{first} {last}" if generation == 0 else f"{first} {chr(65 + generation % 26)}. {last}"
            if generation >= 26:
                name = f"{first} {last} {generation}"
            i += 1
            if name not in seen:
                seen.add(name)
                names.append(name)
        self.rng.shuffle(names)
        return names

    def _org_name(self, i: int) -> str:
        word, topic = _ORG_WORDS[i % len(_ORG_WORDS)], _ORG_TOPICS[(i // len(_ORG_WORDS)) % len(_ORG_TOPICS)]
        series = i // (len(_ORG_WORDS) * len(_ORG_TOPICS))
        return f"{topic} {word}" + (f" {series + 1}" if series else "")

    def quad(self, s: str, p: str, o: str) -> None:
        self.out.write(f"<{s}> <{p}> {o} <{self.graph}> .\n")

    def run(self) -> None:
        next_person = 0
        for d in range(self.documents):
            count = self.people - next_person if d == self.documents - 1 else NEW_PEOPLE_PER_DOCUMENT
            fresh = list(range(next_person, next_person + count))
            next_person += count
            self.document(d, fresh)

    # -- one document ------------------------------------------------------------------------
    def document(self, d: int, fresh: list[int]) -> None:
        rng = self.rng
        doc_hex = _hex("document", d, n=16)
        self.graph = doc = f"{BASE}document/{doc_hex}"
        figures = sorted(
            set(rng.choices(range(len(self.figure_weights)), self.figure_weights, k=RECURRING_PER_DOCUMENT))
        )
        cast_people = [self.person_names[i] for i in figures] + [self.person_names[i] for i in fresh]
        # figures are the first people of the list, so they get a share of the facts like anyone
        orgs = sorted(set(rng.choices(range(len(self.orgs)), self.org_weights, k=2)))
        outlet = self.outlets[d % len(self.outlets)]
        place = _PLACES[rng.randrange(len(_PLACES))]
        people = {name: f"{BASE}person/{_slug(name)}" for name in cast_people}
        org_iris = {self.orgs[i]: f"{BASE}org/{_slug(self.orgs[i])}" for i in orgs}
        outlet_iri = f"{BASE}org/{_slug(outlet)}"
        place_iri = f"{BASE}place/{_slug(place)}"

        self.sentences: list[str] = []
        self.length = 0
        self.wholes: dict[str, str] = {}  # organisations named only as the whole of a part_of
        headline = f"{cast_people[0]} and {cast_people[1]}: what we know"
        self.say(headline + ".")
        facts = [
            self.fact(doc_hex, j, people, org_iris, outlet, outlet_iri, place, place_iri)
            for j in range(FACTS_PER_DOCUMENT)
        ]
        text = " ".join(self.sentences)

        self.quad(doc, RDF_TYPE, f"<{SCHEMA}NewsArticle>")
        self.quad(doc, RDF_TYPE, f"<{PROV}Entity>")
        self.quad(doc, SCHEMA + "headline", _lit(headline))
        self.quad(doc, SCHEMA + "text", _lit(text))
        self.quad(doc, NG + "contentHash", _lit(hashlib.sha256(text.encode()).hexdigest()))
        self.quad(doc, NG + "charCount", _lit(str(len(text)), "integer"))
        wholes = {n: iri for n, iri in self.wholes.items() if iri not in org_iris.values()}
        for iri in [*people.values(), *org_iris.values(), *wholes.values(), outlet_iri, place_iri]:
            self.quad(doc, SCHEMA + "mentions", f"<{iri}>")
        for name, iri in people.items():
            self.entity(iri, name, ("Person",), alias=name.split()[-1] if hash_bit(iri) else None)
        for name, iri in {**org_iris, **wholes}.items():
            self.entity(iri, name, ("Organization",))
        self.entity(outlet_iri, outlet, ("Organization", "NewsMediaOrganization"))
        self.entity(place_iri, place, ("Place", "Country"))
        for emit in facts:
            emit()

    def entity(self, iri: str, name: str, classes: tuple[str, ...], alias: str | None = None) -> None:
        for cls in classes:
            self.quad(iri, RDF_TYPE, f"<{SCHEMA}{cls}>")
        self.quad(iri, SCHEMA + "name", _lit(name))
        self.quad(iri, RDFS_LABEL, _lit(name))
        if alias:
            self.quad(iri, SCHEMA + "alternateName", _lit(alias))

    def say(self, sentence: str) -> tuple[int, int, str]:
        start = self.length + (1 if self.sentences else 0)
        self.sentences.append(sentence)
        self.length = start + len(sentence)
        return start, self.length, sentence

    def fact(self, doc_hex, j, people, orgs, outlet, outlet_iri, place, place_iri):
        """Choose a fact, write its sentence now (offsets), return a closure that writes its quads."""
        rng = self.rng
        names = list(people)

        # figures (the first few names) take part more often than the document's own people
        def pick() -> str:
            return (
                names[rng.randrange(min(len(names), RECURRING_PER_DOCUMENT))]
                if rng.random() < 0.35
                else rng.choice(names)
            )

        a, b = pick(), pick()
        while b == a:
            b = rng.choice(names)
        org_name = rng.choice(list(orgs))
        org = orgs[org_name]
        role = rng.choice(_ROLES)
        confidence = rng.choice(_CONFIDENCES)
        roll = rng.random()
        if roll < 0.30:
            kind, classes = "contact", (f"{NG}Contact", f"{SCHEMA}Event")
            sentence = f"{a} met {b} in {place} in {2000 + j}."
            label = f"{a} met {b}"
            links = [(NG + "participant", people[a]), (NG + "participant", people[b])]
            extra = [
                (NG + "contactType", _lit("meeting")),
                (SCHEMA + "startDate", _lit(str(2000 + j), "gYear")),
            ]
            shortcuts = [
                (people[a], NG + "contactWith", people[b]),
                (people[b], NG + "contactWith", people[a]),
            ]
        elif roll < 0.55:
            kind, classes = "position", (f"{NG}Position", f"{ORG}Membership")
            start = 1990 + rng.randrange(30)
            sentence = f"{a} served as {role} at the {org_name} for {place} from {start}."
            label = f"{a} held the post of {role} at the {org_name} ({start}–)"
            links = [
                (ORG + "member", people[a]),
                (ORG + "organization", org),
                (NG + "jurisdiction", place_iri),
            ]
            extra = [
                (ORG + "role", f"<{BASE}role/{role}>"),
                (NG + "roleTitle", _lit(f"{role} for {place}")),
                (SCHEMA + "startDate", _lit(str(start), "gYear")),
            ]
            shortcuts = [(people[a], SCHEMA + "worksFor", org), (people[a], ORG + "memberOf", org)]
        elif roll < 0.80:
            kind, classes = "quotation", (f"{NG}Quotation", f"{SCHEMA}Quotation")
            sentence = f'"{b} is a serious partner," {a} told {outlet}.'
            label = f"{a} told {outlet} about {b}"
            links = [
                (SCHEMA + "creator", people[a]),
                (SCHEMA + "about", people[b]),
                (NG + "givenTo", outlet_iri),
                (NG + "reportedBy", outlet_iri),
            ]
            extra = [
                (SCHEMA + "text", _lit(f"{b} is a serious partner")),
                (NG + "cue", _lit("tell")),
                (NG + "direct", _lit("true", "boolean")),
            ]
            shortcuts = []
        elif roll < 0.86:
            kind, classes = "denial", (f"{NG}Denial",)
            sentence = f"{a} denied any wrongdoing by {b}."
            label = f"{a} denied allegations about {b}"
            links = [(NG + "agent", people[a]), (SCHEMA + "about", people[b])]
            extra = [(SCHEMA + "text", _lit("any wrongdoing"))]
            shortcuts = []
        elif roll < 0.91:
            kind, classes = "advice", (f"{NG}Advice",)
            sentence = f"{a} advises {b} on policy."
            label = f"{a} advises {b}"
            links, extra, shortcuts = [(NG + "agent", people[a]), (NG + "advisee", people[b])], [], []
        elif roll < 0.95:
            kind, classes = "appearance", (f"{NG}Appearance", f"{SCHEMA}Event")
            sentence = f"{a} spoke at a conference of the {org_name} in {2000 + j}."
            label = f"{a} spoke at an event of the {org_name}"
            links = [(NG + "agent", people[a]), (NG + "host", org)]
            extra, shortcuts = [(SCHEMA + "startDate", _lit(str(2000 + j), "gYear"))], []
        elif roll < 0.98:
            kind, classes = "representation", (f"{NG}Representation",)
            sentence = f"{a} represents {b} in court."
            label = f"{a} represents {b}"
            links, extra, shortcuts = [(NG + "agent", people[a]), (NG + "represented", people[b])], [], []
        else:
            other = rng.choice(self.orgs)
            kind, classes = "part_of", (f"{NG}PartOf",)
            sentence = f"The {org_name} is part of the {other}."
            label = f"The {org_name} is part of the {other}"
            whole = f"{BASE}org/{_slug(other)}"
            self.wholes[other] = whole
            links, extra = [(NG + "part", org), (NG + "whole", whole)], []
            shortcuts = [(org, ORG + "subOrganizationOf", whole)] if whole != org else []
            if whole == org:
                links = links[:1]
        start, end, text = self.say(sentence)
        doc = self.graph
        fact = f"{BASE}fact/{doc_hex}/{kind}-{_hex(doc_hex, j, kind, a, b)}"
        evidence = f"{fact}/evidence-{start}-{end}"

        def emit() -> None:
            q = self.quad
            for cls in (*classes, f"{NG}Fact"):
                q(fact, RDF_TYPE, f"<{cls}>")
            for p, o in links:
                q(fact, p, f"<{o}>")
            for p, o in extra:
                q(fact, p, o)
            q(fact, RDFS_LABEL, _lit(label))
            q(fact, PROV + "wasDerivedFrom", f"<{doc}>")
            q(fact, NG + "rule", _lit(f"{kind}.generated"))
            q(fact, NG + "confidence", _lit(confidence, "decimal"))
            q(fact, NG + "evidence", f"<{evidence}>")
            q(evidence, RDF_TYPE, f"<{NG}Evidence>")
            q(evidence, NG + "sentence", _lit(text))
            q(evidence, NG + "start", _lit(str(start), "integer"))
            q(evidence, NG + "end", _lit(str(end), "integer"))
            q(evidence, PROV + "wasDerivedFrom", f"<{doc}>")
            for s, p, o in shortcuts:
                q(s, p, f"<{o}>")

        return emit


def hash_bit(text: str) -> bool:
    """A stable coin flip (about one person in three has a short alias)."""
    return int(hashlib.md5(text.encode()).hexdigest()[:2], 16) < 86


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    path = generate(args.out, people=args.people, seed=args.seed)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
