"""Names the model did not tag: spans a gazetteer or the grammar marks as names over untaken tokens.

The small model leaves many news names untagged (datelines, ministries, foreign organisations, people
named with a role); finding them apart from the repair of tagged spans keeps each rule set small.
"""

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from extract.doc_arrays import column, tokens
from extract.institutions import MINISTRIES, VERB_UNIONS
from extract.name_spans import BARE_APOSTROPHES, KEPT_LABELS, institution_tail, known_place
from extract.names import GIVEN_NAMES, NAME_PARTICLES
from extract.org_cues import legal_name, org_apposition
from extract.org_words import (
    CAREER_AT_VERBS,
    FOREIGN_ORG_HEADS,
    INSTITUTION_WORDS,
    SEAT_WORDS,
    UNIT_NOUNS,
    legal_form,
    looks_institutional,
    org_headed,
)
from extract.outlets import OUTLET_NOUNS, outlet_cue
from extract.person_cues import (
    glued_hyphen,
    has_role_apposition,
    is_title_word,
    person_shaped,
    syllable_hyphen,
)
from extract.place_cues import dateline_place, place_before_title
from extract.syntax import SPEAKER_VERBS, covered, span_text
from extract.titles import ROLE_NOUNS
from extract.towns import world_town


def untagged_outlets(doc: Doc, taken: set[int]) -> list[Span]:
    """ "told The Harbour Ledger" left untagged: a capitalised "The" mid-sentence and proper nouns in an
    outlet construction name an outlet."""
    found = []
    texts, pos, title = column(doc, "text"), column(doc, "pos_"), column(doc, "is_title")
    for token in (doc[i] for i, text in enumerate(texts) if text == "The"):
        if token.is_sent_start or token.i in taken:
            continue
        end = token.i + 1
        while end < len(doc) and pos[end] == "PROPN" and title[end] and end not in taken:
            end += 1
        if end > token.i + 1:
            span = Span(doc, token.i + 1, end, label="ORG")
            if outlet_cue(span):
                found.append(span)
    return found + _unstyled_outlets(doc, taken | covered(found))


# Cues that name an untagged, unstyled name an outlet: "told News24", "quoted by Business Day",
# "Moneyweb reported that", "told DZRH radio"; not "according to X" (any body is cited so).
UNSTYLED_CUES = frozenset(
    {"outlet.told", "outlet.reported", "outlet.cited_by", "outlet.report_by", "outlet.statement_to"}
)


def grown_outlets(spans: list[Span]) -> list[Span]:
    """ "told the Hindu BusinessLine": a one-word adjective or name the model tagged alone ("Hindu" as a
    nationality), then capitalised words it left out, after "the" and in an attribution construction, is
    an outlet's title (the later words may be CamelCase, as mastheads often are)."""
    taken = covered(spans)
    out = []
    for span in spans:
        doc, end = span.doc, span.end
        toks = tokens(doc)
        while (
            end < len(doc) and end not in taken and toks[end].pos_ == "PROPN" and toks[end].text[:1].isupper()
        ):
            end += 1
        after_the = span.start > 0 and toks[span.start - 1].lower_ == "the"
        if len(span) == 1 and span.label_ in ("NORP", "PERSON") and end > span.end and after_the:
            grown = Span(doc, span.start, end, label="ORG")
            if outlet_cue(grown) in UNSTYLED_CUES:
                out.append(grown)
                continue
        out.append(span)
    return out


# Words that join the parts of one outlet's title ("The Times of Israel", "Notes from Poland", "the
# Trinidad and Tobago Guardian"), taken only where an attribution construction names the whole.
TITLE_JOINS = frozenset({"of", "from", "and"})


def whole_outlets(spans: list[Span]) -> list[Span]:
    """ "told The Times of Israel", "told Notes from Poland", "told the Sunday Express", "quoted by the
    Trinidad and Tobago Guardian": an outlet the model or the list cut short, with capitalised words (a
    place among them) before it after "the", or "of"/"from" and capitalised words after it, is one outlet
    when the attribution construction ("told X", "quoted by X") takes the whole name (its head is the
    outlet's). "told The Times in London" stays "The Times"."""
    out = spans
    for span in spans:
        listed = span.id_ in ("outlet", "masthead")
        if not (listed or (span.label_ in ("ORG", "PRODUCT", "WORK_OF_ART") and outlet_cue(span))):
            continue
        doc, start, end = span.doc, span.start, span.end
        toks = tokens(doc)
        styled = toks[start].text == "The" or (start > 0 and toks[start - 1].text == "The")
        # a listed outlet goes on only as a title styled whole: "The Times of Israel", not "the New York
        # Times from Lagos"
        joins = ("of",) if styled else ()
        if end + 1 < len(doc) and toks[end].lower_ in (joins if span.id_ == "outlet" else ("of", "from")):
            end = _title_run(doc, end + 1, 1, span.end)
        if toks[start].lower_ != "the":
            start = _title_run(doc, start - 1, -1, start)
            if start == 0 or toks[start - 1].lower_ != "the":
                start = span.start
        if (start, end) == (span.start, span.end) or end - start > 6:
            continue
        grown = Span(doc, start, end, label="ORG", span_id="masthead")
        if not (grown.root == span.root or start <= span.root.head.i < end) or outlet_cue(grown) is None:
            continue
        inside = [s for s in out if s is not span and s.start < end and start < s.end]
        if any(s.start < start or s.end > end or s.id_ or s.label_ == "PERSON" for s in inside):
            continue
        out = [s for s in out if s is not span and s not in inside] + [grown]
    return out


def _title_run(doc: Doc, i: int, step: int, fallback: int) -> int:
    """The bound of the capitalised proper nouns from ``i`` in direction ``step`` (exclusive going
    forward, inclusive going back), with "and" between two of them ("Trinidad and Tobago"); ``fallback``
    when there is none."""
    toks = tokens(doc)
    last = fallback if step < 0 else None  # going back, the outlet's own first word is capitalised
    while 0 <= i < len(doc):
        t = toks[i]
        if t.is_title and t.pos_ == "PROPN":
            last = i
        elif t.lower_ != "and" or last is None or not (0 <= i + step < len(doc) and toks[i + step].is_title):
            break
        i += step
    if last is None:
        return fallback
    return last + 1 if step > 0 else last


def _unstyled_outlets(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised words the model left untagged (or took for a date) in an attribution construction:
    an outlet, unless a given name or a title opens them or they are a known place."""
    toks = tokens(doc)
    found = []
    named = _name_words(doc)
    for token in (toks[i] for i, name in enumerate(named) if name):
        if token.i in taken or (token.i > 0 and named[token.i - 1]):
            continue
        end = token.i + 1
        while end < len(doc) and end not in taken and named[end]:
            end += 1
        span = Span(doc, token.i, end, label="ORG")
        if token.text in GIVEN_NAMES or is_title_word(token) or known_place(span_text(span)):
            continue
        if any(t.ent_type_ and t.ent_type_ not in ("DATE", "") for t in span):
            continue
        noun = toks[end] if end < len(doc) else None  # "told DZRH radio": the outlet noun carries the cue
        whole = Span(doc, token.i, end + 1) if noun is not None and noun.lower_ in OUTLET_NOUNS else span
        cue = outlet_cue(whole)
        if cue in ("outlet.reported", "outlet.noun") or (cue in UNSTYLED_CUES and not token.is_sent_start):
            found.append(span)
    return found


def _name_words(doc: Doc) -> list[bool]:
    # "News24", "Business Day", "DZRH": a proper noun written with a capital, for every token
    return [
        pos == "PROPN" and text[:1].isupper() and text.isalnum() and text.lower() not in CALENDAR
        for text, pos in zip(column(doc, "text"), column(doc, "pos_"), strict=True)
    ]


# Nouns that, right before a name, say what kind of body it is ("the Belgian club KV Oostende").
NAMING_ORG_NOUNS = frozenset(
    "club firm company charity foundation lender insurer startup consultancy".split()
)


CALENDAR = frozenset(
    (
        "january february march april may june july august september october november december monday "
        "tuesday wednesday thursday friday saturday sunday"
    ).split()
)
PLACE_CONNECTORS = frozenset("de del la las los do da dos das di du des y".split())


def untagged_places(doc: Doc, taken: set[int]) -> list[Span]:
    """ "worked ... in Grenoble", "a command post in Rionegro del Puente": capitalised words the model left
    untagged that are a listed city, or stand alone after a place preposition ("in", "near"), are a
    place. Not a name that goes on ("Paris Hilton"), an institution, a title or a given name."""
    found = []
    lower = column(doc, "lower_")
    proper = [t and p == "PROPN" for t, p in zip(column(doc, "is_title"), column(doc, "pos_"), strict=True)]
    for token in (doc[i] for i, name in enumerate(proper) if name):
        if token.i in taken:
            continue
        if token.i > 0 and proper[token.i - 1]:
            continue  # inside a run that starts earlier
        end = token.i + 1
        while end < len(doc) and end not in taken:
            probe = end
            while probe < len(doc) - 1 and lower[probe] in PLACE_CONNECTORS and probe not in taken:
                probe += 1
            if probe in taken or not proper[probe]:
                break
            end = probe + 1
        span = Span(doc, token.i, end, label="GPE")
        titled = next((t.i for t in span if is_title_word(t)), None)
        if titled is not None and titled > token.i and token.text not in GIVEN_NAMES:
            head = Span(doc, token.i, titled, label="GPE")
            if place_before_title(head):  # "met Pará Governor X": the place the governor heads
                found.append(head)
                continue
        if looks_institutional(span) or titled is not None or token.text in GIVEN_NAMES:
            continue
        if any(t.ent_type_ and t.ent_type_ not in KEPT_LABELS for t in span) or token.lower_ in CALENDAR:
            continue  # "in November": a date the model tagged, or a month it did not
        if (
            known_place(span_text(span))
            or (_after_place_preposition(span) and not token.is_sent_start)
            or world_town(span)
        ):
            found.append(span)
    return found


def _after_place_preposition(span: Span) -> bool:
    # "in Rionegro del Puente on Sunday": the object of "in"/"near" with nothing after it in the phrase
    doc = span.doc
    toks = tokens(doc)
    before = toks[span.start - 1] if span.start > 0 else None
    after = toks[span.end] if span.end < len(doc) else None
    return (
        before is not None
        and before.lower_ in ("in", "near", "outside")
        # "in Silay two days before": a count of days after the place ends the phrase too
        and (after is None or after.is_punct or after.pos_ in ("ADP", "CCONJ", "SCONJ") or after.like_num)
        and (after is None or after.text != "'s")
    )


def named_by_org_noun(doc: Doc, taken: set[int]) -> list[Span]:
    """ "the Belgian club KV Oostende", "the law firm Carrow Finch": capitalised words the model left
    untagged right after an organisation noun of a definite phrase name that organisation."""
    toks = tokens(doc)
    found = []
    for token in (toks[i] for i, low in enumerate(column(doc, "lower_")) if low in NAMING_ORG_NOUNS):
        if token.pos_ != "NOUN" or token.i + 1 in taken:
            continue
        if not any(c.lower_ in ("the", "a", "an") for c in token.children):
            continue
        end = token.i + 1
        while (
            end < len(doc) and end not in taken and toks[end].pos_ == "PROPN" and not toks[end].is_sent_start
        ):
            if not (toks[end].is_title or (toks[end].is_upper and len(toks[end]) <= 4)) or is_title_word(
                toks[end]
            ):
                break
            end += 1
        if end > token.i + 1 and toks[end - 1].is_title:
            found.append(Span(doc, token.i + 1, end, label="ORG"))
    return found


def untagged_foreign_orgs(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Supporters of Movimiento Popular Serrano": a foreign organisation head ("Movimiento", "Frente")
    opening capitalised words the model left untagged starts an organisation's name."""
    found = []
    for token in (doc[i] for i, low in enumerate(column(doc, "lower_")) if low in FOREIGN_ORG_HEADS):
        if token.i in taken or not token.is_title:
            continue
        span = institution_tail(Span(doc, token.i, token.i + 1, label="ORG"), taken)
        if len(span) > 1 and _lone_surname(doc, span.end):
            span = Span(doc, span.start, span.end + 1, label="ORG")  # "Serraria Irmãos" + "Kowalczyk"
        if len(span) > 1:
            found.append(span)
    return found


def _lone_surname(doc: Doc, i: int) -> bool:
    """True for one word the model tagged alone as a person right after a firm's words: the family name
    a firm is called by ("Serraria Irmãos Kowalczyk", "Transportes Hermanos Ruiz")."""
    toks = tokens(doc)
    return (
        i < len(doc)
        and toks[i].ent_type_ == "PERSON"
        and toks[i].ent_iob_ == "B"
        and (i + 1 == len(doc) or toks[i + 1].ent_iob_ != "I")
    )


def bare_ministries(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Russia's Foreign Ministry", "the Foreign Ministry": the model often leaves a ministry without an
    owner word untagged; aliases later qualifies it by its owner."""
    found = []
    texts = column(doc, "text")
    for i, text in enumerate(texts):
        for words in _MINISTRY_WORDS.get(text, ()):  # only ministries starting with this word
            end = i + len(words)
            if texts[i:end] == words and not any(k in taken for k in range(i, end)):
                found.append(Span(doc, i, end, label="ORG"))
    return found


def verb_unions(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Unite regional officer X" opening a sentence: a union named by an English verb, which the tagger
    reads as one there, is the union when a post follows it ("Unite the party" is no name)."""
    toks = tokens(doc)
    texts = column(doc, "text")
    found = []
    for i, text in enumerate(texts):
        if text not in VERB_UNIONS or i in taken or i + 2 >= len(doc) or not toks[i + 1].is_lower:
            continue
        if toks[i + 1].lower_ in ROLE_NOUNS or toks[i + 2].lower_ in ROLE_NOUNS:
            found.append(Span(doc, i, i + 1, label="ORG"))
    return found


_MINISTRY_WORDS: dict[str, list[list[str]]] = {}
for _name in MINISTRIES:
    _MINISTRY_WORDS.setdefault(_name.split()[0], []).append(_name.split())


def owned_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the Ethics and Integrity Directorate's Asset Tracing Unit": capitalised words after a named
    organisation's possessive, ending in a unit or institution head, name an organisation the model
    left untagged (the owner is kept; ``structure`` makes the unit part of it)."""
    toks = tokens(doc)
    taken = covered(spans)
    found = []
    for owner in spans:
        mark = owner.end
        if owner.label_ != "ORG" or mark + 1 >= len(doc) or toks[mark].tag_ != "POS":
            continue
        end = mark + 1
        while end < len(doc) and end not in taken and toks[end].is_title and toks[end].pos_ == "PROPN":
            end += 1
        last = toks[end - 1].lower_
        if end > mark + 1 and (last in UNIT_NOUNS or last in INSTITUTION_WORDS):
            found.append(Span(doc, mark + 1, end, label="ORG"))
    return found


# The head words of a unit's name, and the nouns a unit's owner goes by after "the": "officers from the
# bureau's Economic Offences Wing", "the commission's Special Enforcement Division", "its Audit Office".
UNIT_HEADS = UNIT_NOUNS | frozenset("wing directorate branch section inspectorate".split())
OWNER_WORDS = INSTITUTION_WORDS | frozenset("firm regulator watchdog lender insurer".split())


def definite_owner_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """A unit named after a definite owner ("the bureau's Economic Offences Wing") or after "its": two or
    more capitalised words ending in a unit's head word name an organisation, whatever pieces the model
    made of them ("Enforcement Division" as a person) or none; ``structure`` makes it part of the owner."""
    tags, lowers, titled = column(doc, "tag_"), column(doc, "lower_"), column(doc, "is_title")
    found = []
    for i, tag in enumerate(tags):
        if tag == "POS" and i >= 2 and lowers[i - 1] in OWNER_WORDS and lowers[i - 2] == "the":
            start = i + 1
        elif tag == "PRP$" and lowers[i] == "its":
            start = i + 2 if i + 1 < len(doc) and lowers[i + 1] == "own" else i + 1
        else:
            continue
        end = start
        for j in range(start, min(start + 6, len(doc))):
            if not titled[j] or doc[j].pos_ not in ("PROPN", "NOUN", "ADJ"):
                break
            if lowers[j] in UNIT_HEADS:
                end = j + 1
        if end - start >= 2 and lowers[start] not in ("head", "main"):  # "the bank's Head Office": a site
            found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    taken = covered(found)
    return [s for s in spans if taken.isdisjoint(range(s.start, s.end))] + found


def datelines(doc: Doc, taken: set[int]) -> list[Span]:
    """ "PIRAEUS, Greece —": the model often leaves a dateline's capitals untagged; they name a place."""
    found = []
    caps = [u and a for u, a in zip(column(doc, "is_upper"), column(doc, "is_alpha"), strict=True)]
    for token in (doc[i] for i, cap in enumerate(caps) if cap):
        if token.i in taken or not token.is_sent_start:
            continue
        end = token.i + 1
        while end < len(doc) and end not in taken and caps[end]:
            end += 1
        span = Span(doc, token.i, end, label="GPE")
        if dateline_place(span):
            found.append(span)
    return found


def unlabelled_people(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the model missed but the grammar marks as people: "Marta Ruiz, a senior fellow at ..."."""
    toks, n = tokens(doc), len(doc)
    found = []
    skip = doc._.kg_skip or []
    if skip:
        taken = taken | _tokens_within(doc, skip)
    texts, lower = column(doc, "text"), column(doc, "lower_")
    named = [i not in taken and name_word for i, name_word in enumerate(_untitled_proper_nouns(doc))]
    # "Jan-Pieter de Boer": a glued hyphen or a particle between name words stays inside the name
    joins = [
        i not in taken and ((texts[i] == "-" and glued_hyphen(toks[i])) or lower[i] in NAME_PARTICLES)
        for i in range(len(doc))
    ]
    i = 0
    while i < n:
        j = i
        while j < n and (named[j] or (j > i and joins[j] and _joins_name(named, joins, j + 1))):
            j += 1
        while j > i and joins[j - 1]:
            j -= 1
        if j - i >= 2:
            span = Span(doc, i, j, label="PERSON")
            if person_shaped(span) and (
                has_role_apposition(span) or span[0].text in GIVEN_NAMES or _after_titled_phrase(span)
            ):
                found.append(span)
            elif toks[j - 1].text in SEAT_WORDS and _speaks(toks[j - 1]):
                found.append(Span(doc, i, j, label="ORG"))
        i = max(j, i + 1)
    return found


def _untitled_proper_nouns(doc: Doc) -> list[bool]:
    """For each word, whether it is a capitalised proper noun that is not a title ("Senator"): the words
    people's and organisations' names are made of, found once per Doc for both finders."""
    found = doc.user_data.get("kg_untitled_proper_nouns")
    if found is None:
        toks, pos, title = tokens(doc), column(doc, "pos_"), column(doc, "is_title")
        found = [
            p == "PROPN" and t and not is_title_word(toks[k])
            for k, (p, t) in enumerate(zip(pos, title, strict=True))
        ]
        doc.user_data["kg_untitled_proper_nouns"] = found
    return found


def _tokens_within(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """The indexes of the tokens that start inside the character spans [a, b): token offsets ascend, so
    each span's tokens are one run found by bisection, not a scan of the Doc per span."""
    idx = column(doc, "idx")
    return {i for a, b in spans for i in range(bisect_left(idx, a), bisect_left(idx, b))}


def _after_titled_phrase(span: Span) -> bool:
    """ "The president of the Sámi Council, Áile Ánne Sara, said": capitalised words set off by commas
    right after a sentence-opening phrase headed by a lower-case title, with no verb in it, and
    followed by a speaker's verb, are the name of the one who holds the title."""
    doc = span.doc
    toks = tokens(doc)
    start, end = span.start, span.end
    if start < 3 or end + 1 >= len(doc) or toks[start - 1].text != "," or toks[end].text != ",":
        return False
    if toks[end + 1].lemma_.lower() not in SPEAKER_VERBS:
        return False
    opening = doc[span.sent.start : start - 1]
    if (
        not 2 <= len(opening) <= 12
        or opening[0].lower_ != "the"
        or not (opening[1].is_lower and is_title_word(opening[1]))
    ):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in opening)


def _joins_name(named: list[bool], joins: list[bool], at: int) -> bool:
    """True when a name word follows the joiners from position ``at`` ("van der Berg")."""
    while at < len(named) and joins[at] and not named[at]:
        at += 1
    return at < len(named) and named[at]


def unlabelled_orgs(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Redwall Security, a cybersecurity firm,", "Humberside Athletic Supporters' Trust": capitalised
    words the model left untagged that end in an organisation's head word, or stand in apposition to an
    organisation noun, name an organisation. A plural's possessive may sit inside ("Supporters' Trust")."""
    n = len(doc)
    found = []
    texts, title = column(doc, "text"), column(doc, "is_title")
    org = _untitled_proper_nouns(doc)
    i = 0
    while i < n:
        end = i
        while end < n and end not in taken:
            plural = texts[end] in BARE_APOSTROPHES  # "Supporters' Trust": looked at only after an apostrophe
            if not (org[end] or (plural and _plural_possessive(doc, i, end) and end + 1 not in taken)):
                break
            end += 1
        if end - i >= 2 and title[end - 1]:
            span = Span(doc, i, end, label="ORG")
            if org_headed(span) or (org_apposition(span) and not person_shaped(span)):
                found.append(_with_place_modifier(span))
        i = max(end, i + 1)
    return found


def legal_names(doc: Doc, taken: set[int]) -> list[Span]:
    """ "of Arul & Khoo LLC", "Baxter, Holm & Reyes": capitalised words joined by "&" (and commas before
    it), or ending in a legal form, that the model left untagged name a firm. Grown from each "&" or
    legal form over the capitalised words around it."""
    toks = tokens(doc)
    found: list[Span] = []
    # a legal form's letters open with a capital: a word in lower case is never one
    cues = (i for i, text in enumerate(column(doc, "text")) if text == "&" or not text.islower())
    for token in (toks[i] for i in cues):
        i = token.i
        if i in taken or (found and i < found[-1].end) or not (token.text == "&" or legal_form(token)):
            continue
        start = i
        while start > 0 and start - 1 not in taken and _firm_word(doc, start - 1):
            start -= 1
        end = i + 1
        while end < len(doc) and end not in taken and (_firm_word(doc, end) or legal_form(toks[end])):
            end += 1
        while start < i and not toks[start].text[:1].isupper():
            start += 1  # never open on a comma or "&"
        while end > i + 1 and not toks[end - 1].text[:1].isupper():
            end -= 1
        span = Span(doc, start, end, label="ORG")
        if start < i and legal_name(span):
            found.append(span)
    return found


def _firm_word(doc: Doc, at: int) -> bool:
    """A capitalised word of a firm's name, or an "&" or comma between two of them."""
    toks = tokens(doc)
    token = toks[at]
    if token.text in ("&", ","):
        return (
            0 < at < len(doc) - 1
            and toks[at + 1].is_title
            and toks[at - 1].is_title
            and (token.text == "&" or any(t.text == "&" for t in doc[at + 1 : at + 4]))
        )
    return token.is_title and token.is_alpha and not is_title_word(token) and not token.is_sent_start


def _with_place_modifier(span: Span) -> Span:
    """ "Singapore" + "Maritime Officers' Union": a one-word place the model tagged alone right before an
    untagged body's name, modifying a word of it, is the first word of that name (the place tag loses
    to the longer span)."""
    doc, before = span.doc, span.start - 1
    toks = tokens(doc)
    if (
        before >= 0
        and toks[before].ent_type_ == "GPE"
        and toks[before].ent_iob_ == "B"
        and toks[before].dep_ == "compound"
        and span.start <= toks[before].head.i < span.end
        and toks[before].whitespace_ != ""
    ):
        return Span(doc, before, span.end, label="ORG")
    return span


def _org_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and not is_title_word(token)


def _plural_possessive(doc: Doc, start: int, at: int) -> bool:
    toks = tokens(doc)
    # "Supporters' Trust": an apostrophe after a capitalised plural, before another capitalised word
    return (
        start < at < len(doc) - 1
        and toks[at].text in BARE_APOSTROPHES
        and toks[at - 1].lower_.endswith("s")
        and _org_word(toks[at + 1])
    )


def syllable_names(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Their lawyer, Oh Jae-won,": a family name and a hyphenated given name with a lower-case second
    syllable, which the model often leaves untagged (it reads "Oh" as an interjection, "won" as a
    verb); a person when the grammar says so (a role in apposition, or the subject of "said")."""
    toks = tokens(doc)
    found = []
    texts = column(doc, "text")  # the hyphen of "Jae-won" two words on
    for token in (toks[i] for i in range(len(doc) - 3) if texts[i + 2] == "-"):
        i = token.i
        if i + 3 >= len(doc) or not syllable_hyphen(toks[i + 2]) or any(k in taken for k in range(i, i + 4)):
            continue
        if not (token.is_title and token.is_alpha and toks[i + 1].is_title and toks[i + 1].is_alpha):
            continue
        span = Span(doc, i, i + 4, label="PERSON")
        if is_title_word(token) or not person_shaped(span):
            continue
        if has_role_apposition(span) or _speaks(span.root):
            found.append(span)
    return found


def _speaks(token: Token) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEAKER_VERBS


# Lower-case nouns for a body's own unit named after the body ("an Althing committee", "a Knesset panel").
BODY_UNIT_NOUNS = frozenset("committee subcommittee panel commission".split())


def untagged_bodies(doc: Doc, taken: set[int]) -> list[Span]:
    """ "spent eleven years at Halvex", "an Althing committee": a capitalised word the model left untagged
    after "at" of a career verb, or before a committee noun, names an organisation (not a listed place,
    a given name, a title or a sentence's first word)."""
    toks = tokens(doc)
    found = []
    cues = (i for i, low in enumerate(column(doc, "lower_")) if low == "at" or low in BODY_UNIT_NOUNS)
    for token in (toks[i] for i in cues):
        if token.lower_ == "at" and token.head.lemma_ in CAREER_AT_VERBS and token.i + 1 < len(doc):
            start = token.i + 1
        elif token.lower_ in BODY_UNIT_NOUNS and token.i > 0 and token.pos_ == "NOUN":
            start = token.i - 1
            if toks[start].dep_ != "compound" or toks[start].head.i != token.i:
                continue
        else:
            continue
        word = toks[start]
        if start in taken or word.pos_ != "PROPN" or not word.is_title or word.is_sent_start:
            continue
        if is_title_word(word) or word.text in GIVEN_NAMES or known_place(word.text):
            continue
        end = start + 1
        while token.lower_ == "at" and end < len(doc) and end not in taken and toks[end].pos_ == "PROPN":
            end += 1
        span = Span(doc, start, end, label="ORG")
        if toks[end - 1].is_title and not person_shaped(span):
            found.append(span)
    return found
