"""Building from one large source: time and peak memory against input size.

Run by hand (not a test):

    python benchmarks/large_source.py [--mb 10 50 100]

For each size it writes one source of distinct paragraphs (the development corpus, each
copy with other digits and marked sentences, so that nothing is deduplicated away) into a
temporary seeds folder, runs `grassroots build` on it in a child process, and prints the
wall time, throughput, peak resident memory of the child, and memory per MB of input. A
bounded pipeline shows a flat MB/s and a flat memory-per-MB across sizes.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction import _variant, load_labelled  # noqa: E402


def write_source(path: Path, mb: float) -> int:
    base = "\n\n".join(text for _, text, _ in load_labelled())
    size, r = 0, 0
    with open(path, "w", encoding="utf-8") as fh:
        while size < mb * 1_000_000:
            part = _variant(base, r) + "\n\n"
            fh.write(part)
            size += len(part.encode("utf-8"))
            r += 1
    return size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[10, 50, 100])
    args = ap.parse_args()
    print(f"{'input MB':>9} {'seconds':>8} {'MB/s':>6} {'peak RSS MB':>12} {'RSS per input MB':>17}")
    for mb in args.mb:
        with tempfile.TemporaryDirectory() as tmp:
            seeds = Path(tmp) / "seeds"
            seeds.mkdir()
            size = write_source(seeds / "large-report.txt", mb)
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            t0 = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "pipeline.cli", "build", "--seeds", str(seeds),
                                   "--out", str(Path(tmp) / "out")], cwd=ROOT, capture_output=True, text=True)
            secs = time.perf_counter() - t0
            # ru_maxrss of children is the largest child so far: run the sizes in rising order
            peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
            if done.returncode:
                print(done.stderr[-2000:])
                raise SystemExit(f"build failed on {mb} MB")
            print(f"{size / 1e6:9.1f} {secs:8.1f} {size / 1e6 / secs:6.2f} {peak:12.0f} {peak / (size / 1e6):17.1f}")


if __name__ == "__main__":
    main()
