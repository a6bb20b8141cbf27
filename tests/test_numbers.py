"""Number forms, table-driven: value, range, unit, approximate, change and span."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.numbers import iter_quantities


@pytest.mark.parametrize("text,quote,value,value_max,unit,approx", [
    ("带动3.2万余名居民加入治理队伍。", "3.2万余名", 32000, None, "名", True),
    ("共投入帮扶资金1000余万元发展特色产业。", "1000余万元", 10_000_000, None, "元", True),
    ("组织覆盖率达49.31%。", "49.31%", 49.31, None, "%", False),
    ("以300—500户为单位划分网格。", "300—500户", 300, 500, "户", False),
    ("平均报酬4116元/月。", "4116元/月", 4116, None, "元/月", False),
    ("平均年龄35.5岁。", "35.5岁", 35.5, None, "岁", False),
    ("参与志愿服务2.5万余人次。", "2.5万余人次", 25000, None, "人次", True),
    ("培训骨干一千二百名。", "一千二百名", 1200, None, "名", False),
    ("群众满意度提升三成。", "三成", 30, None, "%", False),
    ("吸纳近千人参与。", "近千人", 1000, None, "人", True),
    ("共有１，２００人报名。", "１，２００人", 1200, None, "人", False),
    ("每个网格配备3至5个联户长。", "3至5个", 3, 5, "个", False),
    ("每个网格配备3-5个联户长。", "3-5个", 3, 5, "个", False),
    ("建成超过200个服务站。", "超过200个", 200, None, "个", True),
    ("走访逾百家企业。", "逾百家", 100, None, "家", True),
    ("筹集资金1.5亿元。", "1.5亿元", 150_000_000, None, "元", False),
    ("组建服务队约30支。", "约30支", 30, None, "支", True),
    ("覆盖居民2000户左右。", "2000户左右", 2000, None, "户", True),
    ("发放补贴1,200元。", "1,200元", 1200, None, "元", False),
    ("新增两个社区食堂。", "两个", 2, None, "个", False),
    ("建立十二个服务站。", "十二个", 12, None, "个", False),
    ("开展活动80余场。", "80余场", 80, None, "场", True),
    ("覆盖率下降3个百分点。", "3个百分点", 3, None, "个百分点", False),
    ("組建黨支部１２個。", "１２個", 12, None, "个", False),
    ("服務群眾三萬餘人次。", "三萬餘人次", 30000, None, "人次", True),
])
def test_number_forms(text, quote, value, value_max, unit, approx):
    cands = extract_text(text)
    assert len(cands) == 1, [c.quote for c in cands]
    c = cands[0]
    assert (c.quote, c.value, c.value_max, c.unit, c.approximate) == (quote, value, value_max, unit, approx)
    assert text[c.start:c.end] == quote


@pytest.mark.parametrize("text,change", [
    ("矛盾纠纷同比增长12%。", "increase"),
    ("信访量同比下降12%。", "decrease"),
    ("办理周期平均缩短40%。", "decrease"),
    ("覆盖率提高到90%。", None),
    ("组织覆盖率达49.31%。", None),
])
def test_growth_keeps_its_direction(text, change):
    (c,) = extract_text(text)
    assert c.change == change


@pytest.mark.parametrize("text", [
    "2025年以来，全区持续推进。",
    "10月起开展专项行动。",
    "第三网格表现突出。",
    "探索“1+1+N+X”四员联动工作模式。",
    "坚持“五个强化”提升效能。",
    "外部只保留“四牌两标识”。",
    "创新推行“五岗二十级二档”薪酬管理体制。",
    "实现“六个一”目标。",
    "推行“一中心一张网十联户”机制。",
    "拨打12345热线反映诉求。",
    "咨询电话：0851-12345678。",
    "印发《实施方案》（铜党发〔2024〕12号）。",
    "围绕“两个覆盖”集中攻坚。",
    "实现数据一次采集、多方共享。",
    "千家万户受益。",
    "采取“四个一批”方式。",
    "相关研究[3]表明。",
])
def test_not_metrics(text):
    assert [c.quote for c in extract_text(text)] == []


@pytest.mark.parametrize("text,subjects", [
    ("建立10个社区老年食堂和托育中心、43个户外劳动者驿站、172个小区党群服务站，为群众服务。",
     ["社区老年食堂和托育中心", "户外劳动者驿站", "小区党群服务站"]),
    ("分步有序组建小区党支部192个，选优配强小区党支部班子成员521人。", ["小区党支部", "小区党支部班子成员"]),
    ("优化设置社区党委15个、社区党总支19个。", ["社区党委", "社区党总支"]),
    ("指导成立工会组织137个、共青团组织235个、妇联组织124个。", ["工会组织", "共青团组织", "妇联组织"]),
    ("动员21家民营企业与12个村（社区）结对帮扶。", ["民营企业", "村（社区）"]),
    ("组建党组织104个。", ["党组织"]),
])
def test_subjects(text, subjects):
    assert [c.subject_zh for c in extract_text(text)] == subjects


def test_quantities_report_offsets_into_the_scanned_text():
    text = "共12个，另有3.5万元"
    for q in iter_quantities(text):
        assert text[q.start:q.end] == q.quote
