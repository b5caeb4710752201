"""What the seed article must yield, written once for the extraction and the service tests."""

PEOPLE = frozenset(
    {
        "Sergey Kislyak",
        "Donald Trump",
        "Michael Flynn",
        "Jeff Sessions",
        "Michael McFaul",
        "Evelyn Farkas",
        "Dimitri K. Simes",
        "Alina Polyakova",
        "Steven Pifer",
        "Maria Zakharova",
        "Vladimir Frolov",
        "Sergei A. Karaganov",
        "Dmitri Pescov",
    }
)
OUTLETS = frozenset({"CNN", "The New York Times", "The Washington Post", "The Guardian"})
PHOTOGRAPHERS = ("Susan Walsh", "Brendan Smialowski", "Jacquelyn Martin")
