"""Generate ``kg/lexicons/actor_codes.tsv``: the CAMEO actor codes the graph links entities to (issue 14).

A developer-time script (standard library + PyYAML), a sibling of ``make_cameo_lexicon.py`` whose
dictionary readers it uses::

    python scripts/make_actor_codes.py --dictionaries ../shared/dictionaries/petrarch2
    python scripts/make_actor_codes.py --dictionaries DIR --out DIR      # or elsewhere

Inputs (openeventdata/petrarch2, MIT licence: kg/lexicons/PETRARCH2-LICENSE.txt), and
``kg/lexicons/countries.tsv`` for the ISO 3166 codes:

- ``Phoenix.Countries.actors.txt``: a record per country, its names (``BELARUS_``, ``+BELORUSSIA_``)
  and its codes, the current one bare or open-ended (``[RUS]``, ``[BLR >911221]``); a record's code
  goes to the country of ``countries.tsv`` whose label is the record's first name, else (for a
  country not taken yet) whose label or alias is any of its names.
- ``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt``: international
  organisations, NGOs and non-state armed groups (``make_cameo_lexicon.read_organizations``).
- ``Phoenix.agents.txt``: generic agents (``POLICE [~COP]``; ``make_cameo_lexicon.read_agents``).

Output, sorted and deterministic (a rerun gives the same bytes; ``tests/rdf/test_links.py`` checks it),
one row a name: ``kind`` ``name`` ``code``, where kind is

- ``country``: ``name`` an ISO 3166 alpha-2 code (``RU``), ``code`` its CAMEO country code (``RUS``);
- ``organization``: a label or alias of the organisation, lower case, an acronym as written
  (``european union``, ``NATO``), ``code`` its actor code (``IGOEUREEC``, ``IGOWSTNAT``);
- ``agent``: a generic agent noun as written in news, singular and plural (``police``,
  ``protesters``), ``code`` its agent code (``COP``, ``OPP``).

A name given two codes keeps the first in sorted order (the dictionaries give a few names twice).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_cameo_lexicon as cameo  # noqa: E402  (a sibling script, not a package)

LEXICONS = cameo.LEXICONS
OUT_NAME = "actor_codes.tsv"
_CURRENT = re.compile(r"\s*([A-Z]{3})\s*(?:>\d{6,8})?\s*")


def country_codes(path: Path, countries: Path) -> dict[str, str]:
    """ISO 3166 alpha-2 -> the CAMEO country code Phoenix gives the country now (``BY`` -> ``BLR``)."""
    labels: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for line in countries.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "iso2\t")) or not line:
            continue
        cells = line.split("\t")
        labels.setdefault(_key(cells[2]), cells[0])
        for name in [cells[2], *filter(None, cells[3].split("|"))]:
            names.setdefault(_key(name), []).append(cells[0])
    records = []
    for record_names, codes in cameo.read_actor_records(path):
        current = [m.group(1) for c in codes if (m := _CURRENT.fullmatch(c))]
        if current:
            records.append(([_key(cameo.clean_name(n)[0]) for n in record_names], current[-1]))
    out: dict[str, str] = {}
    for record_names, code in records:  # first: the record's own name is a country's label
        iso2 = labels.get(record_names[0])
        if iso2 and iso2 not in out:
            out[iso2] = code
    for record_names, code in records:  # then: any of its names, for a country not taken ("Congo": CG, CD has COD)
        iso2 = next((iso2 for n in record_names for iso2 in names.get(n, ()) if iso2 not in out), None)
        if iso2 and code not in out.values():
            out[iso2] = code
    return dict(sorted(out.items()))


def _key(name: str) -> str:
    """A country name to compare: lower case, hyphens as spaces (``GUINEA_BISSAU`` is Guinea-Bissau)."""
    return " ".join(name.lower().replace("-", " ").split())


def rows(dictionaries: Path, countries: Path) -> list[tuple[str, str, str]]:
    """The (kind, name, code) rows of the table, sorted, one code a (kind, name)."""
    table: dict[tuple[str, str], str] = {}

    def put(kind: str, name: str, code: str) -> None:
        if name and "\t" not in name:
            table.setdefault((kind, name), code)

    for iso2, code in country_codes(dictionaries / "Phoenix.Countries.actors.txt", countries).items():
        put("country", iso2, code)
    organizations = cameo.read_organizations([dictionaries / "Phoenix.International.actors.txt",
                                              dictionaries / "Phoenix.MilNonState.actors.txt"])
    for org in sorted(organizations, key=lambda o: (o["label"].lower(), o["code"])):
        for name in (org["label"], *org["aliases"]):
            put("organization", name if cameo.is_acronym(name) else name.lower(), org["code"])
    for lemma, agent in sorted(cameo.read_agents(dictionaries / "Phoenix.agents.txt").items()):
        for form in agent["forms"]:
            put("agent", form, agent["code"])
    return sorted((kind, name, code) for (kind, name), code in table.items())


def write_table(table: list[tuple[str, str, str]], out: Path) -> None:
    """Write the rows as ``actor_codes.tsv`` with its header comment."""
    lines = [
        "# GENERATED by scripts/make_actor_codes.py from the PETRARCH-2 / Phoenix dictionaries",
        "# Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt and",
        "# Phoenix.agents.txt (MIT licence: PETRARCH2-LICENSE.txt), with the ISO codes of countries.tsv.",
        "# Do not edit by hand. CAMEO actor codes: country (ISO 3166 alpha-2 -> country code), organization",
        "# (label or alias, lower case but acronyms -> actor code), agent (generic noun -> agent code).",
        "kind\tname\tcode",
    ]
    lines += ["\t".join(row) for row in table]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    """Write the table; the counts go to stderr."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dictionaries", type=Path, required=True, help="the petrarch2 folder")
    parser.add_argument("--out", type=Path, default=LEXICONS, help="output folder (kg/lexicons)")
    parser.add_argument("--lexicons", type=Path, default=LEXICONS, help="folder of countries.tsv")
    args = parser.parse_args(argv)
    table = rows(args.dictionaries, args.lexicons / "countries.tsv")
    args.out.mkdir(parents=True, exist_ok=True)
    write_table(table, args.out / OUT_NAME)
    kinds = {kind: sum(1 for row in table if row[0] == kind) for kind in ("country", "organization", "agent")}
    print(", ".join(f"{kind} {count}" for kind, count in kinds.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
