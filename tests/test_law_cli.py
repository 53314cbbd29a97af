"""`armswatch law party | count | assess`, run as a user runs them (a real subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def armswatch(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "armswatch", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )


def test_law_party_prints_the_contract_json():
    run = armswatch("law", "party", "Nederland", "CCM", "--on", "2023-10-10", "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert {k: out[k] for k in ("state", "treaty", "on", "party", "since", "until")} == {
        "state": "NLD",
        "treaty": "CCM",
        "on": "2023-10-10",
        "party": True,
        "since": "2011-08-01",
        "until": None,
    }
    assert out["sources"] and all(s.startswith(("https://", "http://")) for s in out["sources"])


def test_law_count_prints_the_contract_json():
    run = armswatch("law", "count", "--group", "NATO", "--treaty", "CCM", "--on", "2023-10-10", "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert (out["members"], out["count"]) == (31, 23)
    assert len(out["parties"]) + len(out["non_parties"]) == 31


def test_law_assess_prints_the_contract_json_and_a_readable_version_without_json():
    run = armswatch("law", "assess", "--actor", "RUS", "--weapon", "chloropicrin", "--on", "2025-07-04", "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["treaty_prohibited"] is True and out["reasoning"]
    assert set(out) >= {"actor", "weapon", "on", "treaty_prohibited", "treaties", "ihl_rules", "reasoning"}
    plain = armswatch("law", "assess", "--actor", "RUS", "--weapon", "chloropicrin", "--on", "2025-07-04")
    assert plain.returncode == 0 and "CWC" in plain.stdout


@pytest.mark.parametrize(
    "args, named",
    [
        (["party", "Atlantis", "CCM", "--on", "2020-01-01"], "NLD"),
        (["party", "NLD", "XYZ", "--on", "2020-01-01"], "GP1925"),
        (["count", "--group", "ASEAN", "--treaty", "CCM", "--on", "2020-01-01"], "NATO"),
        (["assess", "--actor", "NLD", "--weapon", "napalm", "--on", "2020-01-01"], "cluster_munition"),
    ],
)
def test_unknown_choices_end_in_one_line_naming_the_valid_ones(args, named):
    run = armswatch("law", *args, "--json")
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and named in run.stderr and "Traceback" not in run.stderr


def test_without_on_the_day_is_today():
    from datetime import date

    run = armswatch("law", "party", "NLD", "CCM", "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["on"] == date.today().isoformat()


def test_law_count_of_the_eu_under_the_att_names_every_member_as_party():
    run = armswatch("law", "count", "--group", "EU", "--treaty", "ATT", "--on", "2024-01-01", "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert (out["members"], out["count"], out["non_parties"]) == (27, 27, [])
