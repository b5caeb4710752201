"""Person names whose shape the model misreads: hyphenated given names and titles glued to the name.

"Anca-Maria Lupu" read as an organisation, "Radu-Stefan" cut from "Popa", "Finance Secretary Arturo
Pineda" kept whole: the first word's hyphen and the post's words decide the span, not the model.
"""

import re

from spacy.tokens import Doc, Span, Token

from extract.doc_arrays import column
from extract.names import GIVEN_NAMES, NAME_PARTICLES, post_nominal
from extract.org_words import BUSINESS_HEADS, INSTITUTION_WORDS, looks_institutional, org_headed
from extract.person_cues import GAELIC_SURNAME, glued_hyphen, has_role_apposition, is_title_word
from extract.place_cues import listed_place
from extract.span_joins import join_adjacent
from extract.syntax import SPEAKER_VERBS
from extract.titles import HONORIFICS, ROLE_NOUNS
from extract.towns import WORLD_TOWNS


def _name_part(text: str) -> bool:
    """A capitalised word of letters that no place or body's word is ("Maria", "Sorin")."""
    low = text.lower()
    return (
        text.isalpha()
        and text.istitle()
        and len(text) > 2
        and low not in INSTITUTION_WORDS
        and low not in BUSINESS_HEADS
        and not listed_place(text)
        and text not in WORLD_TOWNS
    )


def person_frame(span: Span) -> bool:
    """A title right before the name, a role noun in apposition ("The board's chairman, X,"; "X, a
    lawyer,"), or the name as the subject of "said"/"told": only a person stands there."""
    doc = span.doc
    if span.start and is_title_word(doc[span.start - 1]):
        return True
    if has_role_apposition(span):
        return True
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in ROLE_NOUNS:  # "The chairwoman of X, Ana-Maria Pop,"
        return True
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEAKER_VERBS:
        return True
    before = doc[max(span.start - 9, 0) : span.start]
    return len(before) > 1 and before[-1].text == "," and any(t.lower_ in ROLE_NOUNS for t in before)


def hyphenated_given(span: Span) -> bool:
    """ "Anca-Maria Lupu", "Jean-Luc Fontaine": two capitalised parts glued by a hyphen, then one or two
    surnames, with no place's or body's word anywhere, standing where a person does: a person's name."""
    words = [t for t in span if not glued_hyphen(t)]
    return (
        3 <= len(span) - 1 <= 5
        and person_frame(span)
        and glued_hyphen(span[1])
        and _name_part(span[0].text)
        and _name_part(span[2].text)
        and all(t.is_title and t.is_alpha and t.lower_ not in INSTITUTION_WORDS for t in words[2:])
        and span[-1].lower_ not in BUSINESS_HEADS
    )


def grown_given(span: Span, taken: set[int]) -> Span:
    """ "Radu-Stefan" + "Popa": a hyphenated given name alone, then a capitalised word the model left
    out, is the person's given name; the person's name takes the surname."""
    doc, end = span.doc, span.end
    if span.id_ or len(span) != 3 or not glued_hyphen(span[1]) or end >= len(doc) or end in taken:
        return span
    surname = doc[end]
    if not (_name_part(span[0].text) and _name_part(span[2].text)) or not surname.is_title:
        return span
    if surname.pos_ != "PROPN" or not _name_part(surname.text) or surname.text in GIVEN_NAMES:
        return span
    whole = Span(doc, span.start, end + 1, label="PERSON")
    return whole if person_frame(whole) else span


def portfolio_before_title(doc: Doc, start: int, end: int) -> bool:
    """ "Finance Secretary Arturo Pineda", "Trade Undersecretary Li Wen": capitalised words that are no
    given name, then a title word with at least two name words after it, are the post, not the name."""
    first = doc[start]
    if not first.is_title or first.text in GIVEN_NAMES or is_title_word(first):
        return False
    for k in range(start + 1, min(start + 3, end - 2)):
        if is_title_word(doc[k]) and doc[k].is_title:
            return all(t.is_title for t in doc[start:k])
    return False


def portfolio_after_post(doc: Doc, start: int, end: int) -> bool:
    """ "Minister for Transport Lee Kah Wai", "Secretary of Health Ana Ruiz": the model's person span
    opens with the portfolio after "TITLE for/of"; a word that is no given name, with two name words
    after it, is the portfolio's."""
    first = doc[start]
    return (
        start > 1
        and end - start >= 3
        and doc[start - 1].lower_ in ("for", "of")
        and is_title_word(doc[start - 2])
        and first.is_title
        and first.is_alpha
        and first.text not in GIVEN_NAMES
        and not is_title_word(first)
    )


def untitled(span: Span) -> Span:
    """A person's span grown back over a post ("Energy Secretary" + "Rodrigo Vera") loses the post."""
    doc, start = span.doc, span.start
    if span.label_ != "PERSON" or span.id_:
        return span
    while (
        start < span.end - 2
        and not glued_hyphen(doc[start + 1])  # "St-Pierre" is a surname, not "St." and a name
        and (is_title_word(doc[start]) or portfolio_before_title(doc, start, span.end))
    ):
        start += 1
    return span if start == span.start else Span(doc, start, span.end, label="PERSON", kb_id=span.kb_id_)


def hyphenated_person(span: Span) -> Span:
    """A span shaped like "Anca-Maria Lupu" is a person's, whatever label the model gave it."""
    if span.label_ == "PERSON" or span.id_ or not hyphenated_given(span):
        return span
    return Span(span.doc, span.start, span.end, label="PERSON", kb_id=span.kb_id_)


# Lower-case words joining the parts of an Iberian or Lusophone name ("Vieira dos Santos", "Ortega y Gasset")
JOINING_PARTICLES = NAME_PARTICLES | {"do", "das", "y", "e"}


def particle_joined(spans: list[Span]) -> list[Span]:
    """ "Helena Vieira" + "dos" + "Santos": two name spans with only name particles between them, the
    second a person's, standing where a person does, are one person's name."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and _joins(prev, span):
            out[-1] = Span(span.doc, prev.start, span.end, label="PERSON")
            continue
        out.append(span)
    return out


def particle_tail(span: Span, taken: set[int]) -> Span:
    """ "Anne-Sophie Van" + "den Bossche", "Pieter De" + "la Croix": a person's name the model cut after a
    capitalised particle, then lower-case particles and one untagged capitalised word, ends with that word
    (a place's name after the particle stays out: "Maria De" + "la Paz" is left)."""
    doc, end = span.doc, span.end
    if (
        span.label_ != "PERSON"
        or len(span) < 2
        or span[-1].lower_ not in NAME_PARTICLES
        or not span[-1].is_title
    ):
        return span
    while end < len(doc) and doc[end].is_lower and doc[end].lower_ in NAME_PARTICLES and end - span.end < 2:
        end += 1
    if end >= len(doc) or end == span.end or end in taken:
        return span
    last = doc[end]
    if not (last.is_title and last.is_alpha and _name_part(last.text)):
        return span
    return Span(doc, span.start, end + 1, label="PERSON", kb_id=span.kb_id_, span_id=span.id_)


def _joins(first: Span, second: Span) -> bool:
    doc, gap = first.doc, first.doc[first.end : second.start]
    if not 1 <= len(gap) <= 2 or not all(t.is_lower and t.lower_ in JOINING_PARTICLES for t in gap):
        return False
    if first.id_ or second.id_ or second.label_ != "PERSON" or first.label_ not in ("PERSON", "ORG"):
        return False
    words = [t for t in first if not glued_hyphen(t)] + [t for t in second if not glued_hyphen(t)]
    plain = (t.is_alpha and t.is_title and t.lower_ not in INSTITUTION_WORDS | BUSINESS_HEADS for t in words)
    if not all(ok or t.lower_ in JOINING_PARTICLES for ok, t in zip(plain, words, strict=True)):
        return False
    whole = Span(doc, first.start, second.end)
    return first[0].text in GIVEN_NAMES or person_frame(whole)


def grown_surname(span: Span, taken: set[int]) -> Span:
    """ "Siti Rahayu" + "Prasetyo plans": a person's name whose last word the parse hangs on the untagged
    capitalised word after it (a compound) ends with that word, when it is a name's word (no place,
    body, head, title or listed given name)."""
    doc, end = span.doc, span.end
    if span.label_ != "PERSON" or span.id_ or len(span) < 2 or end >= len(doc) or end in taken:
        return span
    last, nxt = span[-1], doc[end]
    if last.dep_ != "compound" or last.head.i != end or nxt.pos_ != "PROPN" or is_title_word(nxt):
        return span
    if not _name_part(nxt.text) or nxt.text in GIVEN_NAMES or not last.whitespace_:
        return span
    return Span(doc, span.start, end + 1, label="PERSON", kb_id=span.kb_id_)


def given_surname(span: Span, taken: set[int]) -> Span:
    """ "Cllr Josie" + "O'Halloran-Price": a one-word person (the model cut the name after a title) whose
    next words are an untagged hyphenated or Gaelic surname takes that surname, where a person stands."""
    doc, end = span.doc, span.end
    if span.label_ != "PERSON" or span.id_ or len(span) != 1 or end >= len(doc) or end in taken:
        return span
    first, nxt = span[0], doc[end]
    if not (_name_part(first.text) and first.whitespace_ and not is_title_word(first)):
        return span
    stop = end + 1
    while stop + 1 < len(doc) and glued_hyphen(doc[stop]) and stop + 1 not in taken:
        stop += 2  # "O'Halloran" "-" "Price"
    if stop == end + 1 and not GAELIC_SURNAME.match(nxt.text):
        return span  # a plain capitalised word after a given name is grown_surname's case, not this one
    if not (nxt.is_title or GAELIC_SURNAME.match(nxt.text)) or taken.intersection(range(end, stop)):
        return span
    whole = Span(doc, span.start, stop, label="PERSON", kb_id=span.kb_id_)
    return whole if person_frame(whole) else span


def given_joined(spans: list[Span]) -> list[Span]:
    """ "(CMD) Bijay" + "Kumar Mohapatra said": a one-word person right before a person's name, with
    nothing between them, where only a person stands, is that name's first word."""
    return join_adjacent(spans, _with_given)


def _with_given(given: Span, name: Span) -> Span | None:
    first = given[0]
    if (
        len(given) == 1
        and given.label_ == "PERSON"
        and (name.label_ == "PERSON" or (name.label_ == "ORG" and _surname_shaped(name)))
        and first.whitespace_
        and _name_part(first.text)
        and not is_title_word(first)
        and not is_title_word(name[0])
        and first.sent.start == name[0].sent.start
    ):
        whole = Span(name.doc, given.start, name.end, label="PERSON", kb_id=name.kb_id_)
        return whole if person_frame(whole) else None
    return None


def _surname_shaped(span: Span) -> bool:
    """ "O'Halloran-Price", "MacLennan": capitalised name words (glued by hyphens), no body's word."""
    return not looks_institutional(span) and all(
        glued_hyphen(t) or (t.is_alpha and t.is_title) or GAELIC_SURNAME.match(t.text) for t in span
    )


def joined_surnames(spans: list[Span]) -> list[Span]:
    """ "Sri Wahyuni" + "Hartono" tagged as two people: a one-word person right after a person's name
    the parse makes its compound is that name's surname, as ``grown_surname`` joins an untagged one."""
    return join_adjacent(spans, _with_surname)


def _with_surname(name: Span, word: Span) -> Span | None:
    if (
        len(word) == 1
        and word.label_ == name.label_ == "PERSON"
        and grown_surname(name, set()).end == word.end
    ):
        return Span(word.doc, name.start, word.end, label="PERSON", kb_id=name.kb_id_)
    return None


# 'Wiroj "Ken" Tangsakul', 'Lars-Erik "Lasse" Nyström': a given name, a one-word nickname in quotes
# (normalised to straight ones) and a surname; the model cuts such a name at the quotes or misses it.
NICKNAMED = re.compile(r'(?<![\w"\'])([A-Z][\w.\'-]*) "([A-Z][\w.\'-]{0,20})" ([A-Z][\w\'-]*[a-z])')
NICKNAME = re.compile(r' "[A-Z][\w.\'-]{0,20}" ')


def without_nickname(name: str) -> str:
    """'Wiroj "Ken" Tangsakul' -> "Wiroj Tangsakul": the canonical name leaves the nickname out."""
    return NICKNAME.sub(" ", name) if '"' in name else name


def nickname_form(name: str) -> str | None:
    """'Wiroj "Ken" Tangsakul' -> "Ken Tangsakul": how the article may call the person later."""
    match = NICKNAMED.fullmatch(name) if '"' in name else None
    return f"{match.group(2)} {match.group(3)}" if match else None


def nicknamed(doc: Doc, spans: list[Span], text: str) -> list[Span]:
    """A given name, a quoted nickname and a surname are one person, whatever pieces the model made of
    them; the pieces are dropped. One regex pass over the text, only when it holds a quote mark."""
    if '"' not in text:
        return spans
    found = []
    for match in NICKNAMED.finditer(text):
        whole = doc.char_span(match.start(), match.end(), label="PERSON", alignment_mode="expand")
        if whole is None or not _given_word(whole[0]) or whole[-1].pos_ != "PROPN":
            continue
        end = whole.end
        while (
            end < len(doc)
            and end - whole.start < 8
            and doc[end].pos_ == "PROPN"
            and _name_part(doc[end].text)
        ):
            end += 1  # a second surname ("Ana "Nena" Quispe Mamani")
        found.append(Span(doc, whole.start, end, label="PERSON"))
    if not found:
        return spans
    taken = {i for s in found for i in range(s.start, s.end)}
    return [s for s in spans if taken.isdisjoint(range(s.start, s.end))] + found


def _given_word(token: Token) -> bool:
    """True for a word that may open a person's name: a proper noun, no title, body or place word."""
    return (
        (token.pos_ == "PROPN" or token.text in GIVEN_NAMES)
        and not is_title_word(token)
        and (token.lower_ not in INSTITUTION_WORDS and token.lower_ not in BUSINESS_HEADS)
    )


# Courtesy titles that stand before a person's name in house styles and are no part of it ("Dame Ann
# Roe", "Alhaji Musa Sani", "Prof Ian Lee", "Mr Justice Breen"): the shared table without the plain
# "Mr"/"Dr" the model already reads well, and "St", which opens places and churches. (Not title_spans.
# COURTESY_TITLES, the forms of address that are also posts.)
NAME_OPENING_TITLES = HONORIFICS - frozenset("mr mr. mrs mrs. ms ms. dr dr. st st. rev rev.".split())
# Words that continue a courtesy title but open nothing alone ("Tan Sri", "Puan Sri", "Datuk Seri Dr",
# "Datuk Ir."): "Sri Lanka" and the surname "Tan" stay as they are.
TITLE_SECONDS = frozenset("sri seri dr dr. ir ir. eng eng. prof prof.".split())
# Given names written short with a full stop ("Ma. Lourdes", "Md. Karim", "Mohd. Faiz"): part of the name.
SHORT_GIVEN = frozenset("ma md mohd muhd mohamad wm chas thos".split())


def courtesy_named(doc: Doc, spans: list[Span]) -> list[Span]:
    """A courtesy title ("Dame", "Alhaji", "Sheikh", "Prof") or a given name written short ("Md.") then
    capitalised name words: one person, the title left out, whatever pieces or types the model made of
    them ("Dame" + "Priya", "Vaughan" as a place, "Md." as a place). One look-up per word of the Doc;
    a span reaching past the title and name ("Dame Ann Roe Trust") keeps its reading."""
    lowers, texts = column(doc, "lower_"), column(doc, "text")
    out = spans
    for i, low in enumerate(lowers):
        filial = low in FILIAL_PARTICLES  # "Rhodri ap Gwilym": the name from its given name on
        if filial:
            given = _given_before(doc, i)
            if given is None:
                continue
            i, low = given, lowers[given]
        written_short = low in SHORT_GIVEN or (low[-1:] == "." and low[:-1] in SHORT_GIVEN)
        short = not filial and written_short and _short_given(doc, i)
        titled = not filial and not short and texts[i][:1].isupper() and _courtesy_at(doc, i, low)
        if not (filial or short or titled):
            continue
        start = i if short or filial else i + 1
        while (
            titled
            and start + 1 < len(doc)
            and (
                lowers[start] in NAME_OPENING_TITLES  # "Datuk Seri", "Alhaji Chief"
                or lowers[start] in TITLE_SECONDS  # "Tan Sri", "Datuk Seri Dr"
                or (lowers[start] == "." and not doc[start - 1].whitespace_)  # "Engr" + "."
                or (
                    lowers[start] == "justice" and low in ("mr", "mrs")
                )  # "Mr Justice Breen": a judge's style
            )
        ):
            start += 1
        end = _name_run(doc, start + 2 if short and doc[i + 1].text == "." else start + short)
        if end is None:
            continue
        name = Span(doc, start, end, label="PERSON")
        if org_headed(name) or looks_institutional(name) or name[-1].lower_ in STREET_WORDS:
            continue
        if end < len(doc) and doc[end].text[:1] == "/":
            continue  # "Md. Karim Uddin/AFP": a photo credit, kept as text
        reach = end  # "Rhodri ap Gwilym MS": the letters after the name go with it
        while reach < len(doc) and post_nominal(doc[reach].text):
            reach += 1
        touching = [s for s in out if s.start < reach and i < s.end]
        # "Menteri Besar Datuk" + "Seri Azmi Othman": a span ending in the title is no one's name
        glued = [s for s in touching if s.end <= start and not s.id_ and s[-1].lower_ in NAME_OPENING_TITLES]
        if any(s.start < i - 1 or s.end > reach or s.id_ for s in touching if s not in glued):
            continue
        out = [s for s in out if not (s.start < reach and i < s.end)] + [name]
    return out


def _courtesy_at(doc: Doc, i: int, low: str) -> bool:
    """A courtesy title opens at ``i``: a word of the table, "Tan Sri" (not the surname "Tan" alone), or
    the Gulf press's "HE" (His/Her Excellency) in capitals before a capitalised name."""
    if low in NAME_OPENING_TITLES:
        return True
    if i + 1 >= len(doc):
        return False
    texts = column(doc, "text")  # read for every capitalised word: no Token built
    if low in ("eng", "ir"):  # "Eng." / "Ir." split by the tokenizer; "Eng" alone may be a given name
        return texts[i + 1] == "." and not column(doc, "whitespace_")[i]
    if low == "tan":
        return column(doc, "lower_")[i + 1] == "sri" and texts[i + 1][:1].isupper()
    return texts[i] == "HE" and column(doc, "is_title")[i + 1]


# Compass words that end a parish's or constituency's name ("St James North", "St Andrew East Rural").
COMPASS_WORDS = frozenset("north south east west central".split())


def saint_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the people of St Andrew and St Catherine", "the MP for St James North": "St" and a saint's name
    (a compass word may follow) with no name before "St" and nothing capitalised or possessive after it
    name a parish or town, which the model reads as a person ("Andrew") since "St" is an honorific.
    "Desmond St. Hill-Marshall" (a name before), "St Mary's Hospital", "St John Ambulance" (more words
    after) keep their reading; so does any span reaching past the place ("St Kitts and Nevis")."""
    out = spans
    texts = column(doc, "text")
    for i in (k for k, text in enumerate(texts[:-1]) if text in ("St", "St.")):
        before = doc[i - 1] if i else None
        if before is not None and before.is_title and before.is_alpha:
            continue
        end = i + 1
        if not (doc[end].is_title and doc[end].is_alpha and _given_word(doc[end])):
            continue
        end += 1
        if end < len(doc) and doc[end].lower_ in COMPASS_WORDS and doc[end].is_title:
            end += 1
        if end < len(doc) and (doc[end].is_title or doc[end].text in ("'s", "’s", "-")):
            continue
        touching = [s for s in out if s.start < end and i < s.end]
        if not touching or any(s.start < i or s.end > end or s.id_ or s.label_ == "ORG" for s in touching):
            continue
        out = [s for s in out if not (s.start < end and i < s.end)] + [Span(doc, i, end, label="GPE")]
    return out


STREET_WORDS = frozenset("street road avenue lane square place park hall college school".split())


# Words for "son/daughter of" that only ever join a person's names ("Rhodri ap Gwilym", "Siti binti Ali").
FILIAL_PARTICLES = frozenset("ap ab verch ferch bin binti bte binte bint".split())


def _given_before(doc: Doc, i: int) -> int | None:
    """The first of the one or two capitalised name words before a lower-case "ap"/"bin", if any."""
    start = i
    while start > 0 and i - start < 2:
        t = doc[start - 1]
        if not (t.is_title and t.is_alpha and t.pos_ == "PROPN") or is_title_word(t):
            break
        start -= 1
    if start == i or i + 1 >= len(doc) or not doc[i].is_lower or not doc[i + 1].text[:1].isupper():
        return None
    return start


def _short_given(doc: Doc, i: int) -> bool:
    """ "Ma." + "Lourdes": a short given name glued to its stop (or "Mohd Faiz" without one), not the
    surname ending a name before it ("Jack Ma.")."""
    token = doc[i]
    if not token.text[:1].isupper() or token.is_upper or i + 2 >= len(doc):
        return False
    if token.text[-1] == ".":  # "Md." kept whole by the tokenizer (it is Maryland's, too)
        if not doc[i + 1].is_title or doc[i + 1].pos_ != "PROPN" or is_title_word(doc[i + 1]):
            return False
    elif (doc[i + 1].text != "." or token.whitespace_) and (
        token.lower_ in ("ma", "wm") or not doc[i + 1].is_title
    ):
        return False
    if i == 0:
        return True
    before = doc[i - 1]
    return not before.is_title or is_title_word(before) or bool(before.is_sent_start)


def _name_run(doc: Doc, k: int) -> int | None:
    """The end of the name words from ``k``: capitalised words, initials ("P."), hyphenated and quoted
    parts ('"Marilou"'), particles before a capitalised word ("ap Gwilym", "al-Hassan"); None if none."""
    end, words = k, 0
    while end < len(doc) - 1 and end - k < 9:
        t, nxt = doc[end], doc[end + 1]
        if t.is_title and t.is_alpha and not is_title_word(t) and not t.is_stop and t.pos_ == "PROPN":
            end, words = end + 1, words + 1
        elif words and len(t.text) == 2 and t.text[0].isupper() and t.text[1] == ".":
            end += 1  # an initial: "Rodrigo P. Ligaya"
        elif words and glued_hyphen(t):
            end += 2
        elif t.is_lower and t.lower_ in NAME_PARTICLES and not t.whitespace_ and nxt.text == "-":
            end += 2  # "al-Hassan"
        elif t.is_lower and t.lower_ in NAME_PARTICLES and nxt.is_title and nxt.pos_ == "PROPN":
            end += 1  # "ap Gwilym", "bin Hamad"
        elif words and t.text == '"' and end + 2 < len(doc) and doc[end + 2].text == '"' and nxt.is_title:
            end += 3  # a nickname: 'Ma. Lourdes "Marilou" Balagtas-Uy'
        else:
            break
    while end - k > 1 and post_nominal(doc[end - 1].text):
        end -= 1
    if words == 0 or not doc[end - 1].is_alpha:
        return None
    return end
