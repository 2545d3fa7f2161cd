"""The Python API returns typed objects whose `.to_dict()` is the analysis format."""

from __future__ import annotations

import json

import pytest
from support import SEED, assert_offsets, run_veille

import veille
from veille.api import InputError
from veille.model import Analysis


def test_analyze_a_path(seed_analysis: Analysis):
    assert isinstance(seed_analysis, Analysis)
    assert seed_analysis.date == "2025-10-22"
    assert seed_analysis.source == str(SEED)
    data = seed_analysis.to_dict()
    assert data["format"] == "veille.analysis/1"
    assert assert_offsets(data) > 20


def test_to_dict_round_trips(seed_analysis: Analysis):
    data = seed_analysis.to_dict()
    again = Analysis.from_dict(json.loads(json.dumps(data)))
    assert again.to_dict() == data


def test_analyze_a_string_with_a_date():
    text = "Le Premier ministre a rencontré jeudi à Berlin le chancelier allemand Olaf Scholz.\n\nLes deux hommes ont parlé d'énergie."
    analysis = veille.analyze(text, date="2023-03-02")
    assert analysis.date == "2023-03-02"
    assert analysis.source == "<string>"
    assert analysis.warnings == []
    assert any(e.name == "Olaf Scholz" and e.type == "PER" for e in analysis.entities)
    assert assert_offsets(analysis.to_dict()) >= 2


def test_same_text_same_id():
    text = "Le maire de Lyon a inauguré une ligne de tramway devant des centaines d'habitants."
    assert veille.analyze(text).id == veille.analyze("  " + text.replace(" de ", "  de ") + "\n").id


def test_bad_inputs_raise_a_clear_error(tmp_path):  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(InputError, match="empty.txt: empty file"):
        veille.analyze(empty)
    with pytest.raises(ValueError):
        veille.analyze("Un texte.", date="2025-13-45")


def test_pretty_output_is_readable():
    result = run_veille("analyze", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "Chiara Schlenz" in result.stdout and "IMAGO/ZUMA Press Wire" in result.stdout
    assert "Marco Rubio" in result.stdout
