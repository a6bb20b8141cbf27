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
    ("调处劳资纠纷1,032宗。", "1,032宗", 1032, None, "宗", False),
    ("发案数下降至326起。", "326起", 326, None, "起", False),
    ("清理楼道堆物约800立方米。", "约800立方米", 800, None, "立方米", True),
    ("另奖励1万元/个。", "1万元/个", 10000, None, "元/个", False),
    ("外出务工人员约为31%。", "约为31%", 31, None, "%", True),
    ("全市建成百余个社区食堂。", "百余个", 100, None, "个", True),
    ("参与群众达万余人次。", "万余人次", 10000, None, "人次", True),
    ("新建村级党群服务中心 126 个。", "126 个", 126, None, "个", False),
    ("投入运转经费 2.35 亿元。", "2.35 亿元", 235_000_000, None, "元", False),
    # 不足/不到 bound a number from above: as approximate as 超过
    ("办理时限压缩到不到3天。", "不到3天", 3, None, "天", True),
    ("留守儿童占比不足一成。", "不足一成", 10, None, "%", True),
    ("办理时间缩短至5個工作日。", "5個工作日", 5, None, "个工作日", False),
    # fractions, read as percentages
    ("群众满意率达到百分之九十五。", "百分之九十五", 95, None, "%", False),
    ("留守儿童占四分之一以上。", "四分之一以上", 25, None, "%", True),
    ("发案率控制在千分之五。", "千分之五", 0.5, None, "%", False),
    ("为社区挂牌17块。", "17块", 17, None, "块", False),
    ("参与率两成多。", "两成多", 20, None, "%", True),
    ("婚丧宴请规模减少到20桌以内。", "20桌以内", 20, None, "桌", True),
    ("结成“团结互助对子”２１０对。", "２１０对", 210, None, "对", False),
    ("民宿主人说：“今年我家开了6间客房，旺季天天满。”", "6间", 6, None, "间", False),  # quoted speech
    ("组织渔船1,200余艘参与海上巡防。", "1,200余艘", 1200, None, "艘", True),
    ("消费额比上年翻了一番。", "一番", 1, None, "番", False),
    ("安装楼道灯84盏。", "84盏", 84, None, "盏", False),
    # livestock, strokes of a ledger, rounds of visits; a second unit in brackets stays
    ("养殖藏鸡3,200只。", "3,200只", 3200, None, "只", False),
    ("放牧牲畜300多头（只）。", "300多头（只）", 300, None, "头（只）", True),
    # person-days, vehicle trips, sheep units
    ("包村干部在岗312人天。", "312人天", 312, None, "人天", False),
    ("巡逻车辆1,940余辆次。", "1,940余辆次", 1940, None, "辆次", True),
    ("牲畜存栏约82.6万个羊单位。", "约82.6万个羊单位", 826000, None, "个羊单位", True),
    ("审批支出事项4,870笔。", "4,870笔", 4870, None, "笔", False),
    ("开展村级财务审计32村次。", "32村次", 32, None, "村次", False),
    ("开展海上安全巡查320余航次。", "320余航次", 320, None, "航次", True),
    ("走访企业6家次。", "6家次", 6, None, "家次", False),
    ("不到一个小时，方案就定了下来。", "不到一个小时", 1, None, "个小时", True),  # not 个 of 小时
    # how long something lasted is a metric in 年 (a year or a period framing a count is not)
    ("杨光明已经当了16年村支书。", "16年", 16, None, "年", False),
    ("该村老支书在任23年，带领村民修路。", "23年", 23, None, "年", False),  # a verb's span, then the clause ends
    ("网格员小李一个月里跑了7趟。", "7趟", 7, None, "趟", False),  # anecdotes' measure words
    ("全年组织集中排查12轮次。", "12轮次", 12, None, "轮次", False),
    ("独居老人家中水管爆裂，维修人员40分钟内到场。", "40分钟", 40, None, "分钟", False),  # a ledger's outcome
    ("在重点路段安装视频监控2,380路。", "2,380路", 2380, None, "路", False),
    ("护边员老于走坏了30多双胶鞋。", "30多双", 30, None, "双", True),
    ("全年开设周末火塘课堂560余节。", "560余节", 560, None, "节", True),
    ("重新埋设界桩23根。", "23根", 23, None, "根", False),
    ("热线平均等待时长21秒。", "21秒", 21, None, "秒", False),
    ("排查疑似病例126例。", "126例", 126, None, "例", False),
    ("供暖期室温保持在20℃以上。", "20℃以上", 20, None, "℃", True),
    ("石横镇一起延续6年的土地承包纠纷终于化解。", "6年", 6, None, "年", False),  # …or names what lasted
    ("化解一起持续9年的宅基地纠纷。", "9年", 9, None, "年", False),
    ("堵塞问题困扰居民近5年，吹哨后解决。", "近5年", 5, None, "年", True),
    ("收购鲜椒41.6万斤。", "41.6万斤", 416000, None, "斤", False),
    ("网格员年度培训时长均为24学时。", "24学时", 24, None, "学时", False),
    ("全年出生率5.93‰。", "5.93‰", 5.93, None, "‰", False),
    ("整理台账资料436卷。", "436卷", 436, None, "卷", False),
    ("为确保考核落实，把三本账纳入述职评议考核，权重占到30%。", "30%", 30, None, "%", False),  # 为确保: a purpose
    ("确保分红足额到位，今年各联建村已兑现分红资金1,860万元。", "1,860万元", 18600000, None, "元", False),
    ("累计投工投劳近12万个工日。", "近12万个工日", 120000, None, "个工日", True),
    ("路面积水约30厘米。", "约30厘米", 30, None, "厘米", True),
    ("各实践站平均开展活动5.6场次/月。", "5.6场次/月", 5.6, None, "场次/月", False),
    ("年末全县城乡居民基本养老保险参保人数57.62万人。", "57.62万人", 576200, None, "人", False),  # 人数|57.62万人
    # a word ending in a qualifier's character: the number after it is exact
    ("修订完善村规民约975份。", "975份", 975, None, "份", False),
    ("区域化党建联盟共签约12个单位。", "12个", 12, None, "个", False),
    ("区域化党建联盟共签约约20个项目。", "约20个", 20, None, "个", True),
    ("全区老旧小区涉及居民约28万户。", "约28万户", 280000, None, "户", True),  # 居民|约, not 民约
    ("捐赠物资和资金折合约960万元。", "约960万元", 9600000, None, "元", True),
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
    ("入社农户户均增收2,600元。", "increase"),
    ("夜间经济消费额比上年翻了一番。", "increase"),
    ("各类证明事项压减90%以上。", "decrease"),
    ("全市信访总量同比下降 16.2 %。", "decrease"),  # a blank as in a flattened table
    ("全县红白喜事为群众减轻负担约2,300万元。", "decrease"),
    ("村党组织书记平均年龄\n↓5.6岁\n较换届前\n", "decrease"),  # a figure page's arrows
    ("集体经济收入\n↑18.9%\n同比\n", "increase"),
])
def test_growth_keeps_its_direction(text, change):
    (c,) = extract_text(text)
    assert c.change == change


@pytest.mark.parametrize("text", [
    # set 105's notices and minutes: a speaker's building, a band by its grade, parts of a rule,
    # how long a notice is posted, a rate of exchange
    "7栋居民王××提出，希望在北侧增开一处人行门。",
    "其中90分以上（优秀）的",
    "评价由日常检查、业主满意度测评和社区党组织评价三部分组成。",
    "公示时间为2025年7月18日至7月24日（5个工作日）。",
    "按照积分规则，1积分折合人民币",
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
    "工作做得十分扎实。",  # 十分 is an adverb, not ten points
    "联合12部门开展行动。",
    "对集体经济收入50万元以上的村给予奖励。",
    "组建数十个志愿服务队。",
    "排名全省前3位。",
    "共 8 成立党支部。",
    "算好三本账。",
    "收入5万元以下的村全部清零。",
    "全县推行十户长联户机制。",
    "以前村里三天两头有人闹矛盾。",  # an idiom (头 counts cattle: 两万余头（只）)
    "近三年累计投入资金。",  # a period framing a count
    "3年来资助困难家庭。",
    "村里已连续3年没有发生信访积案。",  # a streak
    "每届任期1年。",  # a rule
    "组织体系建设（分值20分）。",  # what a rubric allots
    "按评估办法可申请加0.5分。",  # what a rule allows
    "01 支部建在网格上",  # a counter
    "每1分相当于1元。",  # a rate of exchange
    "按百分制进行综合评分（积分管理占60%，“三会一课”落实占40%）。",  # a score's weights
    "市委确定了综合评定等次（述职测评占30%、日常考核占40%、实地察看占20%）。",
    "评审委员会按照综合评分法进行评审（价格分30分、技术分60分、商务分10分）。",
    "考核采取“平时积分+年终测评”方式，平时积分占70%，年终测评占30%。",
    "评定结果分为三档：90分以上为“优秀”，80分至89.9分为“合格”，80分以下为“不合格”。",  # grade bands
    "按评分细则（满意率每低于95%一个百分点扣0.4分）折算。",  # a scoring rule
    "80分至90分的“良好”等次，收益按5%至10%提取，每户补助50元至200元。",  # bands written with the unit twice
    "公示期为2025年7月11日至7月17日（共7个工作日），本决议公开期为7天。",  # how long a notice is posted
    "评分满分100分，其中实绩陈述50分、现场答辩30分、群众测评20分。",  # what a contest's rubric allots
    "注：各行合计为100%，数据经四舍五入。",  # a note on rounding
    "积分结果在乡镇（街道）年度综合考核中占比30%。",  # a weight in an assessment
    "检查结果纳入年度党建述职评议考核，占比20%。",
    "本季度新认定一星级志愿者（累计100小时以上）。",  # a grade's threshold in brackets
    "力争年底前小区党组织覆盖率达到100%；新增长者食堂2家。",  # a target's list
    "过去五年，镇党委坚持党建引领。",
    "房龄20年以上的老旧小区占比较高。",  # a threshold naming a group
    "在新惠镇、四家子镇开展试点。",  # a numeral inside a place name
    "我们主要抓了三件事。",
    "积分高的农户贷款利率可以优惠0.5个百分点。",  # what a rule allows
    "完成了县十七届人大四次会议确定的目标任务。",  # which session
    "构建“1+N+X”体系（1个社区大党委统筹，N支专业力量下沉）。",
    "每名在职党员每年参加志愿服务不少于2次。",
    "全县辖三镇九乡。",  # towns are counted in Arabic digits (辖5镇4乡); these are names
    "楼门党小组每月至少开展1次“敲门行动”。",  # a floor a rule sets
    "18至35岁的青年居民中参加过活动的较少。",  # an age bracket
    "建议按照每万城镇常住人口拥有社区工作者18人的标准配备。",  # a proposal
    "二是建议将生态补偿资金的15%左右用于支持村级护水队伍。",  # an item of proposals
    "每个苏木镇至少储备后备力量10名以上。",  # a floor
    "旗委将把基层治理工作纳入考核，权重由8%提高到15%。",  # what will be done
    "力争年底社区工作者持证率达到75%以上。",  # a target
    "会议时长一般不超过1.5小时。",  # a cap
    "在95%置信水平下，总体抽样误差不超过±1.4个百分点。",  # a survey's design
    "得分居后三位的乡镇要作出说明。",  # a rank
    "村党组织书记基本报酬不低于当地农村居民人均可支配收入的2倍。",  # a floor
    "今年人数力争翻一番。",  # a target
    "有几个镇（街道）满意率低于90%。",  # a threshold
    "对连续2个月排名末位的进行约谈。",  # a period in a rule
    "对全县乡镇进行月度考核，满分100分。",  # a scale
    "提前完成老旧小区二次供水设施改造。",  # a term
    "今年的十件民生实事项目通过人大票决确定。",  # a programme's name
    "要在年底前实现小区党组织应建尽建，确保覆盖率达到90%以上。",  # a target
    "1.党群服务中心提质改造工程。年度目标：改造提升党群服务中心30个。",  # a target
    "计划总投资3.86亿元。",  # a plan
    "推出“时间银行”，志愿者每服务1小时积1分。",  # a points scheme's rate
    "居民每1分可兑换价值1元的生活用品。",  # a rate of exchange
    "与上季度相比，宜章县上升4位，临武县下降3位。",  # rank moves
    "今年全市计划投入基层治理专项资金3,500万元。",  # a plan
    "按照议定方案，机耕路预计投入资金36万元。",  # a forecast
    "返乡创业青年最高可贷50万元。",  # a cap
    "全县用3年时间完成改造。",  # a term a plan sets
    "合同期3年，期满续签。",  # a term a rule sets
    "群众提出的问题3天内答复、15天内反馈。",  # time limits a rule sets
    "两个月前，她在夜话会上提出安装路灯的问题。",  # a point in time
    "老人们讲起当年八路军的故事。",  # a name, not video channels
    "调解员先后上门9次，最终两家握手言和。".replace("9次", "九回"),  # two families of an anecdote
    "流失较快，建议将月均报酬提高到4,000元，并按每300户配备1名社区工作者的标准充实力量。",  # a proposal
    "网格员补贴今年要由每月1,500元提高到1,800元。",  # what a speech says must be done
    "决赛采取“现场述职+评委提问+群众测评”方式，其中现场述职占50%、评委提问占30%、群众测评占20%。",  # weights
    "城镇社区一般按300至500户、农村按一个自然村或100至200户划分一个网格。",  # a rule's standard
    "年度考核排名后5%的，要进行约谈。",  # a group a ranking defines
    "物业提出在小区内部道路一侧新划车位86个。会议同意将方案调整为新划车位64个。",  # a proposal, a decision
    "今年拟用于幸福里小区路灯更换（约3.8万元）。",  # a planned use
    "分项得分（满分分别为40分、30分、30分）：",  # a score's scale
    "考核结果按10%的权重纳入县（区）综合考核。",  # a weight
    "2025年，各县村级矛盾纠纷化解率要稳定在97%以上。",  # a target
    "河南省委组织部组织二处",  # an office's name
    "县四套班子有关领导出席。",  # the county's leading bodies
    "编者按：为交流各地做法，现将4个县的经验摘编如下。",  # what a digest gathers
    "本次比武分乡镇初赛、县级决赛两个阶段进行。",  # a contest's design
    "考评满分为100分，其中组织建设占30分、治理成效占30分。",  # weights in points
    "网格员小刘每周上门2次，帮她买菜。",  # a routine
    "实行县领导每月1天到县社会治理中心接访、每季度1次到乡镇下访。",  # a rule's schedule
    "考评实行百分制，其中矛盾纠纷化解30分、治安防控25分、基层基础20分。",  # what a rubric allots
    "评为“美丽庭院”的每户一次性奖励50分；发现私搭乱建等行为的扣10至30分。",  # a points scheme's rules
    "受到表彰的，考评办法规定每项加1至2分。",  # a rule's bonus
    "积分1分可兑换价值1元的商品。",  # a rate of exchange
    "获评“星级文明户”一次性奖励20分；积分以1分折合1元兑换商品。",  # a points scheme's rules
    "二、考评结果（前10名及后2名）",  # where a list is cut
    "群众安全感满意度在全市12个县区中排名第二。",  # the field a rank is among
    "《网格治理新观察》　时长：3分20秒",  # how long a video runs
    "镇上已将庙坪村列入明年路灯安装计划，初步安排12盏。",  # a first plan
])
def test_not_metrics(text):
    assert [c.quote for c in extract_text(text)] == []


def test_only_a_counted_group_before_zhong_you_is_the_whole_of_a_part():
    # 19名党员中有12名 is a part of 党员; in 座谈中有9名… nothing was counted before 中
    (c,) = extract_text("在座谈中有9名社区党组织书记反映负担较重。")
    assert c.subject_zh.startswith("社区党组织书记")


def test_a_bound_that_defines_the_group_counted_before_it_is_no_claim():
    assert [c.quote for c in extract_text("全市仍有63个村年收入不足10万元。")] == ["63个"]
    assert [c.quote for c in extract_text("本季度有2件事项超过15个工作日仍未办结。")] == ["2件"]
    # …but what the group did is a claim
    assert [c.quote for c in extract_text("目前已有1,260名志愿者存入服务时长超过3.5万小时。")] == ["1,260名", "超过3.5万小时"]


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
    ("吸纳调解员23名，化解草场纠纷、劳资纠纷等89件。", ["调解员", "草场纠纷、劳资纠纷"]),
    ("按照每个网格每年3000元的标准拨付工作经费。", ["工作经费"]),
    ("市财政按照600元/人的标准为全市网格员购买人身意外保险。", ["人身意外保险"]),
    ("县财政按每村（社区）3,000元的标准下拨换届工作经费。", ["换届工作经费"]),
    # a vote's counts are of each vote, and of the group the sentence counted before them
    ("经举手表决，同意55人，反对0人，弃权2人。", ["同意", "反对", "弃权"]),
    ("表决结果：38票同意、2票反对、1票弃权。", ["同意", "反对", "弃权"]),
    ("村民代表会议表决通过（应到代表21人，实到19人，同意18人）。", ["代表", "实到代表", "代表同意"]),
    # after those who came, the people are votes without 表决; 不同意 is its own vote
    ("全村党员37名，到会31名，同意29名，不同意0名，弃权2名。",
     ["党员", "到会党员", "党员同意", "党员不同意", "党员弃权"]),
    ("4月12日召开，应到9人，实到9人。", ["应到", "实到"]),
    # …of the meeting the sentence convened (labellers write 应到 or the meeting: both named)
    ("7月2日，村党支部召开支委会，应到5人，实到5人，一致同意。", ["支委会应到", "支委会实到"]),
    # a count with a verb only, after a clause that set something up, is of that thing
    ("县里设立“办事专项资金”，每年安排1,500万元。", ["“办事专项资金”"]),
    # …but a count of the verb's own doing is of that doing
    ("镇里一起持续6年的山林权属纠纷，经县乡村三级联合调解12次。", ["山林权属纠纷", "经县乡村三级联合调解"]),
    # a second count with a verb only counts what the first did, in the same unit
    ("在楼宇内单独组建党组织138个、联合组建34个。", ["党组织", "党组织"]),
    ("全区共有社区工作者1,426名，按每万名城镇常住人口配备18.6名。", ["社区工作者", "社区工作者"]),
    ("区财政按每个网格每年1,500元的标准保障服务团工作经费。", ["服务团工作经费"]),
    ("实际解决率和群众满意率分别较上年提高3.2个百分点和2.7个百分点。", ["实际解决率", "群众满意率"]),
    ("新市民代表3,400余名，占比约13%。", ["新市民代表", "新市民代表"]),
    ("平台上线以来注册用户已逾8.4万人。", ["注册用户"]),  # 注册用户, 代办事项, 入户走访: what labellers call them
    ("补贴标准由每月1800元提高到2600元/月。", ["补贴标准", "补贴标准"]),
    ("辖区１２所高校的１，２００名大学生志愿者参与社区服务。", ["高校", "大学生志愿者"]),
    ("对星级调解员每年给予1.5-2万元工作补助。", ["工作补助"]),
    ("为辖区1,100余名独居老人安装智能水表。", ["独居老人"]),
    ("截至2024年底，全区共有网格党支部120个。", ["网格党支部"]),
    ("近5年累计投入资金3亿元。", ["资金"]),
    ("整合公安、城管等14个部门的视频监控。", ["部门"]),
    ("建成200个具有地方特色的党群服务站。", ["党群服务站"]),
    # a verb, a share per unit or a part of a group where the subject should be: what the
    # number before it in the sentence counted
    ("上报各类问题1,204件，办结1,190件。", ["问题", "问题"]),
    # a part defined by an age or an education is that group (docs/labelling.md, Parts)
    ("全年发展党员36名，其中35岁以下的24名、大专以上学历的11名。", ["党员", "35岁以下的", "大专以上学历的"]),
    # the average of the total before: both named (labellers write the total or 村均)
    ("村集体经营性资产总额达到5.2亿元，村均210万元。", ["村集体经营性资产总额", "村集体经营性资产总额村均"]),
    ("受益农户筹资1.46万元，户均约170元。", ["农户筹资", "农户筹资户均"]),
    ("共有理事会成员3,180名，平均每个村（社区）10名左右。", ["理事会成员", "理事会成员"]),
    # from-to pairs whose ends carry a year and 的
    ("无物业小区由2022年的120个减少到目前的15个。", ["无物业小区", "无物业小区"]),
    ("村里的民宿从2021年的4家发展到现在的17家。", ["村里的民宿", "村里的民宿"]),
    # a clause that only links its number: the clause before names what is measured
    ("群众对网格服务的满意度最高，达到96.2%。", ["满意度"]),
    ("市级财政安排社区服务资金，每个社区每年10万元。", ["社区服务资金"]),
    ("全县矛盾纠纷总量连续两年下降，2024年同比下降6.3%。", ["矛盾纠纷总量"]),
    # a share 占… is of the part counted before it, unless it names its ratio
    ("电商销售额约2.1亿元，占全镇销售额的三成。", ["电商销售额", "电商销售额"]),
    ("8,600名随迁子女在公办学校就读，占在校生的比例达到41.2%。", ["随迁子女", "占在校生的比例"]),
    ("每个网格配备1名专职网格员和2至3名兼职网格员。", ["专职网格员", "兼职网格员"]),
    ("全县分三期举办村务监督委员培训班。", ["村务监督委员培训班"]),
    ("下轄5個街道、3個鎮。", ["街道", "鎮"]),
    ("全县辖５镇４乡。", ["镇", "乡"]),
    ("九成以上的矛盾在村里就得到化解。", ["矛盾"]),  # a share, not a threshold
    # parts defined by a clause are their groups (docs/labelling.md, Parts; held-out 3 wrote the whole)
    ("选优配强小区党支部书记，其中由社区“两委”成员兼任的有97名，退休党员干部担任的有112名。",
     ["由社区“两委”成员兼任的", "退休党员干部担任的"]),
    ("排查矛盾纠纷4,872件，调解成功4,691件。", ["矛盾纠纷", "矛盾纠纷"]),
    # …的为 names its own group (the seed): not a part of the count before it
    ("全区实现社区工作者平均报酬4116元/月，书记、主任“一肩挑”的为5741元/月。",
     ["社区工作者平均报酬", "书记、主任“一肩挑”"]),
    ("区财政按标准拨付工作经费，全年共拨付1,455万元。", ["工作经费"]),
    ("我们在每个村都设立了“积分超市”，一共186个。", ["“积分超市”"]),
    ("辖区常住居民4.2万余户约11万人的烦心事得到解决。", ["常住居民", "常住居民"]),
    ("辖区14个社区、常住居民4.2万余户。", ["社区", "常住居民"]),  # 社区 was the first number's
    ("全区1,760名社区工作者平均报酬达9350元/月。", ["社区工作者", "社区工作者平均报酬"]),
    ("从返乡大学生、致富能手中储备村级后备干部126名。", ["村级后备干部"]),
    ("平均办理时长由5天缩短至2天。", ["平均办理时长", "平均办理时长"]),
    ("每万城镇常住人口拥有社区工作者数达19.6人。", ["每万城镇常住人口拥有社区工作者数"]),
    ("▶物业费收缴率同比提升11个百分点。", ["物业费收缴率"]),
    ("矛盾纠纷环比下降12.5%。", ["矛盾纠纷"]),
    ("全年举办各类活动260余场（次）。", ["活动"]),  # （次） notes the unit; 各类 is not what is counted
    ("收集社情民意5,420条，现场解决4,870条。", ["社情民意", "社情民意"]),
    ("碧江区组建小区党支部192个。", ["小区党支部"]),  # the place is not what is counted
    # 分别 after a comparison sentence takes the subjects of the sentence before
    ("我县村党组织书记平均年龄为51.3岁，大专以上学历的占23.5%；康保县分别为49.8岁和27.1%。",
     ["村党组织书记平均年龄", "大专以上学历的", "村党组织书记平均年龄", "大专以上学历的"]),
    ("为老年人发放高龄津贴，标准为每人每月50—100元，2023年累计发放1,632万元。", ["高龄津贴", "高龄津贴"]),
    ("县财政按照每人每年600元的标准，为812名特殊困难老年人购买居家养老服务。", ["居家养老服务", "特殊困难老年人"]),
    ("兼职网格员按每人每月200至500元发放补贴。", ["补贴"]),
    ("村集体经济收入由2021年的村均11.3万元增至2023年的村均26.8万元。", ["村集体经济收入", "村集体经济收入"]),
    ("今年以来县乡两级干部下沉走访1.9万人次。", ["走访"]),  # an event count names its event
    ("将全区11个街道、97个社区划分为1,024个网格。", ["街道", "社区划分", "网格"]),
    # 由 opening its clause: what changes closes the clause before
    ("收入在10万元以下的薄弱村，由2022年的37个减少到今年的5个。", ["收入在10万元以下的薄弱村"] * 2),
    # an average of the total two numbers back, past a growth rate
    ("村集体经济收入总额达到1.12亿元，同比增长15.3%，村均44.6万元。",
     ["村集体经济收入总额", "村集体经济收入总额", "村集体经济收入总额村均"]),
    # 分别 opening its clause: the clause before names the subjects, in order
    ("其次是停车和环境卫生问题，分别占19.5%和13.8%。", ["停车", "环境卫生问题"]),
    # a share whose clause only links it: the group the share is of
    ("涉及物业服务的诉求占比最高，约为四成。", ["物业服务的诉求"]),
    # a bare verb (with 或, 了) acts on what the number before counted
    ("收集群众意见建议1,162条，当场答复或协调解决1,037条。", ["群众意见建议"] * 2),
    ("定下来的事项有213件，办成了198件。", ["定下来的事项"] * 2),
    ("社区已经装上了电梯17部，还有9部正在施工。", ["电梯", "电梯"]),
    ("修订完善村规民约975份。", ["村规民约"]),
    ("区域化党建联盟共签约项目36个。", ["项目"]),
    # a sentence parallel to the one before counts what that one counted
    ("我县受理矛盾纠纷2,863件；康保县受理2,104件。", ["矛盾纠纷", "矛盾纠纷"]),
    ("沽源县网格员服务农户约61户；我县约为57户。", ["网格员服务农户", "网格员服务农户"]),
    # money set aside as a fund
    ("我们还每年拿出3,000万元设立社区治理专项资金。", ["社区治理专项资金"]),
    # an indicator line: its base and achieved values measure the indicator it opens with
    ("2.小区（院落）党组织覆盖率。基期值52.7%，目标值90%，完成值83.5%，达到时序进度要求。",
     ["小区（院落）党组织覆盖率"] * 2),
    # the share of a group a clause defines keeps its 的; a share of whom follows 的
    ("受访群众中，表示“非常满意”的占58.3%。", ["表示“非常满意”的"]),
    ("但仅有23.6%的受访居民参加过议事会。", ["受访居民"]),
    # whose age; money after 的 is what follows it
    ("2019年12月的一个深夜，独居的82岁王大爷，突发疾病。", ["王大爷"]),
    ("她把获得的2万元奖金全部捐给社区。", ["奖金"]),
    # people before 的 own what follows: the count is of the people
    ("日记记录着小区142户居民的家庭情况和需求。", ["居民"]),
    # an adverb after the number opens what happened: the count is of what comes before it
    ("储备村级后备力量75名，其中9名已进入村“两委”班子。", ["村级后备力量"] * 2),
    ("排查隐患9处，当天处置7处，2处已上报区里。", ["隐患"] * 3),
    ("在52座仍有人居住的土楼中设立楼长。", ["土楼"]),
    ("带动800余人就业，建成12个便民服务点。", ["就业", "便民服务点"]),
    ("为500名党员的先锋作用搭建平台。", ["党员"]),
    # bare verbs of a count (件次 and 件 count the same things), of a vote
    ("受理群众来信来电来访152件次，已办结147件。", ["群众来信来电来访"] * 2),
    ("应到代表21人，实到19人，同意18人。", ["代表", "实到代表", "代表同意"]),
    # counts in brackets after what they count; a count after 其余 and a level before a change
    ("诉求量居前三位的是梨园镇（4,218件）、永顺镇（3,967件）。", ["梨园镇", "永顺镇"]),
    ("收集问题线索23条，目前已督促整改19条，其余4条正在办理。", ["问题线索"] * 3),
    ("印发文件138件，较去年同期的203件压减32.0%。", ["文件"] * 3),
    ("事件平均处置时长仅为1.1天。", ["事件平均处置时长"]),
    # an agent before a bare verb; a gap between two figures; a per-household gain
    ("对巡察移交的23件问题线索，县纪委监委已办结19件，立案12件。", ["巡察移交的问题线索"] * 3),
    ("城市社区得分92.05分，农村社区得分90.81分，两者相差1.24分。", ["城市社区得分", "农村社区得分", "农村社区得分"]),
    # the gain per household of the households counted before: both named (labellers write either)
    ("带动果农1.8万户，户均增收3,600元。", ["果农", "果农户均增收"]),
    ("把联户单位内的5户困难户全部带上了增收路，户均年增收约1.3万元。", ["困难户", "困难户户均年增收"]),
    ("人均月收入2,600元左右，较搬迁前户均增收约1.2万元。", ["人均月收入", "户均增收"]),
    # a verb with only adverbials before it acts on what an earlier count of the sentence counted
    ("排查矛盾纠纷2,681件，成功化解2,629件。", ["矛盾纠纷"] * 2),
    ("化解矛盾纠纷5,316起，化解率98.2%，其中在屋场一级就地化解4,087起。", ["矛盾纠纷", "化解率", "矛盾纠纷"]),
    # …but a name ending in a verb names its own thing
    ("便民服务91.53分、矛盾纠纷化解90.72分。", ["便民服务", "矛盾纠纷化解"]),
    ("全镇上报事件3.28万件，网格内自行解决2.71万件。", ["事件"] * 2),
    # turning round, adopting, merging and deleting act on what they name, or on what was counted
    ("去年排查出的软弱涣散村党组织17个，目前已整顿转化15个。", ["软弱涣散村党组织"] * 2),
    ("全年收集群众建议2,936条，采纳转化384条。", ["群众建议"] * 2),
    ("受理矛盾纠纷417宗，同比下降12.4%，调解成功403宗。", ["矛盾纠纷", "矛盾纠纷", "矛盾纠纷"]),
    ("诉讼案件1.32万件，同比下降11.6%；诉前调解成功5,840件。", ["诉讼案件", "诉讼案件", "诉前调解成功"]),
    # a qualifier before the number singles out a group of what follows it: both are named
    ("对考核排名靠后的31名村干部进行约谈。", ["考核排名靠后的村干部"]),
    # (…but words that only point, place or tell whose do not)
    ("社区组织志愿者为辖区内的136名老人送餐，我联系了县城的两家企业。", ["老人送餐", "县城的企业"]),
    # a sentence pointing at a kind (这样的…) counts that kind; the place and time after it only frame it
    ("这样的屋场会，湘乡今年已开了5,860余场。", ["屋场会"]),
    ("像她这样的35岁以下屋场长，湘乡已有612名，占屋场长总数的14.8%。", ["35岁以下屋场长"] * 2),
    # from one figure to another, with any verb before 到了: both are of what changed
    ("入社农户从23户发展到了184户。", ["入社农户"] * 2),
    ("物业费收缴率从最初的不足30%提高到了91%。", ["物业费收缴率"] * 2),
    ("全年稳妥处置不合格党员17名，其中劝退5名、除名12名。", ["不合格党员"] * 3),
    # money at a standard is what the standard pays, with or without 的
    ("县财政按照每个工作队每年2万元标准安排工作经费，全年拨付434万元。", ["工作经费"] * 2),
    # an age of a person the story names by a pronoun: the role and name it gave before
    ("清晨，网格员彭秋兰在村口拍下了第一张照片。今年44岁的她负责一个网格。", ["网格员彭秋兰"]),
    # …a 街巷长 too, and a verb after the pronoun (今年54岁的他是…) does not make it a subject
    ("在七城街道的一条老巷子里，街巷长张建国已经开始了一天的巡查。今年54岁的他是街道的一名干部。", ["街巷长张建国"]),
    # a breakdown names its biggest part, then the count (but a place after 最多的是 leads the measure)
    ("从问题分布看，集体“三资”管理方面问题最多，有64条，占39.3%；工程项目建设方面37条。",
     ["集体“三资”管理方面", "集体“三资”管理方面", "工程项目建设方面"]),
    ("从权力事项看，办理量最大的是民生服务类事项，共816件；其次是集体资产资源管理类事项，共173件。",
     ["民生服务类事项", "集体资产资源管理类事项"]),
    ("各镇（街道）中，诉求量最多的是东岳路街道，共2,346件。", ["诉求量"]),
    ("从分布看，民生服务类事件占比最高，达到54.6%。", ["民生服务类事件"]),
    # money a thing is worth is the thing's (兑换物品折合资金|约52万元), but labellers keep 折合金额, 物品价值
    ("累计发放积分46.8万分，兑换物品折合资金约52万元。", ["积分", "物品"]),
    ("全镇村民累计兑换积分约86万分，折合物品价值近43万元。", ["积分", "折合物品价值"]),
    # 赴 says where those counted went: 47名|村党组织书记赴浙江、江苏等地跟班学习
    ("今年选派47名村党组织书记赴浙江、江苏等地跟班学习。", ["村党组织书记"]),
    # replied to and handed on: counts of what was collected before
    ("收到留言建议97条，已回复93条。", ["收到留言建议", "收到留言建议"]),
    ("共收集群众意见建议11条，当场答复7条，会后交办4条。", ["群众意见建议"] * 3),
    ("全县共受理群众诉求和矛盾纠纷186件，已调处化解163件。", ["群众诉求和矛盾纠纷"] * 2),
    # what is paid is named after the sum: 每户每月交|10元|卫生费
    ("居民们商定每户每月交10元卫生费，引进保洁员2名。", ["卫生费", "保洁员"]),
    ("保洁员由脱贫户轮流担任，每人每月领600元工资。", ["工资"]),
    # 52岁的|杨再华是寨子里的老党员: the person, by role and name
    ("52岁的杨再华是寨子里的老党员，也是“寨管家”。", ["老党员杨再华"]),
    ("今年39岁的张玉梅是冯家口镇的一名专职网格员。", ["专职网格员张玉梅"]),
    # whose age it is, not when: 网格员小陈今年|26岁
    ("网格员小陈今年26岁，手机里存着网格内400多户居民的电话。", ["网格员小陈", "居民"]),
    # a one-character noun after the count is what is counted (事, 楼, 表 as 镇, 村, 户)
    ("这场院坝会定下了6件事。", ["事"]),
    ("“过去一个月要填30多张表。”这个小区有14栋楼。", ["表", "楼"]),
    # the rest after a rate is the rest of what was counted, not of the rate
    ("受理群众诉求67件，已办结61件，办结率91%，其余6件正在协调。", ["群众诉求"] * 2 + ["办结率", "群众诉求"]),
    ("其中关于道路走向的意见17条，已吸收采纳15条。", ["关于道路走向的意见"] * 2),
    # handed on to be done: the things counted before; 中 after a verb is while it was done
    ("发现问题线索29条，移交纪委监委处理6条。", ["问题线索"] * 2),
    ("走访中收集群众诉求117条，现场答复解决49条，交镇村两级办理62条。", ["群众诉求"] * 3),
    ("注销、合并工作群组1,127个。", ["工作群组"]),
    ("较原公约增加12条，删除过时条款5条。", ["较原公约", "过时条款"]),
    # 与 opens a comparison only where a comparing word follows
    ("修订草案经驻村法律顾问审核3次，删除与法律法规不一致的条款4条。",
     ["草案经驻村法律顾问审核", "与法律法规不一致的条款"]),
    ("罗城镇平均得分79.4分，与第一名相差9.5分。", ["罗城镇平均得分"] * 2),
    # an aside in brackets after a number is not its subject; a clause that only sums up
    # counts what the clause before is about
    ("注册志愿者1.1万余名（其中以退休党员居多），开展服务活动2,300多场次。", ["注册志愿者", "服务活动"]),
    ("目前全镇农村集体合同已全部录入平台，共2,108份。", ["农村集体合同"]),
    ("网格员入户走访2.6万户次（年度目标5万户次）。", ["网格员入户走访"]),  # the target in brackets is none
    # a yearly average growth is the growth of what was counted before it; one measure with
    # several figures after 分别; an item scored in brackets
    ("地区生产总值达到1,004.6亿元，年均增长6.8%；城乡居民人均可支配收入分别达到4.26万元和2.37万元。",
     ["地区生产总值", "地区生产总值", "城乡居民人均可支配收入", "城乡居民人均可支配收入"]),
    ("（一）组织体系建设（分值20分，自评19分）。全市177个村（社区）全部建立党组织。", ["组织体系建设", "村（社区）"]),
    # who was served and with what (labellers write one or the other), who left
    ("全年为新就业群体提供休息、饮水、充电等服务46万余人次。", ["新就业群体休息、饮水、充电等服务"]),
    ("为辖区老人提供助餐服务，累计服务1.4万人次。", ["辖区老人助餐服务"]),  # who is served, and with what
    ("三是社区工作者流失率偏高，全年流失147人。", ["社区工作者"]),
    # a training's head count names the training of its group (labellers write either);
    # a training with no group named stays the training
    ("全年组织社区工作者培训34期，培训2,100余人次。", ["社区工作者培训", "社区工作者培训"]),  # 组织 a verb
    ("党组织覆盖率达100%，组织覆盖率提高5个百分点。", ["党组织覆盖率", "组织覆盖率"]),  # 组织 a noun
    ("对村（社区）党组织书记开展全覆盖轮训，累计培训2073人次。", ["村（社区）党组织书记培训"]),
    ("举办网格员培训班4期、培训560人次。", ["网格员培训班", "网格员培训"]),
    ("全年开展专题培训42期，培训3,800余人次。", ["专题培训", "培训"]),
    # households per person: the person and the households (labellers write either)
    ("每名党员联系10至15户群众。", ["党员联系群众"]),
    ("网格员人均联系群众约60户。", ["网格员人均联系群众"]),
    ("全镇286名党员每人联系群众5至10户。", ["党员", "党员每人联系群众"]),
    ("今年以来镇村干部走访群众8,600余户。", ["群众"]),  # a total, not per person
    ("每名班子成员联系2至3个村，镇班子成员每人包1个村。", ["班子成员联系村", "镇班子成员包村"]),
    ("确定党员中心户2,300余户，每户联系群众8至12户。", ["党员中心户", "党员中心户联系群众"]),  # who, named before
    ("群众参与积分兑换2.1万余人次，兑换物品折合约46万元。", ["积分兑换", "物品"]),  # not 物品折合
    ("群众满意度达到97.2%，较上年提高2.6个百分点[5]。", ["群众满意度", "群众满意度"]),  # a note's marker
    # a part its clause defines is that group; a thousands separator breaks no clause
    ("全年排查化解矛盾纠纷5,412件，其中在村级化解的4,318件。", ["矛盾纠纷", "在村级化解的"]),
    # …even when the definition names two things (no number between them: one part, not two)
    ("收集群众意见建议746条，其中涉及农村道路、饮水安全的231条，占31.0%。",
     ["群众意见建议", "涉及农村道路、饮水安全的", "涉及农村道路、饮水安全的"]),
    ("全市已建成“积分超市”263个，其中由村集体自建的198个、与商超合作共建的65个。",
     ["“积分超市”", "由村集体自建的", "与商超合作共建的"]),
    ("调研的村共有农户1.26万户，参与积分的有1.09万户。", ["农户", "参与积分的"]),
    ("排查安全隐患19个，其中17个已整改。", ["安全隐患", "安全隐患"]),  # a part given by its number alone
    ("村里19名党员中有12名带头入股。", ["党员", "党员"]),  # a part of the group named before 中
    ("全区长者食堂42家中收支基本持平的仅有19家。", ["长者食堂", "收支基本持平的"]),
    ("村“两委”成员中35岁以下的1,136名，其中高中（中专）学历的412名。", ["35岁以下的", "高中（中专）学历的"]),
    ("财政按每个小区党支部每年2万元的标准拨付工作经费，今年已下达702万元。", ["工作经费"] * 2),
    ("像这样的小区志愿服务队，神木全市已有286支。", ["小区志愿服务队"]),
    ("一是部分社区工作者流动性较大，上半年离职43人。", ["社区工作者"]),
    ("排查隐患点位156处，提前完成老旧小区二次供水设施改造12处。", ["隐患点位", "老旧小区二次供水设施改造"]),
    # a group a clause defines keeps its 的; the group, not where in it
    ("新当选成员中，36至45岁的126名。", ["36至45岁的"]),
    ("调研走访的物业服务企业中有党组织的占41.2%。".replace("中有", "中，有"), ["有党组织的"]),
    ("化解各类矛盾纠纷1,236件。", ["矛盾纠纷"]),
    # who was served, not the serving; 发展 is the verb of 发展党员
    ("全年累计服务群众2.1万人次，开展服务项目36个。", ["群众", "服务项目"]),
    ("参与群众1.2万人次。", ["参与群众"]),  # who took part
    # votes: each count is of its vote
    ("表决：同意27票，反对3票，弃权1票。", ["同意", "反对", "弃权"]),
    # a part counted by the role it takes
    ("引进新村民420余人，其中28人担任村党组织书记助理。", ["新村民", "村党组织书记助理"]),
    # a number inside the clause that names what it counts
    ("在一个有2,300多户居民的大型小区，楼栋长们组建了12支队伍。", ["居民", "队伍"]),
    # whose age it is; who ranks first with a score
    ("退休教师、68岁的楼栋长覃玉芳说。", ["楼栋长覃玉芳"]),
    ("宁海路街道以97.12分位列第一。", ["宁海路街道"]),
    # an average with nothing counted: what the clause before names
    ("二是屯长补贴偏低，目前平均每人每年仅1,200元。", ["屯长补贴"]),
    ("调研走访的54个村中有23个村常住人口不足户籍人口的一半。", ["调研走访的村", "村常住人口"]),
    # 等方式 says how, not what; questionnaires returned are the questionnaires
    ("通过召开座谈会7场、发放调查问卷400份（收回385份）等方式开展调研。", ["座谈会", "调查问卷", "调查问卷"]),
    # a part done on time keeps the whole's subject, not that of a count in brackets
    ("受理群众诉求事项4,318件（其中涉及邻里纠纷的1,046件），按期办结4,207件。",
     ["群众诉求事项", "邻里纠纷", "群众诉求事项"]),
    # …and across a semicolon of the same sentence
    ("受理群众诉求4.27万件，同比增长13.6%；办结4.21万件。", ["群众诉求", "群众诉求", "群众诉求"]),
    # a verb naming who does it is a noun: 调解员, 调解队伍
    ("组建调解队伍112支，调解员先后上门6次。", ["调解队伍", "调解员先后上门"]),
    # 参训 (took part in a training) counts the training of the group named before
    ("全年组织网格员集中培训4期，参训2,400余人次。", ["网格员集中培训", "网格员培训"]),
    # an average age names whose, when the count before it says (labellers write one or the other)
    ("全市社区工作者1,286人，平均年龄38.7岁。", ["社区工作者", "社区工作者平均年龄"]),
    # a period (每周, 每日) before a change is when, not what
    ("村干部用于走访的时间每周增加约1.5天。", ["时间"]),  # (not 时间每周)
    # how long it took or lasted: what the clause before names
    ("一起涉及17户的水渠纠纷，持续了近3年，经调解后化解。", ["水渠纠纷", "水渠纠纷"]),
    ("县乡两级联合组成考核组6个，历时15天，查阅台账。", ["县乡两级联合组成考核组", "县乡两级联合组成考核组"]),
    # …or the case an anecdote opened with, past the counts between
    ("明城镇一起因征地补偿引发的信访案件，涉及村民47户，持续了9年，市级领导到村召开协调会。", ["村民", "信访案件"]),
    ("有一起宅基地纠纷，涉及两户村民，闹了将近6年，镇村两级先后调解。", ["村民", "宅基地纠纷"]),
    # a verb's whole word before what it acts on (协调解决, not 调解 inside it; 评选出, 划分为)
    ("协调解决跨部门问题153个，评选出“星级寨管家”86名，将全县划分为基础网格632个。",
     ["跨部门问题", "“星级寨管家”", "基础网格"]),
    ("近三年流失人数累计达到926人。", ["流失人数"]),  # (累计 before the number is how, not what)
    # a row of a ranked list: its rank is where it stands, not part of its name
    ("各村得分和排名如下：\n\n第1名　三营镇金岭村　96.5分\n第2名　头营镇杨郎村　94.8分", ["头营镇杨郎村"]),
    # who is counted ends where why begins (因…)
    ("村里两户村民因宅基地边界问题发生争执，有3名党员因年龄原因退出。", ["村民", "党员"]),
    # a quarrel or a stall: the problem 因 names, else what the clause before was doing
    ("青松小区因车棚改造问题争执了近3年。", ["车棚改造问题"]),
    ("两户村民因为排水沟的事闹了近两年。", ["村民", "排水沟的事"]),
    ("温泉街道一个小区加装电梯，一楼住户与高层住户意见僵持了近2年。", ["加装电梯"]),
    ("秦虹街道一个老小区加装电梯，因低层住户反对搁置近4年。", ["加装电梯"]),
    ("一起宅基地纠纷拖了9年。", ["宅基地纠纷"]),
    # 后 after a count says when, not what
    ("持续6年的林地权属纠纷，经镇村两级调解9次后化解。", ["林地权属纠纷", "经镇村两级调解"]),
    ("储备3名后备干部。", ["后备干部"]),
    # a share of a whole is the part's, named before 占
    ("涉外婚姻、跨境务工等方面的纠纷占全部纠纷的约三成。", ["涉外婚姻、跨境务工等方面的纠纷"]),
    ("农村党员占全县党员总数的61.2%。", ["农村党员"]),
    # the verbs of the genre before what they act on: 整顿, 开办, 备案, 引入, 撬动, 选配, 约谈…
    ("整顿软弱涣散村党组织12个，开办老年助餐点93个，撬动社会资金约140万元。",
     ["软弱涣散村党组织", "老年助餐点", "社会资金"]),
    ("全区登记备案社区社会组织683家，引入专业社会组织9家，约谈单位负责人3人。",
     ["社区社会组织", "专业社会组织", "单位负责人"]),
    # …but a participle that names the thing stays: 注册志愿者 are registered volunteers
    ("全县注册志愿者达到5.8万名，议定事项630项，出具证明事项由28项减少到7项。",
     ["注册志愿者", "议定事项", "出具证明事项", "出具证明事项"]),
    # who was to come, who came and who did not are of the group counted before; a count's aside
    # in brackets is not its subject
    ("全县居民议事会成员23名（应到25名，实到23名），辖区单位代表4名。",
     ["居民议事会成员", "应到居民议事会成员", "实到居民议事会成员", "单位代表"]),
    ("应到议事代表35名，实到31名，请假4名。", ["议事代表", "实到议事代表", "请假议事代表"]),
    # a sum after a count of 笔 is the sum of what they counted
    ("本季度发放贷款41笔、金额386万元，退回不合规支出23笔、涉及金额86.5万元。",
     ["贷款", "贷款金额", "不合规支出", "不合规支出金额"]),
    # 今年以来, 今年前三季度, 今年共 are this year so far, in a plan's explainer too
    ("《鸠江区社区工作者职业体系建设实施方案》政策解读\n\n今年共有216名社区工作者晋升等级，"
     "今年前三季度共发放绩效报酬1,260万元。", ["社区工作者晋升等级", "绩效报酬"]),
    # the households and people after a village's groups are the village's (户籍人口 stays its own)
    ("满溪村辖7个村民小组、612户2,285人。", ["村民小组", "满溪村", "满溪村"]),
    ("什坡村共有村民小组8个、农户426户1,689人。", ["村民小组", "农户", "什坡村"]),
    ("二道边村有6个自然村，户籍人口283户、712人。", ["自然村", "户籍人口", "户籍人口"]),
    # a deduction is for what its sentence opens with
    ("（一）自治方面扣2.5分。村规民约修订后未按规定报镇政府备案，扣1分；德治方面，“红黑榜”更新不及时，扣0.5分。",
     ["自治方面", "村规民约", "德治方面"]),
    # 每人 before a verb alone: what each of those counted before does
    ("每个网格由1名党员或村民组长担任网格员，每人联系25到40户。", ["党员或村民组长", "网格员"]),
    ("形成协商成果27项，已被采纳落实21项。", ["协商成果", "协商成果"]),
    # a note in brackets after a number is no subject; 剩下 is 其余
    ("综合得分86.2分（百分制），比上年提高2.4分。", ["综合得分", "综合得分"]),
    ("收集问题线索23条，已整改19条，剩下的4条正在办理。", ["问题线索"] * 3),
    # a share found in a survey is of the group named after it; 意向 is one word
    ("问卷中有近三成居民表示不了解街区党委，调研中有约四成受访群众表示没有参加过。", ["居民", "受访群众"]),
    ("2,600余人进场求职，1,020人达成就业意向。", ["进场求职", "达成就业意向"]),
    # 将 marks what the verb after the number acts on
    ("将专职网格员补贴标准提高到每月2,200元。", ["专职网格员补贴标准"]),
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


def test_respectively_reads_places_whose_names_begin_like_a_conjunction():
    # 和布克赛尔蒙古自治县 begins with 和, yet is no "and"
    cands = extract_text("塔城地区网格员队伍总体稳定。和布克赛尔蒙古自治县、乌苏市网格党支部覆盖率分别为61.3%和67.5%。")
    assert [(c.quote, c.subject_zh, c.locality_code) for c in cands] == [
        ("61.3%", "网格党支部覆盖率", "654226"), ("67.5%", "网格党支部覆盖率", "654202")]


def test_from_to_pair_keeps_the_new_level_without_a_change():
    a, b = extract_text("社区工作台账由46本精简为8本。")
    assert (a.value, b.value, b.change) == (46, 8, None)
    # a figure page's blanks around its numbers
    a, b = extract_text("群众办事平均跑腿次数由 2.6 次减少到 1.2 次。")
    assert [(c.value, c.subject_zh, c.change) for c in (a, b)] == [
        (2.6, "群众办事平均跑腿次数", None), (1.2, "群众办事平均跑腿次数", None)]


def test_quantities_report_offsets_into_the_scanned_text():
    text = "共12个，另有3.5万元"
    for q in iter_quantities(text):
        assert text[q.start:q.end] == q.quote


def test_a_threshold_names_a_group_whose_count_is_the_claim():
    got = [c.quote for c in extract_text("全县超时办结事件129件，其中超过5天未办结的有36件。")]
    assert got == ["129件", "36件"]
    got = [c.quote for c in extract_text("收入全部达到10万元以上，其中超过50万元的村17个。")]
    assert got == ["10万元以上", "17个"]
    got = [c.quote for c in extract_text("住宅小区由十年前的不到200个增加到目前的378个。")]
    assert got == ["不到200个", "378个"]  # a level, not a threshold


def test_time_a_routine_takes_is_a_claim_when_it_is_measured():
    quotes = [c.quote for c in extract_text("社区工作者每周用于入户走访的时间增加约1.5天，现在每周能多出兩天時間走訪。")]
    assert quotes == ["约1.5天", "兩天"]
