"""The knowledge base: people, organisations, places and offices from a Wikidata JSON dump, in DuckDB.

`build(dump, db)` streams the dump (one entity per line, gzip or bz2, ~100 GB for the real
one) in constant memory, keeps items that are people, organisations, places or offices with
their French and English labels and aliases, sitelink count, country code and dated
positions held (P39 with P580/P582), and records how far it got so that an interrupted
build resumes. `KnowledgeBase` answers the look-ups the entity components need: who bears
a name, and who held an office of a country on a date.
"""

from __future__ import annotations

import bz2
import gzip
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import duckdb
import pyarrow as pa

from veille.resolve.names import name_key

#: P31 classes kept as people, organisations, places and offices (no subclass closure: a dump is one pass).
PERSON_CLASSES = frozenset({"Q5"})
ORG_CLASSES = frozenset({
    "Q43229", "Q484652", "Q245065", "Q1127126", "Q7278", "Q4830453", "Q783794", "Q891723", "Q6881511",
    "Q327333", "Q7188", "Q163740", "Q11032", "Q1002697", "Q1589009", "Q2659904", "Q17149090", "Q1331793",
    "Q15911314", "Q4438121", "Q18127", "Q3918", "Q875538", "Q31855", "Q178790", "Q7210356", "Q1058914",
    "Q847017", "Q1664720", "Q20639856", "Q10517054", "Q1530022", "Q16334295", "Q3152824",
})
PLACE_CLASSES = frozenset({
    "Q6256", "Q3624078", "Q515", "Q1549591", "Q5119", "Q35657", "Q82794", "Q486972", "Q1637706",
    "Q200250", "Q3024240", "Q1620908", "Q10864048", "Q13221722", "Q5107", "Q46395", "Q34876",
    "Q15284", "Q532", "Q3957", "Q7930989", "Q902814", "Q23442", "Q8502",
})
POSITION_CLASSES = frozenset({
    "Q4164871", "Q294414", "Q30461", "Q48352", "Q2285706", "Q83307", "Q1553195", "Q303618",
    "Q7210356", "Q19546", "Q14212", "Q116", "Q1097498", "Q486839", "Q4175034",
})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (qid VARCHAR PRIMARY KEY, type VARCHAR, label_fr VARCHAR,
    label_en VARCHAR, sitelinks INTEGER, country VARCHAR, jurisdiction VARCHAR);
CREATE TABLE IF NOT EXISTS names (key VARCHAR, qid VARCHAR, lang VARCHAR);
CREATE TABLE IF NOT EXISTS positions (person VARCHAR, position VARCHAR, start_date VARCHAR, end_date VARCHAR);
CREATE TABLE IF NOT EXISTS build_state (source VARCHAR PRIMARY KEY, lines_done BIGINT, finished BOOLEAN);
"""

BATCH_LINES = 5000


def default_path() -> Path:
    """Where `veille kb build` writes and the pipeline looks: $VEILLE_KB or ~/.local/share/veille/kb.duckdb."""
    if os.environ.get("VEILLE_KB"):
        return Path(os.environ["VEILLE_KB"]).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "veille" / "kb.duckdb"


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One item of the knowledge base."""

    qid: str
    type: str
    label_fr: str | None
    label_en: str | None
    sitelinks: int
    country: str | None = None

    @property
    def name(self) -> str:
        """The canonical name: French first, veille being French-first."""
        return self.label_fr or self.label_en or self.qid


# --- reading the dump -------------------------------------------------------------------

class _Counting:
    """A binary file wrapper that counts the compressed bytes read, for the progress bar."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data

    def __iter__(self) -> Iterator[bytes]:
        for line in self.raw:
            self.count += len(line)
            yield line

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> _Counting:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_dump(path: Path) -> tuple[_Counting, IO[bytes]]:
    raw = _Counting(open(path, "rb"))  # noqa: SIM115 - closed by the caller
    if path.name.endswith(".gz"):
        return raw, gzip.GzipFile(fileobj=raw)  # type: ignore[arg-type]
    if path.name.endswith(".bz2"):
        return raw, bz2.BZ2File(raw)  # type: ignore[arg-type]
    return raw, raw  # type: ignore[return-value]


def _ids(claims: dict[str, Any], prop: str) -> list[str]:
    out = []
    for claim in claims.get(prop, []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and "id" in value and claim.get("rank") != "deprecated":
            out.append(value["id"])
    return out


def _string(claims: dict[str, Any], prop: str) -> str | None:
    for claim in claims.get(prop, []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, str):
            return value
    return None


def _time(qualifiers: dict[str, Any], prop: str, upper: bool) -> str | None:
    """A qualifier's date as ISO; an imprecise date is widened (year -> Jan 1st or Dec 31st)."""
    for snak in qualifiers.get(prop, []):
        value = snak.get("datavalue", {}).get("value")
        if not isinstance(value, dict) or "time" not in value:
            continue
        year, month, day = value["time"].lstrip("+")[:10].split("-")
        precision = value.get("precision", 11)
        if precision < 10 or month == "00":
            month, day = ("12", "31") if upper else ("01", "01")
        elif precision < 11 or day == "00":
            day = "28" if upper else "01"
        return f"{year}-{month}-{day}"
    return None


def _kind(claims: dict[str, Any]) -> str | None:
    classes = set(_ids(claims, "P31"))
    if classes & PERSON_CLASSES:
        return "PER"
    if (classes | set(_ids(claims, "P279"))) & POSITION_CLASSES and "P1001" in claims:
        return "POS"
    if classes & PLACE_CLASSES:
        return "LOC"
    if classes & ORG_CLASSES:
        return "ORG"
    return None


def parse_entity(line: bytes | str) -> dict[str, Any] | None:
    """The rows one dump line contributes (item, names, positions), or None when it is not kept."""
    text = line.strip().rstrip(b"," if isinstance(line, bytes) else ",")
    if not text or text in (b"[", b"]", "[", "]"):
        return None
    entity = json.loads(text)
    claims = entity.get("claims", {})
    kind = _kind(claims)
    labels = entity.get("labels", {})
    label_fr = labels.get("fr", {}).get("value")
    label_en = labels.get("en", {}).get("value")
    if kind is None or not (label_fr or label_en):
        return None
    qid = entity["id"]
    names = {(name_key(v), lang) for lang, v in (("fr", label_fr), ("en", label_en)) if v}
    for lang in ("fr", "en"):
        names |= {(name_key(a["value"]), lang) for a in entity.get("aliases", {}).get(lang, [])}
    positions = [
        (qid, _claim_id(c), _time(c.get("qualifiers", {}), "P580", False), _time(c.get("qualifiers", {}), "P582", True))
        for c in claims.get("P39", []) if _claim_id(c) and c.get("rank") != "deprecated"
    ]
    jurisdiction = (_ids(claims, "P1001") or [None])[0]
    item = (qid, kind, label_fr, label_en, len(entity.get("sitelinks", {})), _string(claims, "P297"), jurisdiction)
    return {"item": item, "names": [(k, qid, lang) for k, lang in names if k], "positions": positions}


def _claim_id(claim: dict[str, Any]) -> str | None:
    value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
    return value.get("id") if isinstance(value, dict) else None


# --- building -----------------------------------------------------------------------------

def build(dump: Path, db: Path | str, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Stream the dump into the DuckDB file, resuming after the lines a previous run stored; items kept."""
    con = duckdb.connect(str(db))
    try:
        con.execute(_SCHEMA)
        source = str(Path(dump).resolve())
        row = con.execute("SELECT lines_done, finished FROM build_state WHERE source = ?", [source]).fetchone()
        if row and row[1]:
            return _count(con)
        done = row[0] if row else 0
        raw, stream = _open_dump(Path(dump))
        total = os.path.getsize(dump)
        with raw:
            line_no = 0
            batch: list[dict[str, Any]] = []
            for line in stream:
                line_no += 1
                if line_no <= done:
                    continue
                parsed = parse_entity(line)
                if parsed:
                    batch.append(parsed)
                if line_no % BATCH_LINES == 0:
                    _flush(con, batch, source, line_no, False)
                    batch = []
                    if progress:
                        progress(raw.count, total)
            _flush(con, batch, source, line_no, True)
            if progress:
                progress(total, total)
        return _count(con)
    finally:
        con.close()


def _flush(con: duckdb.DuckDBPyConnection, batch: list[dict[str, Any]], source: str, lines: int, finished: bool) -> None:
    """Insert a batch and the progress made in one transaction, so a crash loses at most one batch."""
    con.execute("BEGIN TRANSACTION")
    items = [b["item"] for b in batch]
    if items:
        qids = [i[0] for i in items]
        con.execute("DELETE FROM items WHERE list_contains(?, qid)", [qids])
        con.execute("DELETE FROM names WHERE list_contains(?, qid)", [qids])
        con.execute("DELETE FROM positions WHERE list_contains(?, person)", [qids])
        _insert(con, "items", ["qid", "type", "label_fr", "label_en", "sitelinks", "country", "jurisdiction"], items)
        _insert(con, "names", ["key", "qid", "lang"], [n for b in batch for n in b["names"]])
        _insert(con, "positions", ["person", "position", "start_date", "end_date"], [p for b in batch for p in b["positions"]])
    con.execute("INSERT OR REPLACE INTO build_state VALUES (?, ?, ?)", [source, lines, finished])
    con.execute("COMMIT")


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    arrow = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
    con.register("_batch", arrow)
    con.execute(f"INSERT INTO {table} SELECT {', '.join(columns)} FROM _batch")
    con.unregister("_batch")


def _count(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("SELECT count(*) FROM items").fetchone()[0])  # type: ignore[index]


# --- querying -----------------------------------------------------------------------------

class KnowledgeBase:
    """Read-only look-ups in a built knowledge base."""

    #: A knowledge base with at most this many names keeps them in memory, so that a name it
    #: does not hold (most names in an article) is answered without a query.
    IN_MEMORY_NAMES = 500_000

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self._lookups: dict[tuple[str, str | None], list[KBEntry]] = {}
        self._holders: dict[tuple[str, str, str | None], KBEntry | None] = {}
        (count,) = con.execute("SELECT count(*) FROM names").fetchone() or (0,)
        self._keys: frozenset[str] | None = (
            frozenset(k for (k,) in con.execute("SELECT DISTINCT key FROM names").fetchall())
            if count <= self.IN_MEMORY_NAMES else None
        )

    @classmethod
    def open(cls, path: Path | str) -> KnowledgeBase:
        """The knowledge base in a DuckDB file made by `build`."""
        if not Path(path).exists():
            raise FileNotFoundError(f"no knowledge base at {path}: build one with `veille kb build --wikidata DUMP`")
        return cls(duckdb.connect(str(path), read_only=True))

    @classmethod
    def from_dump(cls, dump: Path) -> KnowledgeBase:
        """An in-memory knowledge base built from a (small) dump."""
        con = duckdb.connect(":memory:")
        con.execute(_SCHEMA)
        with open(dump, "rb") as stream:
            batch = [p for p in (parse_entity(line) for line in stream) if p]
        _flush(con, batch, str(dump), len(batch), True)
        return cls(con)

    def lookup(self, name: str, kind: str | None = None) -> list[KBEntry]:
        """Items bearing the name (label or alias, French or English), best known first (memoised: the KB is read-only)."""
        key = (name_key(name), kind)
        if self._keys is not None and key[0] not in self._keys:
            return []
        if key in self._lookups:
            return list(self._lookups[key])
        if len(self._lookups) > 100_000:
            self._lookups.clear()
        rows = self.con.execute(
            "SELECT DISTINCT i.qid, i.type, i.label_fr, i.label_en, i.sitelinks, i.country FROM names n "
            "JOIN items i USING (qid) WHERE n.key = ? AND (? IS NULL OR i.type = ?) ORDER BY i.sitelinks DESC, i.qid",
            [key[0], kind, kind],
        ).fetchall()
        self._lookups[key] = [KBEntry(*row) for row in rows]
        return list(self._lookups[key])

    def get(self, qid: str) -> KBEntry | None:
        """The item with this id."""
        row = self.con.execute(
            "SELECT qid, type, label_fr, label_en, sitelinks, country FROM items WHERE qid = ?", [qid]
        ).fetchone()
        return KBEntry(*row) if row else None

    def holder(self, office: str, country: str, date: str | None) -> KBEntry | None:
        """Who held the office (`président`) of the country (ISO code) on the date (ISO), if known
        (memoised like `lookup`: each query costs ~3 ms, and articles of a day ask the same)."""
        key = (office, country, date)
        if key not in self._holders:
            if len(self._holders) > 100_000:
                self._holders.clear()
            self._holders[key] = self._holder(office, country, date)
        return self._holders[key]

    def _holder(self, office: str, country: str, date: str | None) -> KBEntry | None:
        rows = self.con.execute(
            "SELECT p.person, p.start_date, pos.label_fr FROM positions p JOIN items pos ON pos.qid = p.position "
            "JOIN items c ON c.qid = pos.jurisdiction WHERE c.country = ? "
            "AND (? IS NULL OR ((p.start_date IS NULL OR p.start_date <= ?) AND (p.end_date IS NULL OR p.end_date >= ?))) "
            "ORDER BY p.start_date DESC NULLS LAST",
            [country, date, date, date],
        ).fetchall()
        for person, _start, label in rows:
            if label and _is_office(label, office):
                return self.get(person)
        return None


def _is_office(label: str, office: str) -> bool:
    """True when a position's label names the office: `président des États-Unis` for `président`."""
    words = label.casefold().split()
    return " ".join(words[: len(office.split())]) == office.casefold()


def starter_dump() -> Path:
    """The excerpt of Wikidata shipped with veille: current heads of state and a few organisations."""
    return Path(str(resources.files("veille") / "data" / "wikidata-starter.json"))


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The user's knowledge base when one was built, else the starter excerpt shipped with veille."""
    path = default_path()
    if path.exists():
        return KnowledgeBase.open(path)
    return KnowledgeBase.from_dump(starter_dump())


def iter_dump(path: Path) -> Iterator[dict[str, Any]]:
    """The kept entities of a dump, parsed (for inspection and tests)."""
    raw, stream = _open_dump(path)
    with raw:
        for line in stream:
            parsed = parse_entity(line)
            if parsed:
                yield parsed
