"""News outlets: a curated list with canonical names, and the entity-ruler patterns that find them."""

import json
from functools import cache, lru_cache
from importlib.resources import files

from extract.doc_arrays import tokens

# canonical name -> other names it goes by. A leading "The" is part of the canonical name when the
# outlet styles itself so; matching ignores the case of "the".
OUTLETS: dict[str, tuple[str, ...]] = {
    "CNN": ("CNN International",),
    "The New York Times": ("New York Times", "NYT", "NY Times"),
    "The Washington Post": ("Washington Post",),
    "The Guardian": ("Guardian",),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ"),
    "The Associated Press": ("Associated Press", "AP"),
    "Reuters": (),
    "Agence France-Presse": ("AFP", "Agence France Presse"),
    "BBC": ("BBC News", "British Broadcasting Corporation"),
    "Bloomberg": ("Bloomberg News",),
    "Bloomberg Television": ("Bloomberg TV",),
    "Meduza": (),
    "The Insider": (),
    "TV Rain": ("Dozhd",),
    "Radio Free Europe/Radio Liberty": ("Radio Free Europe", "RFE/RL", "Radio Liberty"),
    "Voice of America": ("VOA",),
    "Channel 4 News": (),
    "ITV News": ("ITV",),
    # British news agencies whose copy regional papers carry ("told the Local Democracy Reporting Service")
    "Local Democracy Reporting Service": ("LDRS",),
    "PA Media": ("Press Association", "PA news agency"),
    "CNBC": (),
    "C-SPAN": (),
    "Le Figaro": (),
    "Die Zeit": (),
    "Frankfurter Allgemeine Zeitung": ("FAZ",),
    "Süddeutsche Zeitung": ("Sueddeutsche Zeitung",),
    "Corriere della Sera": (),
    "La Repubblica": (),
    "NHK": (),
    "Asahi Shimbun": ("The Asahi Shimbun",),
    "Nikkei": ("Nikkei Asia",),
    "Al Arabiya": (),
    "Ukrainska Pravda": (),
    "Kyiv Post": ("The Kyiv Post",),
    "Gazeta Wyborcza": (),
    "Rappler": (),
    "Fox News": ("Fox",),
    "NBC News": ("NBC",),
    "ABC News": ("ABC",),
    "CBS News": ("CBS",),
    "MSNBC": (),
    "NPR": ("National Public Radio",),
    "PBS": ("PBS NewsHour",),
    "Politico": ("POLITICO",),
    "Axios": (),
    "The Atlantic": (),
    "The New Yorker": ("New Yorker",),
    "Financial Times": ("FT", "the Financial Times"),
    "The Economist": ("Economist",),
    "Al Jazeera": (),
    "Le Monde": (),
    "Der Spiegel": ("Spiegel",),
    "El País": ("El Pais",),
    "The Independent": (),
    "The Daily Telegraph": ("The Telegraph", "Telegraph"),
    "The Times": ("The Times of London", "Times of London", "The Sunday Times"),
    "Daily Mail": ("the Daily Mail",),
    "USA Today": (),
    "Los Angeles Times": ("LA Times", "L.A. Times", "the Los Angeles Times"),
    "Chicago Tribune": ("the Chicago Tribune",),
    "The Boston Globe": ("Boston Globe",),
    "BuzzFeed News": ("BuzzFeed",),
    "HuffPost": ("Huffington Post", "The Huffington Post"),
    "Vox": (),
    "Time": ("Time magazine", "TIME"),
    "Newsweek": (),
    "RT": ("Russia Today",),
    "TASS": ("Tass",),
    "Interfax": (),
    "RIA Novosti": (),
    "Sputnik": (),
    "Kommersant": (),
    "Novaya Gazeta": (),
    "ProPublica": (),
    "The Hill": (),
    "Yahoo News": (),
    "Business Insider": ("Insider",),
    "Vice News": (),
    "Sky News": (),
    "Deutsche Welle": ("DW",),
    "France 24": (),
    "Euronews": (),
    "The Daily Beast": ("Daily Beast",),
    "Slate": (),
    "Mother Jones": (),
    "The Intercept": ("Intercept",),
    "Foreign Policy": (),
    "Foreign Affairs": (),
    "Newsmax": (),
    "The Moscow Times": ("Moscow Times",),
    "Kyiv Independent": ("The Kyiv Independent",),
    "The Jerusalem Post": ("Jerusalem Post",),
    "Haaretz": (),
    "South China Morning Post": ("SCMP",),
    "The Sydney Morning Herald": ("Sydney Morning Herald",),
    "The Globe and Mail": ("Globe and Mail",),
    "The Irish Times": ("Irish Times",),
    "The Times of India": ("Times of India",),
    "Xinhua": ("Xinhua News Agency",),
    "Kyodo News": ("Kyodo",),
    "Yonhap": ("Yonhap News Agency",),
    "Semafor": (),
    "The Telegraph": (),
}


def _world_outlets() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    # national newspapers, broadcasters, agencies and sites of ~40 countries (data/world_outlets.json)
    data = json.loads(files("extract").joinpath("data/world_outlets.json").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in data["outlets"].items()}, frozenset(data["context_only"])


_WORLD, _WORLD_CONTEXT_ONLY = _world_outlets()
OUTLETS.update({k: v for k, v in _WORLD.items() if k not in OUTLETS})

# Names that are outlets only when written with "The"/"the" or in a clear outlet context; bare
# "Times", "Post", "Journal", "Fox", "Insider" alone are too ambiguous to match as patterns; so are
# foreign titles that are also common words or places ("Proceso", "Sabah", "Mint").
_CONTEXT_ONLY = {"Fox", "Insider", "Time", "TIME", "ABC", "CBS", "NBC"} | _WORLD_CONTEXT_ONLY

# A capitalised name ending in one of these words is taken to be a newspaper or broadcaster.
MASTHEAD_WORDS = (
    "Times",
    "Post",
    "Journal",
    "Herald",
    "Tribune",
    "Gazette",
    "Chronicle",
    "Telegraph",
    "Courier",
    "Nyheter",
    "Zeitung",
    "Gazeta",
    "Pravda",
    "Izvestia",
    "Dagbladet",
    "Tidende",
    "Shimbun",
    "Ilbo",
    "Observer",
    "Inquirer",
    "Examiner",
    "Dispatch",
    "Sentinel",
    "Bulletin",
    "Standard",
    "Daily",
)


@cache
def outlet_index() -> dict[str, str]:
    """Map every outlet name, lower-cased without a leading "the", to its canonical name."""
    index: dict[str, str] = {}
    for canonical, names in OUTLETS.items():
        for name in (canonical, *names):
            index[_key(name)] = canonical
    return index


def _key(name: str) -> str:
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name.lower()


EDITIONS = ("Europe", "UK", "US", "America", "International", "Online", "Asia", "Africa", "Weekend")


@lru_cache(maxsize=4096)  # a name is looked up by a dozen rules per article; the index never changes
def canonical_outlet(name: str) -> str | None:
    """Return the canonical outlet name for ``name`` ("the New York Times" -> "The New York Times"),
    an edition counting as its outlet ("Politico Europe" -> "Politico")."""
    index = outlet_index()
    found = index.get(_key(name))
    if found is None and " " in name and name.rsplit(" ", 1)[1] in EDITIONS:
        found = index.get(_key(name.rsplit(" ", 1)[0]))
    return found


def outlet_patterns() -> list[dict]:
    """Entity-ruler patterns (label ORG, id ``outlet``) for every listed outlet name."""
    patterns: list[dict[str, object]] = []
    for canonical, names in OUTLETS.items():
        for name in {canonical, *names}:
            if name in _CONTEXT_ONLY:
                continue
            words = name.split()
            with_the = words[0].lower() == "the"
            if with_the:
                words = words[1:]
            phrase = " ".join(words)
            for lead in ("the ", "The "):
                patterns.append({"label": "ORG", "pattern": lead + phrase, "id": "outlet"})
            if not with_the:
                patterns.append({"label": "ORG", "pattern": phrase, "id": "outlet"})
    masthead: list[dict[str, object]] = [
        {"IS_TITLE": True, "POS": "PROPN", "OP": "+"},
        {"ORTH": {"IN": list(MASTHEAD_WORDS)}},
    ]
    patterns.append({"label": "ORG", "pattern": [{"LOWER": "the"}, *masthead], "id": "masthead"})
    patterns.append({"label": "ORG", "pattern": masthead, "id": "masthead"})
    # two masthead words joined by a hyphen, one title: "the Pittsburgh Post-Gazette", "Times-Picayune"
    joined: list[dict[str, object]] = [*masthead, {"ORTH": "-"}, {"IS_TITLE": True, "POS": "PROPN"}]
    patterns.append({"label": "ORG", "pattern": [{"LOWER": "the"}, *joined], "id": "masthead"})
    patterns.append({"label": "ORG", "pattern": joined, "id": "masthead"})
    return patterns + broadcaster_patterns()


# "Fana Broadcasting Corporation", "Korean Broadcasting System": a broadcaster by its name alone (not
# "Broadcasting Authority/Commission", regulators); "Citi FM", "Ethiopian Television", "Kiss Radio".
BROADCASTING_HEADS = ("Corporation", "Corp", "Corp.", "Company", "Service", "System", "Network")
STATION_TAILS = ("FM", "Radio", "Television")


def broadcaster_patterns() -> list[dict]:
    """Entity-ruler patterns (id ``masthead``: an outlet) for broadcasters' name shapes."""
    lead = {"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "a", "an", *(w.lower() for w in STATION_TAILS)]}}
    shapes = [
        [{**lead, "OP": "+"}, {"ORTH": "Broadcasting"}, {"ORTH": {"IN": list(BROADCASTING_HEADS)}}],
        [{**lead, "POS": "PROPN", "OP": "+"}, {"ORTH": {"IN": list(STATION_TAILS)}}],
    ]
    return [{"label": "ORG", "pattern": shape, "id": "masthead"} for shape in shapes]


# Common nouns that say the name next to them is a news outlet ("the state news agency X",
# "the local newspaper X", "X, a public broadcaster,").
OUTLET_NOUNS = frozenset(
    (
        "newspaper paper daily tabloid broadcaster station channel magazine outlet website newsletter "
        "weekly wire newsroom radio portal"
    ).split()
)
NEWS_SITE_WORDS = frozenset({"news", "investigative", "web", "online", "independent", "media", "satirical"})
# Nouns a quote is given in, to an outlet: "in a statement to X", "in an interview with X".
STATEMENT_NOUNS = frozenset({"statement", "interview", "remarks", "comments", "email", "message"})
# Verbs whose "to X" takes an audience: "described the deal to X as ...", "confirmed to X".
TO_AUDIENCE_VERBS = frozenset({"describe", "confirm", "explain", "say"})
# Verbs whose agent is a publisher: "cited by X", "quoted by X", "a report by X".
BY_PUBLISHER = frozenset({"cite", "quote", "interview", "report", "publish"})
REPORT_NOUNS = frozenset({"report", "story", "article", "investigation", "interview"})
# Verbs whose subject is a publisher when they take a clause or "first": "X reported that ...".
PUBLISHING_VERBS = frozenset({"report", "publish", "broadcast"})
# Cues strong enough to call a name the model took for a person an outlet ("told" is not: "told Smith").
NOT_PERSON_CUES = frozenset({"outlet.noun", "outlet.reported", "outlet.cited_by", "outlet.report_by"})


# Cues that a person can also stand in ("told Smith", "in an interview with Berg", "speaking to Ruiz"):
# they make an outlet of a "person" only when its name is unlike a person's (``unlike_person``).
WEAK_CUES = frozenset({"outlet.told", "outlet.statement_to", "outlet.speaking_to", "outlet.described_to"})
# First and last words of broadcasters' and sites' names ("Radio Sur", "Kanal 7", "Sahara TV", "Tempo
# Online", "France 24"): no person's name opens or ends with them.
OUTLET_LEADS = frozenset(
    {"Radio", "Rádio", "Radyo", "TV", "Tele", "Télé", "Canal", "Kanal", "Rede", "Televisión"}
)
OUTLET_TAILS = frozenset(
    {"TV", "Radio", "Rádio", "News", "Online", "FM", "Noticias", "Notícias"}
    | {"Nachrichten", "Actualités", "24", *MASTHEAD_WORDS}
)


def outlet_shaped(span) -> bool:
    """True for a name shaped like a broadcaster's or a site's: "Radio X", "X TV", "X News", "X 24", or a
    word no name has, a full stop inside a word ("Diário de S.Paulo", "Novosti.ru")."""
    words = [t.text for t in span if not t.is_punct]
    if not words:
        return False
    return words[0] in OUTLET_LEADS or words[-1] in OUTLET_TAILS or any(_dotted(w) for w in words)


def _dotted(word: str) -> bool:
    parts = word.split(".")
    return len(parts) == 2 and parts[0][:1].isalpha() and len(parts[1]) >= 2 and parts[1].isalpha()


def unlike_person(span, given_names: frozenset[str], person_words: set[str]) -> bool:
    """ "told Radio Sur", "told Noticiero": a name shaped like an outlet's, or one word that opens no given
    name and that no person named elsewhere in the document bears, is no person's. "told Maria", "told
    Smith" (when "Anne Smith" is named), "told Jimmy Wales" stay people."""
    words = [t.text for t in span if t.is_alpha or t.like_num or _dotted(t.text)]
    if not words or words[0] in given_names:
        return False
    if outlet_shaped(span):
        return True
    if len(words) > 1:  # "told Jimmy Wales": the given-name list never knows every given name
        return False
    return words[0] not in person_words


# Articles that open foreign titles ("Het Parool", "Le Monde", "Die Zeit").
TITLE_ARTICLES = frozenset({"Het", "De", "Le", "La", "Les", "El", "Il", "Der", "Die", "Das"})


def outlet_noun_before(span) -> bool:
    """True for "the (state) news agency X", "the newspaper X": an outlet noun right before a name."""
    doc = span.doc
    toks = tokens(doc)
    start = span.start
    if start > 1 and toks[start - 1].text in TITLE_ARTICLES:
        start -= 1  # "the Dutch daily Het Financieele Dagblad": the title's own article before the name
    if start == 0:
        return False
    before = toks[start - 1]
    if before.lower_ in OUTLET_NOUNS:
        return True
    if before.lower_ == "site":  # "the investigative site X", "the news site X"; not "the site Sellafield"
        return start > 1 and toks[start - 2].lower_ in NEWS_SITE_WORDS
    return before.lower_ == "agency" and start > 1 and toks[start - 2].lower_ in ("news", "press")


def outlet_cue(span) -> str | None:
    """Return the construction that marks an organisation's name as a news outlet, or None.

    The constructions of attribution say what the name is even when it is on no list: the object of
    "told", "in a statement to X", "in an interview with X", "described ... to X as", "cited/quoted
    by X", "a report by X", "according to The X" (a capitalised "The" styles a title), and an outlet
    noun next to it ("the state news agency X").
    """
    root = span.root
    after_noun = root.dep_ == "compound" and root.head.i == span.end and root.head.lower_ in OUTLET_NOUNS
    if after_noun and span.label_ not in ("GPE", "LOC", "NORP"):  # "Ohio radio" is a place's radio
        root = root.head  # "told DZRH radio": the outlet noun after the name stands in the construction
    head = root.head
    if outlet_noun_before(span):
        return "outlet.noun"
    if any(c.dep_ == "appos" and c.lemma_.lower() in OUTLET_NOUNS for c in root.children):
        return "outlet.noun"
    lemma = head.lemma_.lower()
    if root.dep_ in ("dobj", "dative") and lemma == "tell" and head.pos_ == "VERB":
        return "outlet.told"
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and lemma in PUBLISHING_VERBS and publishes(head):
        return "outlet.reported"
    if root.dep_ != "pobj":
        return None
    prep, governor = head.lower_, head.head
    glemma = governor.lemma_.lower()
    if prep in ("to", "with") and governor.pos_ == "NOUN" and glemma in STATEMENT_NOUNS:
        return "outlet.statement_to"
    audience = prep == "to" and governor.pos_ == "VERB" and glemma in TO_AUDIENCE_VERBS
    if audience and (glemma == "confirm" or any(c.lower_ == "as" for c in governor.children)):
        return "outlet.described_to"
    if prep == "to" and governor.pos_ == "VERB" and glemma == "speak" and governor.tag_ == "VBG":
        return "outlet.speaking_to"  # "speaking to Kasi FM, she said": only an ORG name is taken so
    if prep == "to" and governor.lower_ == "according" and styled_title(span):
        return "outlet.according_to"  # "according to The Valley Courier"; not "according to Goldman Sachs"
    if prep == "by" and head.dep_ == "agent" and glemma in BY_PUBLISHER:
        return "outlet.cited_by"
    if prep in ("by", "in") and governor.pos_ == "NOUN" and glemma in REPORT_NOUNS:
        return "outlet.report_by"
    return None


def styled_title(span) -> bool:
    """A capitalised "The" mid-sentence right before the name styles it a title ("cited by The Blade")."""
    before = tokens(span.doc)[span.start - 1] if span.start > 0 else None
    return before is not None and before.text == "The" and not before.is_sent_start


def publishes(verb) -> bool:
    """ "X reported that ...", "X first reported ...", "X published a report": not "X reported a profit"."""
    return any(
        c.dep_ == "ccomp" or c.lower_ == "first" or (c.dep_ == "dobj" and c.lemma_.lower() in REPORT_NOUNS)
        for c in verb.children
    )
