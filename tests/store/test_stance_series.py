"""`veille stance HOLDER TARGET` over a store: the seed's two turns, each point with its evidence."""

from __future__ import annotations

import json
from pathlib import Path

from support import SEED, run_veille


def test_both_stance_shifts_of_the_seed_from_the_store(tmp_path: Path) -> None:
    db = str(tmp_path / "seed.duckdb")
    ingested = run_veille("ingest", str(SEED), "--db", db)
    assert ingested.returncode == 0, ingested.stderr
    nato = run_veille("stance", "Donald Trump", "OTAN", "--db", db, "--json")
    assert nato.returncode == 0, nato.stderr
    series = json.loads(nato.stdout)
    assert (series["holder"], series["target"]) == ("per:donald-trump", "org:otan")
    assert [c["direction"] for c in series["changes"]] == ["warming"]
    earliest, latest = series["points"][0], series["points"][-1]
    assert earliest["date"] is None and earliest["before"] == "2025-10-22" and earliest["polarity"] < 0
    assert latest["date"] == "2025-10-22" and latest["polarity"] > 0
    assert any("raillée" in p["evidence"] for p in series["points"])
    assert any("se rapprocher de l'OTAN" in p["evidence"] for p in series["points"])
    putin = json.loads(run_veille("stance", "Donald Trump", "Vladimir Poutine", "--db", db, "--json").stdout)
    assert [c["direction"] for c in putin["changes"]] == ["cooling"]
    assert any("mène en bateau" in p["evidence"] for p in putin["points"])
