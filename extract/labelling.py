"""Decide what kind of name a span is: gazetteers first, then grammar, then a document-wide vote."""

from collections import Counter, defaultdict

from spacy.tokens import Span, Token

from extract.body_shapes import maori_body, port_body
from extract.identity import SUFFIXES
from extract.kinship import kin_apposition
from extract.names import CITIES, GIVEN_NAMES, NAME_PARTICLES
from extract.outlets import WEAK_CUES, canonical_outlet, outlet_cue, unlike_person
from extract.places import canonical_country, country_of_demonym
from extract.syntax import SPEAKER_VERBS, verb_lemma
from extract.titles import ABBREVIATIONS, HONORIFICS, MULTIWORD_ROLES, ROLE_NOUNS
from extract.towns import WORLD_TOWNS, world_town

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


OTHER_LABELS = frozenset(["ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "NORP", "EVENT", "LAW"])
# Heads that make a name an institution, not a person ("Dinu Patriciu Eurasia Center").


INSTITUTION_WORDS = frozenset(
    (
        "center centre council institute institution university college school academy ministry "
        "department agency committee commission office bureau party embassy consulate government "
        "administration foundation fund bank company corporation group association union league court "
        "parliament senate congress house assembly army navy force forces police service services "
        "organization organisation network times post journal news magazine program programme project "
        "initiative alliance coalition endowment forum club inc corp ltd llc clinic hospital authority "
        "directorate secretariat undersecretariat superintendency tribunal unit municipality "
        "governorate prefecture"
    ).split()
)


# Heads that end an institution's name and no person's ("Mayo Clinic", not "Emily Post").
INSTITUTION_HEADS = frozenset(
    (
        "center centre council institute university college academy ministry department agency committee "
        "commission office bureau clinic hospital foundation corporation association organization "
        "organisation authority directorate union federation guild society court tribunal alliance "
        "secretariat undersecretariat superintendency unit nation band tribe municipality governorate "
        "prefecture"
    ).split()
)


# Last words of company, fund and body names that end no person's name ("Hanbit Pay", "Lion Gate
# Capital", "Daeil Cloud Services", "Board Eligibility Panel", "Fourth Emergency Intervention Battalion").
BUSINESS_HEADS = frozenset(
    (
        "pay payments security securities capital holdings services cloud trust panel battalion brigade "
        "regiment partners ventures systems technologies technology labs solutions logistics energy "
        "pharma pharmaceuticals motors airlines airways insurance investment investments telecom networks bancorp "
        "financial industries enterprises properties realty consulting analytics robotics semiconductor "
        "electronics biotech therapeutics tribunal developments minerals mining practitioners generics "
        "construction associates advocaten advocates attorneys solicitors gmbh nv bv ag plc llp sarl srl "
        "navigation shipping line lines maritime marine freight cargo tankers carriers shipyard aviation "
        "aerospace transport chemicals steel petroleum resources foods advisory water power utilities "
        "werke aéreas aereas aéreos "
        # Turkish and Indonesian business words, and a company's "International" or "Group"
        "yapı yapi inşaat i\u0307nşaat insaat holding sanayi ticaret madencilik international group "
        # engineering, electronics and audit firms' last words in English, German, Nordic and Polish
        "engineering auditing accounting elektronik elektronikk elektronika technik teknik maschinenbau "
        "anlagenbau logistik inżynieria inzynieria budownictwo energetyka"
    ).split()
)


# Legal forms written after a company's name ("Arul & Khoo LLC", "Valcor Pte Ltd", "Fenwick S.A."):
# compared without full stops and case ("S.p.A." -> "spa"). "AG" and "SA" only glued to a capitalised name.
LEGAL_FORMS = frozenset(
    "llc llp ltd inc plc pte pty bhd gmbh ag spa sa nv bv srl sarl oy ab asa as kk limited corp tbk sdn aş".split()
)
# Legal forms written before the name: Indonesia's "PT Kebun Hijau" (perseroan terbatas), "CV" (a partnership)
LEGAL_PREFIXES = frozenset({"PT", "CV"})


def legal_form(token: Token) -> bool:
    """True for a company's legal-form word ("LLC", "Pte", "Ltd.", "S.A.", "GmbH")."""
    letters = token.text.replace(".", "")
    return (
        letters.lower() in LEGAL_FORMS and letters[:1].isupper() and (len(letters) > 2 or letters.isupper())
    )


def legal_name(span: Span) -> bool:
    """ "Arul & Khoo LLC", "Baxter, Holm & Reyes", "Valcor Pte Ltd": an ampersand between capitalised
    words, or a legal form after one, makes a firm's name, never a person's or a place's."""
    words = [t for t in span if t.text[:1].isupper()]
    ampersand = any(t.text == "&" for t in span[1:-1])
    if not ampersand and len(span[-1]) == 2 and listed_place(span[:-1].text):
        return False  # "Kenya AG" (an attorney general), "Durban SA": a place, then letters
    prefixed = len(span) > 1 and span[0].text in LEGAL_PREFIXES and span[1].is_title
    return len(words) >= 2 and (ampersand or prefixed or (legal_form(span[-1]) and not legal_form(span[0])))


def org_headed(span: Span) -> bool:
    """True for several capitalised words ending in an institution or business head: an organisation."""
    last = span[-1].lower_
    return (
        len(span) > 1
        and span[0].text not in GIVEN_NAMES
        and (last in INSTITUTION_HEADS or last in BUSINESS_HEADS)
    )


ORG_COMMON_NOUNS = frozenset(
    (
        "firm company group bank agency newspaper consultancy startup charity fund network broadcaster "
        "magazine website party lender"
    ).split()
)


ORG_OF_ROLES = frozenset(
    (
        "founder co-founder director member head chairman president ceo spokesman spokeswoman chief "
        "employee editor owner"
    ).split()
)


SEAT_WORDS = frozenset({"Street", "House", "Palace", "Hall", "Building"})


_ROLE_FIRST_WORDS = frozenset(w.split()[0] for w in MULTIWORD_ROLES)
# "Downing Street said", "the Elysee Palace said": the seat of an institution speaking for it.


def is_title_word(token: Token) -> bool:
    """True for words that are titles or honorifics, not part of a name ("President", "Ambassador")."""
    low = token.lower_
    return (
        low in ROLE_NOUNS
        or low in HONORIFICS
        or low in _ROLE_FIRST_WORDS
        or low in {"general", "former", "sen.", "rep.", "gov.", "gen.", "pope"}
        or (low in RULER_TITLES and token.is_title)
        or abbreviated_title(token)
    )


# Ranks and offices written short before a name ("Insp. Gen.", "Det. Sgt.", "Cmdr.", "Hon."): the
# titles' own abbreviations plus the police, military and church ranks news writes this way.
ABBREVIATED_TITLES = frozenset(word.rstrip(".") for word in ABBREVIATIONS) | frozenset(
    "det cmdr cdr brig capt cpl maj hon rev supt insp sgt lt col adm gov sen rep gen const cllr".split()
)


def abbreviated_title(token: Token) -> bool:
    """ "Insp." or "Insp" + ".": a capitalised rank abbreviation with its full stop is a title."""
    low = token.lower_
    if low[-1:] == ".":
        return len(low) > 2 and low[:-1] in ABBREVIATED_TITLES and token.text[:1].isupper()
    if low not in ABBREVIATED_TITLES:  # most words: no further look at the token or its neighbour
        return False
    doc = token.doc
    return (
        token.is_title and not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "."
    )


# Traditional rulers' titles written before a name ("Fon Ignatius Nkwain III", "Emir Muhammadu Sanusi"):
# a title, not part of the name, as "Sir" or "King" is.
RULER_TITLES = frozenset("fon oba emir sultan kabaka ooni mwami rajah raja maharaja nawab".split())


# Words that open an organisation's name in Spanish, Portuguese, French or Italian ("Alianza Andina",
# "Frente Cívico Unido", "Universidad Mayor de San Andrés"): the small model often calls these people.
FOREIGN_ORG_HEADS = frozenset(
    (
        "alianza frente partido universidad universidade université università movimiento movimento "
        "mouvement unión união asociación associação fundación fundação fondation instituto institut "
        "banco banque comisión comissão consejo conselho conseil ministerio ministério ministère tribunal "
        "cámara câmara chambre confederación confédération federación federação fédération sindicato "
        "syndicat colegio escuela école agencia agence compañía companhia compagnie grupo groupe congreso "
        "asamblea assemblée corporación empresa aéroports aéroport aeropuertos aeropuerto aeroporto "
        "aeroportos stichting vereniging gemeente stiftung verein"
    ).split()
    # business words opening a firm's name in Spanish, Portuguese, French, Italian, German, Dutch and
    # Welsh ("Asesorías Lenga", "Bufete Ruiz", "Constructora Andes", "Gruppo Ferri", "Cwmni Glo Taf")
    + (
        "asesorías asesorias asesores bufete abogados consultores consultora constructora inmobiliaria "
        "salmones pesquera minera inversiones distribuidora transportes servicios serviços comércio "
        "comercial aerolíneas linhas cooperativa société societe banca gruppo werke cwmni dŵr "
        # clinics and legal aid centres opening a body's name ("Clínica Jurídica Sur")
        "clínica clinica clinique clinic"
    ).split()
)


# Articles opening a foreign title ("Le Courrier Vaudois", "El Deber"): a person's name never does.
FOREIGN_ARTICLES = frozenset({"Le", "La", "Les", "El", "Los", "Las", "Il", "Der", "Die", "Das"})


def looks_institutional(span: Span) -> bool:
    """True when a name's words mark it as an organisation ("Center", "Council", "Times")."""
    return any(t.lower_ in INSTITUTION_WORDS for t in span) or (
        len(span) > 1 and span[0].lower_ in FOREIGN_ORG_HEADS
    )


# Words that make a name a mountain range, a lake or a river, not a body ("Sierra de la Culebra").
GEO_FIRST = frozenset("sierra mount mt. lake river cape gulf bay isle cordillera serra monte".split())
GEO_LAST = frozenset(
    "mountains mountain river lake hills range forest desert sea ocean peninsula islands island bay gulf strait "
    "valley plateau basin delta".split()
)


def geographic(span: Span) -> bool:
    """True for a name opened or closed by a landform word and holding no institution's word."""
    words = [t for t in span if t.lower_ != "the"]
    return (
        len(words) > 1
        and (words[0].lower_ in GEO_FIRST or words[-1].lower_ in GEO_LAST)
        and not looks_institutional(span)
        and not any(t.lower_ in BUSINESS_HEADS for t in span)
        and not _opens_longer_name(span)
    )


def _opens_longer_name(span: Span) -> bool:
    """True when the document also writes the name with more capitalised words after it: "Maumee
    Valley" as the short form of "Maumee Valley Medical Center"."""
    text = span.doc.text
    at = text.find(span.text + " ")
    while at != -1:
        after = text[at + len(span.text) + 1 : at + len(span.text) + 2]
        if after.isupper():
            return True
        at = text.find(span.text + " ", at + 1)
    return False


# Last words of sports competitions' names: events, not organisations ("the FA Cup").
COMPETITION_WORDS = frozenset(
    "championship championships cup trophy olympics games series tournament".split()
)
# Nouns of the sides that play in a league ("a team in the Premier League", "promoted to the X League").
SIDE_NOUNS = frozenset("team club side clubs teams sides".split())
PLAY_VERBS = frozenset({"play", "promote", "relegate", "compete", "win", "finish"})


def competition(span: Span) -> bool:
    """True for a competition: a name ending in a competition word, or a league a team plays in ("a team
    in the Premier League"), not the body that runs it ("the English Football League (EFL) approved")."""
    last = span[-1].lower_
    if last in COMPETITION_WORDS and not any(t.lower_ in INSTITUTION_HEADS for t in span):
        return True
    if last != "league" or span.root.dep_ != "pobj":
        return False
    governor = span.root.head.head
    return governor.lower_ in SIDE_NOUNS or governor.lemma_.lower() in PLAY_VERBS


# Nouns that, right before a name, say it is an organisation ("the law firm Ashby Crane").
NAMING_NOUNS = frozenset("club firm foundation insurer consultancy nonprofit".split())
# Nouns a place's name modifies ("the Cochabamba newspaper", "the Bakongwe kingdom"), never a person's
# ("the Smith family") or a company's.
PLACE_MODIFIED = frozenset(
    "kingdom region province village district town city county countryside newspaper paper daily "
    "broadcaster port harbour harbor border mayor".split()
)


def _local_firm(head: Token, span: Span) -> bool:
    """ "a Chipata consultancy": an indefinite firm noun a "person" modifies; a firm is from a place, and
    no person's name modifies "a ... firm" (a company's would be tagged ORG: "a Tata company")."""
    return (
        span.label_ == "PERSON"
        and head.lower_ in ORG_COMMON_NOUNS | NAMING_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    )


# Sites a company runs in a place ("the Solwezi operations of X", "the Kitwe plant of X").
SITE_NOUNS = frozenset(
    "operations operation plant plants mine mines office offices factory refinery smelter".split()
)


def _owned_site(head: Token) -> bool:
    """ "the Ndola plant of Zamcem": a site noun whose owner follows in "of ORG"; the word before the
    noun says where the site is (not "the Acme plant", where it names the owner)."""
    return head.lower_ in SITE_NOUNS and any(
        c.lower_ == "of" and any(g.ent_type_ == "ORG" for g in c.children) for c in head.children
    )


def place_modifier(span: Span) -> bool:
    """True for one unknown capitalised word that modifies a place-bound noun: a place."""
    root = span.root
    return (
        root.dep_ in ("compound", "nmod", "amod")
        and root.head.i == span.end
        and (root.head.lower_ in PLACE_MODIFIED or _local_firm(root.head, span) or _owned_site(root.head))
        and span.text not in GIVEN_NAMES
        and not looks_institutional(span)
        and canonical_outlet(span.text) is None
    )


def listed_place(text: str) -> bool:
    """True for a listed country or city."""
    return canonical_country(text) is not None or text in CITIES


def glued_hyphen(token: Token) -> bool:
    """True for the "-" inside a hyphenated name ("Diallo-Sy"), which spaCy splits into three tokens."""
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 1].is_title
        and doc[token.i + 1].is_title
    )


# English words that follow a hyphen to make an adjective of a name ("Seoul-based", "Kremlin-backed").
COMPOUND_SUFFIXES = frozenset(
    (
        "based born backed led run owned funded linked made controlled style era wide like free bound "
        "listed registered affiliated aligned allied friendly leaning level sized type"
    ).split()
)


def syllable_hyphen(token: Token) -> bool:
    """True for the "-" of a romanised given name whose second syllable is written in lower case
    ("Jang Mi-rae", "Kim Jong-un"): glued on both sides, a capitalised word before it and a lower-case
    word after it that is no English adjective-forming suffix ("Seoul-based")."""
    doc = token.doc
    if token.text != "-" or token.whitespace_ or not 0 < token.i < len(doc) - 1:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        not before.whitespace_
        and before.is_title
        and before.is_alpha
        and after.is_lower
        and after.is_alpha
        and after.lower_ not in COMPOUND_SUFFIXES
    )


def hyphenated_surname(span: Span) -> bool:
    """True for given name(s) then a hyphenated surname ("Aminata Diallo-Sy"): a person, not a company
    ("Rolls-Royce" has no separate given name, "Mercedes-Benz Group" ends in an institution word)."""
    return (
        len(span) >= 4
        and glued_hyphen(span[-2])
        and not glued_hyphen(span[1])
        and person_shaped(span)
        and canonical_country(span[-3].text) is None
    )


def person_shaped(span: Span) -> bool:
    """True for 2-4 capitalised words, optionally with particles, that are not an institution's name."""
    hyphens = [t.i for t in span if glued_hyphen(t) or syllable_hyphen(t)]
    syllables = {i + 1 for i in hyphens}  # "rae" of "Mi-rae" is part of one capitalised word
    words = [
        t for t in span if t.lower_ not in NAME_PARTICLES and t.i not in hyphens and t.i not in syllables
    ]
    return (
        2 <= len(span) - 2 * len(hyphens) <= 5  # "Diallo-Sy", "Mi-rae" are one word each
        and all(t.is_title or (t.text.isupper() and len(t) <= 3) for t in words)
        and not looks_institutional(span)
        and canonical_country(span.text) is None
        and not (span[0].text.isupper() and canonical_country(span[0].text))  # "UK Anti-Doping"
        and span.text not in CITIES
    )


def has_role_apposition(span: Span) -> bool:
    """True when a role noun stands in apposition or as a title next to the name: a person."""
    doc = span.doc
    for child in span.root.children:
        if child.dep_ == "appos" and child.lower_ in ROLE_NOUNS and child.i >= span.end:
            return True
    if span.end + 2 < len(doc) and doc[span.end].text == ",":
        window = [t.lower_ for t in doc[span.end + 1 : span.end + 5]]
        if any(w in ROLE_NOUNS for w in window) and not any(w in INSTITUTION_WORDS for w in window[:1]):
            return True
    if _role_before_comma(span):
        return True
    return (
        span.start > 0 and doc[span.start - 1].lower_ in ROLE_NOUNS and doc[span.start - 1].dep_ == "compound"
    )


def _role_before_comma(span: Span) -> bool:
    """ "Moldova's deputy prime minister for reintegration, Radu Vîrlan": a role noun phrase, a comma,
    then the name. Not when the phrase names an organisation ("a spokesman for the company, Acme Foods")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    for token in reversed(doc[max(0, span.start - 8) : span.start - 1]):
        low = token.lower_
        if low in ORG_COMMON_NOUNS or low in INSTITUTION_WORDS or token.ent_type_ == "PERSON":
            return False
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            return False
        if token.pos_ == "NOUN" and low in ROLE_NOUNS:
            return True
    return False


def _coordinated_with_person(span: Span) -> bool:
    doc = span.doc
    for i in (span.end, span.start - 1):
        if 0 <= i < len(doc) and doc[i].lower_ == "and":
            other = doc[i + 1] if i == span.end and i + 1 < len(doc) else (doc[i - 1] if i > 0 else None)
            if other is not None and other.ent_type_ == "PERSON":
                return True
    return False


def _listed_with_organisations(span: Span) -> bool:
    """True for one word in a list of organisations ("Facebook, Google and Twitter")."""
    root = span.root
    kinds = {t.ent_type_ for t in root.conjuncts}
    return len(span) == 1 and "ORG" in kinds and "PERSON" not in kinds


def org_apposition(span: Span) -> bool:
    """True for a name with an organisation noun in apposition ("Leonardo, the Italian defence group,")."""
    return any(  # every word of the span: the parse of a foreign name often has no single root
        child.dep_ == "appos" and child.lemma_.lower() in ORG_COMMON_NOUNS | APPOSITION_ORG_NOUNS
        for token in span
        for child in token.children
        if child.i >= span.end
    )


# "its frozen-meals unit, Northfield Kitchens": a company's part named in apposition is an organisation.
UNIT_NOUNS = frozenset(
    "unit division subsidiary arm brand affiliate label imprint business center centre program programme "
    "committee subcommittee department office bureau".split()
)


def _named_after_unit(span: Span) -> bool:
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or doc[span.start - 2].lower_ not in UNIT_NOUNS:
        return False
    unit = doc[span.start - 2]  # "the head of the unit, Anna de Vries": the name is the head's, a person
    if span.root.dep_ == "appos" and span.root.head.lower_ in ROLE_NOUNS:
        return False  # "The chairwoman of the Senate's Budget Committee, Ana Pop": parsed as hers
    return not (unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.lower_ in ROLE_NOUNS)


def _org_of_role(span: Span) -> bool:
    # "the co-founder of Rappler": a single unknown word after "ROLE of" names an organisation.
    root = span.root
    return (
        len(span) == 1
        and span.text not in GIVEN_NAMES
        and root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in ORG_OF_ROLES
    )


def _org_of_person(span: Span) -> bool:
    # "Peter Gould of Bernstein": one unknown word after "NAME of" is where the person works.
    root = span.root
    if len(span) != 1 or span.text in GIVEN_NAMES or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    return owner.ent_type_ == "PERSON" and owner.pos_ == "PROPN"


def _speaking_facility(span: Span) -> bool:
    # "Downing Street said", "the White House announced": a building speaking is an institution.
    root = span.root
    return (
        span.label_ in ("FAC", "LOC", "GPE")
        and span.text not in CITIES
        and canonical_country(span.text) is None
        and root.dep_ == "nsubj"
        and root.head.lemma_.lower() in SPEAKER_VERBS
    )


APPOSITION_ORG_NOUNS = frozenset(
    {
        "foundation",
        "nonprofit",
        "organisation",
        "organization",
        "association",
        "club",
        "ngo",
        "cooperative",
        "federation",
        "maker",
        "manufacturer",
        "contractor",
        "airline",
        "carrier",
        "giant",
        "conglomerate",
        "retailer",
        "insurer",
    }
)
CORPORATE_ROLES = frozenset(
    {
        "ceo",
        "cfo",
        "coo",
        "cto",
        "chief",
        "executive",
        "founder",
        "co-founder",
        "chairman",
        "chairwoman",
        "shares",
        "managing",
        "spokesperson",
        "products",
        "executives",
        "shareholders",
        "subsidiary",
    }
)
FOUNDING_VERBS = frozenset({"found", "co-found", "cofound", "acquire", "buy", "join", "sue"})


AIRLINE_HEADS = frozenset("airlines airways aéreas aereas aéreos aerolíneas".split())


def _post_at(span: Span) -> bool:
    """ "a test pilot at Vantorix", "spent eleven years at Halvex": one unlisted word after "at" that a
    person's post or a career verb governs is where the person works (a listed town there stays a place:
    "a nurse at Preston" is read as written)."""
    root = span.root
    if len(span) != 1 or root.dep_ != "pobj" or root.head.lower_ != "at" or span.text in WORLD_TOWNS:
        return False
    post = root.head.head.lower_ in ROLE_NOUNS or span.doc[root.head.i - 1].lower_ in ROLE_NOUNS
    return post or root.head.head.lemma_ in CAREER_AT_VERBS


# Verbs of a career spent at a workplace ("spent eleven years at X", "worked at X", "served at X").
CAREER_AT_VERBS = frozenset({"spend", "work", "serve"})


def _company_cue(span: Span) -> bool:
    """Grammar that marks a name as a company: "Nvidia CEO X", "co-founded Nvidia", "Nvidia's shares"."""
    doc, root = span.doc, span.root
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in CORPORATE_ROLES and root.dep_ in ("compound", "nmod", "poss"):
        return True
    if (
        nxt is not None
        and nxt.tag_ == "POS"
        and span.end + 1 < len(doc)
        and doc[span.end + 1].lower_ in CORPORATE_ROLES
    ):
        return True
    return root.dep_ == "dobj" and verb_lemma(root.head) in FOUNDING_VERBS


STAFF_LEMMAS = frozenset("manager employee staff worker executive engineer director".split())


def _workplace_of_staff(span: Span) -> bool:
    """ "sales managers at Karoo Pharmaceuticals, Umzimvubu Generics and Veldmed": where staff work is a
    company, each name of the list."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return (
        span[0].text not in GIVEN_NAMES
        and root.dep_ == "pobj"
        and root.head.lower_ == "at"
        and root.head.head.lemma_.lower() in STAFF_LEMMAS
    )


def _its_antecedent(span: Span) -> bool:
    """ "Veldmed denied it. Its chief executive said", "Veldmed cut its prices": "its" pointing back to the
    subject name makes it a body; not "Smith said the company cut its prices" ("its" is the company's)."""
    root, doc = span.root, span.doc
    if root.dep_ != "nsubj" or span[0].text in GIVEN_NAMES:
        return False
    verb = root.head
    if any(t.lower_ == "its" and t.head.head == verb for t in verb.children for t in t.subtree):
        return True
    sent = span.sent
    return verb == sent.root and sent.end < len(doc) and doc[sent.end].lower_ == "its"


def _statement_alone(span: Span) -> bool:
    """ "Veldmed said in a statement": one unknown word issuing a statement (a person's surname is
    caught first by the surname rule)."""
    root = span.root
    return (
        len(span) == 1
        and span.text not in GIVEN_NAMES
        and root.dep_ == "nsubj"
        and root.head.lemma_.lower() == "say"
        and any(
            c.lower_ == "in" and any(g.lower_ == "statement" for g in c.children) for c in root.head.children
        )
    )


def firm_cue(span: Span) -> bool:
    """True where the document treats a name as a company or body: its staff, its "its", its shares."""
    return _company_cue(span) or _workplace_of_staff(span) or _its_antecedent(span) or _statement_alone(span)


def _possessor_of_person(span: Span) -> bool:
    # "OpenAI's Sam Altman": one unknown word owning a person's name is where the person works.
    doc = span.doc
    after = span.end + 1
    return (
        len(span) == 1
        and span.text not in GIVEN_NAMES
        and after < len(doc)
        and doc[span.end].tag_ == "POS"
        and doc[after].ent_type_ == "PERSON"
    )


LOCATIVE_PREPS = frozenset({"in", "near", "outside", "around", "across", "off"})
ARRIVAL_VERBS = frozenset({"cross", "arrive", "land", "dock", "stop", "camp", "disembark"})
# "diverting vessels to Thessaloniki", "fled to Tiraspol": where a journey ends is a place (not "moved to
# Google", "returned to Goldman Sachs", "sent money to X": careers and payments end at organisations)
JOURNEY_VERBS = frozenset(
    "divert reroute redirect travel fly sail flee deport evacuate emigrate march drive commute".split()
)
JOURNEY_NOUNS = frozenset("flight flights ferry train bus plane jet ship vessel tanker convoy route".split())
# "a stake in X", "invested in X": "in" before a company, not a place
NOT_LOCATIVE_HEADS = frozenset(
    "stake interest investment investor shares share role job position career work invest include "
    "participate".split()
)


def locative(span: Span) -> bool:
    """ "talks in Tiraspol", "officials near Palanca": one unknown name after a place preposition is a
    place, whatever the model said (it often calls transliterated town names organisations)."""
    root = span.root
    if len(span) != 1 or looks_institutional(span) or span.text in GIVEN_NAMES:
        return False
    if root.dep_ == "conj" and root.head.ent_type_ in ("GPE", "LOC"):  # "in Bălți and Comrat"
        root = root.head
    if root.dep_ != "pobj":
        return False
    governor = root.head.head
    arrival = root.head.lower_ == "at" and governor.lemma_.lower() in ARRIVAL_VERBS  # "cross at Palanca"
    arrival = arrival or (root.head.lower_ == "to" and governor.lemma_.lower() in JOURNEY_VERBS)
    # "Flight 418 from Halifax", "the ferry from Tilbury": where a journey starts is a place too
    arrival = arrival or (root.head.lower_ == "from" and governor.lemma_.lower() in JOURNEY_NOUNS)
    if root.head.lower_ not in LOCATIVE_PREPS and not arrival:
        return False
    return governor.lemma_.lower() not in NOT_LOCATIVE_HEADS and governor.ent_type_ != "ORG"


DASHES = frozenset({"—", "–", "-", "--"})


def dateline_place(span: Span) -> bool:
    """ "PIRAEUS, Greece — Thousands of ...": capitals opening a line, then a comma, a known country or
    city and a dash, are the place the story was filed from (a "person" or "organisation" there is not
    one, and the same name elsewhere in the text is that place)."""
    doc = span.doc
    start, end = span.start, span.end
    at_line_start = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    if not at_line_start or not all(t.is_alpha and t.is_upper and len(t) > 1 for t in span):
        return False
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    dash = next((t for t in doc[end + 2 : end + 5] if t.text in DASHES), None)
    if dash is None:
        return False
    where = {doc[end + 1].text, doc[end + 1 : dash.i].text}  # "Greece", or "South Africa" whole
    if any(canonical_country(w) is not None or w in CITIES for w in where):
        return True
    region = doc[end + 1 : dash.i]  # "TUCSON, Arizona —": a province or state the model knows as a place
    return 0 < len(region) <= 3 and all(t.ent_type_ == "GPE" and t.is_title for t in region)


def _unmarked_town(span: Span) -> bool:
    """A GeoNames town in a place's frame, with no title before it and no institution's word in it."""
    titled = span.start > 0 and is_title_word(span.doc[span.start - 1])
    return not titled and not looks_institutional(span) and not org_headed(span) and world_town(span)


def label_of(span: Span) -> str:
    """Decide one span's label from gazetteers and grammar, before the document-wide vote."""
    label, text = span.label_, span.text
    outlet_like = label in ("ORG", "GPE", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC")
    if canonical_outlet(text) and outlet_like and (span.id_ == "outlet" or label == "ORG" or len(span) > 1):
        return "ORG"
    if span.id_ in ("outlet", "institution", "masthead"):
        return label
    if label in ("PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT") and legal_name(span):
        return "ORG"  # "Arul & Khoo LLC", "Kestrel Shipping Pte Ltd"
    if (
        canonical_country(text)
        and label in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC")
        and label != "NORP"
    ):
        return "GPE"
    if (text in CITIES or (text.isupper() and text.title() in CITIES)) and label in (
        "PERSON",
        "ORG",
        "NORP",
        "FAC",
        "WORK_OF_ART",
        "PRODUCT",
    ):
        return "GPE"
    if label in ("PERSON", "ORG", "PRODUCT", "FAC", "NORP") and span.id_ == "" and _unmarked_town(span):
        return "GPE"  # "airports from Porto Alegre to Manaus", "a Preston-based charity"
    if label in ("PERSON", "GPE", "WORK_OF_ART", "PRODUCT") and org_headed(span) and not listed_place(text):
        return "ORG"  # "Mayo Clinic", "Hartwell Institute", "Hanbit Pay"
    if label in ("PERSON", "GPE", "LOC", "FAC") and (port_body(span) or maori_body(span)):
        return "ORG"  # "a harbour engineer with Port of Napier", "Te Rūnanga o Ngāi Tahu said"
    if label in ("NORP", "FAC") and org_headed(span) and span[-1].lower_ in BUSINESS_HEADS:
        return "ORG"  # "Halden Pharma" read as a nationality: a business's head word ends no people's name
    if label in ("ORG", "PERSON", "WORK_OF_ART") and competition(span):
        return "EVENT"  # "the Championship club", "a team in the Premier League": played in, not a body
    if label in ("ORG", "PERSON", "GPE") and geographic(span) and not outlet_cue(span):
        return "LOC"  # "the Sierra de la Culebra", "Lake Tana"
    if (
        label in ("ORG", "PERSON")
        and span.id_ == ""
        and not canonical_outlet(text)
        and locative(span)
        and not outlet_cue(span)  # "a report in The Athletic"
    ):
        return "GPE"
    if label == "PERSON" and (_org_of_role(span) or _org_of_person(span)):
        return "ORG"
    if (
        label in ("PERSON", "PRODUCT", "WORK_OF_ART", "FAC")
        and span.start > 0
        and span.doc[span.start - 1].lower_ in ORG_COMMON_NOUNS | NAMING_NOUNS
    ):
        return "ORG"  # "the law firm Ashby Crane", "the Belgian club KV Oostende"
    if label in ("PERSON", "ORG") and len(span) == 1 and place_modifier(span):
        return "GPE"  # "the Cochabamba newspaper", "the Bakongwe kingdom"
    if label == "PERSON" and (
        _possessor_of_person(span)
        or _listed_with_organisations(span)
        or org_apposition(span)
        or _named_after_unit(span)
    ):
        return "ORG"
    if label in ("WORK_OF_ART", "PRODUCT") and org_apposition(span):
        return "ORG"  # "Bomberos Unidos Sin Fronteras, a firefighters' charity"
    known_place = canonical_country(text) or text in CITIES
    if label in ("GPE", "LOC", "PERSON", "PRODUCT") and not known_place and _company_cue(span):
        return "ORG"
    if label in ("GPE", "LOC", "FAC") and not known_place and _post_at(span):
        return "ORG"  # "a test pilot at Vantorix", "a professor at Kelsworth"
    if label == "FAC" and (
        span[-1].lower_ in AIRLINE_HEADS or (org_headed(span) and span[-1].lower_ in BUSINESS_HEADS)
    ):
        return "ORG"  # "Transandina Linhas Aéreas": an airline, not its airport; "Olam International"
    if (
        label in ("GPE", "LOC", "PERSON")  # "Moldovan authorities": an adjective, not a person
        and country_of_demonym(text)
        and not canonical_country(text)
        and text not in CITIES
    ):
        return "NORP"
    if label in ("FAC", "LOC") and looks_institutional(span) and span[-1].lower_ not in ("house", "street"):
        return "ORG"
    if label in ("GPE", "LOC") and len(span) > 1 and span[-1].lower_ in INSTITUTION_HEADS and not known_place:
        return "ORG"  # "Lake Basin Water Authority": a place word names the body, the head makes it one
    if label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and len(span) > 1 and not known_place:
        before = span.doc[span.start - 1].text if span.start else ""
        titled = span[0].text in FOREIGN_ARTICLES or before in FOREIGN_ARTICLES
        if span[0].lower_ in FOREIGN_ORG_HEADS or (label == "PERSON" and titled):
            return "ORG"  # "Alianza Andina", "Le Courrier Vaudois"
    if label in ("ORG", "PERSON", "GPE") and not span.id_ and _people_of(span):
        return "NORP"  # "Dayak villagers", "Sami herders": a people, not a body, a person or a place
    if label in OTHER_LABELS and _aged(span):
        return "PERSON"  # "Wijaya-Santoso, 49, spent eleven years at ...": only a person has an age
    if label in OTHER_LABELS and person_shaped(span):
        first = span[0].text
        if (
            first in GIVEN_NAMES
            or has_role_apposition(span)
            or _coordinated_with_person(span)
            or hyphenated_surname(span)
            or kin_apposition(span)
        ):
            return "PERSON"
    return label


# Plural nouns for the members of a people or a rural community ("Dayak villagers", "Sami herders").
COMMUNITY_NOUNS = frozenset(
    "villagers tribespeople tribesmen elders clans herders nomads pastoralists".split()
)


def _people_of(span: Span) -> bool:
    """True for one capitalised word right before a plural noun for a people's members."""
    doc = span.doc
    return len(span) == 1 and span.end < len(doc) and doc[span.end].lower_ in COMMUNITY_NOUNS


def _aged(span: Span) -> bool:
    """ "Halloran, 52,", "Okafor-Lindqvist, 49,": capitalised name words, then an age between commas."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return (
        age.isdigit()
        and 16 <= int(age) <= 110
        and not span.id_
        and canonical_country(span.text) is None
        and span.text not in CITIES
        and not org_headed(span)
        and not looks_institutional(span)
        and all(t.is_title or glued_hyphen(t) or t.lower_ in NAME_PARTICLES for t in span)
    )


def _surnames(span: Span) -> list[str]:
    """The forms a person's later mentions use: the last word, a hyphenated surname ("Diallo-Sy"), and
    the first of two surnames in a three-word Iberian name ("Choque" of "Ximena Choque Villca")."""
    if len(span) > 2 and span[-1].lower_.rstrip(".") in SUFFIXES:
        span = span[:-1]  # "Ramon T. Alvarez Jr." is later "Alvarez"
    forms = [span[-1].text] if span[-1].is_title else []
    if len(span) >= 4 and glued_hyphen(span[-2]):
        forms.append(span[-3:].text)
    if len(span) == 3 and all(t.is_title and t.is_alpha for t in span):
        forms.append(span[1].text)
        forms.append(span[1:].text)  # both surnames: "Nguema Esono" of "Óscar Nguema Esono"
    if len(span) == 4 and syllable_hyphen(span[2]):
        forms.append(span[0].text)  # the family name is written first: "Choi" of "Choi Dong-wook"
    return forms


def _short_institution_names(spans: list[Span], labels: list[str], surnames: set[str]) -> set[str]:
    """ "Maumee Valley" for "Maumee Valley Medical Center", "Electoral Tribunal" for "Supreme Electoral
    Tribunal": a "person" whose words open or close an institution's longer name is that institution."""
    orgs = [
        s.text.split()
        for s, lab in zip(spans, labels, strict=True)
        if lab == "ORG"
        and (looks_institutional(s) or org_headed(s) or legal_name(s))  # "Negros Star Construction" too
    ]
    firms = [o for o in orgs if o[-1].lower() in BUSINESS_HEADS]
    # "Mr. Orchid", "Judge Orchid": a title before any mention makes the short form a person's
    short, placed = set(), {s.text for s in spans if s.start > 0 and is_title_word(s.doc[s.start - 1])}
    for span, label in zip(spans, labels, strict=True):
        words = span.text.split()
        if span.text in surnames or not all(w[:1].isupper() for w in words) or span.id_:
            continue
        if canonical_country(span.text) or span.text in CITIES:
            continue
        n = len(words)
        if label == "PERSON" and any(len(o) > n and (o[:n] == words or o[-n:] == words) for o in orgs):
            short.add(span.text)
        # "Umzimvubu" for "Umzimvubu Generics": an unlisted "place" that opens a company's name is the
        # company, unless a mention of it stands where places do ("in Umzimvubu")
        if label in ("GPE", "LOC") and any(len(o) > n and o[:n] == words for o in firms):
            short.add(span.text)
        if label in ("GPE", "LOC") and locative(span):
            placed.add(span.text)
    return short - placed


def _named_by_surname(span: Span, label: str, single_people: set[str]) -> bool:
    """ "Gonzalo Urquidi Peñaranda" called an organisation while "Urquidi" alone is a person: a full
    name whose later word is a person's mention elsewhere in the document is that person."""
    return (
        label in OTHER_LABELS
        and person_shaped(span)
        and not looks_institutional(span)
        and any(t.text in single_people for t in span[1:] if not glued_hyphen(t))
    )


def told_outlets(spans: list[Span], labels: list[str]) -> list[str]:
    """ "told Valor Diário", "in an interview with Radio Sur": a "person" no title names, standing where a
    person or an outlet may ("told X"), whose name is unlike every person's in the document, is an outlet."""
    cued = [lab == "PERSON" and outlet_cue(s) in WEAK_CUES for s, lab in zip(spans, labels, strict=True)]
    if not any(cued):
        return labels
    person_words = {
        t.text for s, lab, c in zip(spans, labels, cued, strict=True) if lab == "PERSON" and not c for t in s
    }
    out = []
    for span, label, cue in zip(spans, labels, cued, strict=True):
        before = span.doc[span.start - 1] if span.start else None
        titled = before is not None and (is_title_word(before) or before.lower_.rstrip(".") in HONORIFICS)
        if cue and not titled and unlike_person(span, GIVEN_NAMES, person_words):
            label = "ORG"
        out.append(label)
    return out


def relabel(spans: list[Span]) -> list[Span]:
    """Give each surface form its document-wide label: grammar and gazetteers first, then a vote."""
    votes: dict[str, Counter] = defaultdict(Counter)
    fixed = []
    labels = [label_of(s) for s in spans]  # surnames of names the grammar repaired count too
    people = [s for s, lab in zip(spans, labels, strict=True) if lab == "PERSON"]
    surnames = {form for s in people if len(s) > 1 for form in _surnames(s)}
    single_people = {s.text for s in people if len(s) == 1 and s[0].is_title}
    labels = [
        "PERSON" if _named_by_surname(s, lab, single_people) else lab
        for s, lab in zip(spans, labels, strict=True)
    ]
    for s in people:  # "von der Leyen" as a surname of "Ursula von der Leyen"
        if len(s) > 2 and s[1].lower_ in NAME_PARTICLES:
            surnames.add(s[1:].text)
            surnames.add(s[1:].text[0].upper() + s[1:].text[1:])
    labels = told_outlets(spans, labels)
    filed_from = {s.text.title() for s in spans if dateline_place(s)}
    labels = [
        "GPE" if s.text.title() in filed_from and not s.id_ else lab
        for s, lab in zip(spans, labels, strict=True)
    ]
    speaking = {s.text for s in spans if _speaking_facility(s)}
    speaking |= _short_institution_names(spans, labels, surnames)
    firms = {  # a dateline's place is never a firm, whatever the parse hangs on it ("BENGALURU, India — ... its")
        s.text
        for s, lab in zip(spans, labels, strict=True)
        if lab in ("PERSON", "GPE") and s.text.title() not in filed_from and firm_cue(s)
    }
    for span, label in zip(spans, labels, strict=True):
        if span.text in surnames and span.id_ not in ("outlet", "institution", "masthead"):
            label = "PERSON"
        elif span.text in firms and label in ("PERSON", "GPE") and not listed_place(span.text):
            label = "ORG"  # the company cue of one mention names every mention
        if span.text in speaking:
            label = "ORG"
        if label in NAME_LABELS:
            votes[span.text][label] += 2 if label != span.label_ else 1  # a repair by grammar counts double
        span = Span(span.doc, span.start, span.end, label=label, kb_id=span.kb_id_, span_id=span.id_)
        fixed.append(span)
    out = []
    for span in fixed:
        tally = votes.get(span.text)
        if (
            tally
            and span.label_ in NAME_LABELS | {"WORK_OF_ART", "PRODUCT"}
            and span.id_ not in ("outlet", "institution")
        ):
            best = max(tally.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
            if best != span.label_ and not (best == "PERSON" and looks_institutional(span)):
                span = Span(span.doc, span.start, span.end, label=best, kb_id=span.kb_id_, span_id=span.id_)
        out.append(span)
    return out
