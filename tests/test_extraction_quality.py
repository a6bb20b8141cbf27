"""Extraction quality on hand-labelled passages stays above floors set from the benchmark.

The figures come from `benchmarks/extraction.py` (same matching rules: a predicted metric
matches a labelled one when their spans overlap and their values are equal). The floors
sit a little under the measured figures, so an honest improvement never fails this test
and a regression on any kind of passage does.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction import CORPUS, HELDOUT, accuracy, load_labelled  # noqa: E402

# Measured 2026-11-29 (second session), `python benchmarks/extraction.py --set DIR`:
# development 1.000 everywhere (subject_exact 0.794); held-out 1 F1 1.000, subject 0.996
# (exact 0.719), initiatives 1.000 / 0.952; held-out 2 F1 0.996, subject 0.980 (exact 0.669),
# locality 0.998, initiatives 0.941 / 0.856; held-out 3 F1 0.988, subject 0.985 (exact
# 0.724), initiatives 1.000 / 0.790; held-out 4 F1 0.988, subject 0.978 (exact 0.603),
# initiatives 0.962 / 0.792 (recall / precision). Each set's first run is in the README.
FLOORS = {
    "development": {"precision": 0.98, "recall": 0.98, "unit": 0.98, "approximate": 0.98,
                    "subject": 0.97, "subject_exact": 0.75, "locality": 0.97, "change": 0.97,
                    "initiative_recall": 0.95, "initiative_precision": 0.95},
    "held-out": {"precision": 0.97, "recall": 0.97, "unit": 0.97, "approximate": 0.97,
                 "subject": 0.97, "subject_exact": 0.68, "locality": 0.97, "change": 0.97,
                 "initiative_recall": 0.95, "initiative_precision": 0.9},
    "held-out 2": {"precision": 0.97, "recall": 0.97, "unit": 0.97, "approximate": 0.97,
                   "subject": 0.95, "subject_exact": 0.63, "locality": 0.97, "change": 0.97,
                   "initiative_recall": 0.9, "initiative_precision": 0.8},
    "held-out 3": {"precision": 0.95, "recall": 0.97, "unit": 0.97, "approximate": 0.97,
                   "subject": 0.95, "subject_exact": 0.68, "locality": 0.97, "change": 0.97,
                   "initiative_recall": 0.95, "initiative_precision": 0.75},
    "held-out 4": {"precision": 0.95, "recall": 0.97, "unit": 0.97, "approximate": 0.97,
                   "subject": 0.95, "subject_exact": 0.56, "locality": 0.97, "change": 0.97,
                   "initiative_recall": 0.92, "initiative_precision": 0.75},
    # held-out 5: F1 0.980, subject 0.952 (exact 0.691), locality 0.889 (one report names no
    # place at all), initiatives 0.818 / 0.522
    "held-out 5": {"precision": 0.95, "recall": 0.97, "unit": 0.97, "approximate": 0.97,
                   "subject": 0.93, "subject_exact": 0.65, "locality": 0.87, "change": 0.97,
                   "initiative_recall": 0.78, "initiative_precision": 0.48},
    # held-out 6: F1 0.979, subject 0.920 (exact 0.582), locality 0.914 (a speech naming only
    # an ambiguous 朝阳区), initiatives 0.825 / 0.635
    "held-out 6": {"precision": 0.95, "recall": 0.96, "unit": 0.97, "approximate": 0.97,
                   "subject": 0.90, "subject_exact": 0.55, "locality": 0.89, "change": 0.97,
                   "initiative_recall": 0.79, "initiative_precision": 0.6},
}


@pytest.mark.parametrize("name,folder", [("development", CORPUS), ("held-out", HELDOUT),
                                         ("held-out 2", HELDOUT.with_name("heldout2")),
                                         ("held-out 3", HELDOUT.with_name("heldout3")),
                                         ("held-out 4", HELDOUT.with_name("heldout4")),
                                         ("held-out 5", HELDOUT.with_name("heldout5")),
                                         ("held-out 6", HELDOUT.with_name("heldout6"))])
def test_extraction_stays_above_its_floors(name, folder):
    a = accuracy(load_labelled(folder))
    got = {"precision": a["precision"], "recall": a["recall"],
           "initiative_recall": a["initiative_recall"], "initiative_precision": a["initiative_precision"],
           **a["field"]}
    low = {k: (round(got[k], 3), floor) for k, floor in FLOORS[name].items() if got[k] < floor}
    assert not low, f"{name} set below its floors (got, floor): {low}\nmisses: {a['misses']}\n" \
                    f"extras: {a['extras']}\nwrong: {a['wrong']}"


def test_every_labelled_passage_is_measured():
    # a label file whose `at` no longer matches its text would silently shrink the sets
    assert len(load_labelled(CORPUS)) >= 15
    assert len(load_labelled(HELDOUT)) >= 10
    assert len(load_labelled(HELDOUT.with_name("heldout2"))) >= 10
    assert len(load_labelled(HELDOUT.with_name("heldout3"))) >= 10
    assert len(load_labelled(HELDOUT.with_name("heldout4"))) >= 10
    assert len(load_labelled(HELDOUT.with_name("heldout5"))) >= 10
    assert len(load_labelled(HELDOUT.with_name("heldout6"))) >= 10


@pytest.mark.parametrize("folder,flags", [(CORPUS, ["--development"]), (HELDOUT, []),
                                          (HELDOUT.with_name("heldout2"), []),
                                          (HELDOUT.with_name("heldout3"), []),
                                          (HELDOUT.with_name("heldout4"), []),
                                          (HELDOUT.with_name("heldout5"), []),
                                          (HELDOUT.with_name("heldout6"), [])])
def test_every_set_passes_its_label_checker(folder, flags):
    # labels that drift from their text would measure the extractor against wrong answers
    import subprocess

    checker = HELDOUT.parent / "check_labels.py"
    done = subprocess.run([sys.executable, str(checker), str(folder), *flags], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]
