"""Coreference within a document: pronouns and role nouns ("the ambassador") -> a person, flagged;
organisation nouns ("the university") -> the organisation ``owners.named_owner`` reads them as."""

from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.doc_arrays import column, tokens
from extract.lines import quote_spans
from extract.owners import (
    ORG_NOUNS,
    PUBLIC_HEADS,
    first_named,
    name_head,
    named_owner,
    org_noun,
    org_noun_heads,
)
from extract.records import Ref
from extract.syntax import SPEAKER_VERBS, gap_verb, sentence_of, sentences
from extract.titles import (
    FORMER_WORDS,
    HONORIFICS,
    ROLE_NOUNS,
    ROLE_REFERENCE_NOUNS,
    TITLE_ABBREVIATIONS,
    is_profession,
    role_of,
)

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
DEFINITE = frozenset({"the", "this", "that", "our", "their", "its", "your"})
RANKING = frozenset({"first", "last", "only", "next", "second", "third"})  # "the first company to ..."
ROLE_GROUPS = ({"ambassador", "envoy", "diplomat", "representative", "emissary"},)
FEMALE_TITLES = frozenset(
    ["spokeswoman", "chairwoman", "congresswoman", "mrs", "mrs.", "ms", "ms.", "madam", "queen", "princess"]
)
MALE_TITLES = frozenset({"spokesman", "chairman", "congressman", "mr", "mr.", "king", "prince", "sir"})
PRONOUN_CONFIDENCE = 0.75
ROLE_NOUN_CONFIDENCE = 0.7
MAIN_CONFIDENCE = 0.6
WINDOW = 3
# Heads too common to resolve in general ("took office") that stand for a body named with them before:
# "the National Anti-Doping Office said ... according to the office".
NAMED_ONLY_HEADS = frozenset({"office", "bureau", "chamber"})
NAMED_BEFORE_CONFIDENCE = 0.65
# Generic words for a business or a movement that never stand for a public body (rule coref.org_noun).
LOOSE_BODY_NOUNS = frozenset({"group"})
# A person the quotation itself brings in ("A nurse asked me whether she ...", "no worker would have to
# choose between her wages and her life"): an indefinite or quantified noun for a person.
STORY_DETERMINERS = frozenset("a an no every each any another one".split())
STORY_MEN = frozenset("man boy father son husband brother grandfather gentleman".split())
STORY_WOMEN = frozenset("woman girl mother daughter wife sister grandmother lady widow".split())
STORY_PEOPLE = (
    STORY_MEN
    | STORY_WOMEN
    | frozenset(
        (
            "person child kid patient pupil student parent tenant resident voter customer passenger neighbour "
            "neighbor applicant migrant client constituent citizen victim survivor"
        ).split()
    )
)


def role_words(doc: Doc) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Map role nouns to the people the text gives them to (titles, appositions); guess genders."""
    roles: dict[str, set[str]] = defaultdict(set)
    gender: dict[str, str] = {}
    toks, punct = tokens(doc), column(doc, "is_punct")  # a dozen words around every mention: no Token built
    for mention in doc._.kg_mentions:
        if not mention.key.startswith("person:"):
            continue
        # only words of the mention's own sentence: "... a university spokesman. Moreau-Castel spoke"
        # gives Moreau-Castel neither the role nor the gender
        first = sentence_of(doc, mention.start)[0]  # cached per Doc; ``Token.sent`` walks the Doc
        window = [toks[i] for i in range(max(first, mention.start - 4), mention.start) if not punct[i]]
        window = window[_after_verb(window) :]  # "a spokeswoman said Dubois": the title is the speaker's
        after = toks[mention.end : mention.end + 8]
        if len(after) > 1 and after[0].text == ",":
            for t in after[1:]:
                if t.is_punct or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")):
                    break
                window.append(t)
        for token in window:
            low = token.lower_
            if low in FEMALE_TITLES:
                gender.setdefault(mention.key, "f")
            if low in MALE_TITLES:
                gender.setdefault(mention.key, "m")
        role = role_of([t.text for t in window])
        if role and not any(t.lower_ in FORMER_WORDS for t in window):
            head = role.split()[-1]
            roles[head].add(mention.key)
            for group in ROLE_GROUPS:
                if head in group:
                    for other in group:
                        roles[other].add(mention.key)
    return roles, gender


@Language.factory("kg_coref")
def make_coref(nlp: Language, name: str) -> "Coref":
    """Create the component that resolves pronouns and role nouns to people."""
    return Coref()


class Coref:
    """Add pronoun and role-noun references to ``Doc._.kg_refs``, each with its rule and confidence."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_quotes = quote_spans(doc)
        roles, gender = role_words(doc)
        refs = doc._.kg_refs
        _surname_strays(doc, refs)
        opened = {i: a for a, b in doc._.kg_quotes for i in range(a, b)}  # quoted word -> its quote's start
        quoted = set(opened)
        main = doc._.kg_main
        org_heads = org_noun_heads(doc) | _named_heads(doc)  # once per Doc: the entities stay the same
        named_at = first_named(doc)
        # every branch below starts from one of these words: build no Token for the others
        cues = ROLE_REFERENCE_NOUNS | ORG_NOUNS | org_heads | MALE | FEMALE
        toks = tokens(doc)
        for token in (toks[i] for i, low in enumerate(column(doc, "lower_")) if low in cues):
            if token.i in refs:
                continue
            low = token.lower_
            if low in ROLE_REFERENCE_NOUNS and token.pos_ == "NOUN" and self._definite(token):
                people = roles.get(low, set())
                if len(people) > 1 and main in people:
                    people = {main}
                if len(people) == 1:
                    refs[token.i] = Ref(next(iter(people)), "coref.role_noun", ROLE_NOUN_CONFIDENCE)
                continue
            owner_word = _owner_word(token) if low in NAMED_ONLY_HEADS else None
            if org_noun(token, org_heads) and (owner_word or self._definite(token)):
                key = named_owner(token, guess=True)  # "the university" -> University of Northbridge
                if owner_word and (not key or owner_word not in doc._.kg_entities[key].name.lower()):
                    continue  # "the mayor's office" is no Sheriff's Office
                if key and low in LOOSE_BODY_NOUNS and _public_body(doc, key):
                    key = None  # "the group's real leverage" is no government bureau's
                if key and named_at.get(key, token.i) < token.i:  # never a body only named after it
                    rule = "coref.owned_office" if owner_word else "coref.org_noun"
                    refs[token.i] = Ref(key, rule, ROLE_NOUN_CONFIDENCE)
                elif (
                    _speaks(token)
                    and low not in ORG_NOUNS
                    and (key := _named_before(doc, low, token.i, named_at))
                ):
                    refs[token.i] = Ref(key, "coref.org_named_before", NAMED_BEFORE_CONFIDENCE)
                continue
            if low in MALE or low in FEMALE:
                want = "m" if low in MALE else "f"
                if token.i in quoted:
                    if (
                        main
                        and gender.get(main, want) == want
                        and not _story_person(doc, opened[token.i], token.i, want)
                    ):
                        refs[token.i] = Ref(main, "coref.quote_pronoun", MAIN_CONFIDENCE)
                    continue
                found, sure = self._antecedent(doc, token, want, gender, quoted)
                if found:
                    refs[token.i] = found
                    if sure:  # a fallback or a choice between candidates is a guess: learn nothing
                        gender.setdefault(found.key, want)
        return doc

    @staticmethod
    def _definite(token: Token) -> bool:
        if token.dep_ == "compound" or token.tag_ == "NNS":
            return False
        if token.dep_ in ("attr", "oprd") or any(
            c.tag_ in ("JJS", "RBS") or c.lower_ in RANKING for c in token.children
        ):
            return False  # "X is not the first company to make that mistake": a description, no reference
        nxt = tokens(token.doc)[token.i + 1] if token.i + 1 < len(token.doc) else None
        if nxt is not None and nxt.pos_ == "PROPN":
            refs = token.doc._.kg_refs
            end = nxt.i
            while end < len(token.doc) and end in refs and refs[end].key == refs.get(nxt.i, Ref("")).key:
                end += 1
            if gap_verb(token.doc, nxt.i, end) is None:
                return False
        elif any(c.dep_ == "appos" for c in token.children):
            return False
        return any(c.lower_ in DEFINITE and c.dep_ in ("det", "poss") for c in token.children)

    @staticmethod
    def _antecedent(
        doc: Doc, token: Token, want: str, gender: dict[str, str], quoted: set[int]
    ) -> tuple[Ref | None, bool]:
        """Pick the most recent compatible person a few sentences back, subjects first (headings: the
        article's main person); say whether the choice is sure enough to learn the person's gender from
        (not when another candidate's gender is known to match). Sentences wholly inside a quotation do
        not count towards the window ("X told Y ... \n "A. B. C," he said")."""
        spans = sentences(doc)
        here = next(i for i, (a, b) in enumerate(spans) if a <= token.i < b)
        refs = doc._.kg_refs
        toks = tokens(doc)
        reported = reported_clause(token)
        if not _heading(doc, *spans[here]):
            back, index = -1, here + 1
            while back < WINDOW - 1:
                back, index = back + 1, index - 1
                if index < 0:
                    break
                start, end = spans[index]
                if back and _quoted_sentence(doc, start, end, quoted):
                    back -= 1
                    continue
                if back and _heading(doc, start, end):
                    continue
                limit = token.i if back == 0 else end
                candidates = []
                for i in range(start, limit):
                    found = refs.get(i)
                    if not found or not found.key.startswith("person:") or i in quoted or i in reported:
                        continue
                    if gender.get(found.key, want) != want:
                        continue
                    subject = toks[i].dep_ in ("nsubj", "nsubjpass") or toks[i].head.dep_ in (
                        "nsubj",
                        "nsubjpass",
                    )
                    candidates.append((subject, i, found))
                if candidates:
                    best = max(candidates, key=lambda c: (c[0], c[1]))[2]
                    rivals = {c[2].key for c in candidates if gender.get(c[2].key) == want} - {best.key}
                    sure = best.key in gender or not rivals
                    return Ref(best.key, "coref.pronoun", PRONOUN_CONFIDENCE * best.confidence), sure
        main = doc._.kg_main
        if main and gender.get(main, want) == want:
            return Ref(main, "coref.main_person", MAIN_CONFIDENCE), False
        return None, False


def _story_person(doc: Doc, start: int, at: int, want: str) -> bool:
    """True when the quotation brings in, before the pronoun at ``at``, someone of its own story that
    the pronoun can stand for: "A bus driver asked me whether she ...", "a man I had operated on said
    he ...", "no worker would have to choose between her wages and her life" (rule coref.quote_pronoun
    then guesses no one)."""
    other = STORY_WOMEN if want == "m" else STORY_MEN
    toks, pos = tokens(doc), column(doc, "pos_")  # only nouns matter: build no Token for other words
    for token in (toks[i] for i in range(start, at) if pos[i] == "NOUN"):
        if token.tag_ == "NNS" or token.lower_ in other:
            continue
        if token.dep_ in ("attr", "oprd", "appos") or token.head.i < start or token.head.lower_ == "as":
            # called X "a gifted operator who forgot whose money he was spending", "As an envoy for the
            # country he represents, X is ...": a description of someone named, maybe the pronoun's one
            continue
        low = token.lower_
        if not (low in STORY_PEOPLE or low in ROLE_NOUNS or is_profession(low, agents=True)):
            continue
        if any(c.dep_ == "det" and c.lower_ in STORY_DETERMINERS for c in token.children):
            return True
    return False


SURNAME_CONFIDENCE = 0.85
MEETING = frozenset({"meet", "met"})


def _surname_strays(doc: Doc, refs: dict[int, Ref]) -> None:
    """ "that Ahmed had met Niazi", "Mr MacLennan": a one-word organisation the model made of the surname
    of exactly one person the text names in full is that person where the words mark a person (after
    an honorific or a title, before "who", a party to a meeting); rule coref.surname. "Dell said" for the
    company of Michael Dell stays the company."""
    records = doc._.kg_entities or {}
    last: dict[str, list[str]] = defaultdict(list)
    for key, record in records.items():
        words = record.name.split()
        if record.type == "person" and len(words) > 1:
            last[words[-1].lower()].append(key)
    strays = {
        key: people[0]
        for key, record in records.items()
        if record.type == "organization"
        and " " not in record.name
        and len(people := last.get(record.name.lower(), [])) == 1
    }
    if not strays:
        return
    for i, found in list(refs.items()):
        if found.key in strays and found.rule is None and _person_slot(doc[i]):
            refs[i] = Ref(strays[found.key], "coref.surname", SURNAME_CONFIDENCE)


def _person_slot(token: Token) -> bool:
    before = token.doc[token.i - 1] if token.i else None
    low = before.lower_ if before is not None else ""
    if low in HONORIFICS or low.rstrip(".") in TITLE_ABBREVIATIONS or low in ROLE_NOUNS:
        return True
    if any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in token.children):
        return True
    return token.dep_ in ("nsubj", "dobj", "pobj") and token.head.lemma_.lower() in MEETING | {"with"}


def _owner_word(token: Token) -> str | None:
    """ "the sheriff's office said": a named-only head ("office") owned by a definite common noun names the
    body whose name holds that noun ("Kettle River County Sheriff's Office"); the noun, else None."""
    for child in token.children:
        if (
            child.dep_ == "poss"
            and child.pos_ == "NOUN"
            and child.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in child.children)
        ):
            return child.lower_
    return None


def _public_body(doc: Doc, key: str) -> bool:
    """True for an organisation whose name is headed by a public body's word ("Development Bureau")."""
    record = doc._.kg_entities.get(key)
    return record is not None and name_head(record.name) in PUBLIC_HEADS | NAMED_ONLY_HEADS


def _after_verb(words: list[Token]) -> int:
    """Where the words before a name start to belong to it: after their last verb ("the spokeswoman
    said X", "an aide told X": the title names the subject, not X)."""
    verbs = [
        n for n, t in enumerate(words) if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
    ]
    return verbs[-1] + 1 if verbs else 0


def reported_clause(token: Token) -> set[int]:
    """ "Y has not spoken to Z, he added": a pronoun subject is no one named in the clause its verb
    reports (it governs that clause: "he" there would have been "Y himself"); token indices."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in SPEAKER_VERBS:
        return set()
    return {t.i for c in token.head.children if c.dep_ == "ccomp" for t in c.subtree}


def _named_heads(doc: Doc) -> set[str]:
    """The NAMED_ONLY_HEADS some organisation of this document bears as a word of its name."""
    return {
        w
        for r in doc._.kg_entities.values()
        if r.type == "organization"
        for w in r.name.lower().split()
        if w in NAMED_ONLY_HEADS
    }


def _speaks(token: Token) -> bool:
    """True for a speaker's noun: "the ministry said / denied", "according to the ministry". Only there
    is the looser reading of ``_named_before`` worth its risk (a topic noun stays unresolved)."""
    if token.dep_ == "nsubj":
        return token.head.lemma_.lower() in SPEAKER_VERBS
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _named_before(doc: Doc, word: str, at: int, named_at: dict[str, int]) -> str | None:
    """ "the ministry" where two ministries are named but only one before it: a definite noun points
    back, so the one organisation named earlier with that head (else with that word in its name) is
    meant; two named earlier stay unresolved."""
    records = doc._.kg_entities
    earlier = [
        (k, r.name) for k, r in records.items() if r.type == "organization" and named_at.get(k, at) < at
    ]
    for found in (
        [k for k, name in earlier if name_head(name) == word],
        [k for k, name in earlier if word in name.lower().split()],
    ):
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _quoted_sentence(doc: Doc, start: int, end: int, quoted: set[int]) -> bool:
    """True for a sentence whose words all stand inside quotation marks."""
    punct, space = column(doc, "is_punct"), column(doc, "is_space")
    words = [i for i in range(start, end) if not (punct[i] or space[i])]
    return bool(words) and all(i in quoted for i in words)


def _heading(doc: Doc, start: int, end: int) -> bool:
    """True for a short line of its own without final punctuation: a headline or subheading."""
    texts, space = column(doc, "text"), column(doc, "is_space")  # read per sentence: no Token built
    words = [i for i in range(start, end) if not space[i]]
    if not words or len(words) > 14 or texts[words[-1]] in (".", "?", "!", '"', ":"):
        return False
    return start == 0 or "\n" in texts[start - 1] or "\n" in column(doc, "whitespace_")[start - 1]
