"""``scripts/eval_extractor.py --rounds``: every blind round of a folder scored in one table, with
their sum, as a session scores them at its first and last commit."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_extractor", ROOT / "scripts" / "eval_extractor.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _round(folder: Path, name: str, text: str, gold: str) -> None:
    (folder / name).mkdir()
    (folder / name / "a.txt").write_text(text)
    (folder / f"{name}.gold.yaml").write_text(gold)


GOLD = """entities:
  acme: [Acme]
  zenith: [Zenith]
  orvane: [Orvane]
documents:
  a.txt:
    gold:
      - acme acquires zenith
      - orvane investsIn zenith
"""


def test_rounds_lists_each_round_and_their_sum(tmp_path: Path) -> None:
    _round(tmp_path, "round-one", "Acme acquired Zenith in March.", GOLD)
    _round(tmp_path, "round-two", "Acme acquired Zenith. Orvane invested in Zenith last year.", GOLD)
    table = _script().rounds(tmp_path).splitlines()
    rows = {line.split()[0]: line.split() for line in table[1:]}
    assert rows["round-one"][3] == "1/2" and rows["round-one"][2] == "0.500"  # recall
    assert rows["round-two"][3] == "2/2" and rows["round-two"][1] == "1.000"  # precision
    assert rows["all"][3] == "3/4" and rows["all"][4] == "0"  # found of gold; nothing false


def test_lines_shows_each_scored_line_but_never_a_blind_rounds(tmp_path: Path) -> None:
    _round(tmp_path, "round-one", "Acme acquired Zenith in March.", GOLD)
    _round(tmp_path, "round-two", "Orvane invested in Zenith last year.", GOLD)
    (tmp_path / "blind.txt").write_text("# written this session\nround-two  # totals only\n")
    shown = _script().scored_lines(tmp_path).splitlines()
    assert "round-one a.txt FOUND acme acquires zenith" in shown
    assert not [line for line in shown if line.startswith("round-two")]
    assert shown[-1] == "# not shown, blind: round-two"
    assert "round-two" in _script().rounds(tmp_path)  # its totals stay in the table
