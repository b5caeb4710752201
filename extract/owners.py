"""Which named organisation a noun stands for: "the university", "the federation's", "its".

News names an organisation once and then calls it by a common noun ("the Whitlock Foundation" ...
"the foundation's chair") or by "its". This module is the one place that answers it, for titles'
owners (strict: the noun heads the name) and for coreference of mentions (``guess``: looser, and
*the company* falls back on salience); ``owner_ref`` prefers the strict reading over coref's guess.
"""

from collections import defaultdict

from spacy.tokens import Doc, Token

from extract.records import Ref
from extract.syntax import doc_refs, sentence_of
from extract.titles import HONORIFICS, ROLE_NOUNS, ROLE_QUALIFIERS

HEAD_CONFIDENCE, ITS_CONFIDENCE = 0.85, 0.75
DEFINITE = frozenset({"the", "this", "that"})
PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
# Common nouns for a kind of organisation and the words its names carry ("the hospital": a Clinic).
KINDS: dict[str, tuple[str, ...]] = {
    "hospital": ("hospital", "clinic", "infirmary", "medical center", "medical centre"),
    "university": ("university", "college"),
    "company": (
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "ltd",
        "ltd.",
        "plc",
        "llc",
        "holdings",
        "gmbh",
        # legal forms of other countries ("PT Sawit Lestari", "Kessler AG", "Ortiz S.A.")
        "pt",
        "tbk",
        "ag",
        "sa",
        "s.a.",
        "nv",
        "n.v.",
        "bv",
        "b.v.",
        "spa",
        "s.p.a.",
        "pty",
        "pte",
        "bhd",
    ),
    "firm": ("llp", "partners", "associates", "& co", "& co."),
    "union": ("union", "workers", "labour", "labor"),
    "court": ("court", "tribunal"),
    "party": ("party",),
    "force": ("police", "constabulary"),  # "the force's CID": the one police force named
    # round 12: "the regulator's secretary" (X Regulatory Commission), "a utility spokesman" (X Electric)
    "regulator": ("regulatory", "regulator", "regulation"),
    "utility": ("electric", "electricity", "power", "energy", "gas", "water", "utilities", "utility"),
}
# Words that end an organisation's name without being its head ("Ministry of Maritime Affairs").
NAME_BREAKS = frozenset({"of", "for", "on", "at", "in"})
PREMODIFIERS = ("compound", "amod", "nmod", "nummod")
# Generic nouns coreference resolves even without a name that has them ("the company": the salient one).
ORG_NOUNS = frozenset(
    (
        "company firm group bank organisation organization charity startup agency institute party "
        "foundation consultancy chipmaker carmaker lender club"
    ).split()
)
# A company's own parts: "the board's chairman" is the company's (owner.company_part).
COMPANY_PARTS = frozenset({"board", "fleet"})
# Generic nouns for a business, and the heads of public bodies' names none of them stands for:
# "the company" is not the National Company Law Tribunal named just before it.
BUSINESS_NOUNS = frozenset("company firm startup chipmaker carmaker lender consultancy".split())
# Generic nouns for a body that is no business: never a company the article describes as one.
NONPROFIT_NOUNS = frozenset("charity foundation organisation organization".split())
PUBLIC_HEADS = frozenset(
    (
        "tribunal court ministry department commission council university college hospital police "
        "parliament assembly agency authority directorate office committee union party federation "
        "government senate regulator inspectorate"
    ).split()
)
# Common nouns that head organisations' names and, with "the", point back at one ("the university").
NAMED_ORG_HEADS = frozenset(
    (
        "university ministry trust federation union authority directorate council commission foundation "
        "institute agency department college hospital bank company group association"
    ).split()
)

# Nouns whose earlier definite uses are indexed ("the board published ... the board's Directorate").
USED_HEADS = NAMED_ORG_HEADS | PUBLIC_HEADS | COMPANY_PARTS


def name_head(name: str) -> str:
    """The head noun of an organisation's name, lower case.

    >>> name_head("Panhellenic Federation of Port Workers")
    'federation'
    >>> name_head("Whitlock Foundation")
    'foundation'
    """
    words = name.replace("’", "'").split()
    for k, word in enumerate(words):
        if k and word.lower() in NAME_BREAKS:
            return words[k - 1].lower()
    return words[-1].lower() if words else ""


def _organisations(doc: Doc) -> dict[str, str]:
    """Organisation keys (no outlets) -> name head, computed once per Doc."""
    cached = doc.user_data.get("kg_org_heads")
    if cached is None:
        records = doc._.kg_entities or {}
        cached = {
            key: name_head(record.name)
            for key, record in records.items()
            if key.startswith("org:") and record.type == "organization"
        }
        doc.user_data["kg_org_heads"] = cached
    return cached


def _definite(token: Token) -> bool:
    """ "the federation", "the foundation's": a determiner that picks one known body."""
    if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return True
    return token.i > 0 and token.doc[token.i - 1].lower_ in DEFINITE


def named_owner(token: Token, titled: bool = False, *, guess: bool = False) -> str | None:
    """The one named organisation a definite noun stands for ("the federation" -> the Panhellenic
    Federation of Port Workers). Strict by default (titles' owners): the noun heads the name or names
    its kind, and of several the one named last in the sentence; ``titled`` also takes a capitalised
    bare head inside a title ("Federation President X"). ``guess`` is coreference's looser reading."""
    if guess:
        return _guessed(token)
    refs = doc_refs(token.doc)
    held = refs.get(token.i)
    if held is not None and held.rule is None and not title_as_name(held.key):
        return None  # part of a name already
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
        return None
    indefinite = titled and token.is_lower and bare_title_owner(token)
    if not (token.is_lower and (_definite(token) or indefinite)) and not (titled and token.is_title):
        return None
    if titled and token.lower_ in ROLE_NOUNS:
        return None
    word = token.lower_
    if _modified(token):  # "the infectious-disease department" is a unit of its own, not the named body,
        return _named_by_words(token)  # but "the contracting battalion" is the 918th Contracting Battalion
    found = _carrying(token.doc, word, head=True)
    by_kind = not found and word in KINDS
    if by_kind:  # "the hospital" -> Maumee Valley Medical Center: a name of that kind
        found = [key for key in _organisations(token.doc) if _of_kind(key, KINDS[word])]
    if not found and word in BUSINESS_NOUNS:  # "Y, a Nashville company ... A company spokesperson"
        first = _first_named(token.doc)
        described = described_kinds(token.doc).items()
        found = [k for k, kinds in described if word in kinds and first.get(k, len(token.doc)) < token.i]
    found = _named_earlier(token, word, found)
    if len(found) == 1:
        return found[0]
    if not found:
        return None
    if (whole := _one_body(token.doc, found)) is not None:
        return whole
    if indefinite and not unarticled_title(token):
        # "a party spokesman" with two parties named: no way to tell which, unless the article is about
        # one of them ("council chief executive X" is definite: "the council's", read as that one below)
        return _standing_out(token.doc, found)
    last = _named_in_sentence(token, found)  # several: the one named last before it in its sentence
    if last is None:  # else the one the same noun last stood for ("the CCC ... the commission's unit")
        last = next((k for j in _uses_before(token) if (k := _earlier_use(token.doc[j], found))), None)
    if last is None:  # else the one named in the sentence before ("... the Wiiget Creek First Nation. The
        last = _named_before(token, found)  # nation's lawyer": that nation, not the article's other one)
    if last is None:  # else the article's main one with that head or of that kind, if one stands out
        records = token.doc._.kg_entities
        ranked = sorted(found, key=lambda k: records[k].mentions, reverse=True)
        if records[ranked[0]].mentions > records[ranked[1]].mentions:
            last = ranked[0]
    return last


# Nouns a name may carry before its legal form or place ("the bank's" -> Meghna Commerce Bank PLC,
# "the corporation's" -> X Power Distribution Corporation Ltd): owners read in any word of a name.
WIDE_OWNER_WORDS = NAMED_ORG_HEADS | ORG_NOUNS | PUBLIC_HEADS | frozenset({"corporation"})


def _named_earlier(token: Token, word: str, found: list[str]) -> list[str]:
    """The candidates ``found``; when none of them is named before ``token`` (a possessive points back),
    the organisations named before it whose name ends in ``word`` before a legal form ("the bank's
    managing director" after Meghna Commerce Bank PLC, not the Bangladesh Bank named later)."""
    doc = token.doc
    first = _first_named(doc)
    if word not in WIDE_OWNER_WORDS or any(first.get(k, len(doc)) < token.i for k in found):
        return found
    wide = [
        k
        for k in _carrying(doc, word, head=False)
        if first.get(k, len(doc)) < token.i and _head_before_form(k, word) == word
    ]
    return wide or found


def _head_before_form(key: str, word: str) -> str:
    """A company's name's last word before its legal form ("Meghna Commerce Bank PLC" -> bank; with
    ``word`` "corporation", "X Power Corporation Ltd" -> corporation)."""
    words = key.split(":", 1)[1].lower().replace(",", "").split()
    while len(words) > 1 and words[-1] in KINDS["company"] and words[-1] != word:
        words.pop()
    return words[-1] if words else ""


def first_named(doc: Doc) -> dict[str, int]:
    """Entity key -> the token where its name first stands: "the department" points back, so it never
    stands for a department the article names only later."""
    first: dict[str, int] = {}
    for i, found in doc_refs(doc).items():
        if found.rule is None and i < first.get(found.key, len(doc)):
            first[found.key] = i
    return first


def _first_named(doc: Doc) -> dict[str, int]:
    """Organisation key -> the index of its first mention by name; once per Doc and set of refs."""
    refs = doc_refs(doc)
    cached = doc.user_data.get("kg_org_first")
    if cached is not None and cached[0] == len(refs):
        return cached[1]
    first = {key: i for key, i in first_named(doc).items() if key.startswith("org:")}
    doc.user_data["kg_org_first"] = (len(refs), first)
    return first


def _standing_out(doc: Doc, found: list[str]) -> str | None:
    """The one of several candidates the article names far more often than any other (at least three
    times and twice the next): "a utility spokesman" in a story about one utility; else None."""
    records = doc._.kg_entities
    ranked = sorted(found, key=lambda k: records[k].mentions, reverse=True)
    top, next_ = records[ranked[0]].mentions, records[ranked[1]].mentions
    return ranked[0] if top >= 3 and top >= 2 * next_ else None


def _named_by_words(token: Token) -> str | None:
    """The one organisation whose name has a modified definite noun's head and all its lower-case
    modifiers ("the contracting battalion" -> 918th Contracting Battalion); None for any other."""
    words = [c.lower_ for c in token.children if c.dep_ in PREMODIFIERS and c.i < token.i]
    if not words or not all(c.is_lower and c.is_alpha for c in token.children if c.lower_ in words):
        return None
    found = [
        key
        for key in _carrying(token.doc, token.lower_, head=True)
        if set(words) <= _name_words(token.doc._.kg_entities[key].name)
    ]
    return found[0] if len(found) == 1 else None


def bare_title_owner(token: Token) -> bool:
    """ "a party spokesman", "a ministry official": a bare noun right before an indefinite title
    names the body the article is about, as "the party's spokesman" would; so does one opening a
    title with no article before a name ("met council chief executive X")."""
    head = token.head
    if unarticled_title(token):
        return True
    return (
        token.dep_ == "compound"
        and head.i == token.i + 1
        and head.lower_ in ROLE_NOUNS
        and token.i > 0
        and token.doc[token.i - 1].lower_ in ("a", "an")  # "a former union organiser who ...": not so sure
        and any(c.dep_ == "det" and c.i == token.i - 1 for c in head.children)
    )


def unarticled_title(token: Token) -> bool:
    """True for "council" in "met council chief executive X": a lower-case noun opening a title of at
    most three words that runs into a person's name, with no article, possessive or modifier before it."""
    doc, i = token.doc, token.i
    if not token.is_lower or token.dep_ != "compound" or token.lower_ in ROLE_NOUNS:
        return False
    before = doc[i - 1] if i > 0 else None
    if before is not None and (before.dep_ in (*PREMODIFIERS, "det", "poss", "case") or before.tag_ == "POS"):
        return False
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"):
        j += 1
    last = j
    while j < len(doc) and j - last < 3 and (doc[j].text == "." or doc[j].lower_.rstrip(".") in HONORIFICS):
        j += 1  # "council leader Cllr X": past the form of address
    named = doc_refs(doc).get(j)
    return (
        last - i > 1
        and doc[last - 1].lower_ in ROLE_NOUNS
        and named is not None
        and named.key.startswith("person:")
    )


def _named_in_sentence(token: Token, found: list[str]) -> str | None:
    """Of the candidates ``found``, the one named last before ``token`` in its own sentence."""
    start, _ = sentence_of(token.doc, token.i)
    named = [key for _, key in _named_between(token.doc, start, token.i) if key in found]
    return named[-1] if named else None


def _named_before(token: Token, found: list[str]) -> str | None:
    """Of the candidates ``found``, the one (only) named in the sentence before ``token``'s."""
    start, _ = sentence_of(token.doc, token.i)
    if start == 0:
        return None
    before = sentence_of(token.doc, start - 1)[0]
    named = {key for _, key in _named_between(token.doc, before, start) if key in found}
    return named.pop() if len(named) == 1 else None


def _earlier_use(token: Token, found: list[str]) -> str | None:
    """What an earlier use of the same definite noun stood for: the candidate named in its sentence,
    else what it was resolved to itself (once per token and Doc)."""
    if (named := _named_in_sentence(token, found)) is not None:
        return named
    resolved = token.doc.user_data.setdefault("kg_owner_uses", {})
    if token.i not in resolved:
        resolved[token.i] = None  # no loop back to itself
        resolved[token.i] = named_owner(token)
    return resolved[token.i]


def _uses_before(token: Token) -> list[int]:
    """Earlier places where the same definite, unmodified noun stands ("the commission"), latest first;
    the positions of each head word are indexed once per Doc."""
    doc = token.doc
    index = doc.user_data.get("kg_head_uses")
    if index is None:
        index = defaultdict(list)
        for t in doc:
            if t.lower_ in USED_HEADS and t.tag_ == "NN" and t.is_lower:
                index[t.lower_].append(t.i)
        doc.user_data["kg_head_uses"] = index
    return [
        i
        for i in reversed(index.get(token.lower_, []))
        if i < token.i and _definite(doc[i]) and not _modified(doc[i])
    ]


def _guessed(token: Token, word: str = "") -> str | None:
    """Coreference's reading: "the university" -> the one organisation with that word anywhere in its
    name (or an apposition's noun, "a conservation foundation"), of several the one named in its own,
    else the previous, sentence; a generic "the company" -> the one named in those sentences, else the
    most salient one named before it."""
    doc, word = token.doc, word or token.lower_
    start, _ = sentence_of(doc, token.i)
    before = sentence_of(doc, start - 1)[0] if start else start
    near = {key for _, key in _named_between(doc, before, token.i)}
    found: list[str] = []
    if bare(token):
        found = _carrying(doc, word, head=False)
        if word in BUSINESS_NOUNS:  # "the company" is no "National Company Law Tribunal"
            found = [k for k in found if not _public(doc, k)]
        if not found:  # "Montes Vivos, a conservation foundation, ... the foundation"
            found = [k for k, kinds in described_kinds(doc).items() if word in kinds]
    if len(found) > 1:  # "the trust" with two trusts named: the one named just before
        same = {key for _, key in _named_between(doc, start, token.i)}
        found = [k for k in found if k in same] or [k for k in found if k in near]
    if len(found) == 1:
        return found[0]
    if found or word not in ORG_NOUNS:
        return None
    if word in BUSINESS_NOUNS:
        near = {k for k in near if not _public(doc, k)}
    elif word in NONPROFIT_NOUNS:  # "the charity" is not the drug company named beside it
        near = {k for k in near if not _business(doc, k)}
    if len(near) == 1:
        return next(iter(near))
    if word in NONPROFIT_NOUNS:  # "the charity": one of those named near, never a company further up
        if not near:
            return None
        records = doc._.kg_entities
        return max(near, key=lambda k: (records[k].mentions, k))
    seen = {
        key: i
        for i, key in _named_between(doc, max(0, token.i - 150), token.i)
        if (word not in BUSINESS_NOUNS or not _public(doc, key))
        and (word not in NONPROFIT_NOUNS or not _business(doc, key))
    }
    if not seen:
        return None
    records = doc._.kg_entities
    return max(seen, key=lambda k: (records[k].mentions, seen[k]))


def _business(doc: Doc, key: str) -> bool:
    """True for an organisation the article calls a business ("Liffeyside Pharma, the Cork-based
    company") or whose name carries a company's legal form ("Halden Ltd")."""
    return bool(described_kinds(doc).get(key, set()) & BUSINESS_NOUNS) or _of_kind(key, KINDS["company"])


def _public(doc: Doc, key: str) -> bool:
    """True for a public body's name ("National Company Law Tribunal"); uncached, as in ``_carrying``."""
    record = doc._.kg_entities.get(key)
    return record is not None and name_head(record.name) in PUBLIC_HEADS


def _carrying(doc: Doc, word: str, *, head: bool) -> list[str]:
    """The organisations whose name has ``word`` as its head ("Federation of Port Workers"), or with
    ``head`` false anywhere in it; uncached then, as coreference runs before the entities settle."""
    if head:
        return [key for key, name_word in _organisations(doc).items() if name_word == word]
    return [
        k for k, r in doc._.kg_entities.items() if r.type == "organization" and word in _name_words(r.name)
    ]


def _named_between(doc: Doc, start: int, stop: int) -> list[tuple[int, str]]:
    """(index, key) of each organisation named by its name (no outlet, no guess) in tokens [start, stop)."""
    refs, records = doc_refs(doc), doc._.kg_entities
    return [
        (i, r.key)
        for i in range(start, stop)
        if (r := refs.get(i)) is not None
        and r.rule is None
        and r.key.startswith("org:")
        and (record := records.get(r.key)) is not None
        and record.type == "organization"
    ]


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in name.split()}


def org_noun_heads(doc: Doc) -> set[str]:
    """The NAMED_ORG_HEADS that some organisation of this document has in its name."""
    return {
        w
        for r in doc._.kg_entities.values()
        if r.type == "organization"
        for w in _name_words(r.name) & NAMED_ORG_HEADS
    }


def org_noun(token: Token, heads: set[str]) -> bool:
    """True for a singular noun coreference should try to resolve: a generic one ("the company") or a
    bare one that heads a name of the document (``heads``, from ``org_noun_heads``)."""
    low = token.lower_
    named = low in heads and token.pos_ in ("NOUN", "PROPN") and bare(token)
    return (low in ORG_NOUNS or named) and token.tag_ in ("NN", "NNP")


def bare(token: Token) -> bool:
    """ "the university" standing alone points back at a named one; "the infectious-disease department"
    (a unit), "the authority to impose" or "the trust of voters" (the common words) do not."""
    return token.is_lower and not _modified(token, ("compound", "amod", "nmod", "acl", "prep"), after=True)


def described_kinds(doc: Doc) -> dict[str, set[str]]:
    """Organisation key -> the common nouns an apposition calls it ("Montes Vivos, a conservation
    foundation" -> foundation), so "the foundation" later points back at it. Once per Doc."""
    cached = doc.user_data.get("kg_org_kinds")
    if cached is not None:
        return cached
    records = doc._.kg_entities or {}
    kinds: dict[str, set[str]] = defaultdict(set)
    for i, r in doc._.kg_refs.items():
        token = doc[i]
        if r.rule or r.key not in records or records[r.key].type != "organization":
            continue
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > token.i:
                kinds[r.key].add(child.lemma_.lower())
    doc.user_data["kg_org_kinds"] = dict(kinds)
    return doc.user_data["kg_org_kinds"]


def _one_body(doc: Doc, keys: list[str]) -> str | None:
    """ "Wendland Museum of World Cultures" and "Wendland Museum" left apart: every shorter name begins
    the longest, so "the museum" is that one body (the full name stands for it)."""
    records = doc._.kg_entities
    names = sorted((records[k].name.split(), k) for k in keys)
    longest, key = max(names, key=lambda n: len(n[0]))
    return key if all(longest[: len(words)] == words for words, _ in names) else None


def title_as_name(key: str) -> bool:
    """True for an "organisation" that is a title the tagger took for a name ("Council President")."""
    words = key.split(":", 1)[1].lower().split()  # one hyphened word too: "Auditor-General"
    return (
        key.startswith("org:")
        and bool(words)
        and words[-1] in ROLE_NOUNS
        and (len(words) > 1 or "-" in words[0])
    )


def _of_kind(key: str, words: tuple[str, ...]) -> bool:
    """True when the organisation's name has one of the words of a kind ("Medical Center": hospital)."""
    name = f" {key.split(':', 1)[1].lower().replace(',', '')} "
    return any(f" {w} " in name for w in words)


def owner_ref(token: Token) -> Ref | None:
    """What ``token`` refers to, with head nouns read by name and "its" resolved to an organisation."""
    refs = doc_refs(token.doc)
    held = refs.get(token.i)
    low = token.lower_
    if low == "its" and token.tag_ == "PRP$":
        key = its_owner(token)
        return Ref(key, "owner.its", ITS_CONFIDENCE) if key else None
    if held is None or held.rule == "coref.org_noun":
        key = named_owner(token)
        if key is not None:
            return Ref(key, "owner.head", HEAD_CONFIDENCE)
        if held is None and (key := _company_of(token)) is not None:
            return Ref(key, "owner.company_part", ITS_CONFIDENCE)
        if held is not None and _modified(token):
            return None  # "the infectious-disease department" is a unit, not the salient body
    return held


def _company_of(token: Token) -> str | None:
    """ "the board's chairman", "the fleet's technical director": a company's own part, in the
    possessive, stands for the company "the company" would (none when a body of that name is named)."""
    doc = token.doc
    if token.lower_ not in COMPANY_PARTS or token.i + 1 >= len(doc):
        return None  # most words are no company part: build no Token for the word after them
    if doc[token.i + 1].tag_ != "POS" or not _definite(token):
        return None
    return _guessed(token, "company")


def _modified(token: Token, deps: tuple[str, ...] = PREMODIFIERS, *, after: bool = False) -> bool:
    """True for a noun with modifiers of its own before it ("the procurement department"); ``after``
    counts those after it too ("the authority to impose"). Where it is based says where, not which
    unit: "the Oslo-based company" is the company still."""
    return any(c.dep_ in deps and (after or c.i < token.i) and c.lower_ != "based" for c in token.children)


def _organisation_at(token: Token) -> str | None:
    """The organisation a token names, by name or by head noun (not outlets, not guesses)."""
    held = doc_refs(token.doc).get(token.i)
    if held is not None and held.rule is None:
        return held.key if held.key in _organisations(token.doc) else None
    return named_owner(token)


def its_owner(token: Token) -> str | None:
    """ "its president": the last organisation named before it in the sentence; else the subject
    organisation of the sentence before, else its only organisation."""
    doc = token.doc
    start, _ = sentence_of(doc, token.i)
    for i in range(token.i - 1, start - 1, -1):
        key = _organisation_at(doc[i])
        if key is not None:
            return key
    if start == 0:
        return None
    before, end = sentence_of(doc, start - 1)
    named: list[tuple[bool, str]] = []
    described: list[tuple[str, Token]] = []  # organisations given a description ("Y, a consultancy")
    main: set[str] = set()
    for i in range(before, end):
        key = _organisation_at(doc[i])
        if key is not None:
            word = doc[i]
            while word.dep_ in ("compound", "flat", "amod") and word.head.i != word.i:
                word = word.head
            named.append((word.dep_ in ("nsubj", "nsubjpass"), key))
            if word.dep_ == "pobj" and any(_introduced(c) for c in word.children):
                described.append((key, word))
            if word.dep_ in ("nsubj", "nsubjpass") and word.head.dep_ == "ROOT":
                main.add(key)
    # "X has been advised by Y, a Galway consultancy. Its founder": Y, the one just introduced
    if len(agents := {key for key, word in described if word.head.dep_ == "agent"}) == 1:
        return agents.pop()
    subjects = {key for is_subject, key in named if is_subject}
    if len(subjects) == 1:
        return subjects.pop()
    if len(main) == 1:  # "X, which represents ..., said Y had cut ...": the main clause's subject
        return main.pop()
    if _unknown_subject(doc[before:end].root):
        return None  # "Redwall Security has advised Hanbit Pay. Its head": not the object, and we lack the subject
    keys = {key for _, key in named}
    return keys.pop() if len(keys) == 1 else None


def _introduced(appos: Token) -> bool:
    """ "Y, a Galway consultancy": an indefinite description introduces Y (who "its" may be next); "Y,
    the housing charity" only reminds the reader of a body known already."""
    return (
        appos.dep_ == "appos"
        and appos.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children)
    )


def _unknown_subject(root: Token) -> bool:
    """True when the sentence's subject is a name we did not recognise (the likelier owner of "its")."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "PROPN" and doc_refs(subj.doc).get(subj.i) is None


def whose_owner(token: Token) -> str | None:
    """ "the Civic Registry Service, whose director, X,": the organisation the relative clause follows."""
    i = token.i - 1
    if i > 0 and token.doc[i].text == ",":
        i -= 1
    return _organisation_at(token.doc[i]) if i >= 0 else None


def possessive_owner(token: Token) -> Ref | None:
    """The owner a possessive determiner before a title stands for: "its" / "whose" an organisation,
    "his" / "her" / "their" the person coreference resolved it to."""
    low = token.lower_
    if low == "its":
        key = its_owner(token)
        return Ref(key, "owner.its", ITS_CONFIDENCE) if key else None
    if low == "whose":
        key = whose_owner(token)
        return Ref(key, "owner.whose", HEAD_CONFIDENCE) if key else None
    if low in PERSON_POSSESSIVES:
        held = doc_refs(token.doc).get(token.i)
        return held if held is not None and held.key.startswith("person:") else None
    return None


# Heads of a government body and the posts that lead one ("Ministry of X" <- "X Minister").
PORTFOLIO_BODIES = frozenset({"ministry", "department", "office", "bureau"})
PORTFOLIO_POSTS = frozenset({"minister", "secretary", "commissioner"})
# Words of a post's rank, not of its portfolio ("Agriculture Cabinet Secretary" heads the Ministry of Agriculture).
POST_RANKS = frozenset({"cabinet", "state"})


def portfolio_body(key: str) -> bool:
    """True for an organisation whose name is a government body's ("Ministry of Mines")."""
    return key.startswith("org:") and bool(PORTFOLIO_BODIES & set(key.split(":", 1)[1].lower().split()))


def portfolio_owner(before: list[Token], role_head: str) -> str | None:
    """ "Maritime Affairs Minister" -> the one organisation named "Ministry of Maritime Affairs" (or
    "Maritime Affairs Ministry"): the capitalised portfolio words before the post, all in the name."""
    if role_head not in PORTFOLIO_POSTS:
        return None
    refs = doc_refs(before[0].doc) if before else {}
    words = {
        t.lower_
        for t in before
        if t.is_title
        and (t.i not in refs or not portfolio_body(refs[t.i].key))  # "Mines and Minerals Development"
        and t.lower_ not in ROLE_QUALIFIERS | POST_RANKS
        and t.pos_ in ("PROPN", "NOUN", "ADJ")
    }
    words |= {  # "Arts and Culture Minister": the title span starts at "Culture"; its conjunct counts too
        t.head.lower_ for t in before if t.dep_ == "conj" and t.head.i < before[0].i and t.head.is_title
    }
    if not words:
        return None
    words = {_stem(w) for w in words}
    found = [
        key
        for key, head in _organisations(before[0].doc).items()
        if head in PORTFOLIO_BODIES and words <= {_stem(w) for w in key.split(":", 1)[1].lower().split()}
    ]
    if len(found) > 1 and role_head == "minister":  # a minister heads the ministry, not a regional office
        found = [k for k in found if _organisations(before[0].doc)[k] == "ministry"] or found
    return found[0] if len(found) == 1 else None


def _stem(word: str) -> str:
    """A portfolio word as compared: "Sports" is the Ministry of Sport's, "Health," its "Health"."""
    word = word.strip(",.;:'’")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# Legislators' titles and the head word of the chamber they sit in ("Senator X": the Senate).
CHAMBERS = {
    "senator": ("senate",),
    "congressman": ("congress", "house"),
    "congresswoman": ("congress", "house"),
    "mp": ("parliament", "commons"),
    "assemblyman": ("assembly",),
    "assemblywoman": ("assembly",),
}


# Public posts and a word the name of the body they lead carries ("Auditor-General X" heads the one
# "Ghana Audit Service" / "National Audit Office" the article names).
BODY_WORDS = {"auditor-general": "audit", "auditor general": "audit"}


def chamber_of(doc: Doc, role_head: str) -> str | None:
    """The one chamber the document names that a legislator's title sits in ("Senator X" and "the
    Senate's committee": the Senate), the one office named for the title ("Deputy Ombudsman X", "the
    Office of the Ombudsman"), or the one body named for an auditor's post ("the Audit Service"); None
    when it names none or several."""
    heads = CHAMBERS.get(role_head, ())
    word = BODY_WORDS.get(role_head)
    found = [
        key
        for key, head in _organisations(doc).items()
        if head in heads or _office_of(key, role_head) or (word and word in _name_words(key.split(":", 1)[1]))
    ]
    return found[0] if len(found) == 1 else None


# Members' posts of a kind of body, written bare before a name ("Commissioner X" of the commission).
MEMBER_BODIES = {"commissioner": "commission"}


def body_of_member(token: Token, role_head: str) -> str | None:
    """ "Commissioner X" (the bare title, no body named in it): the one body of that kind named before
    ``token`` ("the Maryland Public Service Commission approved ... Commissioner X"); None for none or
    several (owner.member_body)."""
    word = MEMBER_BODIES.get(role_head)
    if word is None:
        return None
    doc = token.doc
    first = _first_named(doc)
    found = [
        k for k, head in _organisations(doc).items() if head == word and first.get(k, len(doc)) < token.i
    ]
    return found[0] if len(found) == 1 else None


def _office_of(key: str, role_head: str) -> bool:
    """True for "the Office of the (Information) Commissioner", the office of a "commissioner"."""
    name = key.split(":", 1)[1].lower()
    return name.startswith("office of the ") and name.split()[-1] == role_head
