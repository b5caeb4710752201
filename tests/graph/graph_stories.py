"""Hand-made stories for the graph tests: a mini Kislyak article and a grid of hard cases."""

from __future__ import annotations

from types import SimpleNamespace

from graphkit import Article

from ontology.namespaces import NG, SCHEMA


def kislyak_article() -> tuple[Article, SimpleNamespace]:
    """McFaul quoted by CNN about Kislyak; Flynn in contact with Kislyak; Kislyak ambassador to Belgium."""
    a = Article("kislyak-mini", "Who is Sergey Kislyak?")
    e = SimpleNamespace(
        kislyak=a.person("Sergey Kislyak", "Kislyak"),
        mcfaul=a.person("Michael McFaul", "McFaul"),
        flynn=a.person("Michael Flynn", "Flynn"),
        pescov=a.person("Dmitri Pescov", "Pescov"),
        farkas=a.person("Evelyn Farkas", "Farkas"),
        cnn=a.org("CNN", outlet=True),
        kremlin=a.org("Kremlin"),
        belgium=a.place("Belgium", country=True),
        russia=a.place("Russia", country=True),
    )
    e.flynn_kislyak = a.contact(
        e.flynn,
        e.kislyak,
        "Both Michael Flynn and Jeff Sessions have come under fire for their interactions with Kislyak.",
    )
    e.flynn_adviser = a.position(e.flynn, "national security adviser", sentence="Flynn, the adviser.")
    e.ambassador = a.position(
        e.kislyak,
        "ambassador to Belgium",
        place=e.belgium,
        label="Sergey Kislyak held the post of ambassador to Belgium (1998–2003)",
        sentence="Kislyak then served as the country's ambassador to Belgium from 1998 to 2003.",
        years=("1998", "2003"),
    )
    a.position(
        e.mcfaul,
        "former U.S. Ambassador to Russia",
        place=e.russia,
        sentence="as former U.S. Ambassador to Russia Michael McFaul told CNN",
    )
    e.mcfaul_quote = a.fact(
        NG.Quotation,
        {SCHEMA.creator: e.mcfaul, SCHEMA.about: e.kislyak, NG.givenTo: e.cnn},
        label="Michael McFaul told CNN: \"You're never confused about what country he's representing.\"",
        sentences=[
            "It's clear the Russian ambassador has earned the respect of his Washington colleagues — "
            "even though, as former U.S. Ambassador to Russia Michael McFaul told CNN, \"You're never "
            "confused about what country he's representing.\""
        ],
        confidence=0.95,
    )
    a.fact(
        NG.Quotation,
        {SCHEMA.creator: e.farkas, SCHEMA.about: e.kislyak, NG.reportedBy: e.cnn},
        sentences=['Evelyn Farkas described Kislyak as "active, informed and smart," CNN reported.'],
    )
    a.position(
        e.pescov, "Kremlin spokesman", org=e.kremlin, sentence="Kremlin spokesman Dmitri Pescov said so."
    )
    a.fact(
        NG.Denial,
        {NG.agent: e.pescov, SCHEMA.about: e.kislyak},
        sentences=["Kremlin spokesman Dmitri Pescov attacked the assumptions of the media."],
    )
    a.image_credit("Susan Walsh/AP", "Susan Walsh", "AP")
    return a, e


def grid_articles() -> tuple[list[Article], SimpleNamespace]:
    """People A..J linked to make ties, a second component, an outlet-only link and a weak link."""
    main, second = Article("grid"), Article("grid-2")
    e = SimpleNamespace()
    for letter in "ABCDEFGHIJPQR":
        setattr(e, letter.lower(), main.person(f"Person {letter}"))
    e.outlet = main.org("Daily Outlet", outlet=True)
    e.place = main.place("Springfield")
    for u, v in ["ab", "bd", "ac", "cd", "de", "fg", "pr", "rq"]:
        main.contact(getattr(e, u), getattr(e, v))
    main.contact(e.e, e.i, "Person E may have met Person I, he said.", confidence=0.3)
    main.contact(e.p, e.q, "Person P perhaps met Person Q.", confidence=0.1)
    main.fact(NG.Advice, {NG.agent: e.b, NG.advisee: e.j}, sentences=["Person B advises Person J."])
    for person in (e.a, e.h):
        main.fact(
            NG.Quotation,
            {SCHEMA.creator: person, NG.givenTo: e.outlet},
            sentences=[f"{person.rsplit('/', 1)[-1]} told the Daily Outlet."],
        )
    main.position(e.i, "mayor of Springfield", place=e.place)
    second.person("Person P")
    second.person("Person Q")
    second.person("Person R")
    second.contact(e.p, e.r, confidence=1.0)
    second.contact(e.r, e.q, confidence=1.0)
    return [main, second], e
