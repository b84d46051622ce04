"""``hum-stats --help`` cold start beside ``python -c "import typer"``, each a new process.

Target: the CLI's help within 2x of importing typer alone (pandas, duckdb, matplotlib and the
extractor are imported by the commands that use them, not at start).

    python benchmarks/bench_cli.py --runs 10
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys

from _common import best_seconds, report

TARGET = 2.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    exe = shutil.which("hum-stats")
    cli = [exe, "--help"] if exe else [sys.executable, "-m", "hum_stats.cli", "--help"]
    base = [sys.executable, "-c", "import typer"]

    def run(cmd: list[str]) -> None:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    run(cli), run(base)  # warm the file cache
    help_s = best_seconds(lambda: run(cli), args.runs)
    typer_s = best_seconds(lambda: run(base), args.runs)
    ratio = help_s / typer_s
    heavy = subprocess.run(
        [sys.executable, "-c",
         "import sys; from hum_stats.cli import app; "
         "print(','.join(m for m in ('pandas', 'duckdb', 'matplotlib', 'pandera', 'hum_stats.extract.engine') "
         "if m in sys.modules) or 'none')"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    report(
        "cli_cold_start",
        {
            "figure": f"hum-stats --help {help_s * 1000:.0f} ms",
            "baseline": f"python -c 'import typer' {typer_s * 1000:.0f} ms",
            "ratio": round(ratio, 2),
            "target": f"<= {TARGET}",
            "met": ratio <= TARGET,
            "heavy_modules_imported_at_start": heavy,
        },
        args.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
