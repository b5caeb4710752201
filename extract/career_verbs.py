"""The verbs of career sentences ("served as", "joined", "was named", "ran") and the post each one
says a person holds."""

CAREER_SUCCEED = frozenset({"succeed", "replace"})  # "X succeeded / replaced Y as chairman"
# "step" only as "stepped down / aside as"; "take" only as "took over as"
PHRASAL = {"step": ("down", "aside"), "take": ("over",), "set": ("up",)}
CAREER_AS = frozenset(
    {"serve", "work", "act", "remain", "start", "begin", "retire", "resign", "quit", "step", "take"}
    | CAREER_SUCCEED
)
CAREER_ENDED = frozenset({"resign", "quit", "retire", "step"})  # "step" only as "stepped down / aside as"
CAREER_BECOME = frozenset({"become"})
CAREER_APPOINT = frozenset({"appoint", "name", "elect", "nominate", "promote", "install", "tap", "hire"})
CAREER_AT = frozenset({"work"})
# Trades whose verb says who employs them ("flew for Delta"): only with a named organisation.
CAREER_FOR = frozenset({"fly"})
# Trades a verb names where it was done ("coached at X", "taught at X"): a post there, only at a named one.
CAREER_TRADE = {"coach": "coach", "teach": "teacher", "lecture": "lecturer", "report": "reporter"}
CAREER_SPEND = frozenset({"spend"})  # "spent two decades at X": a stretch of years there is a job
SPANS = frozenset({"year", "decade", "month"})
CAREER_JOIN = frozenset({"join"})
# "served in the Ohio Senate", "served on the board of X", "worked in the procurement department of X"
CAREER_IN = frozenset({"serve", "work", "sit"})  # "sat on the city council", "sits on X's board"
SEATS = frozenset({"sit"})  # a seat on a body is membership
CAREER_LEAD = {
    "lead": "head",
    "head": "head",
    "chair": "chair",
    "run": "head",
    "command": "commander",  # "who commands the battalion"
    "found": "founder",
    "set": "founder",  # "set up X" (PHRASAL)
    "establish": "founder",
    "direct": "director",
    "rule": "leader",
    "govern": "leader",
    "own": "owner",  # "Y owns X", "X is owned by Y", "X, owned by Y,"
    "manage": "head",  # "managed a plant in X for Y", "manages the Z Authority" (objects: MANAGED)
}
FOUNDING = frozenset({"found", "set", "establish"})  # "set up a new unit" names no post over it


CAREER_BE = frozenset({"be", "remain"})  # "X is / remains its chief executive"


# Unnamed parts of an organisation a person can lead ("headed the ministry's integration department").
LED_UNITS = frozenset(
    {"department", "division", "unit", "office", "team", "desk", "bureau", "directorate"}
    | {"camp", "clinic", "school", "academy", "laboratory", "lab"}  # "has run the Bekoji camp"
)
# What "manage" takes as a post: a named organisation or one of these (not "managed the risk").
MANAGED = LED_UNITS | frozenset({"plant", "factory", "mine", "site", "branch", "fund", "port", "hotel"})
CAREER_RULE = frozenset({"rule", "govern", "lead", "run", "head"})
# Verbs whose "the company" / "its" the member's titled organisation overrides ("X's chairwoman, Y ...
# founded the company in 1998 and has been its chairwoman since 2007"): running, founding, being its head
HELD_VERBS = CAREER_RULE | FOUNDING | CAREER_BE

# every verb a career claim starts from, joined once (``careers.career`` asks for each verb of each article)
CAREER_VERBS = frozenset(
    CAREER_AS
    | CAREER_BECOME
    | CAREER_APPOINT
    | CAREER_JOIN
    | CAREER_BE
    | CAREER_IN
    | CAREER_FOR
    | CAREER_SPEND
    | set(CAREER_TRADE)
    | set(CAREER_LEAD)
)
