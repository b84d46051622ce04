"""The shared scorer on the seed and the development corpus (issues 3 and 4, "Must show").

Runs ``../shared/eval/score.py --json`` against ``hum-stats extract`` as CI does and holds
the floors: the seed read perfectly, Arabic F1 >= 0.95 with since and subset_of agreeing
on >= 90% of matched claims, English F1 >= 0.95. Skipped where ../shared is absent.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
SEED = SHARED / "seed" / "gold.jsonl"
DEV = SHARED / "corpus" / "dev.jsonl"
# the CLI of this checkout, through the interpreter running the tests
EXTRACT_CMD = (
    f"{shlex.quote(sys.executable)} -c 'from hum_stats.cli import main; main()' extract --format jsonl -"
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (SCORE.exists() and SEED.exists()), reason="../shared (scorer and gold) is absent"
    ),
]


@cache
def score(*gold: Path, language: str | None = None) -> dict:
    """The scorer's figures as a dict (its --json output; the last line is the headline)."""
    args = [sys.executable, str(SCORE), *map(str, gold), "--json", "--cmd", EXTRACT_CMD]
    if language:
        args += ["--language", language]
    proc = subprocess.run(args, capture_output=True, text=True, cwd=REPO, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    body = proc.stdout[: proc.stdout.rindex("}") + 1]
    return json.loads(body)


def _gold_files() -> tuple[Path, ...]:
    return (SEED, DEV) if DEV.exists() else (SEED,)


def test_seed_is_read_perfectly():
    figures = score(SEED)
    assert figures["all"]["f1"] == 1.0, figures["all"]
    for field, agreement in figures["agreement_on_matched"].items():
        assert agreement == 1.0, f"agreement on {field}: {agreement}"


def test_arabic_f1():
    figures = score(*_gold_files(), language="ar")
    assert figures["all"]["f1"] >= 0.95, figures["all"]


def test_arabic_since_agreement():
    figures = score(*_gold_files(), language="ar")
    assert figures["agreement_on_matched"]["since"] >= 0.9, figures["agreement_on_matched"]


def test_arabic_subset_of_agreement():
    figures = score(*_gold_files(), language="ar")
    assert figures["agreement_on_matched"]["subset_of"] >= 0.9, figures["agreement_on_matched"]


@pytest.mark.skipif(not DEV.exists(), reason="../shared/corpus/dev.jsonl is absent (the seed is Arabic only)")
def test_english_f1():
    figures = score(*_gold_files(), language="en")
    assert figures["all"]["f1"] >= 0.95, figures["all"]


HELDOUT = REPO / "tests" / "fixtures" / "heldout"


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("ar", 0.96),
        ("en", 0.97),
        ("ar2", 0.93),
        ("en2", 0.97),
        ("ar3", 0.93),
        ("en3", 0.97),
        ("ar4", 0.97),
        ("en4", 0.95),
        ("ar5", 0.94),
        ("en5", 0.96),
        ("ar6", 0.96),
        ("en6", 0.95),
        ("ar7", 0.96),
        ("en7", 0.96),
        ("ar8", 0.95),
        ("en8", 0.94),
        ("ar9", 0.96),
        ("en9", 0.95),
        ("ar10", 0.97),
        ("en10", 0.96),
        ("ar11", 0.93),
        ("en11", 0.90),
        ("ar12", 0.95),
        ("en12", 0.97),
        ("ar13", 0.95),
        ("en13", 0.95),
    ],
)
def test_held_out_passages_keep_their_floor(name, floor):
    """Passages written for this project after the engine: a regression guard of the same
    scorer, in both languages. ``ar``/``en`` were never tuned on one at a time; the errors on
    ``ar2``/``en2`` were later read to find general gaps, so their floors guard against
    regressions and no longer measure unseen text. The later pairs were written blind and
    scored on first run, before their errors were read: ``ar3``/``en3`` F1 0.872 and 0.931,
    ``ar4``/``en4`` 0.935 and 0.923, ``ar5``/``en5`` 0.903 and 0.926, ``ar6``/``en6`` (Syria only)
    0.939 and 0.894, ``ar7``/``en7`` 0.940 and 0.951,
    ``ar8``/``en8`` 0.919 and 0.943, ``ar9``/``en9`` 0.952 and 0.920, ``ar10``/``en10`` 0.953 and
    0.935, ``ar11``/``en11`` 0.918 and 0.849, ``ar12``/``en12`` 0.923 and 0.991 (all read since),
    ``ar13``/``en13`` 0.971 and 0.970 (scored, errors of en13 read since)."""
    figures = score(HELDOUT / f"{name}.jsonl")
    assert figures["all"]["f1"] >= floor, figures["all"]
