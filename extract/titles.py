"""The words that name positions ("ambassador", "attorney general") and the qualifiers kept with them."""

# Role heads, lower case; multi-word roles are matched before their last word alone.
ROLE_NOUNS = frozenset(
    (
        "ambassador envoy diplomat representative consul attache emissary president vice-president "
        "chairman chairwoman chair chairperson ceo cfo coo cto founder co-founder director manager head "
        "chief executive officer official spokesman spokeswoman spokesperson secretary minister premier "
        "chancellor senator congressman congresswoman representative governor mayor lawmaker legislator "
        "deputy adviser advisor counsel counselor counsellor aide attorney lawyer prosecutor judge justice "
        "general admiral colonel commander officer analyst economist researcher fellow professor scholar "
        "editor correspondent reporter journalist columnist commentator anchor producer king queen prince "
        "princess emperor sheikh pope cardinal bishop leader boss speaker whip strategist consultant "
        "lobbyist negotiator coordinator commissioner inspector investigator counterpart mp mep mla msp "
        "detective sheriff chief-of-staff partner associate member treasurer auditor councilwoman councilman "
        "councillor councilor alderman alderwoman assemblyman assemblywoman selectman organiser organizer "
        "lecturer owner co-owner arbitrator mediator scientist solicitor barrister ruler "
        "microbiologist epidemiologist virologist physician surgeon historian candidate nominee captain "
        "provost rector ombudsman advocate trustee staffer employee businessman businesswoman "
        "entrepreneur industrialist tycoon banker investor pilot co-pilot administrator "
        # round 7: occupations of health, teaching and sport, and the public auditor
        "pharmacist nurse midwife dentist teacher schoolteacher coach agent auditor-general "
        # round 9: a ministry's second rank, a lower court's judge, a notary
        "undersecretary under-secretary magistrate notary "
        # round 12: a school district's head, and police ranks (a post in a police force, see is_rank)
        "superintendent lieutenant sergeant"
    ).split()
)
# Roles that name a cause, not a post, when they take an object ("an advocate of closer ties").
CAUSE_ROLES = frozenset({"advocate"})
# Role words that are also common given names ("Dean Phillips"): a role only in lower case.
LOWER_ROLES = frozenset({"dean"})
ROLE_WORDS = ROLE_NOUNS | LOWER_ROLES
# Words for holding a job with no title: their role is "staff" ("an employee of X", "X staffer Y").
STAFF_WORDS = frozenset({"staffer", "employee"})

# Military ranks: a rank is not a post ("Colonel X" holds no office; "X, who commands the battalion" does).
RANKS = frozenset(
    (
        "general admiral colonel lieutenant-colonel major captain lieutenant sergeant corporal brigadier "
        "commodore marshal field-marshal"
    ).split()
)
RANK_QUALIFIERS = frozenset(
    ("retired former lieutenant major brigadier vice rear lt. col. gen. maj. brig.").split()
)


# Words that make a rank a post in a civil service ("a former police lieutenant", "a fire captain").
SERVICE_WORDS = frozenset({"police", "fire", "sheriff's", "sheriff", "corrections", "prison", "jail"})


def is_rank(role: str, text: str = "") -> bool:
    """True for a military rank alone ("colonel", "retired lieutenant general"), not "attorney general";
    not for one the title's ``text`` puts in a police, fire or prison service ("police sergeant")."""
    words = role.lower().split()
    written = text.lower().replace("’", "'").split()
    if SERVICE_WORDS & set(written):
        return False
    # "Supt. X": the police rank written short (a school district's Superintendent X is a post)
    if words == ["superintendent"] and written and written[-1].rstrip(".") in RANK_ABBREVIATIONS:
        return True
    return bool(words) and words[-1] in RANKS and all(w in RANK_QUALIFIERS for w in words[:-1])


MULTIWORD_ROLES = (
    "attorney general",
    "district attorney",
    "county attorney",
    "secretary of state",
    "secretary general",
    "secretary-general",
    "prime minister",
    "foreign minister",
    "defense minister",
    "defence minister",
    "finance minister",
    "interior minister",
    "defense secretary",
    "defence secretary",
    "home secretary",
    "foreign secretary",
    "press secretary",
    "national security adviser",
    "national security advisor",
    "chief of staff",
    "chief executive",
    "vice president",
    "deputy director",
    "deputy minister",
    "deputy foreign minister",
    "first secretary",
    "managing director",
    "executive director",
    "general counsel",
    "special counsel",
    "special envoy",
    "supreme leader",
    "white house counsel",
    "policy official",
    "state official",
    "foreign policy analyst",
    "board member",
    "senior fellow",
    "editor in chief",
    "editor-in-chief",
    "bureau chief",
    "speaker of the house",
    "majority leader",
    "minority leader",
    "chief justice",
    "deputy prime minister",
    "crown prince",
    "state senator",
    "state representative",
    "city councilor",
    "city councillor",
    "director-general",
    "director general",
    "auditor general",
    "lieutenant governor",
)

# Qualifiers that change the post and are kept in the role ("deputy director"), versus those that
# only describe it ("former", "longtime") and are kept in the title text but not the role.
ROLE_QUALIFIERS = frozenset(
    (
        "deputy vice acting assistant associate senior junior chief principal first second interim "
        "special co lead"
    ).split()
)
FORMER_WORDS = frozenset(
    ["former", "ex", "ex-", "onetime", "one-time", "erstwhile", "then", "previous", "retired", "late"]
)

# Titles written before a name that carry no role of interest on their own.
HONORIFICS = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "rev.",
        "st",
        "st.",
        # courtesy titles of the Commonwealth, West African, Gulf, South and South-East Asian press,
        # with or without a full stop ("Prof Helen Ward", "Alhaji Musa Sani", "Sheikh Ali", "Smt. Rao")
        *(
            "prof prof. cllr engr engr. alhaji alhaja alhajah hajia hajiya mallam malam otunba sheikh "
            "shaikh sheikha shri shrimati smt smt. datuk datin dato dato' seri tun puan encik cik "
            "hon hon. ir. eng."  # Malaysian "Encik"/"Cik", "Hon." (Caribbean), engineers' "Ir."/"Eng."
        ).split(),
    ]
)

# Role nouns that stand for a particular person when used with "the"/"our"/"this": coreference cues.
ROLE_REFERENCE_NOUNS = frozenset(
    (
        "ambassador envoy diplomat president minister senator spokesman spokeswoman director official "
        "secretary chairman chief executive governor mayor general adviser advisor analyst professor"
    ).split()
)


# Titles and ranks written short before a name, in AP and Commonwealth styles ("Sen.", "Lt. Gov.",
# "Atty. Gen.", "Det. Insp.", "Cllr", "Pfc."), each with the word it stands for: one table for role
# words, sentence boundaries ("Atty." ends no sentence) and names ("Atty" is no one's given name).
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "adm": "admiral",
    "amb": "ambassador",
    "pres": "president",
    "sgt": "sergeant",
    "insp": "inspector",
    "supt": "superintendent",
    "atty": "attorney",
    "det": "detective",
    "capt": "captain",
    "maj": "major",
    "brig": "brigadier",
    "cmdr": "commander",
    "cdr": "commander",
    "cpl": "corporal",
    "pvt": "private",
    "pfc": "private",
    "spc": "specialist",
    "ens": "ensign",
    "const": "constable",
    "cst": "constable",
    "cllr": "councillor",
    "ald": "alderman",
    "comr": "commissioner",
    "commr": "commissioner",
    "asst": "assistant",
}
ABBREVIATIONS = {f"{short}.": word for short, word in TITLE_ABBREVIATIONS.items()}
# Police and military ranks among them, which may stand between a post and a name ("police chief
# Insp. Gen. X"): the post is the person's, the rank is not a post.
RANK_ABBREVIATIONS = frozenset(
    "gen lt col maj brig insp supt sgt adm capt cmdr cdr cpl pvt pfc spc ens const cst".split()
)
# Honorifics written short ("Msgr.", "Fr.", "the Rt. Hon."): no role, but no name and no sentence end.
ABBREVIATED_HONORIFICS = frozenset("hon rev msgr fr rt engr eng smt prof".split())
# Posts written as capitals in business and Commonwealth styles ("Its MD and CEO", "chairman and managing
# director (CMD)", "the bank's DMD"): a post, never an organisation's or a place's name.
POST_ACRONYMS = frozenset("ceo cfo coo cto cio cmo cmd md dmd amd gm agm dgm evp svp avp".split())


# Suffixes that only make nouns for people in a line of work ("glaciologist", "physician").
PROFESSION_SUFFIXES = ("ologist", "ician", "ographer", "onomist", "iatrist", "ometrist")
# Agent-noun endings, trusted only where the grammar already says "a post" ("worked as a crane operator").
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "eer", "sman", "swoman")  # "draughtsman", "craftswoman"
NOT_AGENTS = frozenset(
    (
        "reminder register barometer counter counterweight buffer trigger marker cover pillar border "
        "order factor matter barrier filter banner launcher harbinger precursor vector mirror "
        "catalyst tourist guardian "
        # people, but not by their work ("X, a supporter of the club,")
        "supporter survivor passenger visitor voter customer protester protestor follower admirer "
        "believer listener viewer reader user buyer seller borrower debtor creditor mother father "
        "sister brother daughter grandmother grandfather neighbour neighbor foreigner stranger "
        "newcomer beginner outsider insider winner loser opponent participant applicant immigrant "
        "migrant tenant inhabitant descendant claimant complainant informant militant civilian "
        "christian vegetarian veteran killer attacker smoker fan lover rival critic defendant author "
        "co-author coauthor signatory "
        # "-sman" nouns of kin, origin or pastime, not of work
        "tribesman tribeswoman kinsman kinswoman countryman townsman clansman sportsman sportswoman"
    ).split()
)


# Trades whose nouns have no agent ending, trusted where agent nouns are ("a retired bus mechanic").
TRADE_NOUNS = frozenset("mechanic paramedic medic clerk cook chef guard cashier janitor nanny maid".split())


def is_profession(word: str, agents: bool = False) -> bool:
    """True for a noun naming a person's work by its form; ``agents`` also takes -er/-or/-ist nouns.

    >>> is_profession("glaciologist"), is_profession("operator"), is_profession("operator", agents=True)
    (True, False, True)
    """
    word = word.lower()
    if word.endswith(PROFESSION_SUFFIXES):
        return True
    if agents and word in TRADE_NOUNS:
        return True
    return agents and len(word) > 4 and word.endswith(AGENT_SUFFIXES) and word not in NOT_AGENTS


SERVED_PREPS = frozenset({"to", "for", "of"})  # "an adviser to the president", "a lawyer for the mayor"


def _served_end(lowered: list[str], cased: list[bool]) -> int:
    """Where the role's own words end: at "to / for / of the" after a role word, since a role named after
    it is the person served ("an adviser to the prime minister", "deputy head of the president's office");
    the whole title when no such word is there ("Ambassador to Russia" keeps its one role)."""
    for i, word in enumerate(lowered[1:-1], 1):
        before = lowered[i - 1]
        if (
            word in SERVED_PREPS
            and lowered[i + 1] in ("the", "a", "an")
            and (before in ROLE_NOUNS or (before in LOWER_ROLES and cased[i - 1]))
        ):
            return i
    return len(lowered)


def _vice(word: str) -> bool:
    """True for a hyphened second of a role ("vice-chairman", "vice-chancellor"): the role it seconds."""
    return word.startswith(("vice-", "deputy-")) and word.split("-", 1)[1] in ROLE_NOUNS


# each multi-word role between spaces, with its word count, filed under its first word: role_of tries only
# the roles whose first word the title has, in the order of MULTIWORD_ROLES (the first of equal size wins)
_PADDED_ROLES: dict[str, list[tuple[int, str, int]]] = {}
for _order, _phrase in enumerate(MULTIWORD_ROLES):
    _entry = (_order, f" {_phrase} ", _phrase.count(" ") + 1)
    _PADDED_ROLES.setdefault(_phrase.split(" ")[0], []).append(_entry)


def _trade_after(lowered: list[str], cased: list[bool], i: int) -> int:
    """How many lower-case words after a qualifying role word ("chief", "deputy") make its post with
    the agent noun that ends them ("chief engineer", "deputy harbour master"): 0 when none do."""
    if lowered[i] not in ROLE_QUALIFIERS:
        return 0
    for size in (1, 2):
        words = lowered[i + 1 : i + 1 + size]
        if len(words) < size or not all(w.isalpha() and cased[i + 1 + k] for k, w in enumerate(words)):
            return 0
        if words[-1] in SERVED_PREPS or words[-1] in ("at", "in", "with", "and"):
            return 0
        if is_profession(words[-1], agents=True):
            return size
    return 0


def role_of(words: list[str], agents: bool = False) -> str | None:
    """Return the role named by ``words`` (a title, lower- or mixed-case), or None; ``agents`` also
    reads a final agent noun as the role (for "served / worked as ..." phrases).

    >>> role_of(["former", "U.S.", "Ambassador", "to", "Russia"])
    'ambassador'
    >>> role_of(["deputy", "director"])
    'deputy director'
    >>> role_of(["a", "crane", "operator"], agents=True)
    'operator'
    """
    lowered: list[str] = []
    cased: list[bool] = []  # whether each word was written in lower case
    for word in words:
        word = word.replace(" ", "")  # a run of spaces is one token: it must stay one word, counted below
        if lowered and (word == "-" or lowered[-1].endswith("-")):
            lowered[-1] += word.lower()
        elif word == "." and lowered and lowered[-1] in TITLE_ABBREVIATIONS:
            lowered[-1] = TITLE_ABBREVIATIONS[lowered[-1]]  # "Lt" "." as the tokenizer may split it
        else:
            lowered.append(ABBREVIATIONS.get(word.lower(), word.lower()))
            cased.append(word.islower())
    best: tuple[int, int] | None = None
    text = " ".join(lowered)
    padded = f" {text} "
    before = _served_end(lowered, cased)
    candidates = sorted(c for word in set(text.split(" ")) for c in _PADDED_ROLES.get(word, ()))
    for _, phrase, size in candidates:
        at = padded.find(phrase)
        if at < 0:
            continue
        start = text[:at].count(" ") if at > 0 else 0
        if start < before and (best is None or size > best[1] - best[0]):
            best = (start, start + size)
    if best is None:
        for i in range(min(before, len(lowered)) - 1, -1, -1):
            if lowered[i] in ROLE_NOUNS or (lowered[i] in LOWER_ROLES and cased[i]) or _vice(lowered[i]):
                best = (i, i + 1 + _trade_after(lowered, cased, i))
                break
    if best is None:  # no listed role: a profession noun ("a glaciologist")
        last = next(
            (i for i, w in enumerate(lowered) if w in ("of", "at", "for", "with", "in", "from")), len(lowered)
        )
        if last and is_profession(lowered[last - 1], agents):
            best = (last - 1, last)
    if best is None:
        return None
    start = best[0]
    while start > 0 and lowered[start - 1] in ROLE_QUALIFIERS:
        start -= 1
    if best[1] - start == 1 and lowered[start] in STAFF_WORDS:
        return "staff"
    return " ".join(lowered[start : best[1]])
