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

from extraction import CORPUS, HELDOUT, accuracy, label_spans, load_labelled  # noqa: E402

# Measured 2026-11-29 (third session), `python benchmarks/extraction.py --set DIR`; each set's
# first run is in the README. Floors sit about 0.01 under the measured figures (about 0.05
# under for exact subjects and initiative precision, which depend most on judgement calls).
KEYS = ("precision", "recall", "unit", "approximate", "subject", "subject_exact", "locality", "change",
        "initiative_recall", "initiative_precision")


def _floors(*values: float) -> dict[str, float]:
    return dict(zip(KEYS, values, strict=True))


# name: (folder, label checker flags, floors: P, R, unit, approximate, subject, exact, locality,
# change, initiative recall, initiative precision)
SETS = {
    "development": (CORPUS, ["--development"],
                    _floors(0.98, 0.98, 0.98, 0.98, 0.97, 0.75, 0.97, 0.97, 0.95, 0.95)),
    "held-out": (HELDOUT, [], _floors(0.97, 0.97, 0.97, 0.97, 0.97, 0.68, 0.97, 0.97, 0.95, 0.93)),
    # its labeller kept the place in 于都县：擦亮“长征源”品牌… (128 of 134 labels drop it): initiatives 0.905
    "held-out 2": (HELDOUT.with_name("heldout2"), [],
                   _floors(0.97, 0.97, 0.97, 0.97, 0.96, 0.61, 0.97, 0.97, 0.89, 0.87)),
    "held-out 3": (HELDOUT.with_name("heldout3"), [],
                   _floors(0.96, 0.97, 0.97, 0.97, 0.97, 0.68, 0.97, 0.97, 0.95, 0.86)),
    "held-out 4": (HELDOUT.with_name("heldout4"), [],
                   _floors(0.97, 0.97, 0.97, 0.97, 0.96, 0.56, 0.97, 0.97, 0.94, 0.91)),
    # one report names only its 街道 (丰产路街道): placed by the town gazetteer
    # (initiative recall 0.795: its labeller took one scene-setting sentence, 在城区，“院坝会”变成了
    # “楼栋会”, for a theme; such sentences are no themes since set 26, which five sets bear out)
    "held-out 5": (HELDOUT.with_name("heldout5"), [],
                   _floors(0.96, 0.98, 0.97, 0.97, 0.95, 0.67, 0.99, 0.97, 0.78, 0.68)),
    # a speech names only the ambiguous 朝阳区, decided by its 红旗街道
    "held-out 6": (HELDOUT.with_name("heldout6"), [],
                   _floors(0.96, 0.97, 0.97, 0.97, 0.96, 0.59, 0.99, 0.97, 0.95, 0.72)),
    "held-out 7": (HELDOUT.with_name("heldout7"), [],
                   _floors(0.97, 0.98, 0.98, 0.98, 0.91, 0.56, 0.98, 0.97, 0.98, 0.60)),
    "held-out 8": (HELDOUT.with_name("heldout8"), [],
                   _floors(0.98, 0.97, 0.98, 0.98, 0.95, 0.61, 0.98, 0.97, 0.86, 0.60)),
    "held-out 9": (HELDOUT.with_name("heldout9"), [],
                   _floors(0.98, 0.98, 0.98, 0.98, 0.94, 0.63, 0.98, 0.97, 0.98, 0.75)),
    "held-out 10": (HELDOUT.with_name("heldout10"), [],
                    _floors(0.98, 0.98, 0.98, 0.98, 0.94, 0.67, 0.98, 0.97, 0.87, 0.58)),
    # two reports never name their county (a 视察报告 of 县政协, a 街道 ledger): their towns do
    "held-out 11": (HELDOUT.with_name("heldout11"), [],
                    _floors(0.95, 0.96, 0.99, 0.99, 0.89, 0.48, 0.99, 0.97, 0.93, 0.37)),
    # a speech names only 工人村街道 (in 沈阳 and in 武汉) and a team called 老铁西: locality 0.910
    "held-out 12": (HELDOUT.with_name("heldout12"), [],
                    _floors(0.97, 0.98, 0.98, 0.98, 0.93, 0.57, 0.89, 0.97, 0.98, 0.89)),
    "held-out 13": (HELDOUT.with_name("heldout13"), [],
                    _floors(0.97, 0.98, 0.99, 0.99, 0.95, 0.56, 0.99, 0.97, 0.92, 0.82)),
    # reports from below the county: most name only their town or 街道
    "held-out 14": (HELDOUT.with_name("heldout14"), [],
                    _floors(0.97, 0.98, 0.99, 0.99, 0.93, 0.58, 0.99, 0.97, 0.97, 0.85)),
    "held-out 15": (HELDOUT.with_name("heldout15"), [],
                    _floors(0.97, 0.98, 0.99, 0.99, 0.92, 0.59, 0.99, 0.97, 0.98, 0.90)),
    # texts about several places at once: rankings, 对标, collections of counties' speeches
    "held-out 16": (HELDOUT.with_name("heldout16"), [],
                    _floors(0.97, 0.97, 0.99, 0.99, 0.92, 0.50, 0.96, 0.97, 0.98, 0.80)),
    "held-out 17": (HELDOUT.with_name("heldout17"), [],
                    _floors(0.98, 0.98, 0.99, 0.99, 0.94, 0.58, 0.99, 0.97, 0.98, 0.92)),
    # a mixed sample: town pages, city reports with county figures, 繁體, OCR; one 街道 shares
    # its name with two others in its province (文化路街道): locality 0.869
    "held-out 18": (HELDOUT.with_name("heldout18"), [],
                    _floors(0.97, 0.98, 0.99, 0.99, 0.95, 0.54, 0.86, 0.97, 0.95, 0.85)),
    "held-out 19": (HELDOUT.with_name("heldout19"), [],
                    _floors(0.97, 0.98, 0.99, 0.99, 0.94, 0.57, 0.99, 0.97, 0.98, 0.88)),
    # a mixed sample as scraped: town reports, a 盟 notice with its 旗县市' figures, a press
    # conference, PDF text
    "held-out 20": (HELDOUT.with_name("heldout20"), [],
                    _floors(0.97, 0.98, 0.99, 0.99, 0.92, 0.53, 0.98, 0.97, 0.97, 0.74)),
    "held-out 21": (HELDOUT.with_name("heldout21"), [],
                    _floors(0.98, 0.98, 0.99, 0.99, 0.95, 0.60, 0.99, 0.97, 0.97, 0.92)),
    # a mixed sample as scraped: a 文库 page, a statistics page with tab-separated tables
    "held-out 22": (HELDOUT.with_name("heldout22"), [],
                    _floors(0.97, 0.97, 0.99, 0.99, 0.94, 0.60, 0.99, 0.97, 0.92, 0.74)),
    "held-out 23": (HELDOUT.with_name("heldout23"), [],
                    _floors(0.97, 0.98, 0.99, 0.99, 0.96, 0.58, 0.99, 0.97, 0.97, 0.85)),
    # a mixed sample as scraped: a 简报 with its counties, a table whose columns are towns, OCR, 繁體
    "held-out 24": (HELDOUT.with_name("heldout24"), [],
                    _floors(0.97, 0.98, 0.99, 0.99, 0.94, 0.59, 0.99, 0.97, 0.94, 0.78)),
    "held-out 25": (HELDOUT.with_name("heldout25"), [],
                    _floors(0.98, 0.98, 0.99, 0.99, 0.97, 0.66, 0.99, 0.97, 0.94, 0.90)),
    # texts about several places: county columns, sections by county, speakers of several counties
    "held-out 26": (HELDOUT.with_name("heldout26"), [],
                    _floors(0.97, 0.99, 0.99, 0.99, 0.95, 0.64, 0.99, 0.97, 0.81, 0.70)),
    # below the county, as scraped: 朱各庄镇 is in two counties and the page never says which
    "held-out 27": (HELDOUT.with_name("heldout27"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.90, 0.52, 0.88, 0.97, 0.84, 0.73)),
    "held-out 28": (HELDOUT.with_name("heldout28"), [],
                    _floors(0.98, 0.98, 0.99, 0.99, 0.94, 0.59, 0.99, 0.98, 0.97, 0.87)),
    # a mixed sample: a provincial story on two counties named by bare stems (双江, 西畴), OCR, figure page
    "held-out 29": (HELDOUT.with_name("heldout29"), [],
                    _floors(0.97, 0.98, 0.99, 0.99, 0.94, 0.53, 0.95, 0.97, 0.89, 0.76)),
    "held-out 30": (HELDOUT.with_name("heldout30"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.92, 0.54, 0.99, 0.97, 0.93, 0.82)),
    # a mixed sample with texts about several places: score tables, towns of three counties, OCR
    "held-out 31": (HELDOUT.with_name("heldout31"), [],
                    _floors(0.94, 0.98, 0.99, 0.99, 0.87, 0.56, 0.98, 0.97, 0.81, 0.55)),
    "held-out 32": (HELDOUT.with_name("heldout32"), [],
                    _floors(0.97, 0.99, 0.99, 0.99, 0.95, 0.65, 0.99, 0.98, 0.96, 0.87)),
    # a mixed sample with texts about several places: 新华网 on two counties, OCR, 一图读懂
    "held-out 33": (HELDOUT.with_name("heldout33"), [],
                    _floors(0.98, 0.99, 0.99, 0.99, 0.96, 0.66, 0.98, 0.98, 0.99, 0.86)),
    # less common house styles; one 镇 report (长安镇, in eleven units) never names its city: locality 0.901
    "held-out 34": (HELDOUT.with_name("heldout34"), [],
                    _floors(0.95, 0.98, 0.99, 0.98, 0.91, 0.51, 0.89, 0.99, 0.90, 0.61)),
    "held-out 35": (HELDOUT.with_name("heldout35"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.95, 0.61, 0.99, 0.99, 0.94, 0.83)),
    "held-out 36": (HELDOUT.with_name("heldout36"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.95, 0.63, 0.99, 0.99, 0.93, 0.81)),
    # a mixed sample: a figure page whose headings state outcomes (its labeller's results), a 抖音 transcript
    "held-out 37": (HELDOUT.with_name("heldout37"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.94, 0.66, 0.99, 0.99, 0.90, 0.61)),
    # less common house styles: a 全会 report, case boxes, an interview, a 政协 reply placed by its issuer
    "held-out 38": (HELDOUT.with_name("heldout38"), [],
                    _floors(0.96, 0.99, 0.99, 0.99, 0.93, 0.59, 0.99, 0.99, 0.96, 0.79)),
    # (exact subject 0.644 -> 0.638 when an average after a total came to name both, 农户筹资户均)
    "held-out 39": (HELDOUT.with_name("heldout39"), [],
                    _floors(0.95, 0.98, 0.99, 0.99, 0.93, 0.63, 0.98, 0.99, 0.93, 0.76)),
    # less common house styles: a speech, minutes, an FAQ, a ranking notice, a village ledger; one 述职 of a
    # 镇 (沙塘镇, in four counties) never names its county: locality 0.904
    "held-out 40": (HELDOUT.with_name("heldout40"), [],
                    _floors(0.92, 0.99, 0.99, 0.99, 0.92, 0.63, 0.89, 0.99, 0.80, 0.67)),
    # four passages only (its writer stopped there): a digest of four counties, a county score table
    "held-out 41": (HELDOUT.with_name("heldout41"), [],
                    _floors(0.96, 0.99, 0.99, 0.99, 0.96, 0.77, 0.99, 0.99, 0.99, 0.82)),
    # a village chat that never names its county (溪口镇 is in several): locality 0.941; its labeller
    # kept the place in 老城区：以“街区党建”激活古城治理
    "held-out 42": (HELDOUT.with_name("heldout42"), [],
                    _floors(0.95, 0.98, 0.99, 0.99, 0.94, 0.60, 0.93, 0.99, 0.79, 0.50)),
    # less common house styles: a 微党课 transcript full of anecdotes, a mediation centre's list of rows
    "held-out 43": (HELDOUT.with_name("heldout43"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.90, 0.53, 0.99, 0.99, 0.81, 0.47)),
    "held-out 44": (HELDOUT.with_name("heldout44"), [],
                    _floors(0.96, 0.98, 0.98, 0.99, 0.94, 0.63, 0.99, 0.99, 0.97, 0.93)),
    # less common house styles: tables of projects and of leaders whose labeller names the row, a policy
    # reading whose rules sit beside its facts (subject 0.785, initiative recall 0.773)
    "held-out 45": (HELDOUT.with_name("heldout45"), [],
                    _floors(0.93, 0.94, 0.99, 0.99, 0.77, 0.42, 0.94, 0.98, 0.76, 0.35)),
    "held-out 46": (HELDOUT.with_name("heldout46"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.96, 0.60, 0.96, 0.99, 0.87, 0.73)),
    # ordinary county reports (met every target on its first run)
    "held-out 47": (HELDOUT.with_name("heldout47"), [],
                    _floors(0.96, 0.99, 0.99, 0.99, 0.95, 0.69, 0.99, 0.99, 0.99, 0.97)),
    # urban texts: districts, streets, communities
    "held-out 48": (HELDOUT.with_name("heldout48"), [],
                    _floors(0.97, 0.98, 0.99, 0.99, 0.95, 0.57, 0.99, 0.99, 0.99, 0.94)),
    # less common house styles: minutes of a 院坝会, a points ledger, a reply to a deputy, a party-school paper
    "held-out 49": (HELDOUT.with_name("heldout49"), [],
                    _floors(0.95, 0.98, 0.99, 0.99, 0.92, 0.48, 0.99, 0.99, 0.87, 0.75)),
    # a mixed sample: a yearbook, a press conference, a live blog, a 政府工作报告 as PDF text
    "held-out 50": (HELDOUT.with_name("heldout50"), [],
                    _floors(0.95, 0.98, 0.99, 0.99, 0.94, 0.63, 0.94, 0.99, 0.83, 0.61)),
    # ordinary county reports; one never names its county (locality 0.903: no place rather than a wrong one)
    "held-out 51": (HELDOUT.with_name("heldout51"), [],
                    _floors(0.97, 0.99, 0.99, 0.99, 0.96, 0.63, 0.89, 0.99, 0.97, 0.97)),
    # news reports of the media
    "held-out 52": (HELDOUT.with_name("heldout52"), [],
                    _floors(0.95, 0.97, 0.99, 0.99, 0.95, 0.64, 0.99, 0.99, 0.99, 0.85)),
    # less common house styles: a 民情恳谈会 record, a 票决 notice with a plan table
    "held-out 53": (HELDOUT.with_name("heldout53"), [],
                    _floors(0.91, 0.98, 0.99, 0.99, 0.92, 0.52, 0.99, 0.99, 0.81, 0.58)),
    # a mixed sample: a 十佳案例 notice, a city's inspection of three counties, a journal article
    "held-out 54": (HELDOUT.with_name("heldout54"), [],
                    _floors(0.93, 0.97, 0.99, 0.99, 0.92, 0.56, 0.96, 0.99, 0.81, 0.46)),
    # ordinary county reports
    "held-out 55": (HELDOUT.with_name("heldout55"), [],
                    _floors(0.96, 0.99, 0.99, 0.99, 0.96, 0.63, 0.99, 0.99, 0.97, 0.92)),
    # urban texts (four passages): a 接诉即办 notice with a table, 红色物业 minutes, a score notice, a 述职;
    # one names only its 街道, a name two districts give a street (locality 0.502: no place rather than a wrong one)
    "held-out 56": (HELDOUT.with_name("heldout56"), [],
                    _floors(0.92, 0.98, 0.99, 0.99, 0.92, 0.52, 0.49, 0.99, 0.99, 0.69)),
    # less common house styles: a speech, a 述职, a 巡察 notice, a diary, a 小微权力清单, a survey with a table
    "held-out 57": (HELDOUT.with_name("heldout57"), [],
                    _floors(0.93, 0.97, 0.99, 0.99, 0.88, 0.50, 0.90, 0.99, 0.91, 0.43)),
    # a mixed sample: a 公众号 post, an encyclopedia entry, a 留言板, a procurement notice, a thesis chapter
    "held-out 58": (HELDOUT.with_name("heldout58"), [],
                    _floors(0.93, 0.98, 0.99, 0.99, 0.91, 0.63, 0.96, 0.99, 0.99, 0.40)),
    # urban texts: the rest of set 56's brief
    "held-out 59": (HELDOUT.with_name("heldout59"), [],
                    _floors(0.95, 0.97, 0.99, 0.99, 0.95, 0.51, 0.99, 0.98, 0.93, 0.63)),
    # ordinary county reports
    "held-out 60": (HELDOUT.with_name("heldout60"), [],
                    _floors(0.95, 0.99, 0.99, 0.99, 0.95, 0.65, 0.99, 0.99, 0.97, 0.97)),
    # news reports of the media (four passages)
    "held-out 61": (HELDOUT.with_name("heldout61"), [],
                    _floors(0.96, 0.99, 0.98, 0.99, 0.91, 0.68, 0.99, 0.99, 0.40, 0.49)),
    # less common house styles: an observers' report, minutes, a deputy's record, a before/after table of standards;
    # one names only its town, a name five counties give a town (locality 0.893)
    "held-out 62": (HELDOUT.with_name("heldout62"), [],
                    _floors(0.94, 0.97, 0.99, 0.99, 0.90, 0.48, 0.88, 0.99, 0.99, 0.37)),
    # texts as scraped and reposted: traditional characters, a bullet digest, citation markers, spam, PDF page furniture
    "held-out 63": (HELDOUT.with_name("heldout63"), [],
                    _floors(0.96, 0.99, 0.99, 0.99, 0.95, 0.68, 0.98, 0.99, 0.89, 0.83)),
    # ordinary county reports
    "held-out 64": (HELDOUT.with_name("heldout64"), [],
                    _floors(0.96, 0.99, 0.99, 0.99, 0.96, 0.61, 0.99, 0.99, 0.97, 0.97)),
    # news reports of the media
    "held-out 65": (HELDOUT.with_name("heldout65"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.95, 0.60, 0.99, 0.99, 0.69, 0.51)),
    # less common house styles: a points ranking, a pay notice, a notice board, weekly tables
    # (exact subject 0.499 -> 0.486 when a qualifier before a count was kept with what follows it,
    # 对考核排名靠后的|31名|村干部, which labellers write one or the other of)
    "held-out 66": (HELDOUT.with_name("heldout66"), [],
                    _floors(0.92, 0.98, 0.99, 0.99, 0.88, 0.48, 0.99, 0.99, 0.60, 0.33)),
    # a mixed sample, several places: a city's brief, a 专题询问 transcript, a budget note, a journal article
    "held-out 67": (HELDOUT.with_name("heldout67"), [],
                    _floors(0.96, 0.99, 0.99, 0.99, 0.94, 0.67, 0.97, 0.99, 0.49, 0.36)),
    # ordinary county reports
    "held-out 68": (HELDOUT.with_name("heldout68"), [],
                    _floors(0.95, 0.99, 0.99, 0.99, 0.92, 0.58, 0.99, 0.99, 0.95, 0.87)),
    # news reports of the media
    "held-out 69": (HELDOUT.with_name("heldout69"), [],
                    _floors(0.94, 0.97, 0.99, 0.99, 0.92, 0.58, 0.99, 0.99, 0.75, 0.37)),
    # urban texts: minutes, a 居民公约 vote, a 12345 monthly and a 微更新 notice with tables;
    # four name only a street or a community (locality 0.689)
    "held-out 70": (HELDOUT.with_name("heldout70"), [],
                    _floors(0.93, 0.97, 0.99, 0.99, 0.92, 0.49, 0.67, 0.99, 0.79, 0.53)),
    # less common house styles: a 牧区网格 rules report, ledgers, score and asset tables
    "held-out 71": (HELDOUT.with_name("heldout71"), [],
                    _floors(0.92, 0.98, 0.99, 0.99, 0.89, 0.48, 0.99, 0.99, 0.75, 0.51)),
    # ordinary county reports (five passages)
    "held-out 72": (HELDOUT.with_name("heldout72"), [],
                    _floors(0.95, 0.99, 0.99, 0.99, 0.96, 0.70, 0.99, 0.99, 0.99, 0.93)),
    # news reports of the media
    "held-out 73": (HELDOUT.with_name("heldout73"), [],
                    _floors(0.95, 0.97, 0.99, 0.99, 0.94, 0.58, 0.99, 0.99, 0.76, 0.45)),
    # urban texts; one names only a 街道 two districts have (locality 0.875)
    "held-out 74": (HELDOUT.with_name("heldout74"), [],
                    _floors(0.94, 0.97, 0.99, 0.99, 0.89, 0.52, 0.86, 0.99, 0.76, 0.56)),
    # a mixed sample, several places: a city's brief on three counties, a transcript, a 统计公报, a journal article
    "held-out 75": (HELDOUT.with_name("heldout75"), [],
                    _floors(0.95, 0.98, 0.99, 0.99, 0.94, 0.69, 0.94, 0.99, 0.81, 0.47)),
    # ordinary county reports
    "held-out 76": (HELDOUT.with_name("heldout76"), [],
                    _floors(0.94, 0.98, 0.99, 0.99, 0.94, 0.62, 0.90, 0.99, 0.99, 0.99)),
    # news reports of the media
    "held-out 77": (HELDOUT.with_name("heldout77"), [],
                    _floors(0.95, 0.97, 0.99, 0.99, 0.92, 0.61, 0.99, 0.99, 0.93, 0.44)),
    # less common house styles: a points ranking, a vote notice, a score sheet, 屋场会 and 积分超市 records
    "held-out 78": (HELDOUT.with_name("heldout78"), [],
                    _floors(0.92, 0.97, 0.99, 0.99, 0.91, 0.42, 0.89, 0.99, 0.99, 0.22)),
    # a mixed sample, several places: a city brief with a contents list, a case digest, a journal article, a ranking
    "held-out 79": (HELDOUT.with_name("heldout79"), [],
                    _floors(0.95, 0.99, 0.99, 0.99, 0.95, 0.66, 0.96, 0.99, 0.91, 0.55)),
    # ordinary county reports
    "held-out 80": (HELDOUT.with_name("heldout80"), [],
                    _floors(0.95, 0.99, 0.99, 0.99, 0.95, 0.60, 0.99, 0.99, 0.97, 0.95)),
    # news reports of the media
    "held-out 81": (HELDOUT.with_name("heldout81"), [],
                    _floors(0.96, 0.96, 0.99, 0.99, 0.94, 0.60, 0.96, 0.99, 0.90, 0.50)),
    # less common house styles: a score sheet of masked names, a vote notice, weekly minutes
    "held-out 82": (HELDOUT.with_name("heldout82"), [],
                    _floors(0.93, 0.98, 0.99, 0.99, 0.87, 0.45, 0.99, 0.99, 0.99, 0.18)),
    # urban texts: three name only a 街道 several districts have (locality 0.679)
    "held-out 83": (HELDOUT.with_name("heldout83"), [],
                    _floors(0.92, 0.98, 0.99, 0.99, 0.90, 0.47, 0.66, 0.99, 0.99, 0.64)),
    # ordinary county reports
    "held-out 84": (HELDOUT.with_name("heldout84"), [],
                    _floors(0.96, 0.99, 0.99, 0.99, 0.95, 0.61, 0.99, 0.99, 0.99, 0.97)),
    # news reports of the media
    "held-out 85": (HELDOUT.with_name("heldout85"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.91, 0.58, 0.99, 0.99, 0.99, 0.65)),
    # less common house styles: a points ranking, a resolution notice, a 炕头会 record, a phone-survey notice
    "held-out 86": (HELDOUT.with_name("heldout86"), [],
                    _floors(0.91, 0.99, 0.99, 0.99, 0.91, 0.45, 0.99, 0.99, 0.79, 0.17)),
    # a mixed sample, several places: a city brief, a case digest, a city hotline ranking its districts, a journal page
    "held-out 87": (HELDOUT.with_name("heldout87"), [],
                    _floors(0.94, 0.99, 0.99, 0.99, 0.94, 0.64, 0.99, 0.99, 0.69, 0.50)),
    # ordinary county reports
    "held-out 88": (HELDOUT.with_name("heldout88"), [],
                    _floors(0.96, 0.99, 0.99, 0.99, 0.93, 0.60, 0.99, 0.99, 0.97, 0.97)),
    # news reports of the media: labellers took paragraph leads for measures (initiative recall 0.531)
    "held-out 89": (HELDOUT.with_name("heldout89"), [],
                    _floors(0.95, 0.98, 0.99, 0.99, 0.94, 0.58, 0.99, 0.99, 0.52, 0.56)),
    # less common house styles: a points ranking, a resolution with votes, a 屋场会 record, a 红白理事会 quarterly
    "held-out 90": (HELDOUT.with_name("heldout90"), [],
                    _floors(0.91, 0.98, 0.99, 0.99, 0.90, 0.48, 0.90, 0.99, 0.61, 0.09)),
    # urban texts: a street's monthly, 议事 minutes on a plan with a vote, a 邻里节 post
    "held-out 91": (HELDOUT.with_name("heldout91"), [],
                    _floors(0.92, 0.98, 0.99, 0.99, 0.94, 0.58, 0.91, 0.99, 0.85, 0.68)),
    # ordinary county reports (all targets met on the first run)
    "held-out 92": (HELDOUT.with_name("heldout92"), [],
                    _floors(0.97, 0.99, 0.99, 0.99, 0.95, 0.57, 0.99, 0.99, 0.99, 0.87)),
    # news: features, a series, a TV script, a commentary; ages and stints of people in stories
    "held-out 93": (HELDOUT.with_name("heldout93"), [],
                    _floors(0.96, 0.97, 0.99, 0.99, 0.92, 0.62, 0.98, 0.99, 0.99, 0.53)),
    # less common house styles (two helpers): minutes, notices, a resolution, a score table
    "held-out 94": (HELDOUT.with_name("heldout94"), [],
                    _floors(0.94, 0.99, 0.99, 0.99, 0.92, 0.53, 0.99, 0.99, 0.43, 0.09)),
    # mixed: a brief of three counties, a case digest whose headings keep their place (initiatives 0.667)
    "held-out 95": (HELDOUT.with_name("heldout95"), [],
                    _floors(0.95, 0.99, 0.99, 0.99, 0.94, 0.71, 0.99, 0.99, 0.65, 0.43)),
    # news: features, a TV script, an investigation, a commentary
    "held-out 96": (HELDOUT.with_name("heldout96"), [],
                    _floors(0.95, 0.97, 0.99, 0.99, 0.92, 0.61, 0.99, 0.99, 0.79, 0.40)),
    # less common house styles: two texts of a town name only the town (灵山镇, 麻田镇), which
    # several counties have: locality 0.811
    "held-out 97": (HELDOUT.with_name("heldout97"), [],
                    _floors(0.94, 0.99, 0.99, 0.99, 0.90, 0.46, 0.80, 0.98, 0.83, 0.32)),
    # urban districts of 西安, 宝鸡, 兰州, 乌鲁木齐
    "held-out 98": (HELDOUT.with_name("heldout98"), [],
                    _floors(0.94, 0.98, 0.99, 0.99, 0.92, 0.57, 0.99, 0.99, 0.82, 0.68)),
    # ordinary county reports; one names its city only in a college's name, its county in its signature
    "held-out 99": (HELDOUT.with_name("heldout99"), [],
                    _floors(0.96, 0.99, 0.99, 0.99, 0.94, 0.69, 0.99, 0.99, 0.99, 0.95)),
    # news: features, a photo story, a commentary
    "held-out 100": (HELDOUT.with_name("heldout100"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.94, 0.62, 0.99, 0.99, 0.75, 0.38)),
    # less common house styles: minutes, a score table of masked people (the column, not the row)
    "held-out 101": (HELDOUT.with_name("heldout101"), [],
                    _floors(0.93, 0.98, 0.99, 0.99, 0.91, 0.40, 0.97, 0.99, 0.80, 0.27)),
    # mixed: a brief, a 公示, a case digest from a 文库 site, a ranking table (all targets met on the first run)
    "held-out 102": (HELDOUT.with_name("heldout102"), [],
                    _floors(0.95, 0.97, 0.99, 0.99, 0.95, 0.69, 0.99, 0.99, 0.94, 0.45)),
    # ordinary county reports (all targets met on the first run)
    "held-out 103": (HELDOUT.with_name("heldout103"), [],
                    _floors(0.94, 0.99, 0.99, 0.99, 0.95, 0.64, 0.99, 0.99, 0.99, 0.96)),
    # news: a commentary naming its county only as 永安市 after 了
    "held-out 104": (HELDOUT.with_name("heldout104"), [],
                    _floors(0.96, 0.98, 0.99, 0.99, 0.94, 0.59, 0.99, 0.99, 0.72, 0.47)),
    # urban: minutes with building numbers and score bands; one names only its 街道 (裕强街道)
    "held-out 105": (HELDOUT.with_name("heldout105"), [],
                    _floors(0.94, 0.98, 0.99, 0.99, 0.91, 0.52, 0.91, 0.99, 0.66, 0.60)),
    # mixed: a 地区政协 report on three counties (我地区), a journal abstract, a speech
    "held-out 106": (HELDOUT.with_name("heldout106"), [],
                    _floors(0.95, 0.98, 0.99, 0.99, 0.94, 0.65, 0.98, 0.99, 0.83, 0.64)),
}
# Sets with fewer than ten passages, and how many they have
PASSAGES = {"development": 15, "held-out 41": 4, "held-out 56": 4, "held-out 59": 6, "held-out 61": 4, "held-out 72": 5}


@pytest.mark.parametrize("name", list(SETS))
def test_extraction_stays_above_its_floors(name):
    folder, _, floors = SETS[name]
    a = accuracy(load_labelled(folder))
    got = {"precision": a["precision"], "recall": a["recall"],
           "initiative_recall": a["initiative_recall"], "initiative_precision": a["initiative_precision"],
           **a["field"]}
    low = {k: (round(got[k], 3), floor) for k, floor in floors.items() if got[k] < floor}
    assert not low, f"{name} set below its floors (got, floor): {low}\nmisses: {a['misses']}\n" \
                    f"extras: {a['extras']}\nwrong: {a['wrong']}"


@pytest.mark.parametrize("name", list(SETS))
def test_every_labelled_passage_is_measured(name):
    # a set that lost passages, or a label whose `at` no longer occurs in its text (the
    # benchmark stops on it), would measure less than it claims
    passages = load_labelled(SETS[name][0])
    assert len(passages) >= PASSAGES.get(name, 10)
    for _, text, labels in passages:
        assert len(label_spans(text, labels)) == len(labels.get("metrics") or [])


@pytest.mark.parametrize("name", list(SETS))
def test_every_set_passes_its_label_checker(name):
    # labels that drift from their text would measure the extractor against wrong answers
    import subprocess

    folder, flags, _ = SETS[name]
    checker = HELDOUT.parent / "check_labels.py"
    done = subprocess.run([sys.executable, str(checker), str(folder), *flags], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]
