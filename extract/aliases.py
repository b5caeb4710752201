"""Link the names of a document to entities: surname -> full name when unambiguous, canonical names."""

from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from extract.doc_arrays import column
from extract.identity import SUFFIXES
from extract.institutions import PARTY_FORMS
from extract.name_shapes import nickname_form, without_nickname
from extract.names import GIVEN_NAMES, NAME_PARTICLES, before_patronym, name_words, post_nominal
from extract.org_words import BUSINESS_HEADS, INSTITUTION_HEADS, INSTITUTION_WORDS, LEGAL_PREFIXES
from extract.outlets import TITLE_ARTICLES, canonical_outlet, outlet_cue
from extract.places import DEMONYMS, canonical_country, country_of_demonym, demonym_of
from extract.records import EntityRecord, Mention, Ref
from extract.short_forms import bracketed_short_forms
from extract.syntax import span_text
from extract.titles import ROLE_NOUNS

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Parties to a trade, not titles: "its Cypriot owner", "the Greek buyer" say where a party is from (often a
# company), not which country it serves, as "German Chancellor" does.
TRADE_ROLES = frozenset(
    "owner owners operator buyer seller investor lender creditor shipowner bidder supplier".split()
)


def entity_type(span: Span, outlets: frozenset[str] = frozenset()) -> str | None:
    """Return our entity type for a repaired span, or None when it is not an entity we keep."""
    label = span.label_  # decoded on every read: once here
    if label == "PERSON":
        return "person"
    if label == "ORG":
        text = span_text(span)
        known = canonical_outlet(text) or span.id_ == "masthead" or text in outlets
        return "outlet" if known else "organization"
    if label in PLACE_LABELS:
        return "country" if canonical_country(span_text(span)) else "place"
    return None


COMPANY_WORDS = frozenset(
    "logistics holdings capital partners foods motors industries technologies systems airlines airways "
    "energy pharmaceuticals labs securities ventures".split()
)
NON_OUTLET_WORDS = (INSTITUTION_WORDS | COMPANY_WORDS) - {
    "times",
    "post",
    "journal",
    "news",
    "magazine",
    "network",
}


def outlets_by_construction(ents) -> frozenset[str]:
    """Names of organisations the attribution grammar marks as news outlets anywhere in the document
    ("told WKYC", "in a statement to Signal Cleveland"); the outlet list stays the prior, this adds to it.
    Names with an institution's head word ("the Senate committee") are never taken for outlets."""
    found = set()
    for span in ents:
        if (
            span.label_ == "ORG"
            and span.id_ not in ("institution",)
            and not any(low in NON_OUTLET_WORDS for low in _lowers(span))
            and canonical_country(span_text(span)) is None
            and outlet_cue(span)
        ):
            found.add(span_text(span))
    return frozenset(found)


def _lowers(span: Span) -> list[str]:
    """The lower-case words of ``span``, read from the Doc's column (iterating a Span builds Tokens)."""
    return column(span.doc, "lower_")[span.start : span.end]


GENERIC_HEADS = frozenset(
    {"ministry", "department", "office", "embassy", "consulate", "government", "committee"}
)
GENERIC_QUALIFIERS = frozenset(
    (
        "foreign defence defense interior finance justice health education transport transportation "
        "economy economic trade energy home state environment agriculture culture labour labor budget "
        "audit ethics judiciary intelligence armed public"
    ).split()
)


def generic_org(text: str) -> bool:
    """True for an organisation name any country or council can have ("Foreign Ministry", "Transportation
    Committee"): it names one body only together with its owner."""
    words = text.lower().split()
    return (
        2 <= len(words) <= 3
        and words[-1] in GENERIC_HEADS
        and all(w in GENERIC_QUALIFIERS for w in words[:-1])
    )


# One word that any country, council or industry uses ("Customs", "Interior", "Commission", "Chipmaker"):
# no body's name alone; it stands for a body only as a short form of that body's full name.
GENERIC_WORDS = GENERIC_HEADS | frozenset(
    (
        "customs interior agency bureau authority directorate board chipmaker "
        "drugmaker carmaker automaker insurer lender regulator watchdog"
    ).split()
)


def generic_word(text: str) -> bool:
    """True for a single generic noun standing as an organisation's name ("Interior", "Customs")."""
    return " " not in text and text.lower() in GENERIC_WORDS


def qualified_name(span: Span) -> str:
    """ "Russia's Foreign Ministry" -> "Russian Foreign Ministry": a generic name takes its owner's adjective,
    so two countries' ministries never merge."""
    doc, text = span.doc, span_text(span)
    if not generic_org(text) or span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return text
    country = canonical_country(doc[span.start - 2].text)
    adjective = demonym_of(country) if country else None
    return f"{adjective} {text}" if adjective else text


def outlet_name(span: Span) -> str:
    """An outlet found by construction keeps a capitalised "The" written mid-sentence ("The Plain Dealer"),
    or the article of another language ("a report in Het Financieele Dagblad")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and (before.text == "The" or before.text in TITLE_ARTICLES)
        and not before.is_sent_start
    ):
        return f"{before.text} {span_text(span)}"
    return span_text(span)


def group_of(kind: str) -> str:
    """Return the IRI namespace of an entity type: person, org or place."""
    return {"person": "person", "organization": "org", "outlet": "org", "place": "place", "country": "place"}[
        kind
    ]


def _unsuffixed(words: list[str]) -> list[str]:
    """ "Ramon T. Alvarez Jr." -> its words without the generational suffix, which no mention uses alone."""
    if len(words) > 2 and words[-1].lower().rstrip(".") in SUFFIXES:
        return words[:-1]
    return words


def _compatible(a: list[str], b: list[str]) -> bool:
    # "Sergei A. Karaganov" ~ "Sergei Karaganov"; "S. Kislyak" ~ "Sergey Kislyak".
    a, b = _unsuffixed(a), _unsuffixed(b)
    given_a, given_b = before_patronym(a), before_patronym(b)
    if len(a) != len(b) and min(len(a), len(b)) >= 2 and (given_a == b or given_b == a):
        return True  # "Mohamed Rizal" ~ "Mohamed Rizal bin Osman"
    if a[-1] != b[-1]:
        return False
    la, lb = [w.lower() for w in a], [w.lower() for w in b]
    if a[0].lower() in NAME_PARTICLES and (la == lb[-len(la) :] or lb == la[-len(lb) :]):
        return True  # "Von der Leyen" ~ "Ursula von der Leyen"
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) >= 2 and short == long[-len(short) :] and short[0] not in GIVEN_NAMES:
        return True  # two surnames: "Nguema Esono" ~ "Óscar Nguema Esono" (not "Maria Lopez" ~ "Ana Maria Lopez")
    fa, fb = a[0].rstrip("."), b[0].rstrip(".")
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def person_clusters(names: Counter) -> tuple[dict[str, str], list[str]]:
    """Map every person surface form to its canonical full name; also return ambiguous short forms."""
    full = [n for n in names if len(n.split()) > 1]
    canon: dict[str, str] = {}
    groups: list[list[str]] = []
    for name in sorted(full, key=lambda n: (-len(n.split()), -names[n], n)):
        words = name.split()
        for group in groups:
            if _compatible(words, group[0].split()):
                group.append(name)
                break
        else:
            groups.append([name])
    for group in groups:
        for name in group:
            canon[name] = group[0]
    ambiguous = []
    for name in names:
        if name in canon:
            continue
        by_last = {g[0] for g in groups if _unsuffixed(g[0].split())[-1] == name}
        by_first = {g[0] for g in groups if g[0].split()[0] == name}
        if len(by_last) == 1:
            canon[name] = by_last.pop()
        elif not by_last and len(by_first) == 1:
            canon[name] = by_first.pop()
        elif by_last or by_first:
            ambiguous.append(name)
        else:
            canon[name] = name
    return canon, ambiguous


def _nicknames_joined(canon: dict[str, str], people: list[str]) -> None:
    """'Nikolaos "Nikos" Kalogeropoulos', then "Nikos Kalogeropoulos": the nickname and the surname name
    the same person as the full name does."""
    for name in people:
        nick = nickname_form(name)
        target = canon.get(without_nickname(name))
        if nick is None or target is None or nick not in canon:
            continue
        old = canon[nick]
        for form, full in canon.items():
            if full == old:
                canon[form] = target


def _distinctive(word: str) -> bool:
    """True for a first word that can stand for its organisation ("Helix", "Stanford")."""
    return (
        word[:1].isupper()
        and word.lower() not in INSTITUTION_WORDS
        and word not in DEMONYMS
        and word not in GIVEN_NAMES
        and canonical_country(word) is None
        and len(word) > 2
        and word.lower()
        not in {
            "the",
            "national",
            "international",
            "united",
            "new",
            "world",
            "central",
            "european",
            "american",
            "global",
            "federal",
            "royal",
            "general",
            "state",
        }
    )


HEAD_WORDS = BUSINESS_HEADS | INSTITUTION_HEADS
# Institution words that name one body of a document alone (not "government", "party", ...): joined once
SINGLE_BODY_WORDS = INSTITUTION_WORDS - {"government", "party", "army", "police"}


def org_canonical(text: str, multi: list[str]) -> str:
    """Return an organisation's canonical name: the outlet name, or a longer name it abbreviates."""
    outlet = canonical_outlet(text)
    if outlet:
        return outlet
    if text in PARTY_FORMS:
        return PARTY_FORMS[text]  # "Liberal Democrat group leader X": the Liberal Democrats
    if " " not in text and text.lower() in SINGLE_BODY_WORDS:
        # "Council President X", "a Commission spokesman": the one body of the document with that head
        heads = {m for m in multi if m.split()[-1] == text}
        if len(heads) == 1:
            return heads.pop()
    if generic_word(text):
        # "Customs officers" with "the Dutch Customs Administration", "Interior Secretary X" with "the
        # Department of the Interior": the one body of the document whose name holds the word
        holders = {m for m in multi if text in m.split()}
        if len(holders) == 1:
            return holders.pop()
    # "Mines and Minerals Development Minister X": the portfolio names the one "Ministry of" body
    portfolio = {m for m in multi if m.endswith(f" of {text}") and m.split()[0].lower() in INSTITUTION_WORDS}
    if len(portfolio) == 1 and text[:1].isupper():
        return portfolio.pop()
    # "Negros Star" for "Negros Star Construction", "Kitsum Lake" for "Kitsum Lake First Nation": the
    # name without its head word (and one capitalised word before it)
    headed = {m for m in multi if m.startswith(text + " ") and _head_tail(m[len(text) + 1 :].split())}
    if " " in text and len(headed) == 1:
        return headed.pop()
    # "Kebun Hijau" for "PT Kebun Hijau": the firm's name without the legal form written before it
    prefixed = {m for m in multi if m.endswith(" " + text) and m.split()[0] in LEGAL_PREFIXES}
    if len(prefixed) == 1:
        return prefixed.pop()
    # "Natural Resources Minister X" with "Natural Resources Canada": a department named for its portfolio
    # and its country ("Health Canada", "Sport Wales") is the one the portfolio names
    national = {m for m in multi if m.startswith(text + " ") and canonical_country(m[len(text) + 1 :])}
    if len(national) == 1 and text[:1].isupper():
        return national.pop()
    if " " not in text and text.lower() not in INSTITUTION_WORDS:
        longer = [m for m in multi if m.split()[0] == text]
        initials = [m for m in multi if "".join(w[0] for w in m.split() if w[0].isupper()) == text]
        pick = set(longer) | set(initials)
        if len(pick) == 1:
            return pick.pop()
    return text


def _head_tail(words: list[str]) -> bool:
    """True for a name's head word, alone or after one capitalised word ("Construction", "First Nation");
    not after a possessive ("Humberside Athletic" is not its "Supporters' Trust")."""
    return (
        1 <= len(words) <= 2
        and words[-1].lower() in HEAD_WORDS
        and all(w[:1].isupper() and "'" not in w and "’" not in w for w in words)
    )


def _acronyms(records: dict) -> dict[str, str]:
    """ "MCH" for "Mpika Copper Holdings": the initials (three or more) of exactly one organisation's
    capitalised words, when they spell no country or outlet, stand for that organisation."""
    found: dict[str, set[str]] = {}
    for record in records.values():
        if record.type != "organization":
            continue
        initials = "".join(w[0] for w in record.name.split() if w[:1].isupper())
        if len(initials) >= 3 and initials.isalpha() and initials.isupper():
            found.setdefault(initials, set()).add(record.name)
    return {
        a: names.pop()
        for a, names in found.items()
        if len(names) == 1 and canonical_country(a) is None and canonical_outlet(a) is None
    }


def _owned_names(spans: list[Span]) -> dict[int, str]:
    """Names of generic organisations by start token: qualified by their owner where written, and a bare
    mention ("the Foreign Ministry") given the one qualified body of the document that ends with it."""
    texts = [span_text(s) for s in spans]
    named = {s.start: qualified_name(s) for s, text in zip(spans, texts, strict=True) if generic_org(text)}
    by_tail: dict[str, set[str]] = {}
    names = {*named.values(), *texts}
    for text in {text for text in texts if generic_org(text)}:
        by_tail[text] = {other for other in names if other != text and other.endswith(" " + text)}
    for span, text in zip(spans, texts, strict=True):
        if named.get(span.start) == text and len(by_tail.get(text, ())) == 1:
            named[span.start] = next(iter(by_tail[text]))
    return named


@lru_cache(maxsize=8192)
def _pattern(vocab: Vocab, form: str) -> Doc:
    """The phrase pattern of a name; made once per process (a Doc costs ~10 µs, a document has dozens of
    names and the same names recur across documents). Read-only: PhraseMatcher only reads it."""
    return Doc(vocab, words=name_words(form))


@Language.factory("kg_aliases")
def make_aliases(nlp: Language, name: str) -> "AliasLinker":
    """Create the component that turns repaired names into document entities and mentions."""
    return AliasLinker()


class AliasLinker:
    """Fill ``Doc._.kg_entities``, ``kg_mentions``, ``kg_refs`` and ``kg_main`` from ``doc.ents``."""

    def __call__(self, doc: Doc) -> Doc:
        ents = doc.ents  # spaCy walks the whole Doc to build them on every access: once here
        outlets = outlets_by_construction(ents)
        styled = {  # only names no list or masthead word knows keep the "The" they were written with
            text: outlet_name(s)
            for s in ents
            if (text := span_text(s)) in outlets
            and s.id_ != "masthead"
            and not canonical_outlet(text)
            and outlet_name(s) != text
        }
        typed = [(s, entity_type(s, outlets)) for s in ents]
        owned = _owned_names([s for s, t in typed if t == "organization"])
        spans: list[tuple[Span, str]] = [(s, t) for s, t in typed if t]
        people = Counter(without_nickname(span_text(s)) for s, t in spans if t == "person")
        canon, ambiguous = person_clusters(people)
        _nicknames_joined(canon, [span_text(s) for s, t in spans if t == "person"])
        orgs = [text for s, t in spans if t in ("organization", "outlet") and " " in (text := span_text(s))]
        canonical: dict[str, str] = {}  # a name recurs in an article: read its canonical form once

        def org_name(text: str) -> str:
            if text not in canonical:
                canonical[text] = org_canonical(text, orgs)
            return canonical[text]

        records: dict[str, EntityRecord] = {}
        mentions: list[Mention] = []
        texts = column(doc, "text")  # the words around each mention: no Token built

        def add(span: Span, kind: str, name: str) -> None:
            """Record a mention of entity ``name`` of ``kind``; keep its surface form as an alias."""
            key = f"{group_of(kind)}:{name}"
            record = records.get(key)
            if record is None:
                record = records[key] = EntityRecord(key, kind, name, first=span.start_char)
            record.mentions += 1
            surface = span_text(span)
            if surface != name and surface.lower() != name.lower():
                record.aliases.add(surface)
            # "told The Korea Herald", "The Korea Economic Daily reported": the "The" may be the title's own
            styled_form = f"The {surface}"
            styled_before = span.start > 0 and texts[span.start - 1] == "The"
            if kind == "outlet" and styled_before and styled_form != name:
                record.aliases.add(styled_form)
            end = span.end
            while kind == "person" and end < len(doc) and post_nominal(texts[end]):
                end += 1  # "Chinedu Eze SAN,": the letters after the name belong to the mention, not the name
            mentions.append(Mention(span.start, end, key))

        short_forms = bracketed_short_forms(ents)
        for span, kind in spans:
            text = span_text(span)
            full = short_forms.get(text)
            if full is not None and kind in ("person", "organization") and full.start != span.start:
                span, kind = Span(doc, span.start, span.end, label="ORG"), "organization"
                name = owned.get(full.start) or org_name(span_text(full))
                # "Pet" after "the ... Intelligence Service (Pet)", then "Pet's director"
                add(span, kind, name)
            elif kind == "person":
                plain = without_nickname(text)
                if plain in ambiguous:
                    continue
                add(span, kind, canon[plain])
            elif kind in ("organization", "outlet"):
                name = styled.get(text) or owned.get(span.start) or org_name(text)
                if kind == "organization" and generic_word(name):
                    continue  # a generic word the document gives no full name for names no one body
                add(span, kind, name)
            elif kind == "country":
                add(span, kind, canonical_country(text) or text)
            else:
                name = text.title() if text.isupper() and len(text) > 3 else text
                add(span, kind, name)
        for ent in ents:
            if ent.label_ == "NORP" and len(ent) == 1 and self._in_title(ent[0]):
                country = country_of_demonym(span_text(ent))
                if country:
                    key = f"place:{country}"
                    if key not in records:
                        records[key] = EntityRecord(key, "country", country, first=ent.start_char)
                    records[key].mentions += 1
                    mentions.append(Mention(ent.start, ent.end, key))
        self._scan(doc, records, mentions, add)
        doc._.kg_entities = records
        doc._.kg_mentions = sorted(mentions, key=lambda m: m.start)
        # one (frozen) Ref per mention, shared by its tokens
        doc._.kg_refs = {i: r for m in mentions for r in (Ref(m.key),) for i in range(m.start, m.end)}
        people_count = Counter(m.key for m in mentions if m.key.startswith("person:"))
        ranked = sorted(people_count, key=lambda k: (-people_count[k], records[k].first))
        doc._.kg_people = ranked
        doc._.kg_main = ranked[0] if ranked else None
        return doc

    @staticmethod
    def _in_title(token) -> bool:
        """True for a nationality adjective modifying a role noun ("German Chancellor", "British envoy")."""
        head = token.head
        while head.dep_ == "compound" and head.head.i != head.i and head.i < head.head.i:
            if head.lower_ in ROLE_NOUNS:
                break
            head = head.head
        return (
            token.dep_ in ("amod", "compound")
            and head.tag_ != "NNS"
            and head.lower_ in ROLE_NOUNS
            and head.lower_ not in TRADE_ROLES
        )

    def _scan(self, doc: Doc, records: dict, mentions: list[Mention], add) -> None:
        """Find further mentions of known people the model missed ("[Kislyak]", a second "Farkas")."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        credits = list(doc._.kg_skip or [])
        forms: dict[str, str] = {}
        kinds: dict[str, str] = {}
        for record in records.values():
            if record.type == "person":
                for form in {record.name, *record.aliases, record.name.split()[-1]}:
                    forms.setdefault(form, record.name)
                    kinds.setdefault(form, "person")
            elif record.type == "organization":
                short = record.name.split()[0]
                candidates = {record.name, *record.aliases}
                if " " in record.name and _distinctive(short) and short.lower() not in GENERIC_QUALIFIERS:
                    candidates.add(short)
                for form in candidates:
                    forms.setdefault(form, record.name)
                    kinds.setdefault(form, "organization")
        for acronym, name in _acronyms(records).items():
            forms.setdefault(acronym, name)
            kinds.setdefault(acronym, "organization")
        if not forms:
            return
        matcher = PhraseMatcher(doc.vocab)
        for form in forms:
            matcher.add(form, [_pattern(doc.vocab, form)])
        for match_id, start, end in sorted(matcher(doc), key=lambda m: (m[1], -m[2])):
            if any(i in taken for i in range(start, end)):
                continue
            span = doc[start:end]
            capital = span[0].is_title or (len(span) == 1 and span[0].is_upper)  # "LCH" as well as "Kislyak"
            if any(a <= span.start_char < b for a, b in credits) or not capital:
                continue
            if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                if kinds[doc.vocab.strings[match_id]] != "organization":
                    continue
                while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in taken:
                    end += 1
            form = doc.vocab.strings[match_id]
            add(
                Span(doc, start, end, label="PERSON" if kinds[form] == "person" else "ORG"),
                kinds[form],
                forms[form],
            )
            taken.update(range(start, end))
