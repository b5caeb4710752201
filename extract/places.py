"""Countries: canonical names, their common other names, and the adjectives that point to them."""

from functools import lru_cache

from extract.names import fold

COUNTRIES: dict[str, tuple[str, ...]] = {
    "United States": (
        "U.S.",
        "US",
        "USA",
        "U.S.A.",
        "America",
        "United States of America",
        "the United States",
        "the U.S.",
        "the US",
    ),
    "United Kingdom": ("U.K.", "UK", "Britain", "Great Britain", "the United Kingdom", "the U.K.", "the UK"),
    # the United Kingdom's constituent countries, as datelines name them ("MANCHESTER, England")
    "England": (),
    "Scotland": (),
    "Wales": (),
    "Northern Ireland": (),
    "Russia": ("Russian Federation", "the Russian Federation"),
    "Ukraine": ("the Ukraine",),
    "China": ("People's Republic of China", "PRC"),
    "Taiwan": (),
    "Japan": (),
    "South Korea": ("Korea",),
    "North Korea": ("DPRK",),
    "India": (),
    "Pakistan": (),
    "Afghanistan": (),
    "Iran": (),
    "Iraq": (),
    "Syria": (),
    "Israel": (),
    "Lebanon": (),
    "Jordan": (),
    "Saudi Arabia": (),
    "Turkey": ("Türkiye",),
    "Egypt": (),
    "Libya": (),
    "Tunisia": (),
    "Algeria": (),
    "Morocco": (),
    "Qatar": (),
    "United Arab Emirates": ("UAE", "U.A.E."),
    "Yemen": (),
    "Oman": (),
    "Kuwait": (),
    "Bahrain": (),
    "Germany": (),
    "France": (),
    "Italy": (),
    "Spain": (),
    "Portugal": (),
    "Belgium": (),
    "Netherlands": ("Holland", "the Netherlands"),
    "Luxembourg": (),
    "Switzerland": (),
    "Austria": (),
    "Poland": (),
    "Czech Republic": ("Czechia",),
    "Slovakia": (),
    "Hungary": (),
    "Romania": (),
    "Bulgaria": (),
    "Greece": (),
    "Serbia": (),
    "Croatia": (),
    "Slovenia": (),
    "Bosnia": (),
    "Albania": (),
    "Kosovo": (),
    "Montenegro": (),
    "North Macedonia": ("Macedonia",),
    "Moldova": (),
    "Belarus": (),
    "Lithuania": (),
    "Latvia": (),
    "Estonia": (),
    "Finland": (),
    "Sweden": (),
    "Norway": (),
    "Denmark": (),
    "Iceland": (),
    "Ireland": (),
    "Georgia": (),
    "Armenia": (),
    "Azerbaijan": (),
    "Kazakhstan": (),
    "Uzbekistan": (),
    "Turkmenistan": (),
    "Kyrgyzstan": (),
    "Tajikistan": (),
    "Mongolia": (),
    "Vietnam": (),
    "Thailand": (),
    "Cambodia": (),
    "Laos": (),
    "Myanmar": ("Burma",),
    "Malaysia": (),
    "Singapore": (),
    "Indonesia": (),
    "Philippines": ("the Philippines",),
    "Australia": (),
    "New Zealand": (),
    "Canada": (),
    "Mexico": (),
    "Cuba": (),
    "Venezuela": (),
    "Colombia": (),
    "Brazil": (),
    "Argentina": (),
    "Chile": (),
    "Peru": (),
    "Bolivia": (),
    "Ecuador": (),
    "Uruguay": (),
    "Paraguay": (),
    "Nigeria": (),
    "South Africa": (),
    "Kenya": (),
    "Ethiopia": (),
    "Sudan": (),
    "South Sudan": (),
    "Somalia": (),
    "Ghana": (),
    "Senegal": (),
    "Mali": (),
    "Niger": (),
    "Chad": (),
    "Congo": (),
    "Uganda": (),
    "Rwanda": (),
    "Tanzania": (),
    "Zimbabwe": (),
    "Angola": (),
    "Mozambique": (),
    "Cyprus": (),
    "Malta": (),
    "Vatican": (),
    "Bangladesh": (),
    "Sri Lanka": (),
    "Nepal": (),
    "Haiti": (),
    "Nicaragua": (),
    "Guatemala": (),
    "Honduras": (),
    "Panama": (),
    # the rest of the UN's member states: a country missing here is typed an organisation by the model
    # ("Cameroon's government") with nothing to correct it
    "Andorra": (),
    "Antigua and Barbuda": (),
    "Bahamas": ("the Bahamas",),
    "Barbados": (),
    "Belize": (),
    "Benin": (),
    "Bhutan": (),
    "Bosnia and Herzegovina": ("Bosnia",),
    "Botswana": (),
    "Brunei": (),
    "Burkina Faso": (),
    "Burundi": (),
    "Cameroon": (),
    "Cape Verde": ("Cabo Verde",),
    "Central African Republic": (),
    "Comoros": (),
    "Costa Rica": (),
    "Djibouti": (),
    "Dominica": (),
    "Dominican Republic": (),
    "El Salvador": (),
    "Equatorial Guinea": (),
    "Eritrea": (),
    "Eswatini": ("Swaziland",),
    "Fiji": (),
    "Gabon": (),
    "Gambia": ("the Gambia", "The Gambia"),
    "Grenada": (),
    "Guinea": (),
    "Guinea-Bissau": (),
    "Guyana": (),
    "Ivory Coast": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "Jamaica": (),
    "Kiribati": (),
    "Lesotho": (),
    "Liberia": (),
    "Liechtenstein": (),
    "Madagascar": (),
    "Malawi": (),
    "Maldives": (),
    "Mauritania": (),
    "Mauritius": (),
    "Monaco": (),
    "Namibia": (),
    "Palestine": (),
    "Papua New Guinea": (),
    "Samoa": (),
    "San Marino": (),
    "Seychelles": (),
    "Sierra Leone": (),
    "Suriname": (),
    "Togo": (),
    "Tonga": (),
    "Trinidad and Tobago": (),
    "Vanuatu": (),
    "Zambia": (),
    "Soviet Union": ("USSR", "U.S.S.R."),
}

DEMONYMS: dict[str, str] = {
    "American": "United States",
    "U.S.": "United States",
    "US": "United States",
    "British": "United Kingdom",
    "U.K.": "United Kingdom",
    # the devolved nations' adjectives ("a Welsh health board", "the Scottish health secretary")
    "Welsh": "Wales",
    "Scottish": "Scotland",
    "Russian": "Russia",
    "Ukrainian": "Ukraine",
    "Chinese": "China",
    "Japanese": "Japan",
    "Korean": "South Korea",
    "South Korean": "South Korea",
    "North Korean": "North Korea",
    "Indian": "India",
    "Pakistani": "Pakistan",
    "Afghan": "Afghanistan",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Israeli": "Israel",
    "Lebanese": "Lebanon",
    "Saudi": "Saudi Arabia",
    "Turkish": "Turkey",
    "Egyptian": "Egypt",
    "German": "Germany",
    "French": "France",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Belgian": "Belgium",
    "Dutch": "Netherlands",
    "Swiss": "Switzerland",
    "Austrian": "Austria",
    "Polish": "Poland",
    "Czech": "Czech Republic",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Greek": "Greece",
    "Serbian": "Serbia",
    "Belarusian": "Belarus",
    "Lithuanian": "Lithuania",
    "Latvian": "Latvia",
    "Estonian": "Estonia",
    "Finnish": "Finland",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Irish": "Ireland",
    "Georgian": "Georgia",
    "Armenian": "Armenia",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Cuban": "Cuba",
    "Venezuelan": "Venezuela",
    "Brazilian": "Brazil",
    "Argentine": "Argentina",
    "Australian": "Australia",
    "Nigerian": "Nigeria",
    "Cameroonian": "Cameroon",
    "Ivorian": "Ivory Coast",
    "Gabonese": "Gabon",
    "Zambian": "Zambia",
    "Jamaican": "Jamaica",
    "Liberian": "Liberia",
    "Malawian": "Malawi",
    "Namibian": "Namibia",
    "Palestinian": "Palestine",
    "South African": "South Africa",
    "Kenyan": "Kenya",
    "Soviet": "Soviet Union",
    "Qatari": "Qatar",
    "Emirati": "United Arab Emirates",
    "Kazakh": "Kazakhstan",
    "Vietnamese": "Vietnam",
    "Filipino": "Philippines",
    "Indonesian": "Indonesia",
    # the countries above without an adjective yet ("Moldovan authorities", "a Chilean court")
    "Taiwanese": "Taiwan",
    "Jordanian": "Jordan",
    "Libyan": "Libya",
    "Tunisian": "Tunisia",
    "Algerian": "Algeria",
    "Moroccan": "Morocco",
    "Yemeni": "Yemen",
    "Omani": "Oman",
    "Kuwaiti": "Kuwait",
    "Bahraini": "Bahrain",
    "Portuguese": "Portugal",
    "Slovak": "Slovakia",
    "Bulgarian": "Bulgaria",
    "Croatian": "Croatia",
    "Slovenian": "Slovenia",
    "Bosnian": "Bosnia",
    "Albanian": "Albania",
    "Kosovar": "Kosovo",
    "Montenegrin": "Montenegro",
    "Macedonian": "North Macedonia",
    "Moldovan": "Moldova",
    "Icelandic": "Iceland",
    "Azerbaijani": "Azerbaijan",
    "Uzbek": "Uzbekistan",
    "Turkmen": "Turkmenistan",
    "Kyrgyz": "Kyrgyzstan",
    "Tajik": "Tajikistan",
    "Mongolian": "Mongolia",
    "Thai": "Thailand",
    "Cambodian": "Cambodia",
    "Laotian": "Laos",
    "Malaysian": "Malaysia",
    "Singaporean": "Singapore",
    "Colombian": "Colombia",
    "Chilean": "Chile",
    "Peruvian": "Peru",
    "Bolivian": "Bolivia",
    "Ecuadorian": "Ecuador",
    "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay",
    "Ethiopian": "Ethiopia",
    "Sudanese": "Sudan",
    "Somali": "Somalia",
    "Ghanaian": "Ghana",
    "Senegalese": "Senegal",
    "Malian": "Mali",
    "Chadian": "Chad",
    "Congolese": "Congo",
    "Ugandan": "Uganda",
    "Rwandan": "Rwanda",
    "Tanzanian": "Tanzania",
    "Zimbabwean": "Zimbabwe",
    "Angolan": "Angola",
    "Mozambican": "Mozambique",
    "Cypriot": "Cyprus",
    "Maltese": "Malta",
    "Bangladeshi": "Bangladesh",
    "Sri Lankan": "Sri Lanka",
    "Nepali": "Nepal",
    "Nepalese": "Nepal",
    "Haitian": "Haiti",
    "Nicaraguan": "Nicaragua",
    "Guatemalan": "Guatemala",
    "Honduran": "Honduras",
    "Panamanian": "Panama",
    "Luxembourgish": "Luxembourg",
}


def _key(name: str) -> str:
    name = fold(name.strip())  # "Türkiye" and "Turkiye", "Curaçao" and "Curacao" look up alike
    return name[4:] if name.lower().startswith("the ") else name


_INDEX = {
    _key(alias): canonical for canonical, aliases in COUNTRIES.items() for alias in (canonical, *aliases)
}


@lru_cache(maxsize=4096)  # a name is looked up by a dozen rules per article; the index never changes
def canonical_country(name: str) -> str | None:
    """Return the canonical country for a name or abbreviation ("the U.S." -> "United States")."""
    return _INDEX.get(_key(name))


def country_of_demonym(word: str) -> str | None:
    """Return the country an adjective or abbreviation points to ("Russian" -> "Russia")."""
    return DEMONYMS.get(word) or canonical_country(word)


def demonym_of(country: str) -> str | None:
    """Return the adjective of a canonical country ("Russia" -> "Russian"), the first one listed."""
    for word, name in DEMONYMS.items():
        if name == country and word[:1].isupper() and "." not in word and word.isalpha():
            return word
    return None


# The US states: "Ohio State" or "Penn State" before nothing else is a university, while "Kwara State",
# "Lagos State" or "Kerala State" is a state of a federation (a place).
US_STATES = frozenset(
    (
        "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii "
        "Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan "
        "Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Penn "
        "Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Dakota Carolina Jersey York "
        "Hampshire Mexico Island"
    ).split()
)
# Words before "State" that make a body or a movement, not a federation's state ("Islamic State").
NOT_STATE_NAMES = frozenset("islamic free police deep welfare nation member sovereign garden".split())


def federal_state(words: list[str]) -> bool:
    """ "Kwara State", "Akwa Ibom State": capitalised words and "State", none a US state's or a movement's.

    >>> federal_state(["Kwara", "State"]), federal_state(["Ohio", "State"]), federal_state(["Islamic", "State"])
    (True, False, False)
    """
    return (
        2 <= len(words) <= 3
        and words[-1] == "State"
        and all(w.istitle() and w.isalpha() and w not in US_STATES for w in words[:-1])
        and words[0].lower() not in NOT_STATE_NAMES
        and country_of_demonym(words[0]) is None
    )


# "Co Kildare", "Co. Antrim": Irish and Northern Irish "County" written short before the county's name.
COUNTY_ABBREVIATIONS = frozenset({"Co", "Co."})


def county_named(span) -> bool:
    """True for a name right after "Co"/"Co." that opens no firm's name ("in Co Kildare", "Co. Cork")."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].text in COUNTY_ABBREVIATIONS and span[0].is_title
