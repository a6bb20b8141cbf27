"""Extraction benchmark: accuracy on the hand-labelled development corpus, and throughput.

Run by hand (not a test):

    python benchmarks/extraction.py [--mb 15]

Accuracy: a predicted metric matches a labelled one when their spans overlap and their
values are equal. Prints precision, recall and F1, then, on matched metrics, how often
unit, approximate, subject and locality are right (subject leniently: one contains the other;
subject_exact: the same characters), and the recall and precision of initiatives.
Throughput: segmentation + extraction of the corpus repeated to at least --mb MB, beside
one plain regex scan for numbers over the same text in the same run, as a ratio; then the
same on copies whose digits and lines differ, since a repeated block is only read once.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract import extract  # noqa: E402
from pipeline.segment import segment  # noqa: E402
from pipeline.sources import Source  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"


HELDOUT = ROOT / "tests" / "fixtures" / "heldout"


def load_labelled(folder: Path = CORPUS) -> list[tuple[str, str, dict]]:
    """(name, text, labels) for every passage of a labelled folder (the development corpus)."""
    out = []
    for lp in sorted(folder.glob("*.labels.yaml")):
        labels = yaml.safe_load(lp.read_text(encoding="utf-8"))
        tp = folder / labels["source"]
        with open(tp, encoding="utf-8", newline="") as fh:
            out.append((tp.name, fh.read(), labels))
    return out


def label_spans(text: str, labels: dict) -> list[dict]:
    out = []
    for m in labels.get("metrics") or []:
        at = str(m.get("at") or m["quote"])
        i = text.find(at)
        k = at.find(str(m["quote"]))
        if i < 0 or k < 0:
            raise SystemExit(f"label {m['quote']!r}: `at` {at!r} not found")
        out.append({**m, "start": i + k, "end": i + k + len(str(m["quote"]))})
    return out


def source_of(name: str, text: str) -> Source:
    data = text.encode("utf-8")
    return Source(name, text, hashlib.sha256(data).hexdigest(), len(data))


def subject_ok(pred: str, gold: str) -> bool:
    return bool(pred) and (pred == gold or pred in gold or gold in pred)


def accuracy(passages) -> dict:
    tp = fp = fn = 0
    right = {"unit": 0, "approximate": 0, "subject": 0, "subject_exact": 0, "locality": 0, "value_max": 0,
             "change": 0}
    init_hit = init_total = init_pred = init_right = 0
    misses, extras, wrong = [], [], []
    for name, text, labels in passages:
        seg = segment(source_of(name, text))
        preds = extract(seg)
        gold = label_spans(text, labels)
        used = set()
        for g in gold:
            match = next((p for p in preds if id(p) not in used and p.start < g["end"] and g["start"] < p.end
                          and math.isclose(float(p.value), float(g["value"]), rel_tol=1e-9)), None)
            if match is None:
                fn += 1
                misses.append((name, g["quote"], g.get("subject_zh")))
                continue
            used.add(id(match))
            tp += 1
            checks = {
                "unit": match.unit == g["unit"],
                "approximate": match.approximate == bool(g.get("approximate")),
                "subject": subject_ok(match.subject_zh, str(g.get("subject_zh", ""))),
                # the same words as the labeller's, to the character (quotes and all)
                "subject_exact": match.subject_zh == str(g.get("subject_zh", "")),
                "locality": match.locality_code == str(g.get("locality_code")),
                "value_max": (match.value_max is None and g.get("value_max") is None)
                or (g.get("value_max") is not None and match.value_max == g["value_max"]),
                "change": (match.change or None) == (g.get("change") or None),
            }
            field = {"subject": "subject_zh", "subject_exact": "subject_zh", "locality": "locality_code"}
            for k, ok in checks.items():
                right[k] += ok
                if not ok and k != "subject_exact":  # --verbose lists the lenient misses only
                    wrong.append((name, g["quote"], k, getattr(match, field.get(k, k)), g.get(field.get(k, k))))
        for p in preds:
            if id(p) not in used:
                fp += 1
                extras.append((name, p.quote, p.subject_zh))
        names = {i.name_zh for i in seg.initiatives}
        for i in labels.get("initiatives") or []:
            init_total += 1
            init_hit += str(i["name_zh"]) in names
        gold_names = {str(i["name_zh"]) for i in labels.get("initiatives") or []}
        init_pred += len(names)
        init_right += len(names & gold_names)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1,
            "field": {k: v / tp if tp else 0.0 for k, v in right.items()},
            "initiative_recall": init_hit / init_total if init_total else 0.0,
            # names proposed that a labeller also named: debris or a lead sentence taken
            # for a measure lowers it
            "initiative_precision": init_right / init_pred if init_pred else 0.0,
            "misses": misses, "extras": extras, "wrong": wrong}


NUMBER = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?")


def _variant(base: str, r: int) -> str:
    """Copy r of the corpus with its digits rotated and every line marked, so that no
    paragraph repeats an earlier one (a repeated block is extracted once, which flatters)."""
    if r == 0:
        return base
    rot = str.maketrans("0123456789", "".join(str((d + r) % 10) for d in range(10)))
    mark = f"（{r}）"
    text = base.translate(rot).replace("。", mark + "。")
    return "\n".join(ln + mark if ln.strip() else ln for ln in text.split("\n"))


def throughput(passages, mb: float, distinct: bool) -> dict:
    base = "\n\n".join(text for _, text, _ in passages)
    times = max(1, int(mb * 1024 * 1024 / len(base.encode("utf-8"))) + 1)
    big = "\n\n".join(_variant(base, r) if distinct else base for r in range(times))
    size = len(big.encode("utf-8")) / 1024 / 1024
    t0 = time.perf_counter()
    n_regex = sum(1 for _ in NUMBER.finditer(big))
    t_regex = time.perf_counter() - t0
    t0 = time.perf_counter()
    seg = segment(source_of("big.txt", big))
    n_cand = len(extract(seg))
    t_ext = time.perf_counter() - t0
    return {"mb": size, "regex_s": t_regex, "regex_mb_s": size / t_regex, "regex_matches": n_regex,
            "extract_s": t_ext, "extract_mb_s": size / t_ext, "candidates": n_cand,
            "ratio": (size / t_ext) / (size / t_regex)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=15.0, help="size of the throughput corpus")
    ap.add_argument("--verbose", action="store_true", help="list misses, extras and wrong fields")
    ap.add_argument("--heldout", action="store_true",
                    help="measure on tests/fixtures/heldout (first held-out set, since tuned on) instead")
    ap.add_argument("--set", type=Path, default=None,
                    help="measure on another labelled folder, e.g. tests/fixtures/heldout2 (never tuned on)")
    args = ap.parse_args()
    folder = args.set or (HELDOUT if args.heldout else CORPUS)
    passages = load_labelled(folder)
    a = accuracy(passages)
    print(f"{folder.name}: {len(passages)} passages, "
          f"{a['tp'] + a['fn']} labelled metrics")
    print(f"metrics   precision {a['precision']:.3f}  recall {a['recall']:.3f}  F1 {a['f1']:.3f}"
          f"   (tp {a['tp']}, fp {a['fp']}, fn {a['fn']})")
    print("on matched metrics: " + "  ".join(f"{k} {v:.3f}" for k, v in a["field"].items()))
    print(f"initiative recall {a['initiative_recall']:.3f}  precision {a['initiative_precision']:.3f}")
    if args.verbose:
        for row in a["misses"]:
            print("  miss ", *row)
        for row in a["extras"]:
            print("  extra", *row)
        for row in a["wrong"]:
            print("  wrong", *row)
    for distinct, label in ((False, "corpus repeated"), (True, "corpus varied, no repeats")):
        t = throughput(passages, args.mb, distinct)
        print(f"throughput, {label}, {t['mb']:.1f} MB: extraction {t['extract_mb_s']:.2f} MB/s "
              f"({t['extract_s']:.2f} s, {t['candidates']} candidates); one-regex scan "
              f"{t['regex_mb_s']:.2f} MB/s ({t['regex_s']:.2f} s); ratio {t['ratio']:.3f}")


if __name__ == "__main__":
    main()
