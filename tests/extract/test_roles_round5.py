"""Round 5 of positions (issue 3): classes of error seen on unseen news, fixed as classes. Every rule
has a sentence of our own (names, outlets and wording not from any hold-out) that it must read, and a
near miss it must leave alone."""

import pytest
from factkit import holdings

# (text, member, (place, role, rule prefix) that must be held, (place, role) that must not)
CASES = [
    # role.apposition.plural: a plural title after a list of names is each one's
    (
        "Hannah Velt and Oskar Brandauer, partners at Morrow Lisle Consulting, told the Courier the deal "
        "was sound.",
        "Hannah Velt",
        {("Morrow Lisle Consulting", "partner", "role.apposition.plural")},
        set(),
    ),
    (  # near miss: a plural description that is no post
        "Hannah Velt and Oskar Brandauer, residents of Leeds since 2001, told the Courier they were angry.",
        "Hannah Velt",
        set(),
        {("Leeds", "resident")},
    ),
    # role.apposition.shared: "a partner and director at X": the first title shares "at X"
    (
        "Oskar Brandauer, a partner and director at Morrow Lisle Consulting, told the Courier the deal "
        "was sound.",
        "Oskar Brandauer",
        {
            ("Morrow Lisle Consulting", "partner", "role.apposition.shared"),
            ("Morrow Lisle Consulting", "director", "role.apposition"),
        },
        set(),
    ),
    (  # near miss: a description that is no listed role keeps no employer
        "Oskar Brandauer, a pianist and director at Morrow Lisle Consulting, told the Courier the deal "
        "was sound.",
        "Oskar Brandauer",
        {("Morrow Lisle Consulting", "director", "role.apposition")},
        {("Morrow Lisle Consulting", "pianist")},
    ),
    (  # near miss: a second phrase with its own determiner keeps its "of X" to itself
        "Oskar Brandauer, an economist and a member of the Halden Rowing Club, said the fees were too high.",
        "Oskar Brandauer",
        {("Halden Rowing Club", "member", "role.apposition")},
        {("Halden Rowing Club", "economist")},
    ),
    # role.title: "the chair of X's board of trustees, Y": the post is at X
    (
        "The chair of Westbrook University's board of trustees, Miriam Oyelowo-Grant, said the review "
        "would continue.",
        "Miriam Oyelowo-Grant",
        {("Westbrook University", "chair", "role.title")},
        set(),
    ),
    (  # near miss: the board named before a name is no title of that name
        "A lunch for Westbrook University's board of trustees, Miriam Oyelowo-Grant said, cost $900.",
        "Miriam Oyelowo-Grant",
        set(),
        {("Westbrook University", "chair"), ("Westbrook University", "trustee")},
    ),
    # academic and public titles: dean (lower case only), provost, ombudsman
    (
        "Westbrook University suspended its dean of students, Carl Nyberg-Ames, on Tuesday.",
        "Carl Nyberg-Ames",
        {("Westbrook University", "dean", "role.title")},
        set(),
    ),
    (  # near miss: "Dean" starting a name is a given name, no post
        "Dean Whitmore, a student at Westbrook University, said the fees were too high.",
        "Dean Whitmore",
        set(),
        {("Westbrook University", "dean"), (None, "dean")},
    ),
    (
        "Pauline Arkwright was provost of Halden College between 2009 and 2014.",
        "Pauline Arkwright",
        {("Halden College", "provost", "role.career.be")},
        set(),
    ),
    (
        "Pauline Arkwright, a former provost of Halden College, declined to comment.",
        "Pauline Arkwright",
        {("Halden College", "provost", "role.apposition")},
        set(),
    ),
    (  # near miss: meeting the provost holds no post
        "Pauline Arkwright met the provost of Halden College on Monday.",
        "Pauline Arkwright",
        set(),
        {("Halden College", "provost")},
    ),
    (
        "Ruth Abiodun, the ombudsman, said the claim had failed.",
        "Ruth Abiodun",
        {(None, "ombudsman", "role.apposition")},
        set(),
    ),
    (  # near miss: complaining to the ombudsman
        "Ruth Abiodun complained to the ombudsman on Monday.",
        "Ruth Abiodun",
        set(),
        {(None, "ombudsman")},
    ),
    (
        "Victor Tamm, a former advocate, said the claim had failed.",
        "Victor Tamm",
        {(None, "advocate", "role.apposition")},
        set(),
    ),
    (  # near miss: an advocate of a cause holds no post
        "Victor Tamm, an advocate of closer Estonian-Finnish ties, said the claim had failed.",
        "Victor Tamm",
        set(),
        {(None, "advocate"), ("Estonia", "advocate")},
    ),
    # role.career.sit / serve: a seat on a body is membership, even in a relative clause on a trade
    (
        '"Rates fell," said Jonas Ekberg, an economist at Lund University who sat on the Riksbank\'s board '
        "between 2012 and 2018.",
        "Jonas Ekberg",
        {("Riksbank", "member", "role.career.sit"), ("Lund University", "economist", "role.apposition")},
        {("Riksbank", "economist")},
    ),
    (
        "Carla Mendes, a retired judge who served on the Lisbon Court of Appeal until 2017, said the law "
        "was clear.",
        "Carla Mendes",
        {("Lisbon Court of Appeal", "member", "role.career.serve")},
        {("Lisbon Court of Appeal", "judge")},
    ),
    (  # near miss: serving in a body (not on it) stays a job there
        "Ines Varga-Moll, a clerk who served in the Ohio Senate for a decade, said the rules were old.",
        "Ines Varga-Moll",
        set(),
        {("Ohio Senate", "member")},
    ),
    # staff: "an employee of X", "X staffer Y"
    (
        "Ruth Abiodun, an employee of Tarrant Mining, said the mine was safe.",
        "Ruth Abiodun",
        {("Tarrant Mining", "staff", "role.apposition")},
        set(),
    ),
    (
        "Tarrant Mining staffer Ruth Abiodun said the mine was safe.",
        "Ruth Abiodun",
        {("Tarrant Mining", "staff", "role.title")},
        set(),
    ),
    (  # near miss: speaking to an employee
        "Ruth Abiodun spoke to an employee of Tarrant Mining on Monday.",
        "Ruth Abiodun",
        set(),
        {("Tarrant Mining", "staff")},
    ),
    # role.career.set / establish: founders
    (
        "Ruth Abiodun set up Tarrant Mining in 2004 with two friends.",
        "Ruth Abiodun",
        {("Tarrant Mining", "founder", "role.career.set")},
        set(),
    ),
    (
        "Tarrant Mining was set up by Ruth Abiodun in 2004.",
        "Ruth Abiodun",
        {("Tarrant Mining", "founder", "role.career.set")},
        set(),
    ),
    (
        "Ruth Abiodun established Tarrant Mining in 2004.",
        "Ruth Abiodun",
        {("Tarrant Mining", "founder", "role.career.establish")},
        set(),
    ),
    (  # "the Oslo-based company": where it is based does not make it a unit of its own
        "Corvane Shipping makes boats in Norway. Paul Rask founded the Oslo-based company in 2016.",
        "Paul Rask",
        {("Corvane Shipping", "founder", "role.career.found")},
        set(),
    ),
    (  # near miss: a unit stays a unit, based anywhere
        "Corvane Shipping makes boats in Norway. Paul Rask headed the Oslo-based unit until 2016.",
        "Paul Rask",
        set(),
        {("Corvane Shipping", "head"), ("Oslo", "head")},
    ),
    (  # near miss: setting up a meeting founds nothing
        "Ruth Abiodun set up a meeting with Tarrant Mining in 2004.",
        "Ruth Abiodun",
        set(),
        {("Tarrant Mining", "founder")},
    ),
    # owner.chamber: a legislator's title sits in the one chamber the article names
    (
        "Senator Diego Farrant-Lowe, who chairs the Senate's Committee on Energy, said hearings would begin.",
        "Diego Farrant-Lowe",
        {("Senate", "senator", "role.title+owner.chamber"), ("Committee on Energy", "chair", "role.career")},
        set(),
    ),
    (  # near miss: two senates named, neither is chosen
        "Senator Diego Farrant-Lowe met members of the Ohio Senate and the Kansas Senate.",
        "Diego Farrant-Lowe",
        {(None, "senator", "role.title")},
        {("Ohio Senate", "senator"), ("Kansas Senate", "senator")},
    ),
    # owner.office: a title sits in the one "Office of the <title>" the article names
    (
        "The Office of the Information Commissioner opened an inquiry on Monday. Assistant Commissioner "
        "Kagiso Mbeki-Dlamini told the Mail that the inquiry would be quick.",
        "Kagiso Mbeki-Dlamini",
        {("Office of the Information Commissioner", "commissioner", "role.title+owner.office")},
        set(),
    ),
    (  # near miss: two such offices, neither is chosen
        "The Office of the Information Commissioner and the Office of the Privacy Commissioner opened "
        "inquiries. Assistant Commissioner Kagiso Mbeki-Dlamini told the Mail that they would be quick.",
        "Kagiso Mbeki-Dlamini",
        {(None, "commissioner", "role.title")},
        {("Office of the Information Commissioner", "commissioner")},
    ),
    # role.title.plural.apposed: "two partners of the firm X, A and B": each is one; appointed as managers
    (
        "The court appointed two partners of the advisory firm Morrow Lisle Consulting, Hannah Velt and "
        "Oskar Brandauer, as interim managers.",
        "Oskar Brandauer",
        {
            ("Morrow Lisle Consulting", "partner", "role.title.plural.apposed"),
            (None, "manager", "role.career.appoint"),
        },
        set(),
    ),
    (
        "Two partners of the restructuring firm Morrow Lisle Consulting, Hannah Velt and Oskar Brandauer, "
        "were appointed as interim managers.",
        "Hannah Velt",
        {("Morrow Lisle Consulting", "partner", "role.title.plural.apposed")},
        set(),
    ),
    (  # near miss: a plural noun that is no role
        "The clients of Morrow Lisle Consulting, Hannah Velt and Oskar Brandauer, were angry.",
        "Hannah Velt",
        set(),
        {("Morrow Lisle Consulting", "client")},
    ),
    # role.career.work: "worked at X" stays staff at X beside an untied title in the same sentence
    (
        "Paul Rask worked at Nordea from 2001 to 2008, joined Corvane Shipping in 2009 and has been chief "
        "executive since 2016.",
        "Paul Rask",
        {("Nordea", "staff", "role.career.work"), ("Corvane Shipping", "member", "role.career.join")},
        {("Nordea", "executive")},
    ),
    (  # near miss kept: "in charge at Y" still ties the manager's post to Y
        "Manager Ivo Sandberg, who has been in charge at Corvane Shipping since 2019, said the season was over.",
        "Ivo Sandberg",
        {("Corvane Shipping", "manager", "role.title")},
        set(),
    ),
    # role.career.be.trade: "who was an engineer at X": a trade noun is a post when an employer is named
    (
        "Paul Rask, who was an engineer at Nordea until 2015, founded a bakery in 2016.",
        "Paul Rask",
        {("Nordea", "engineer", "role.career.be.trade")},
        set(),
    ),
    (  # near miss: a pastime with a place is no post
        "Paul Rask is a keen gardener in Oslo.",
        "Paul Rask",
        set(),
        {("Oslo", "gardener"), (None, "gardener")},
    ),
    # role.title: "its director of flight operations, Capt. X": "Capt" and "." split by the tokenizer
    (
        "She met Corvane Air's chief executive, Paul Rask, and its director of flight operations, Capt. Luis "
        "Alberto Moreno, at the airport on Sunday.",
        "Luis Alberto Moreno",
        {("Corvane Air", "director", "role.title")},
        set(),
    ),
    (  # near miss: a captain met after a comma holds no title from the phrase before
        "She met Corvane Air's pilots on Sunday, Capt. Luis Alberto Moreno said.",
        "Luis Alberto Moreno",
        set(),
        {("Corvane Air", "pilot"), ("Corvane Air", "director")},
    ),
    # role.career.own: a short form the names cut inside ("Halden Tri" + "-Star") still names the firm
    (
        "The contracts went to Halden Tri-Star Construction without bidding. Halden Tri-Star is owned by "
        "Ivo Sandberg, the husband of the mayor's sister.",
        "Ivo Sandberg",
        {("Halden Tri-Star Construction", "owner", "role.career.own")},
        set(),
    ),
    (  # near miss: a stake in a company owns no company
        "The contracts went to Halden Tri-Star Construction without bidding. Ivo Sandberg owns a stake in "
        "Halden Tri-Star.",
        "Ivo Sandberg",
        set(),
        {("Halden Tri-Star Construction", "owner")},
    ),
    # a place before a private trade is where someone is from, not a jurisdiction
    (
        "Simone Okafor, an Ohio corn farmer who donated $2 million, denied wrongdoing.",
        "Simone Okafor",
        {(None, "farmer", "role.apposition")},
        {("Ohio", "farmer")},
    ),
    (  # near miss: a public office keeps its jurisdiction
        "Ohio Governor Simone Okafor denied wrongdoing.",
        "Simone Okafor",
        {("Ohio", "governor", "role.title")},
        set(),
    ),
    # owner.head: "the commission's" with two commissions: the one the same noun stood for before
    (
        "The Harbour Safety Commission said officers from the commission's Ports Unit had inspected the "
        "dock. Mr Dube spoke on Monday. The commission's chairwoman, Lerato Dube-Hartley, said the inquiry "
        "would take months. The Water Commission of Natal, which regulates the river, declined to comment.",
        "Lerato Dube-Hartley",
        {("Harbour Safety Commission", "chairwoman", "role.title+owner.head")},
        set(),
    ),
    (  # near miss: the noun never stood for either, so neither is guessed
        "The Harbour Safety Commission inspected the dock. The Water Commission of Natal, which regulates "
        "the river, declined to comment. Mr Dube spoke on Monday. The commission's chairwoman, Lerato "
        "Dube-Hartley, said the inquiry would take months.",
        "Lerato Dube-Hartley",
        set(),
        {("Harbour Safety Commission", "chairwoman"), ("Water Commission of Natal", "chairwoman")},
    ),
]


@pytest.mark.parametrize(("text", "member", "wanted", "unwanted"), CASES)
def test_roles_round5_positions(nlp, text, member, wanted, unwanted):
    found = holdings(nlp, text, member)
    for place, role, rule in wanted:
        assert any(p == place and r == role and f.startswith(rule) for p, r, f in found), (place, role, found)
    assert not {(p, r) for p, r, _ in found} & unwanted, found
