"""Where a title is written around a name: before it ("Federation President X", "The president of
the Union, X,"), in apposition after it ("X, the authority's director from 2015 to 2021,"), in
parentheses, or before a list of names ("Foreign ministers X and Y")."""

from spacy.tokens import Doc, Token

from extract.dates import years
from extract.doc_arrays import tokens as token_list  # ``tokens`` names the title's words here
from extract.records import Mention, Ref
from extract.syntax import doc_refs, gap_verb
from extract.titles import (
    ABBREVIATED_HONORIFICS,
    ABBREVIATIONS,
    FORMER_WORDS,
    HONORIFICS,
    LOWER_ROLES,
    RANK_ABBREVIATIONS,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    is_rank,
    role_of,
)

TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
# Forms of address written short, whose full stop the tokenizer may split off ("Engr" ".", "Atty" ".")
ABBREVIATED_ADDRESS = frozenset({"atty", *ABBREVIATED_HONORIFICS, "dr", "mr", "mrs", "ms", "prof", "ir"})
TITLE_PREPS = frozenset({"to", "of", "for"})
# Forms of address that are also posts; after "ROLE, " they are how the person is addressed.
COURTESY_TITLES = frozenset(
    {"professor", "prof.", "prof", "dr", "dr.", "dame", "sir", "mr", "mr.", "ms", "ms.", "capt.", "capt"}
)
BOARDS = frozenset({"board", "council", "court"})  # "the chair of X's board of trustees"
BOARD_SEATS = frozenset({"trustees", "directors", "governors", "regents", "visitors"})
TAIL_PREPS = frozenset({"at", "of", "with"})
DATE_PREPS = frozenset({"from", "since", "until", "between", "in"})
OWNER_WORDS = frozenset({"its", "his", "her", "their", "whose"})
# Posts elsewhere, but only forms of address between a post and a name: "the firm's counsel, Chief X",
# "the tribunal's chairman, Mr Justice X", Philippine "provincial treasurer Atty. X"
# "the firm's lawyer, Attorney X"; the Commonwealth bar's "the company's counsel, Barrister X" / "Advocate X"
ADDRESS_AFTER_POST = frozenset({"chief", "justice", "atty", "attorney", "barrister", "advocate"})
# Forms of address written in capitals: the Gulf press's "HE" / "H.E." (His / Her Excellency)
CAPITAL_ADDRESS = frozenset({"HE", "H.E.", "HH", "H.H."})
# Forms of address that make "Justice" one too ("Mr Justice X", "Mrs Justice X")
JUSTICE_ADDRESS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "madam", "dame", "sir"})
STOP_APPOSITION = frozenset({",", ".", ";", ":", "—", "–", '"', "(", ")", "who", "which", "whose", "that"})


def title_before(doc: Doc, mention: Mention) -> list[Token]:
    """Return the title tokens written right before a name ("Attorney General" Jeff Sessions)."""
    toks = token_list(doc)
    if gap_verb(doc, mention.start, mention.end) is not None:
        return []
    i = mention.start - 1
    comma_ok = mention.end >= len(doc) or toks[mention.end].text in (",", ".", ";", "said", "told", "of")
    if i > 0 and toks[i].text == "," and comma_ok:
        i -= 1
        if i > 2 and lead_time(toks[i - 2 : i + 1]) == 3:
            i -= 3  # "Its managing director at the time, X,": the title before the time phrase
    if (addressed := _post_before_address(doc, i, mention, comma_ok)) is not None:
        return addressed  # "ADSH's managing director, Sheikh X": the post, not the form of address
    if (ranked := _before_rank(doc, i)) is not None:
        return ranked  # "Rift Valley police commander Supt. X": the post, past the rank
    tokens = _scan_title(doc, i)
    if not tokens and i > 0 and toks[i].text == "." and toks[i - 1].lower_ in COURTESY_TITLES:
        tokens = [toks[i - 1], toks[i]]  # "Capt" and "." split by the tokenizer
    start = tokens[0].i if tokens else i + 1
    if (
        tokens
        and all(t.lower_ in COURTESY_TITLES or t.text == "." for t in tokens)  # "Capt" "." split
        and comma_ok
        and start > 1
        and toks[start - 1].text == ","
    ):
        # "The panel's chairman, Professor Rajiv Menon,": the post is the phrase before the comma
        earlier = _role_tokens(_scan_title(doc, start - 2))
        if earlier:
            return earlier
    return _role_tokens(tokens)


def stacked_title(doc: Doc, before: list[Token], mention: Mention) -> list[Token]:
    """ "the Minister of Energy, Senator Dr. X,": the post written before a comma and a second title
    before the name (both held); empty when no post stands there."""
    toks = token_list(doc)
    at = before[0].i - 1 if before else -1
    if at < 2 or toks[at].text != "," or mention.end >= len(doc) or toks[mention.end].text not in (",", "."):
        return []
    tokens = _role_tokens(_scan_title(doc, at - 1))
    if not tokens or (tokens[0].i > 0 and toks[tokens[0].i - 1].text == ","):
        return []  # "X, the minister, Senator Y": a list, not one person's posts
    return tokens


def _address_word(doc: Doc, j: int, comma: bool) -> bool:
    """True for a form of address at ``j`` ("Dr", "Dame", "Alhaji", "Engr" "."); after a comma also
    the posts that address a person there ("Chief", "Atty."), "Justice" after "Mr" anywhere."""
    toks = token_list(doc)
    token = toks[j]
    if token.text == ".":
        return j > 0 and not toks[j - 1].whitespace_ and toks[j - 1].lower_ in ABBREVIATED_ADDRESS
    low = token.lower_.rstrip(".")
    if low in HONORIFICS or token.lower_ in HONORIFICS or token.lower_ in COURTESY_TITLES:
        return True
    if token.text in CAPITAL_ADDRESS:
        return True
    if low in ABBREVIATED_ADDRESS and not token.whitespace_ and j + 1 < len(doc) and toks[j + 1].text == ".":
        return True  # "Ir" "." as the tokenizer may split it
    if low == "justice" and j > 0 and toks[j - 1].lower_ in JUSTICE_ADDRESS:
        return True
    return low == "atty" or (comma and low in ADDRESS_AFTER_POST)


def _post_before_address(doc: Doc, i: int, mention: Mention, comma_ok: bool) -> list[Token] | None:
    """The post written before forms of address that stand right before a name ("the council's chief
    executive, Dr X", "former provincial engineer Engr. X"); None when no post stands there."""
    toks = token_list(doc)
    refs = doc_refs(doc)
    j = i
    while j > 0 and _address_word(doc, j, True) and _own_or_free(refs.get(j), mention):
        j -= 1
    if j == i:
        return None
    comma = toks[j].text == ","
    if comma:
        if not comma_ok or j < 2:
            return None
        j -= 1
    elif not all(_address_word(doc, k, False) for k in range(j + 1, i + 1)):
        return None  # "Police Chief X": the post itself
    scanned = _scan_title(doc, j)
    tokens = _role_tokens(scanned)
    if not tokens and scanned and scanned[-1].is_lower and scanned[-1].tag_ == "NN":
        tokens = scanned  # "former provincial engineer Engr. X": an agent noun before the address is a post
        role = role_of([t.text for t in tokens], agents=True)
        role = role if role and role.split()[-1] == tokens[-1].lower_ else None  # not "the mayor's driver"
    else:
        role = role_of([t.text for t in tokens]) if tokens else None
    return tokens if role and not is_rank(role) else None


def _own_or_free(held: Ref | None, mention: Mention) -> bool:
    """True for a token of no reference, of the name's own ("Sheikh" inside the person's span) or of a
    form of address taken for a name of its own ("Justice")."""
    if held is None or held.key == mention.key:
        return True
    word = held.key.split(":", 1)[1].lower()
    return word in ADDRESS_AFTER_POST or word in HONORIFICS


def _rank_abbreviation(doc: Doc, i: int) -> bool:
    """True for an abbreviated rank at ``i`` ("Gen." or "Gen" "." as the tokenizer may split it)."""
    toks = token_list(doc)
    token = toks[i]
    if token.text == ".":
        return i > 0 and not toks[i - 1].whitespace_ and toks[i - 1].lower_ in RANK_ABBREVIATIONS
    if token.lower_.endswith("."):
        return token.lower_[:-1] in RANK_ABBREVIATIONS
    dotted = i + 1 < len(doc) and toks[i + 1].text == "." and not token.whitespace_
    return dotted and token.lower_ in RANK_ABBREVIATIONS


def _before_rank(doc: Doc, i: int) -> list[Token] | None:
    """The title before abbreviated ranks that stand right before a name, when it names a post that is
    no rank itself; None when no rank stands there (or no such post)."""
    toks = token_list(doc)
    j = i
    while j > 0 and _rank_abbreviation(doc, j):
        j -= 1
    if j == i:
        return None
    scanned = _scan_title(doc, i)
    if scanned and scanned[0].i <= j:  # the title reaches past the ranks: "Atty. Gen. X"
        spelled = role_of([t.text for t in scanned])
        ranks = {TITLE_ABBREVIATIONS.get(toks[k].lower_.rstrip("."), "") for k in range(j + 1, i + 1)}
        posted = any(_role_noun(t) for t in scanned if t.i <= j)  # "police commander Supt. X"
        if spelled and not is_rank(spelled) and spelled.split()[-1] in ranks and not posted:
            return None  # the abbreviations spell one post ("attorney general"), no rank
    if j > 1 and toks[j].text == ",":
        j -= 1  # "A spokesman for X, Lt. Col. Y,": the post before the comma
    tokens = _role_tokens(_scan_title(doc, j))
    role = role_of([t.text for t in tokens]) if tokens else None
    return tokens if role and not is_rank(role) else None


def conjoined_title(doc: Doc, title: list[Token]) -> tuple[list[Token], list[Token]]:
    """ "KhetPay's co-founder and chief technology officer, X", "its chief executive and co-founder, X":
    the first of two titles joined by "and" before a name, and its owner words ("KhetPay's", "its"),
    which the second title shares. Both are empty when the word before "and" names no role."""
    toks = token_list(doc)
    at = title[0].i - 1 if title else -1
    if at < 1 or toks[at].lower_ != "and" or not _role_word(toks[at - 1]):
        return [], []
    first = _role_tokens(_scan_title(doc, at - 1))
    return first, owner_words(first)


def owner_words(title: list[Token]) -> list[Token]:
    """The words naming a title's owner: "KhetPay's" in "KhetPay's co-founder", "its" in "its chair"."""
    possessive = [k for k, t in enumerate(title) if t.tag_ == "POS"]
    if possessive:
        return title[: possessive[-1] + 1]
    return [t for t in title if t.tag_ in ("PRP$", "WP$")]


def _scan_title(doc: Doc, i: int) -> list[Token]:
    """Collect the words of a title ending at token ``i``, walking back to its first word."""
    toks = token_list(doc)
    refs = doc_refs(doc)
    tokens: list[Token] = []
    while i >= 0 and len(tokens) < 12:
        token = toks[i]
        held = refs.get(i)
        if token.is_space:
            break
        if tokens and token.lower_ in OWNER_WORDS and token.tag_ in ("PRP$", "WP$"):
            tokens.insert(0, token)  # "its director, X", "his lawyer, X": the owner, then stop
            break
        if held and held.key.startswith("person:"):
            # "Alexei Navalny's spokeswoman Kira Yarmysh": keep the possessor, then stop
            if tokens and tokens[0].tag_ == "POS":
                while i >= 0 and refs.get(i) == held:
                    tokens.insert(0, toks[i])
                    i -= 1
            break
        if held and held.key.startswith("org:") and held.rule is None and tokens:
            # "Ohio Department of Health Director": a named organisation is taken whole
            while i >= 0 and refs.get(i) == held:
                tokens.insert(0, toks[i])
                i -= 1
            continue
        if token.text.islower() and token.tag_ == "NNS" and not _of_role(doc, i):
            break  # "Trump fires FBI director James Comey": a headline verb or plural noun is no title
        if (
            token.pos_ in TITLE_POS
            or token.tag_ == "POS"
            or (  # "Commissioner for Lands and Housing": a portfolio's words joined by "and" (cut below
                token.lower_ in ("and", "&")  # when no "for" / "of" comes before it)
                and tokens
                and tokens[0].is_title
                and i > 0
                and toks[i - 1].is_title
            )
            or (tokens and token.tag_ == "VBG" and token.dep_ in ("amod", "compound"))  # "managing partner"
            or token.lower_ in FORMER_WORDS
            or (  # "Atty" "." "Gen.": the full stop of an abbreviated title the tokenizer split off
                token.text == "."
                and i > 0
                and not toks[i - 1].whitespace_
                and toks[i - 1].lower_ in TITLE_ABBREVIATIONS
            )
            or (
                token.text == "-"
                and tokens
                and i > 0
                and not token.whitespace_
                and not toks[i - 1].whitespace_
            )
            or (
                token.lower_ in TITLE_PREPS
                and tokens
                and i > 0
                and _role_word(toks[i - 1])
                # "Ambassador to Russia NAME", but not "aide to Defence Secretary NAME"
                and not any(t.lower_ in ROLE_NOUNS for t in tokens)
            )
            or (  # "the chair of X's board of trustees, Y"
                token.lower_ == "of"
                and tokens
                and tokens[0].lower_ in BOARD_SEATS
                and toks[i - 1].lower_ in BOARDS
            )
            or (  # "The president of the International Basketball Confederation, X,"
                token.lower_ == "the"
                and tokens
                and i > 1
                and toks[i - 1].lower_ in TITLE_PREPS
                and _role_word(toks[i - 2])
                and not any(t.lower_ in ROLE_NOUNS for t in tokens)
            )
        ):
            tokens.insert(0, token)
        else:
            break
        i -= 1
    joined = [k for k, t in enumerate(tokens) if t.lower_ in ("and", "&")]
    if joined and not any(t.lower_ in TITLE_PREPS for t in tokens[: joined[0]]):
        return tokens[joined[-1] + 1 :]  # "Smith and Jones Director X": no portfolio, the last words only
    return tokens


def _people(doc: Doc) -> dict[int, Mention]:
    """People's mentions by the token after their end, computed once per Doc."""
    cached = doc.user_data.get("kg_people_by_end")
    if cached is None:
        cached = doc.user_data["kg_people_by_end"] = {
            m.end: m for m in doc._.kg_mentions if m.key.startswith("person:")
        }
    return cached


def _people_starts(doc: Doc) -> set[int]:
    """Where people's mentions start, computed once per Doc (asked for each name of the article)."""
    cached = doc.user_data.get("kg_people_starts")
    if cached is None:
        cached = doc.user_data["kg_people_starts"] = {m.start for m in _people(doc).values()}
    return cached


def listed_before(doc: Doc, mention: Mention) -> list[Mention]:
    """The people listed before ``mention`` in "A, B and C" (nearest last; empty when none)."""
    toks = token_list(doc)
    people = _people(doc)
    listed: list[Mention] = []
    first = mention
    while first.start > 1 and toks[first.start - 1].lower_ in ("and", ","):
        j = first.start - 1 - (toks[first.start - 1].lower_ == "and" and toks[first.start - 2].text == ",")
        previous = people.get(j)
        if previous is None:
            break
        first = previous
        listed.insert(0, previous)
    return listed


def shared_title(doc: Doc, mention: Mention) -> list[Token]:
    """ "Foreign ministers Sergey Lavrov and Antony Blinken": a plural title before a list of names is
    each one's title (at least two names; the title word is a plural role noun)."""
    toks = token_list(doc)
    starts = _people_starts(doc)
    listed = listed_before(doc, mention)
    first, names = (listed[0] if listed else mention), len(listed) + 1
    end = mention.end
    if end + 1 < len(doc) and toks[end].lower_ in ("and", ",") and (end + 1 in starts or end + 2 in starts):
        names += 1
    plural = toks[first.start - 1] if first.start else None
    if plural is not None and plural.text == "," and plural.i > 0 and _list_closed(doc, end):
        plural = toks[plural.i - 1]  # "Two Velmar directors, A and B, signed": the list is set off by commas
    if names < 2 or plural is None or plural.tag_ not in ("NNS", "NNPS"):
        return []
    if plural.lemma_.lower() not in ROLE_NOUNS:
        return []
    return [*_scan_title(doc, plural.i - 1), plural]


def _list_closed(doc: Doc, end: int) -> bool:
    """True when the list of names that ``end`` is in ends at a comma or the sentence's end (so the
    commas set the whole list off: "directors, A and B, signed"), not "directors, A and B met"."""
    toks = token_list(doc)
    people = _people(doc)
    while end + 1 < len(doc) and toks[end].lower_ in ("and", ","):
        nxt = next((m for m in people.values() if m.start in (end + 1, end + 2)), None)
        if nxt is None:
            break
        end = nxt.end
    return end >= len(doc) or toks[end].text in (",", ".", ";")


def plural_title_apposed(doc: Doc, mention: Mention) -> list[Token]:
    """ "two partners of the firm X, A and B": a plural title, then a comma, then a list of names that
    ``mention`` is in; the title's words (from the plural role noun to the comma), or empty."""
    toks = token_list(doc)
    listed = listed_before(doc, mention)
    first = listed[0] if listed else mention
    after = mention.end + 1 < len(doc) and toks[mention.end].lower_ in ("and", ",")
    starts = _people_starts(doc)
    following = after and (mention.end + 1 in starts or mention.end + 2 in starts)
    comma = first.start - 1
    if (not listed and not following) or comma < 2 or toks[comma].text != ",":
        return []
    for i in range(comma - 1, max(comma - 12, 0), -1):
        token = toks[i]
        if token.is_punct or (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound")):
            return []  # "the restructuring firm" is a firm; "met the court" ends the search
        if token.tag_ == "NNS" and token.lemma_.lower() in ROLE_NOUNS:
            if toks[i + 1].lower_ not in TAIL_PREPS:
                return []  # "the firm's partners, A and B": the plural title is read before names
            return toks[i:comma]
    return []


def _of_role(doc: Doc, i: int) -> bool:
    """True when the plural noun at ``i`` ends "ROLE of ..." ("its director of flight operations")."""
    toks = token_list(doc)
    for j in range(i - 1, max(i - 4, 0), -1):
        if toks[j].lower_ == "of":  # "its board of trustees": a board is named by its members
            return _role_word(toks[j - 1]) or (toks[j - 1].lower_ in BOARDS and toks[i].lower_ in BOARD_SEATS)
        if not toks[j].is_lower or toks[j].pos_ not in ("NOUN", "ADJ"):
            return False
    return False


def _role_word(token: Token) -> bool:
    """A singular noun naming a role ("president" in "president of X")."""
    return token.tag_ in ("NN", "NNP") and (token.lemma_.lower() in ROLE_NOUNS or _role_noun(token))


def _role_noun(token: Token) -> bool:
    """A role noun as written ("dean" only in lower case: "Dean" starts names)."""
    return token.lower_ in ROLE_NOUNS or (token.lower_ in LOWER_ROLES and token.is_lower)


def _role_tokens(tokens: list[Token]) -> list[Token]:
    """Keep a scanned title only when its role noun is next to the name or followed by "to/of X"."""
    while tokens and tokens[-1].lower_ in HONORIFICS:
        tokens = tokens[:-1]  # "Director Dr. Russell Kinnard": the honorific is no part of the post
    if not tokens:
        return []
    words = [t.lower_ for t in tokens]
    roles = [
        j
        for j, t in enumerate(tokens)
        if t.lower_ in ABBREVIATIONS or _role_noun(t) or (t.lemma_.lower() in ROLE_NOUNS and t.tag_ != "NNS")
    ]
    if not roles:
        return []
    tail = words[roles[-1] + 1 :]
    return tokens if not tail or tail[0] in TITLE_PREPS else []


def apposition(doc: Doc, mention: Mention) -> list[list[Token]]:
    """Return the role phrases in apposition after a name, split on "and" ("X, former A and B,")."""
    toks = token_list(doc)
    if mention.end >= len(doc) - 1 or toks[mention.end].text not in (",", "("):
        return []  # "X, the company's chief executive," or "X (the company's chief executive)"
    start = mention.end + 1
    if start + 1 < len(doc) and toks[start].like_num and toks[start + 1].text == ",":
        start += 2  # "X, 56, a former pharmacist,": the age comes first
    if start < len(doc) and toks[start].lower_ == "and":
        return []  # "met X, and Trade Minister Y": a list goes on, the title is Y's
    parts: list[list[Token]] = [[]]
    stop = None
    for token in toks[start : start + 30]:
        if (
            token.lower_ in STOP_APPOSITION
            or token.is_space
            or (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"))
        ):
            stop = token
            break
        if token.lower_ == "and" and token.pos_ == "CCONJ":
            parts.append([])
            continue
        parts[-1].append(token)
    if len(parts) > 1 and stop is not None and stop.text == "," and _names_next(doc, stop.i + 1):
        parts.pop()  # "X, its chief executive, and its director of operations, Capt. Y": Y's title
    found = [p for p in parts if p]
    if found and _circumstance(found[0][0]) and not lead_time(found[0]):
        return []  # "X, days after the company's founder accused him": no description of X
    if stop is not None and stop.pos_ in ("VERB", "AUX") and _subject_of(found, stop):
        return []  # "... to meet X, a ministry official told Reuters": the official is someone else
    return _share_tail(found)


def _subject_of(parts: list[list[Token]], verb: Token) -> bool:
    """True when a word of the phrases after a name's comma is the subject of the verb that follows them."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i for p in parts for t in p)


def _share_tail(parts: list[list[Token]]) -> list[list[Token]]:
    """ "X, a partner and director at Y,": the last title's "at / of Y" holds for the bare ones before."""
    at = next((k for k, t in enumerate(parts[-1]) if t.lower_ in TAIL_PREPS), 0) if len(parts) > 1 else 0
    if not at or not _role_tokens(parts[-1][:at]) or parts[-1][0].pos_ in ("DET", "PRON"):
        return parts  # "the mayor and a member of X": two phrases, each with its own determiner
    tail = parts[-1][at:]
    shared = [
        [*p, *tail]
        if _role_tokens(p) and not any(t.lower_ in TAIL_PREPS or t.tag_ == "POS" for t in p)
        else p
        for p in parts[:-1]
    ]
    return [*shared, parts[-1]]


def _names_next(doc: Doc, i: int) -> bool:
    """True when token ``i`` starts a person's name or a form of address before one."""
    toks = token_list(doc)
    if i >= len(doc):
        return False
    held = doc_refs(doc).get(i)
    word = toks[i].lower_
    return (
        held is not None and held.key.startswith("person:")
    ) or word in COURTESY_TITLES | ABBREVIATIONS.keys()


TIME_NOUNS = frozenset({"day", "week", "month", "year", "hour", "minute", "moment"})


def lead_time(part: list[Token]) -> int:
    """How many words of a time phrase open a title that say it is past: "until recently", "until
    2019", "until last year", "at the time" (0 when there is none)."""
    words = [t.lower_ for t in part[:4]]
    if words[:1] == ["until"] and len(part) > 1 and (words[1] in ("recently", "lately") or part[1].like_num):
        return 2
    if words[:2] == ["until", "last"] and len(part) > 2 and part[2].lemma_.lower() in TIME_NOUNS:
        return 3
    if words[:3] in (["at", "the", "time"], ["at", "that", "time"]):
        return 3
    return 0


def _circumstance(token: Token) -> bool:
    """True for a phrase of time or circumstance opening what follows a name's comma."""
    return token.pos_ in ("ADP", "SCONJ") or (token.tag_ == "NNS" and token.lemma_.lower() in TIME_NOUNS)


def dated(part: list[Token]) -> tuple[list[Token], tuple[str | None, str | None]]:
    """Split the years off the end of an apposition ("director from 2015 to 2021")."""
    for k, token in enumerate(part):
        if k and token.lower_ in DATE_PREPS:
            found = years(" ".join(t.text for t in part[k:]))
            if found != (None, None):
                return part[:k], found
    return part, (None, None)
