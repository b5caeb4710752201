"""Positions: titles before names, appositions, and career sentences, with dates and "former" kept."""

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.career_clauses import whose_post
from extract.career_verbs import CAREER_VERBS
from extract.careers import career
from extract.doc_arrays import column, tokens
from extract.generic_posts import leading_posts, named_posts
from extract.institutions import PARTIES
from extract.owners import ORG_NOUNS
from extract.position_claims import AGENT_ROLES, APPOSITION_CONFIDENCE, TITLE_CONFIDENCE, position
from extract.records import Claim, Mention, Ref
from extract.syntax import doc_refs
from extract.title_spans import (
    apposition,
    conjoined_title,
    dated,
    listed_before,
    owner_words,
    plural_title_apposed,
    shared_title,
    stacked_title,
    title_before,
)
from extract.titles import ROLE_NOUNS, role_of
from extract.titles_parse import Title, read_title


@Language.factory("kg_roles")
def make_roles(nlp: Language, name: str) -> "RoleFinder":
    """Create the component that finds positions."""
    return RoleFinder()


class RoleFinder:
    """Append position and representation claims to ``Doc._.kg_claims``."""

    def __init__(self) -> None:
        self._led: dict[str, set[tuple[str, str]]] = {}  # per document: who leads what by a title

    def __call__(self, doc: Doc) -> Doc:
        toks = tokens(doc)
        claims = doc._.kg_claims
        if claims is None:
            claims = doc._.kg_claims = []
        for mention in doc._.kg_mentions:
            if not mention.key.startswith("person:"):
                continue
            anchor = toks[mention.start]
            before = title_before(doc, mention)
            addressed = _addressed(doc, before, mention)
            title = read_title(before, agents=addressed)  # "provincial engineer Engr. X": a post
            if not before:
                claims.extend(self._affiliation(doc, mention))
            of = _past_postnominal(doc, mention.end)  # "Chief X, SAN, of Y & Co.": the letters after a name
            firm = None  # the organisation named after the name's "of" when the title named none
            if title and of + 1 < len(doc) and toks[of].lower_ == "of":
                after = _of_named(doc, of + 1)
                client = title.organization
                if after and after.key.startswith("org:") and after.key != client:
                    if client and title.role.split()[-1] in AGENT_ROLES and not title.possessor:
                        # "The company's lawyer, X of Y LLP": X works at Y and acts for the company
                        title.organization, title.possessor = after.key, client
                    elif not client:
                        title.organization = firm = after.key
            # "Gulfstar's lawyer, X of Y Partners" with "Gulfstar" unresolved: X works at Y, acts for no Y
            counsel = title is not None and title.organization != firm and _counsel_of(before, title)
            if title and title.organization and not title.possessor and counsel:
                # "The company's lawyer, X": X acts for the company; "..., X of Estudio Vargas," (a firm
                # we did not find as a name) says X works elsewhere, so not at the company
                title.possessor = title.organization
                if _of_capitalised(doc, of):
                    title.organization = None
            if title:
                first, shared_owner = conjoined_title(doc, before)
                if shared_owner and not title.organization and not title.possessor:
                    title = read_title([*shared_owner, *before]) or title  # the second title shares it
                rule = "role.title.addressed" if addressed else "role.title"
                claims.extend(position(doc, mention.key, title, rule, TITLE_CONFIDENCE, anchor))
                if (head := read_title(first, title.former)) is not None:
                    claims.extend(
                        position(doc, mention.key, head, "role.title.conj", TITLE_CONFIDENCE, anchor)
                    )
                if (stacked := read_title(stacked_title(doc, before, mention))) is not None:
                    claims.extend(  # "the Minister of Energy, Senator Dr. X,": both posts are X's
                        position(doc, mention.key, stacked, "role.title.stacked", TITLE_CONFIDENCE, anchor)
                    )
            elif not before and (shared := read_title(shared_title(doc, mention), plural=True)):
                claims.extend(
                    position(doc, mention.key, shared, "role.title.plural", TITLE_CONFIDENCE, anchor)
                )
            elif not before and (apposed := read_title(plural_title_apposed(doc, mention), plural=True)):
                claims.extend(  # "two partners of the firm X, A and B,": each of them is one
                    position(doc, mention.key, apposed, "role.title.plural.apposed", TITLE_CONFIDENCE, anchor)
                )
            former = False
            owner: list[Token] = []
            for k, part in enumerate(apposition(doc, mention)):
                part, dates = dated(part)  # "X, the authority's director from 2015 to 2021,"
                if k == 0:
                    owner = owner_words(part)
                elif owner and part and not owner_words(part) and part[0].lower_ not in ("a", "an", "the"):
                    part = [*owner, *part]  # "X, the firm's founder and chief executive,": both the firm's
                # "X, a former pharmacist," / "an engineer at Y": an indefinite description's agent noun
                indefinite = bool(part) and part[0].lower_ in ("a", "an")
                of = next((j for j, t in enumerate(part) if t.lower_ == "of"), 0)
                if of and part[of - 1].tag_ == "NN" and not role_of([part[of - 1].text], indefinite):
                    continue  # "X, the husband of the mayor's sister,": the mayor is someone else
                listed = listed_before(doc, mention) if _plural_role(part) else []
                title = read_title(part, former, agents=indefinite, plural=bool(listed))
                # "X, a partner and director at Y,": the first title took "at Y" from the second
                joined = bool(part) and part[-1].i - part[0].i + 1 != len(part)
                if title and listed:  # "X and Y, partners at Z,": each of them is one
                    for other in listed:
                        claims.extend(
                            position(
                                doc,
                                other.key,
                                replace(title),
                                "role.apposition.plural",
                                APPOSITION_CONFIDENCE,
                                toks[other.start],
                                dates,
                            )
                        )
                if title:
                    former = title.former
                    rule = "role.apposition.shared" if joined else "role.apposition"
                    claims.extend(
                        position(doc, mention.key, title, rule, APPOSITION_CONFIDENCE, anchor, dates)
                    )
                elif part and part[0].lower_ in ("a", "an", "the"):
                    break
        careers: list[Claim] = []
        parts: set[int] = set()  # ids of posts over a part of an organisation ("led the IBC's Africa zone")
        self._led = leading_posts(claims)
        for token in (toks[i] for i in _career_verbs(doc)):
            careers.extend(career(doc, token, parts, self._led))
            careers.extend(whose_post(doc, token))
        claims.extend(named_posts(careers, claims, parts))
        return doc

    def _affiliation(self, doc: Doc, mention: Mention) -> list[Claim]:
        """ "CNN's Jake Tapper", "Microsoft's Brad Smith": an organisation's possessive before a name."""
        toks, refs = tokens(doc), doc_refs(doc)
        if mention.start < 2 or toks[mention.start - 1].tag_ != "POS":
            return []
        found = refs.get(mention.start - 2)
        if not found or not found.key.startswith("org:"):
            return []
        org = toks[mention.start - 2]
        start = org.i
        while start > 0 and refs.get(start - 1) == found:
            start -= 1
        text = doc[start : mention.start].text
        if _party(found.key):  # "Plaid Cymru's X", "Labour's X": a member of the party, not its staff
            title = Title("member", text, False, found.key, None, None)
            return position(doc, mention.key, title, "role.affiliation.party", 0.7, toks[mention.start])
        title = Title("staff", text, False, found.key, None, None)
        return position(doc, mention.key, title, "role.affiliation", 0.7, toks[mention.start])


def _career_verbs(doc: Doc) -> list[int]:
    """The verbs ``career`` and ``whose_post`` may read: a career verb's lemma, or a "co-" word, whose
    lemma ``verb_lemma`` reads from the word itself ("co-founded"); no Token is built for the others."""
    lows, lemmas = column(doc, "lower_"), column(doc, "lemma_")
    return [
        i
        for i, pos in enumerate(column(doc, "pos_"))
        if pos in ("VERB", "AUX") and (lemmas[i].lower() in CAREER_VERBS or lows[i].startswith("co-"))
    ]


# Parties the entity ruler knows by name (not the legislatures and unions listed with them).
NOT_PARTIES = frozenset("Senedd Dáil Seanad Oireachtas Unison GMB RMT Aslef Usdaw NASUWT".split())
PARTY_NAMES = frozenset(PARTIES) - NOT_PARTIES | {"Liberal Democrats", "Lib Dems"}


def _party(key: str) -> bool:
    """True for a political party's key: a listed party, or a name with "Party" in it."""
    name = key.split(":", 1)[1]
    return name in PARTY_NAMES or "party" in name.lower().split()


# Posts whose possessive owner is a client, not always an employer ("the company's lawyer").
COUNSEL_ROLES = frozenset({"lawyer", "attorney", "solicitor", "barrister"})


def _counsel_of(before: list[Token], title: Title) -> bool:
    """True for a lawyer's title owned by an organisation's possessive ("Acme's lawyer", "its lawyer")."""
    head = title.role.split()[-1]
    if head == "counsel" and any(t.lower_ == "to" and t.i > 0 and t.nbor(-1).lower_ == head for t in before):
        return True  # "Counsel to Brightwater Foods, Chief X": outside counsel acts for the company
    return (
        head in COUNSEL_ROLES
        and bool(before)
        and (before[0].lower_ == "its" or any(t.tag_ == "POS" for t in before))
    )


def _addressed(doc: Doc, before: list[Token], mention: Mention) -> bool:
    """True when a form of address stands between the post and the name ("the board's chair, Dame X",
    "provincial engineer Engr. X"): the post was read past it."""
    return bool(before) and any(t.is_alpha for t in doc[before[-1].i + 1 : mention.start])


def _past_postnominal(doc: Doc, i: int) -> int:
    """Where the words after a name go on past post-nominal letters (", SAN, of", ", QC, of", ", KC, of"):
    the index of the word after them, else ``i``."""
    toks = tokens(doc)
    if i + 3 < len(doc) and toks[i].text == "," and toks[i + 2].text == ",":
        letters = toks[i + 1].text
        if 1 < len(letters) <= 4 and letters.isupper() and letters.isalpha() and toks[i + 3].lower_ == "of":
            return i + 3
    return i


def _of_capitalised(doc: Doc, i: int) -> bool:
    """True for "of" and a capitalised word right after a name ("X of Estudio Vargas"): a firm."""
    toks = tokens(doc)
    return i + 1 < len(doc) and toks[i].lower_ == "of" and toks[i + 1].is_title


def _plural_role(part: list[Token]) -> bool:
    """True when an apposition's role noun is plural ("partners at Z"): it describes a list of names."""
    return any(t.tag_ == "NNS" and t.lemma_.lower() in ROLE_NOUNS for t in part)


def _of_named(doc: Doc, i: int) -> Ref | None:
    """The reference after a name's "of": "X of Y LLP", "Chief X of the Cree Nation", "X of the Dutch
    management company Y" (an article, adjectives and common nouns may stand before the name)."""
    toks = tokens(doc)
    refs = doc_refs(doc)
    for j in range(i, min(i + 6, len(doc))):
        token, found = toks[j], refs.get(j)
        if found is not None and _where_of_firm(doc, j, found):
            continue  # "X of the Hamburg firm Y": the city says where the firm is, Y is the firm
        if found is not None and (found.key.startswith("org:") or token.pos_ != "ADJ"):
            return found  # "Dutch" may stand for its country; an organisation's name ends the search
        article = token.lower_ in ("the", "a", "an")
        described = token.pos_ in ("ADJ", "NOUN") and token.is_lower  # "management company"
        nationality = token.pos_ == "ADJ" and token.ent_type_ == "NORP"  # "Dutch"
        if found is None and not (article or described or nationality):
            return None
    return None


def _where_of_firm(doc: Doc, j: int, found: Ref) -> bool:
    """True for a name before a lower-case organisation noun and the firm's own name ("the Oslo firm Y",
    "the New York law firm Y"): where the firm is (even when typed an organisation), not the firm."""
    toks, refs = tokens(doc), doc_refs(doc)
    if found.key.startswith("person:"):
        return False
    k = j + 1
    while k < len(doc) and refs.get(k) == found:
        k += 1
    nouns = k
    while k < len(doc) and toks[k].is_lower and toks[k].pos_ in ("ADJ", "NOUN"):
        k += 1
    named = refs.get(k)
    return (
        any(t.lower_ in ORG_NOUNS for t in toks[nouns:k])
        and named is not None
        and named.key.startswith("org:")
        and named != found
    )
