"""Words that mark a name as an organisation's: institution and business heads, legal forms,
foreign openers, and the nouns and verbs that go with companies."""

from spacy.tokens import Span, Token

from extract.doc_arrays import column
from extract.names import GIVEN_NAMES

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
        "governorate prefecture "
        # a county jail, a prison and an infirmary are run bodies, as a hospital is
        "jail gaol prison penitentiary infirmary"
    ).split()
)


# Heads that end an institution's name and no person's ("Mayo Clinic", not "Emily Post").
INSTITUTION_HEADS = frozenset(
    (
        "center centre council institute university college academy ministry department agency committee "
        "commission office bureau clinic hospital foundation corporation association organization "
        "organisation authority directorate union federation guild society court tribunal alliance "
        "secretariat undersecretariat superintendency unit nation band tribe municipality governorate "
        "prefecture "
        # run bodies named for their building ("Kettle Falls County Jail", "Royal Infirmary"), and the
        # heads of British football clubs' names ("Humberside Athletic", "Bristol Rovers")
        "jail gaol prison penitentiary infirmary athletic rovers wanderers albion hotspur "
        # a ministry's or agency's division, and a city's fire and rescue service ("Dallas Fire-Rescue")
        "division rescue"
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
        "anlagenbau logistik inżynieria inzynieria budownictwo energetyka "
        # sector words ending a firm's name: metals, airlines, energy, care (Dutch "zorg"), law firms and
        # valuers in German and Portuguese ("Rimba Air", "Meuse Énergie", "X Rechtsanwälte", "X Advogados")
        "metals air énergie energie energía energia zorg rechtsanwälte rechtsanwaelte advogados avaliações "
        "avaliacoes "
        # law, audit, advisory, research and trade firms' last words ("X Avocats", "X CPA", "X Strategic",
        # "X Research", "X Partnership", "X Textiles", "X Builders and Supply", "X Forensic", "X Ratings")
        "avocats abogados avvocati cpa cpas strategic strategies research partnership forensic forensics "
        "ratings compliance textiles textile apparel garments knitwear builders supply supplies estates "
        # trading houses, consultancies and the Gulf's business-setup agents ("X Trading", "X Trade",
        # "X Consult", "X Business Setup")
        "trading trade traders consult consultants setup"
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


# "Downing Street said", "the Elysee Palace said": the seat of an institution speaking for it.


SEAT_WORDS = frozenset({"Street", "House", "Palace", "Hall", "Building"})


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
        "clínica clinica clinique clinic "
        # a law firm ("Estudio X Y", Peru) and a sawmill ("Serraria X") opening a firm's name
        "estudio serraria"
    ).split()
)


# Articles opening a foreign title ("Le Courrier Vaudois", "El Deber"): a person's name never does.
FOREIGN_ARTICLES = frozenset({"Le", "La", "Les", "El", "Los", "Las", "Il", "Der", "Die", "Das"})


def looks_institutional(span: Span) -> bool:
    """True when a name's words mark it as an organisation ("Center", "Council", "Times")."""
    words = column(span.doc, "lower_")[span.start : span.end]  # asked of most names: no Token per word
    return not INSTITUTION_WORDS.isdisjoint(words) or (len(words) > 1 and words[0] in FOREIGN_ORG_HEADS)


# The head words of a legislature's name ("the Rhode Island Senate", "the Scottish Parliament"): a seat in
# one is membership ("sits in the Senate"); tagged alone, the place before it is the chamber's name.
CHAMBER_WORDS = frozenset({"senate", "assembly", "legislature", "parliament"})


# Nouns that, right before a name, say it is an organisation ("the law firm Ashby Crane").
NAMING_NOUNS = frozenset("club firm foundation insurer consultancy nonprofit".split())


# "its frozen-meals unit, Northfield Kitchens": a company's part named in apposition is an organisation.
UNIT_NOUNS = frozenset(
    "unit division subsidiary arm brand affiliate label imprint business center centre program programme "
    "committee subcommittee department office bureau".split()
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


# Verbs of a career spent at a workplace ("spent eleven years at X", "worked at X", "served at X").
CAREER_AT_VERBS = frozenset({"spend", "work", "serve"})


STAFF_LEMMAS = frozenset("manager employee staff worker executive engineer director".split())
