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
    ("每个项目资助2万至5万元。", "2万至5万元", 20000, 50000, "元", False),
    ("给予300—500万元奖补。", "300—500万元", 3_000_000, 5_000_000, "元", False),
    ("加装电梯326部。", "326部", 326, None, "部", False),
    ("发放积分186万分。", "186万分", 1_860_000, None, "分", False),
    ("社区工作台账精简为８本。", "８本", 8, None, "本", False),
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
    ("填表報數時間減少約五成。", "decrease"),
    ("精简各类工作群组四成以上。", "decrease"),
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
    "围绕一个核心、建强三支队伍、健全五项机制。",
    "围绕三条主线推进。",
    "分三类招募社区合伙人。",
    "为80周岁以上的老人上门服务。",
    "设立24小时自助服务点。",
    "经费按照每个村不低于30万元的标准保障。",
    "上午9时30分开会。",
    "三分之一的时间用于走访。",
    "联合12部门开展行动。",
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
    ("社区证明事项由36项压减至9项。", ["社区证明事项", "社区证明事项"]),
    ("社区党委由六十八个增至七十六个。", ["社区党委", "社区党委"]),
    ("安排专项经费2.86亿元，较上年增长8.5%。", ["专项经费", "专项经费"]),
    ("为辖区1.9万名80周岁以上老年人提供助餐服务。", ["老年人"]),
    ("吸纳志愿者近千名常态化参与社区服务。", ["志愿者"]),
    ("以楼栋或300—500户为单位划分城市综合网格。", ["城市综合网格"]),
    ("按照城市社区300—500户、农村社区100至200户为一个网格的标准划分。", ["网格", "网格"]),
    ("在11个街道、2个镇全面推行。", ["街道", "镇"]),
])
def test_subjects(text, subjects):
    assert [c.subject_zh for c in extract_text(text)] == subjects


def test_respectively_pairs_numbers_with_the_subjects_before_them():
    cands = extract_text("解决率93.5%，满意率95.1%，分别较上年提高2.2个和1.9个百分点。")
    assert [(c.quote, c.subject_zh, c.unit, c.change) for c in cands] == [
        ("93.5%", "解决率", "%", None),
        ("95.1%", "满意率", "%", None),
        ("2.2个", "解决率", "个百分点", "increase"),  # the unit is shared: 2.2个(百分点)
        ("1.9个百分点", "满意率", "个百分点", "increase"),
    ]


def test_from_to_pair_keeps_the_new_level_without_a_change():
    a, b = extract_text("社区工作台账由46本精简为8本。")
    assert (a.value, b.value, b.change) == (46, 8, None)


def test_quantities_report_offsets_into_the_scanned_text():
    text = "共12个，另有3.5万元"
    for q in iter_quantities(text):
        assert text[q.start:q.end] == q.quote
