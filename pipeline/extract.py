"""Extract metric candidates: `Segments` -> list of `Candidate`.

A number with a unit (numbers.py) becomes a candidate when it is a claim: not a year
or date, not an ordinal, not inside a slogan or a name (“五个强化”, 1+1+N+X), not a
repeat of an earlier claim (a duplicated paragraph). Its subject is the noun phrase
naming what is counted, read after the number (建立10个社区老年食堂) or before it
(组建小区党支部192个).

    >>> [c.subject_zh for c in extract_text("组建小区党支部192个，建立10个社区老年食堂。")]
    ['小区党支部', '社区老年食堂']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from . import localities
from .numbers import QUANTITY, Quantity, to_quantity
from .segment import (BULLET, CAPTION_AND_CHANGE, FIELD, HAS_DIGIT, TERMS_TITLE, TOWN_KIND, Document, Paragraph,
                      Segments, cells, segment)
from .sources import Source

# Verbs that end the counted noun phrase when it follows the number
# (引导62名社区委员|到…, 带动3.2万余名居民|加入…).
_AFTER_STOP = re.compile(
    r"参与|参加|加入|担任|兼任|兼职|下沉|结对|落地|进行|纳入|签订|签约|通过|实现|开展|提供|获得|入驻|报到|"
    r"覆盖|完成|得到|受益|全部|分别|用于|投入|成为|开通|服务于|建成|上岗|积极|主动|深入|累计|先后|组成|"
    r"合作|认领|走进|前往|进驻|推行|推广|实行|深化|推进|试点(?!街道|社区|村|单位|镇|乡|小区|县|区|地区|项目|工作)|探索|組建|组建|建立|成立|设立|召开|举办|选派|吸纳|引导|落实|带动|推动|到|与|为|"
    r"压减|壓減|(?<!^)(?:下降|减少|增长|增加|上升)|正在|中有|之间|之間|(?<!^)(?:不足|不到|超过|低于|高于)|位列|位居|名列|排名|排在|当了|表示|说(?=[，。：:,])|負責|负责|常态化|长期|定期|全程|全面|持续|共同|直接|陆续|相继|參與|擔任|安装|购买|配备|配置|发放|當場|当场|"
    r"进(?:社区|村|小区|楼|企业|家|校|园|网格)|(?<=^)在(?!职|岗|校|册|建|外|编|读|押)|"
    r"(?<!^)(?:同|在|(?<![意方导導倾傾去动動志走])向|从|对|被|把|将|由|共|已|(?<![平人户村年月日])均|达|平均|人均|户均|年均|月均|村均|每人)|"
    r"(?<!^)因(?!素|此|地制宜|村施策|人而异)|"  # 两户|人家因屋后排水沟的事闹了…: why follows who
    r"(?<!^)赴(?=[\u4e00-\u9fff])"  # 47名|村党组织书记赴浙江、江苏等地跟班学习: where they went follows who
)
# Verbs before the number: the subject is what follows the last of them
# (选优配强|小区党支部班子成员521人).
_VERBS = (
    "组建 建立 建成 成立 设立 设置 打造 新建 改建 扩建 培育 孵化 选派 选聘 选拔 选优 配强 配齐 配备 吸纳 "
    "引导 认领 落实 开展 召开 举办 举行 培训 覆盖 纳入 带动 投入 办理 清理 拆除 解散 注销 取消 明确 "
    "招录 招聘 推荐 实现 发放 提供 排查 化解 调解 收集 受理 解决 新增 涉及 惠及 参与 入驻 签订 联系 "
    "走访 慰问 帮助 整治 改造 升级 下沉 划分 吸引 储备 评选 表彰 筹集 争取 发动 动员 组织开展 "
    "推选 组织召开 组织实施 培养 招募 聘请 聘任 整合 调处 完成 兑现 落地 推动 推行 优化 创建 "
    "挂牌 命名 认定 评定 出台 制定 印发 修订 梳理 编制 搭建 设计 编入 纳管 包保 结对 "
    "安置 受益 覆盖到 达到 拥有 登记 认证 报到 登门 接待 回应 答复 "
    "上报 发现 处理 处置 办结 回访 共有 现有 建有 进入 享受 安排 拨付 筹措 下达 统筹 奖补 资助 "
    "购买 購買 撥付 安排 發放 給予 给予 用于 用於 担任 擔任 募集 兑换 兌換 实施 實施 形成 评出 評出 划入 劃入 "
    "开设 開設 推广 推廣 配備 參與 纳入 納入 改扩建 新建改扩建 改擴建 完善 健全 修订完善 引进 应到 发展 签约 簽約 加装 安装 装上 安裝 加裝 "
    "确定 確定 选育 選育 选树 選樹 收回 回收 整顿 整頓 开办 開辦 备案 備案 整改 选出 選出 引入 撬动 撬動 更换 更換 "
    "选配 選配 约谈 約談 核实 核實 寻回 尋回 吸收 劝退 除名 召回 回复 回覆 交办 交辦 "
    # 退回|不合规支出, 协调解决|问题 (not 调解), 评选出|“星级寨管家”, 排查出, 划分为|城市网格, 公开|村务财务事项, 接入, 流失
    "转化 轉化 采纳 採納 合并 合併 删除 刪除 "
    "协调解决 協調解決 评选出 評選出 排查出 推选出 推選出 查出 划分为 劃分為 公开 公開 接入 清理规范 流失 退回"
).split()
_VERB_RX = re.compile("|".join(sorted(set(_VERBS), key=len, reverse=True)))
_LEAD_STRIP = re.compile(
    r"^(?:[一二三四五六七八九十]是|但是|但|而且|并且|仍|尚|全区|全县|全市|全省|全州|全镇|全乡|全街道|全旗|全盟|全村|全社区|辖区|我县|我区|我市|我旗|本县|本区|本市|全年|目前|截至目前|截至|截止目前|其中|共计|共有|一共|已|累计|"
    r"今年以来|去年以来|近年来|此外|同时|另外|并|还|均|全部|分别|先后|今年|去年|全年|年内|上半年|下半年|"
    r"近[0-9一二两三四五六七八九十]+年(?:来|以来)?|[0-9]{4}年(?:以来|来|底|末|初)?|[0-9]{1,2}月(?:份|底|以来)?|"
    r"截至[^，,]{0,10}?(?:底|末)|[\u4e00-\u9fff]{1,8}?以来)+"
)
# Words that end in a qualifier's character (村规民约|975份, 签约|12个, 附近|3个小区): after
# them the character belongs to the word and the number is exact.
# (民 only in 村规民约: 居民约28万户 is about 280,000; 合 not at all: 折合约960万元)
_WORD_ENDS = {"约": "公条契签履违预节制简邀相特践守誓", "約": "公條契簽履違預節制簡邀相特踐守誓",
              "近": "附就最邻临靠亲贴鄰臨親貼"}
_TRAIL_STRIP = re.compile(
    r"(?:达到|(?<![下到送抵传表])达|为|有|占|是|累计|累計|计|共计|合计|总数|共|(?<!规民)(?<![" + _WORD_ENDS["约"] + r"])约|将近|接近|(?<![" + _WORD_ENDS["近"] + r"])近|超过|超|逾|不少于|不低于|由|从|在|于|已经|已|都|全部|(?<![村户人年月日])均|每[月年人天户个村周日]|原来的|原来|原|"
    r"同比|平均|增长|增加|提高|提升|上升|下降|减少|降低|缩短|压缩|压减|精简|下滑|了|的|至|到|"
    r"達到|達|為|佔|(?<!規民)(?<![" + _WORD_ENDS["約"] + r"])約|將近|超過|從|於|已經|總數|共計|原來的|原來|增長|減少|縮短|壓縮|翻|"
    r"(?:比|较|較)(?:上年|去年|[0-9０-９]{4}年)(?:同期)?|完成|(?<![初高集其])中|环比|環比|按照|按|仍|还|以|仅|僅|只有|只|"
    r"年均|年平均|平均每年|折合|(?<=方面)扣)+$"  # (兑换物品折合|约46万元: the things, not the verb of their worth;
    # 自治方面扣|2.5分: the part deducted from)
)
# (a figure page marks a change with an arrow: ↓5.6岁 / 较换届前)
_INCREASE = re.compile(r"(?:增长|增加|提高|提升|上升|增幅为?|增長|提昇|增收|增|翻|↑)(?:了|达|為|为|约|約)?$")
_DECREASE = re.compile(r"(?:下降|减少|降低|缩短|压缩|压减|下滑|减轻|精简|降幅为?|減少|縮短|壓縮|壓減|減輕|精簡|↓)(?:了|达|為|为|约|約)?$")
# A rate clause that opens with a change verb (精简各类工作群组四成以上) states a change.
_CLAUSE_INCREASE = re.compile(r"^(?:增长|增加|提高|提升|上升|增長)[^达達为為到]*$")
_CLAUSE_DECREASE = re.compile(r"^(?:精简|压减|减少|下降|降低|缩短|压缩|精簡|壓減|減少|縮短|壓縮)[^达達为為到]*$")
_CLAUSE_RELIEF = re.compile(r"(?:减轻|減輕)[\u4e00-\u9fff]{1,4}$")
# 较上年, 比2021年换届前, 同比: a comparison, not what is measured.
_COMPARISON = re.compile(r"^(?:较|較|比(?!例|重|率|较满意|較滿意)|(?:与|與)(?=[^，,。；;]{0,10}(?:相比|比较|比較|持平|同期|相差|差距))|同比|环比|環比|相比|上年|去年|上一年|相差|两者相差|兩者相差|差距|"
                         # 我市为35.2%，低于全市平均水平|6.1个百分点: a gap to an average is the rate's
                         r"(?:低于|高于|低於|高於|超出|落后于?)(?:全[省市县区州盟]|全国|全國)?(?:平均水平|平均值|均值|平均))")
# 由36项|压减至|9项, 由2021年的412个|减少到目前的|37个: the second number of a from-to pair.
# (a figure page or a flattened table puts blanks around its numbers: 由 96 项精简到 41 项)
_TO = r"[ \u3000]?[\u4e00-\u9fff]{0,3}?[至到为為]了?(?:[^，,。；;的]{0,8}的)?(?:[村户人]均|平均)?[ \u3000]?"
_FROM_TO = re.compile(rf"^{_TO}$")
_TO_NEXT = re.compile(_TO)
_EVENT_UNITS = {"期", "批", "批次", "轮", "场", "场次", "次"}
_HOLD = re.compile(r"(?:举办|舉辦|开展|開展|召开|召開|组织|組織|举行|舉行)")
# What a number is an average or a share per, with nothing counted named (村均311.9万元,
# 平均每个村（社区）10名左右): the count is of what the sentence counted just before.
_PER_ONLY = re.compile(r"^(?:目前|现在|当前)?(?:(?:[村户人年月日]均|平均|(?:平均)?每(?:个|名|位)?[\u4e00-\u9fff]{0,4}?"
                       r"(?:村|户|人|社区|网格|小区|街道|乡镇|镇|乡|单位|家|年|月|天|次)(?:[（(][^）)]{1,4}[）)])?)+(?:仅|只|才)?|"
                       r"总额|總額|总数|總數|总量|總量|总计|總計|合计|合計|总规模|規模|规模)$")
# A verb alone where the subject should be (上报各类问题2,176件，办结2,139件): the verb
# acts on what the previous number counted.
_BARE_VERB = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:纪委监委|纪委|监委|法院|检察院|公安局|委员会|办公室|党委|政府)(?=已|又|共|累计))?"
                        r"(?:(?:或|和|并|及|共|已|又|再|还|均|都|新|累计|全部|一共|现场|当场|会后|正在|就地|及时|妥善|协调|调处|督促|指导|推动|被)*(?:" + _VERB_RX.pattern +
                        r"|整改|发展|表示|减少|增加|压缩|达到|达|为|是|成功|办成|办好|办妥|答复|兑现|立案|查处|追回|清退|采纳|採納|"
                        r"应到|實到|实到|同意|反对|弃权|到会|出席|缺席)(?:了|到|至|成功|完成|到位|落实|落實)?)$")  # (已被采纳落实|21项)
# 其中35岁以下的|21名, 其中由社区“两委”成员兼任的有|97名: a part of what was counted.
# Without 其中 or 有, 书记、主任“一肩挑”的为|5741元/月 names its own group.
_OF_GROUP = re.compile(r"的(?:共有|有)$")
# A clause that only links its number to the previous clause (认可度最高，|达到|91.3%;
# 給予交通補貼，|標準為每次|100元/人).
_LINK_ONLY = re.compile(r"^(?:均|都|分别|平均|标准|標準|共|共计|合计|总计|累计|一共)?(?:达到|達到|达|達|为|為|是)?(?:每[次人户月年天])*$")
_EVALUATION = re.compile(r"(?:连续[一二三两四五六七八九十0-9]+年|連續[一二三兩四五六七八九十0-9]+年)?"
                         r"(?:相对|相對|明显|明顯|显著|顯著|大幅|稳步|持续|进一步|不断|逐步)?"
                         r"(?:最高|最低|较高|较低|較高|較低|偏高|偏低|过低|过高|提升|提高|上升|增长|下降|降低|改善)+$")
# 300—500户|为单位划分|城市综合网格: a size standard; what is counted is the unit it sizes.
_PER_UNIT = re.compile(r"[^，,。；;]{0,24}?为(?:一个|单位(?:划分|设置|建立|组建)?)([^，,。；;、的]{1,10})")
# paying verbs that name what is paid only after a standard (保障资金450万元 is a name)
_PAY = re.compile(r"下拨|下撥|列入|保障|列支")
_STANDARD = re.compile(r"的?(?:标准|標準)[，,]?(?:为|為)?[^，,。；;]{0,4}?([^，,。；;]{2,24})")
_GROUP_COUNT = re.compile(r"(?:[岁歲]|以上|以下|学历|學歷|资格证书|资格证)的(?:有|为|為|共有)?$")
_PART_OF_WHOLE = re.compile(r"(?<![高初集其空心当之（(])中(?P<group>[^，,。；;：:、的中（(）)]{2,16}?)的(?:有|共有|仅有|只有|仅|只|僅有|僅)?$")
_DEFINED_PART = re.compile(r"^(?:其中)?(?P<group>(?:[^，,。；;：:、的]|(?<=[0-9]),(?=[0-9])){2,16}?)的(?P<has>有|共有)?$")
# 其中涉及农村道路、饮水安全的|231条: a part whose definition names two things (not two parts: no number between)
_DEFINED_BY_LIST = re.compile(r"^其中(?P<group>[^，,。；;：:的0-9０-９]{1,16}、[^，,。；;：:的0-9０-９]{1,16})的(?P<has>有|共有)?$")
_GROUP_SHARE = re.compile(r"的(?:约|仅|只)?(?:占比?|佔比?)(?:达到|达|為|为|约|約)?$")
_VOTE_AFTER = re.compile(r"(不同意|同意|赞成|贊成|反对|反對|弃权|棄權)")
_VOTING = re.compile(r"表决|表決|举手|舉手|投票|票决|票決")
_CAME = re.compile(r"(?:实到|實到|到会|到會)[0-9０-９]")


def _voted(text: str, q: Quantity) -> bool:
    """经举手表决，同意|55人: people counted in a sentence that tells of a vote (their votes)."""
    # (全村党员37名，到会31名，同意|29名: counted after those who came, the people are votes too)
    return q.unit in ("人", "名") and (_VOTING.search(text, _sentence_start(text, q.start, q.start - 60), q.start) is not None
                                      or _CAME.search(text, _sentence_start(text, q.start, q.start - 60), q.start) is not None)

_BRACKETED_NAME = re.compile(r"([^的是为為：:、，,。；;（）()\s]{2,12})$")
_VOTE = re.compile(r"(不同意|同意|赞成|贊成|反对|反對|弃权|棄權)(?:的)?$")
_ROLE = re.compile(r"(?:担任|擔任|兼任|成为|成為|当选|當選|当选为|出任)(?=[\u4e00-\u9fff“])")
_GIVE_AFTER = re.compile(r"(?:的)?(?:发放|發放|给予|給予|拨付|撥付|奖补|补助|補助|设立|設立)(?=[\u4e00-\u9fff])")
_GIVE = re.compile(r"(?:给予|給予|奖励|獎勵|补贴|補貼|发放|發放|拨付|撥付|安排)$")
_OWNER_ENDS = set("门村区道校位业镇乡户家会站点室所院队组部委）)民众员者")  # …的: whose the rest is
_BARE_SHARE = {"占比", "比例", "比重", "占", "佔比"}
_ONE_CHAR_NOUNS = set("镇乡村县区市省州旗校所站院户鎮鄉縣區事楼表")  # 11个街道、2个镇
_AGE_GROUP = re.compile(r"[0-9０-９]+(?:周岁|岁|週歲|歲)(?:及以上|以上|以下)")
# Nouns after a small Chinese numeral that name the parts of a model or of the report,
# not things on the ground (三条主线, 三个关键问题, 五项机制, 三支队伍).
_DESIGN = re.compile(
    r"(?:主线|机制|队伍|问题|方面|举措|措施|环节|原则|重点|任务|抓手|路径|模式|体系|工程|行动|目标|清单|"
    r"载体|板块|维度|层级|步骤|阶段|階段|功能|作用|核心|关键|理念|方法|法宝|字诀|要素|渠道|途径|职能|账|帐)"
)
_CLAUSE_BREAK = "，,。；;：:！？!?\n"
_BREAK_RX = re.compile("[" + re.escape(_CLAUSE_BREAK) + "]")
_STOP_RX = re.compile("[。；！？]")
_OPEN_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", '"': '"'}
# At most 23 characters between the marks, none of them a sentence's comma or stop: a
# longer stretch, or one with 。or ，, is quoted speech (“今年我家的民宿开了6间客房，…”).
_QUOTED = re.compile("|".join(f"{re.escape(o)}[^{re.escape(c)}，。！？；]{{0,23}}{re.escape(c)}"
                              for o, c in _OPEN_QUOTES.items()))


@dataclass(frozen=True, slots=True)
class Candidate:
    document: int  # index into Segments.documents
    quote: str
    start: int
    end: int
    value: float | int
    value_max: float | int | None
    unit: str
    approximate: bool
    change: str | None
    subject_zh: str
    locality_code: str | None
    initiative_start: int | None  # start offset of the innermost initiative holding it
    context: str  # the sentence it stands in, for reviewers


# Which value of an indicator a number is (基期值, 完成值): not what the indicator measures.
_VALUE_NAME = re.compile(r"^(?:[0-9]{4}年)?(?:基期值|基期|基数|完成值|完成|实际值|实际完成|现状值|当前值|现值|"
                         r"目标值|预期值|实现值)$")
_INDICATOR = re.compile(r"^(?:[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十0-9]{1,3}[）)])?\s*([^。：:；;]{2,40})[。：:]")


def _indicator(text: str) -> str:
    m = _INDICATOR.match(text)
    return m[1] if m else ""


_PLAN_TITLE = re.compile(r"工作要点|工作要點|工作计划|工作計劃|实施方案|實施方案|行动方案|行動方案|工作方案|行动计划|行動計劃|"
                         # rules: 若干措施, 实施意见 and their 政策解读 state standards, not outcomes
                         r"若干措施|实施意见|實施意見|管理办法|管理辦法|实施细则|實施細則|政策解读|政策解讀|"
                         + TERMS_TITLE)
_REVIEW_HEADING = re.compile(r"背景|基本情况|现状|現狀|实施以来|實施以來|实施前后|實施前後|成效|进展|進展|对比|對比")
# (《祁连县牧区网格化管理办法（试行）》执行情况报告: a report on how a rule was carried out is results)
_SUMMARY_TITLE = re.compile(r"总结|總結|汇报|匯報|回顾|回顧|述职|述職|执行情况|執行情況|实施情况|實施情況|落实情况|落實情況|运行情况|運行情況|"
                            # 关于…改造实施方案的居民议事会议纪要: the minutes of a meeting on a plan record what was said
                            r"(?:会议|會議)?(?:纪要|紀要|记录|記錄)$")
_REVIEW = re.compile(r"^(?:过去一年|去年|近年来|近年來|[0-9]{4}年)[，,]")
# What a plan says already is (去年已有…380余人注册) or will be (在去年试点的46个小区基础上，
# 年内实现…100%): the last of these words before a number decides.
_TENSE = re.compile(r"(?P<done>已|去年|上年|目前|现有|現有|截至|截止|过去|過去|实施后|實施後|以来|以來|"
                    r"今年[0-9一二三四五六七八九十]{1,2}至[0-9一二三四五六七八九十]{1,2}月|"
                    # 今年以来, 今年前三季度共发放, 今年共有216名: this year so far, not a target for it
                    r"今年(?:以来|以來|前[一二三]季度|上半年|共|新))"
                    r"|年内|年內|今年|明年|力争|力爭|确保|確保|计划|計劃|将|將|拟|擬")


def _sentence_open(text: str, a: int) -> int:
    """Start of the sentence holding text[a] for tenses: ； does not end one (目前，全市已…28项；…9项)."""
    return max(text.rfind(c, 0, a) for c in "。！？!?\n") + 1


def _done(before: str) -> bool:
    last = None
    for last in _TENSE.finditer(before):
        pass
    return last is not None and last["done"] is not None
# 超过5天|未办结的有, 超过50万元|的村17个: a group by a threshold, counted after it
# (由十年前的不到200个|增加到目前的378个: a level, the 的 is the next level's)
_THRESHOLD_GROUP = re.compile(r"[^，,。；;到至]{0,8}的[^，,。；;0-9０-９]{0,8}?(?:有|占|为|為|[0-9０-９])")
# 年度目标：改造提升…30个。完成情况：…33个; 计划总投资3.86亿元: a sentence or clause that
# states the plan
_ALREADY = re.compile(r"已|累计|目前|截至|去年|上年")
# (为确保…: a purpose; 将把, 要把: what will be, or must be, done)
_TARGET_WORDS = re.compile(r"力争|力爭|(?<![为為])确保(?!了)|(?<![为為])確保(?!了)|要在|务必|将把|要把|"
                           r"(?<![主需重只])要(?:由|从|將|将|稳定在|保持在|控制在|达到|達到|提高到|提升到|实现|實現)")
_TARGET_LABEL = re.compile(r"[^，,。；;]{0,6}?(?:年度目标|目标任务|计划任务|工作目标|预期目标|目标)[:：]")
_TARGET_BEFORE = re.compile(r"(?:目标值|目标为|目标是|预期值|预期目标|规划值|规划目标|目標值|年度目标|全年目标|年度任务)[为是:：]?\s*$")
_FLOOR_OF = re.compile(r"(?:不低于|不少于|不高于|不超过|不低於|不少於)[^，,。；;]{0,30}的$")  # 不低于…收入的|2倍
# 建议按照…, 二是建议将…: a proposal opens its sentence
_PROPOSAL = re.compile(r"(?:[一二三四五六七八九十]是|[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十]{1,2}[）)])?(?:我们|为此)?建议")
_PROPOSAL_CLAUSE = re.compile(r"[，,；;]建议(?:将|把|按|按照|对|在|每|从|适当|逐步)")
# a points scheme's rate: 每服务|1小时|积1分, 每参加1次屋场会积|1分, 每|1分|可兑换价值1元
_EXCHANGE_RATE = re.compile(r"每[^，,。；;0-9]{0,8}$")
_EXCHANGE_NEXT = re.compile(r"[^，,。；;]{0,8}?(?:积|存|兑换|兌換|可兑换|可兌換|折合|(?<![合总總累共])[计計])[^，,。；;]{0,4}?"
                            r"[0-9一二两三四五六七八九十]")
_EXCHANGE_TO = re.compile(r"(?:兑换|兌換|折合)(?:价值|價值)?$")  # …可兑换价值|1元, 1分折合|1元
_EXCHANGE_RATE_DONE = re.compile(r"每[^，,。；;]{1,16}(?:积|存|可兑换|可兌換|兑换价值|兌換價值|(?<![合总總累共])[计計])(?:价值)?$")
_RANK_MOVES = ("上升", "下降", "前进", "后退", "後退", "提升", "上升了", "下降了", "前移", "后移")
# 计划/拟/预计 + a verb in the number's clause: 今年全市计划投入基层治理专项资金|3,500万元
_PLANNED = re.compile(r"(?:计划|計劃|预计|預計|拟|擬|初步)(?!生育)(?:再|新|共|总|總)?(?:投入|投资|投資|新建|建成|建设|建設|新增|增加|用于|用於|"
                      r"完成|实施|實施|安排|发放|發放|招募|培训|培訓|举办|舉辦|开展|開展|改造|打造|选派|選派|达到|達到|实现|實現|"
                      r"覆盖|覆蓋)[^，,。；;]{0,20}$")
# a rule's standard (一般按…户划分一个网格) and a proposal or decision of a meeting (物业提出在…新划车位,
# 会议同意将方案调整为…): what is to be, not what was
_BY_RULE = re.compile(r"(?:一般|原则上|原則上|通常)(?:按照|按|以)[^，,。；;]{0,24}$")
_DECIDED = re.compile(r"(?:提出|同意|决定|決定|商定)(?:在|将|將|把|按)[^，,。；;]{0,24}$")
# a score's design: its scale (满分分别为40分、30分) and the parts of a formula it weighs (“现场述职+评委提问”)
_SCALE = re.compile(r"(?:满分|滿分)[^，,。；;]{0,20}$")
_PLUS_FORMULA = re.compile(r"[“\"][^”\"]{2,40}[+＋][^”\"]{2,40}[”\"]")
_CLIP_LENGTH = re.compile(r"(?:时长|時長)[:：][ \u3000]*[0-9０-９]{1,2}分$|(?:时长|時長)[:：][ \u3000]*$")
_RANK_POOL = re.compile(r"[^，,。；;0-9]{0,8}中(?:排名|排第|位列|位居|名列|居第|居前|居后|列第)")
_RANK_CUT = re.compile(r"(?:前[0-9一二三四五六七八九十]+(?:名|位)(?:及|和|、)|排名)$")
# the rules of a points scheme: what each deed earns or costs (每次积5分 is a rule; 合计加5.5分 is not)
_POINTS_RULE = re.compile(r"(?:每(?:次|户|戶|人|项|項|件|条|條|个|個)[^，,。；;]{0,12}(?:积|積|奖励|獎勵|加|扣|得)|"
                          r"每[^，,。；;]{1,16}(?:扣|加)|"  # 满意率每低于95%一个百分点扣|0.4分
                          r"(?:规定|規定)[^，,。；;]{0,12}(?:加|扣)|的(?:扣|加|奖励|獎勵|积|積)|一次性(?:奖励|獎勵|加|积|積))$")
_RANKED = ("排名后", "排名前", "排名靠后", "排名靠前", "排名末", "居后", "居前")
# 现将4个县的经验摘编如下: how many pieces a digest gathers
_SCOPE_LINE = re.compile(r"现将|現將")
_DIGEST_OF = re.compile(r"[\u4e00-\u9fff]{0,3}的(?:经验|經驗|做法|典型|案例|情况|情況)[^，,。；;]{0,16}如下")
# a routine (每周上门2次) unless a word says it was measured (每周用于走访的时间增加约1.5天)
_ROUTINE = re.compile(r"每(?:天|日|周|月|季度|季|年|半年)[^，,。；;]{0,10}$")
_MEASURED = re.compile(r"时间|時間|平均|用于|用於|增加|减少|減少|缩短|縮短|多出|节省|節省|腾出|騰出|由|从|從|达|達|累计")
_CAP = re.compile(r"最高(?:可[贷貸获獲得申领領]{1,2}|额度|額度|限额|限額|不超过|不超過)(?:为|為|达|達)?$")
# a count of a group: 63个村, 19名党员, 42家 (the number and its measure word)
_GROUP_OF = r"[0-9０-９一二三四五六七八九十两百千万,]+(?:[个名件家户村处项支座所位]|个村)"
_COUNTED_BEFORE = re.compile(r"有(?:近|约|約)?" + _GROUP_OF +
                             # (已有1,260名志愿者存入服务时长超过3.5万小时: what they did, a claim)
                             r"(?![^，,。；;：:]{0,16}?(?:存入|累计|累計|共|完成|开展|開展|提供|参与|參與|参加|參加))"
                             r"[^，,。；;：:]{0,16}$")
_FAMILIES_MADE_UP = ("握手", "重归", "重歸", "和好", "冰释", "言归", "言歸", "人", "都", "一起", "共同", "各", "之间", "之間",
                     "的矛盾", "的纠纷", "的糾紛", "的关系", "的亲戚", "的親戚", "签", "簽", "达成", "達成", "互", "化干戈")
_TOOK = re.compile(r"^(?:历时|歷時|持续|持續|长达|長達|耗时|耗時|用时|用時|历经|歷經|闹|鬧|拖|争执|爭執|僵持)了?$")
# 双方僵持了|近8个月, 因低层住户反对搁置|近4年, 青松小区因车棚改造问题争执了|近3年: how long a
# quarrel or a stall lasted is of the problem 因 names, else of what the clause before was doing
_STALLED = re.compile(r"(?:争执|爭執|僵持|搁置|擱置|闹|鬧|拖)了?$")
_OVER = re.compile(r"因为?([^，,。；;因]{2,12}(?:问题|問題|矛盾|纠纷|糾紛|的事|事情))")
# 一起因征地补偿引发的信访案件, 一起宅基地纠纷: the case an anecdote is about
_ONE_CASE = re.compile(r"一(?:起|件|宗)(?:[^，,。；;]{0,24}的)?([^，,。；;的]{0,8}(?:纠纷|糾紛|案件|矛盾|积案|積案|信访件|難題|难题))")
_SPAN_UNITS = ("天", "个月", "个工作日", "小时", "个小时", "分钟", "周")
_DEADLINE = re.compile(r"(?:以?内|之内)(?:予以|进行|作出|做出)?(?:答复|回复|反馈|办结|处置|响应|回应|到达|到场|上门|解决|办理)")
_ACHIEVED = re.compile(r"全部|均|都|平均|实际|已")
# what a time limit is set for (维修人员40分钟内到场 in a ledger is what happened)
_RULED = re.compile(r"承诺|要求|确保|做到|实行|规定|必须|一般|原则上|限时|问题|诉求|事项|建议|意见|工单|事件|复杂|简单")
_BAND_OF = ("的村", "的嘎查", "的社区", "的小区", "的户", "的农户", "的企业", "的合作社")
_ASSESSMENT_WEIGHT = re.compile(r"考核[中里]?[，,]?(?:占比|占|權重|权重)(?:为|為)?$")
_GRADE_OPEN = re.compile(r"[（(](?:累计|累計|服务|服務)?$")
_GRADE_BAND = re.compile(r"(?:以上|以下|及以上|及以下|至[0-9０-９.．]+分)?(?:为|為)“")
_ROUNDING = re.compile(r"四舍五入|四捨五入")
_RUBRIC = re.compile(r"(?:实行|實行|采用|採用|采取|採取|按照?|实施|實施)(?:百分制|千分制)|(?:满分|滿分)[0-9０-９]+分[，,]其中")
_SCORED = re.compile(r"得分|得|平均|实得|實得|自评|自評|扣|加")
_SCORING = re.compile(r"百分制|评分|評分|计分|計分|权重|權重|考核采取|考核採取|考核办法|折算|满分|滿分|评定等次|評定等次|综合评定|綜合評定")
_AT_LEAST = re.compile(r"(?:至少|最少)[\u4e00-\u9fff]{0,8}$")
_MODAL = re.compile(r"可以|可享受|可获得|可享|可获|可申请|可申請")
_FORMULA_PART = re.compile(r"[^，,。；;）)]{0,16}[，,、；;]\s*[NXＮＸnx]\s*[个支名项类個項]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Short quoted stretches (“五个强化”, 《…》): numbers inside them are names."""
    return [m.span() for m in _QUOTED.finditer(text)]

def _sentence_start(text: str, a: int, lo: int) -> int:
    """Start of the sentence holding offset a, looked for back to lo at most."""
    lo = max(0, lo)
    return max(lo, max(text.rfind(c, lo, a) for c in "。；！？\n") + 1)


# 当了16年村支书, 争执了整整5年, 持续9年的宅基地纠纷, 困扰居民近5年: how long something lasted.
# Not 2024年 (a year), 近三年累计… or 3年来 (the period of another count), 任期1年 (a rule).
_LASTED = re.compile(r"(?:了|已|已经|有|有着|持续|长达|达|搁置|困扰|担任|坚持|拖|当|干|闹|积累|居住)"
                     r"[^，,。；;：:]{0,8}$")
_NOT_LASTED_AFTER = set("来内前后间度底末初级期制起")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_YEAR_OF = re.compile(r"(?:第|近|未来|今后|用|计划|力争|规划|服务期|期限|为期|任期|合同期|租期|每|不满|不足|满|超过|以上)$")


def _duration(text: str, q: Quantity) -> bool:
    if q.value_max is not None or q.value >= 200 or text[q.end:q.end + 1] in _NOT_LASTED_AFTER \
            and text[q.end:q.end + 1] or q.quote.endswith(("以上", "以下")) \
            or text.endswith(("任期", "连续", "連續", "过去", "過去"), 0, q.start - len(q.pre)):
        return False  # (已连续3年没有发生…: a streak; 房龄20年以上的: a threshold)
    clause = text[max(0, q.start - 12):q.start]
    clause = clause[max(clause.rfind(c) for c in "，,。；;：:！？!?“”\n") + 1:]
    if _LASTED.search(clause):
        return True
    # 在任|23年|，扎根17年，延续6年的纠纷, 外出务工12年的青年: a verb's span, then the clause ends or
    # names what lasted (not 近三年累计…, 3年来, 每3年一次)
    head = clause[:len(clause) - len(q.pre)] if q.pre and clause.endswith(q.pre) else clause
    return (q.end >= len(text) or text[q.end] in "，,。；;的就即") and len(_HAN.findall(head)) >= 2 \
        and not head.endswith(("以来", "来", "过去", "這", "这", "最近", "前")) and "每" not in head \
        and not _YEAR_OF.search(head)


# 公示期为…（共|7个工作日|）, 公开期为|7天: how long a notice is posted (labellers: 30 times of 31 no claim)
_NOTICE_PERIOD = re.compile(r"(?:公示|公开|公開|公告|张榜|張榜)(?:期|时间|時間)?(?:为|為|是)?(?:[^，,。；;]{0,24}[（(]共?)?$")
_GRADE_NAMED = re.compile(r"[（(][^（）()]{1,6}[）)]的")
_RESIDENT = re.compile(r"(?:居民|住户|住戶|业主|業主|群众|群眾|村民|退休|党员|黨員|楼长|樓長)")
# 80分至90分的22名: a band written with its unit twice (labellers counted none of them: a range is
# written 2万至5万元, the unit once)
_BAND_TO = re.compile(r"[至到—～~－][0-9０-９][0-9０-９.．,]*(?:万|千)?(?:分|%|％|元)")
_BAND_FROM = re.compile(r"[0-9０-９](?:万|千)?(?:分|%|％|元)[至到—～~－]$")


def is_claim(text: str, q: Quantity, quoted: list[tuple[int, int]]) -> bool:
    """Whether a number-with-unit at text[q.start:q.end] is a claim about the place."""
    a, b = q.start, q.end
    # A space stands for "nothing there": `"" in "+-"` would be true.
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    if q.unit == "番":  # 翻了一番: doubled; 力争翻一番: a target
        return (before == "翻" or text[max(0, a - 2):a] == "翻了") and \
            "力争" not in text[_sentence_start(text, a, a - 40):a]
    if q.chinese and (q.value == 1 and not q.pre):
        return False  # 一次采集, 一个中心: an article, not a count
    if q.unit == "年":
        return _duration(text, q)
    if re.match(r"[0０][0-9０-９]", q.quote):
        return False  # 01 支部建在网格上: a counter, not a count
    if "分值" in text[max(0, a - 4):a]:
        return False  # 组织体系建设（分值20分）: what a rubric allots
    if q.value == 1 and (text.startswith("相当于", b) or text.endswith(("相当于", "折合", "折合人民币"), 0, a)):
        return False  # 每1分相当于1元: a rate of exchange a rule sets
    if before in "数几若" and before != " " and q.chinese:
        return False  # 数十个, 几百名: no number is claimed (参保人数57.62万人 is one)
    if before == "前" and not q.pre:
        return False  # 排名全省前3位
    if q.unit == "秒" and _CLIP_LENGTH.search(text, max(0, a - 12), a):
        return False  # 时长：3分20秒: how long a video or a broadcast runs, its furniture
    if _RANK_POOL.match(text, b):
        return False  # 在全市12个县区中排名第二: the field a rank is among
    if before == "后" and q.unit in ("名", "位") and _RANK_CUT.search(text, max(0, a - 12), a):
        return False  # 考评结果（前10名及后2名）, 排名后3位: where a list is cut
    if q.unit == "分" and _POINTS_RULE.search(text, max(0, a - 30), a):
        return False  # 积分规则：…的每户一次性奖励50分, …行为的扣10至30分, 考评办法规定每项加1至2分
    if q.bare_multiplier and not q.pre and not q.approximate:
        return False  # 千家万户
    if before == "第" or (q.pre == "" and text[max(0, a - 2):a] in ("第一", "前")):
        return False  # 第三
    if before in "+＋-—/×÷=＝*" or after in "+＋":
        return False  # 1+1+N+X, 办结率=办结事件/上报事件×100%: formulas
    if before.isascii() and before.isalpha() or after.isascii() and after.isalpha():
        return False  # codes such as G20
    if q.chinese and after in "一二两三四五六七八九十":
        return False  # 六个一, 四个一批
    if q.chinese and (after in "子庄屯堡" or q.unit == "件" and after == "事"):
        return False  # 四家子镇, 三家店: a place name; 主要抓三件事: the parts of a talk
    if any(s < a and b <= e for s, e in quoted):
        return False
    if q.unit in ("个", "项", "条") and q.chinese and after in "强化覆盖转变":
        return False  # 五个强化, 两个覆盖, 三个转变 without quotes
    if q.chinese and q.value <= 2 and q.unit == "头":
        return False  # 三天两头, 一头连着党委: idioms, not head of cattle
    if q.chinese and q.value <= 10 and not q.pre and (q.unit == "类" or _DESIGN.match(text, b)):
        return False  # 建强三支队伍、健全五项机制: the parts of a model, not things counted
    if q.unit == "分" and (q.chinese or before in "时点點:：" or after in "之钟鐘"):
        return False  # 9时30分, 三分之一, 十分重要
    if q.unit == "部" and after in "门門委":
        return False  # 12部门
    if q.chinese and q.unit == "家" and q.value == 2 and text.startswith(_FAMILIES_MADE_UP, b):
        return False  # 最终两家握手言和: the two families of an anecdote, not a count of firms
    if q.unit in ("路", "把", "眼") and q.chinese:
        return False  # 八路军, 一把手, 两眼: words, not video channels, instruments or wells
    if q.unit == "岁" and text.startswith(("以上", "以下", "及以上"), b - 2 if q.quote.endswith(("以上", "以下")) else b):
        return False  # 80周岁以上老年人: an age group, not a claim
    if q.unit != "%" and (q.quote.endswith(("以上", "以下")) and text.startswith("的", b)
                          or text.startswith(("以下的", "以内的"), b)):
        return False  # 集体经济收入50万元以上的村, 收入10万元以下的村: a threshold naming a group
    if q.unit == "分" and (q.quote.endswith(("以上", "以下")) or q.value_max is not None) \
            and _GRADE_NAMED.match(text, b):
        return False  # 90分以上（优秀）的37名, 80至89分（良好）的84名: a band, by its grade, naming a group
    if q.unit == "栋" and (a == 0 or text[a - 1] in "\n，,。；;：:、 \u3000") and _RESIDENT.match(text, b):
        return False  # 7栋居民王××提出: the building a speaker lives in, not a count of buildings
    if q.unit == "部" and text.startswith("分", b):
        return False  # 三部分组成: parts, not a count of 部
    if text.startswith(("折合人民币", "折合"), b) and q.value == 1:
        return False  # 1积分折合人民币0.25元: a rate of exchange a rule sets
    if (q.pre in ("不足", "不到", "超过", "超過") or text.endswith(("少于", "少於", "多于", "多於"), 0, a)) \
            and _COUNTED_BEFORE.search(text, max(0, a - 30), a):
        return False  # 全市仍有63个村年收入|不足10万元, 有2件事项|超过15个工作日仍未办结: the bound that
        # defines the group counted before it, not a claim of its own
    if q.unit.startswith("元") and (text.startswith(("（含）", "(含)"), b) or text.startswith(_BAND_OF, b)
                                   and re.search(r"(?:至|到|以上|以下|超过|不足)[^，,。；;：:]{0,12}$", text[max(0, a - 16):a])):
        return False  # ——50万元（含）至100万元的村：11个: the bounds of a band of villages, not claims
    if q.chinese and q.unit == "户" and after in "长联":
        return False  # 十户长, 十户联防: a role or a scheme named by its size
    if q.unit in _SPAN_UNITS and text.startswith("前", b) and not q.pre:
        return False  # 两个月前，她在夜话会上…: a point in time, not a span
    if q.unit in _SPAN_UNITS and _DEADLINE.match(text, b) and not _ACHIEVED.search(text, max(0, a - 8), a) \
            and _RULED.search(text[_sentence_start(text, a, a - 30):a]):
        return False  # 群众提出的问题3天内答复: a time limit a rule sets (全部在1小时以内作出响应 is done)
    if q.unit == "小时" and q.value == 24:
        return False  # 24小时自助服务点, 24小时不打烊
    if q.pre in ("不低于", "不少于") or _AT_LEAST.search(text, max(0, a - 12), a) or _FLOOR_OF.search(text, max(0, a - 40), a):
        return False  # 按照每个村不低于30万元的标准, 每月至少开展1次: a floor a rule sets, not an outcome
    if q.unit == "岁" and q.value_max is not None:
        return False  # 18至35岁的青年: an age bracket naming a group
    aim = None
    # (力争年底前覆盖率达到100%；新增长者食堂2家；…: an aim reaches over the semicolons of its list)
    for aim in _TARGET_WORDS.finditer(text, max(a - 120, _sentence_open(text, a)), a):
        pass
    if aim is not None and not _ALREADY.search(text, aim.end(), a):
        # 力争年底社区工作者持证率达到75%以上, 要…确保覆盖率达到90%以上: a target (but 确保…到位，
        # 今年已兑现分红资金1,860万元 says what was done)
        return False
    if "建议" in text[max(0, a - 80):a] and (_PROPOSAL.match(text, _sentence_start(text, a, a - 80))
                                             or _PROPOSAL_CLAUSE.search(text, _sentence_start(text, a, a - 80), a)):
        return False  # 建议按照…18人的标准, …较快，建议将报酬提高到…: a proposal, not an outcome
    if (q.value == 1 or _EXCHANGE_RATE.search(text, max(0, a - 16), a)) and _EXCHANGE_NEXT.match(text, b) \
            or _EXCHANGE_RATE_DONE.search(text, max(0, a - 24), a) \
            or q.value == 1 and _EXCHANGE_TO.search(text, max(0, a - 12), a):
        # 志愿者每服务1小时积1分, 每1分可兑换价值1元, 积分1分可兑换价值1元, 以1分折合1元: a points
        # scheme's rate, not an outcome
        return False
    window = text[max(0, a - 20):a]
    if "可" in window and _MODAL.search(window[max(window.rfind(c) for c in _CLAUSE_BREAK) + 1:]):
        return False  # 贷款利率可以优惠0.5个百分点: what a rule allows, not what happened
    if q.pre in ("超过", "超過") and before == "不" or before in "±＋" and before != " ":
        return False  # 会议时长一般不超过1.5小时, 抽样误差不超过±1.4个百分点: a cap, a margin
    if _TARGET_BEFORE.search(text, max(0, a - 6), a) or _TARGET_LABEL.match(text, _sentence_start(text, a, a - 60), a) \
            or text.startswith("计划", max(text.rfind(c, max(0, a - 30), a) for c in "，,。；;：:\n") + 1) \
            and not text.startswith("计划生育", max(0, a - 30)):
        return False  # 基期值52.7%，目标值90%，完成值83.5%: the target is not an outcome
    if q.unit == "位" and before in "后末" and before != " " or q.unit == "位" and text.endswith(_RANK_MOVES, 0, a):
        return False  # 得分居后三位的乡镇, 宜章县上升4位: a rank or its move, not a count
    if _PLANNED.search(text, max(0, a - 30), a):
        return False  # 今年全市计划投入…3,500万元, 预计投入资金36万元: a plan, not an outcome
    if _CAP.search(text, max(0, a - 8), a):
        return False  # 最高可贷50万元, 最高额度30万元: a cap a rule sets
    if q.pre in ("超过", "超過", "不足", "不到") and _THRESHOLD_GROUP.match(text, b) \
            or text.endswith(("低于", "高于", "低於", "高於", "连续", "連續", "总分", "總分"), 0, a) \
            or _SCALE.search(text, max(0, a - 24), a):
        # 超过5天未办结的有3件, 满意率低于90%, 连续2个月, 满分100分, 满分分别为40分、30分: thresholds,
        # periods, scales
        return False
    routine = _ROUTINE.search(text, max(0, a - 14), a) if q.unit in ("次", "天", "小时") else None
    if routine and q.value <= 3 and not q.approximate and not _MEASURED.search(routine.group()) \
            and not text.startswith(("时间", "時間"), b):
        return False  # 网格员小刘每周上门2次, 县领导每月1天到中心接访: a routine or a rule, not a count
    if text.endswith(("不等于", "不等於", "之和为", "之和為"), 0, a) or text.endswith(("合计为", "合計為"), 0, a) \
            and _ROUNDING.search(text, a):
        return False  # 注：因四舍五入，各项占比之和不等于100%; 注：各行合计为100%，数据经四舍五入: a note on rounding
    if q.quote.endswith(("以上", "以下")) and text.startswith(("）", ")"), b) \
            and _GRADE_OPEN.search(text, max(0, a - 4), a):
        return False  # 一星级志愿者（累计|100小时以上|）1,026名: the threshold of a grade, in brackets
    if q.unit in ("天", "日", "个工作日", "周") and _NOTICE_PERIOD.search(text, max(0, a - 40), a):
        return False  # 公示期为2025年7月11日至7月17日（共|7个工作日|）, 公开期为|7天: how long a notice is posted
    if q.unit in ("分", "%", "元") and (_BAND_TO.match(text, b) or _BAND_FROM.search(text, max(0, a - 16), a)):
        return False  # 80分至90分的22名, 5%至10%, 50元至200元: a band written with its unit twice
    if q.unit in ("分", "%") and _GRADE_BAND.match(text, b):
        return False  # 90分以上为“优秀”，80分至89.9分为“合格”: a grade's band
    if q.chinese and text.startswith(("民生实事", "件民生实事", "大民生实事"), b):
        return False  # 十件民生实事: the name of a yearly programme
    if q.quote == "二次" and "\u4e00" <= after <= "\u9fff":
        return False  # 二次供水: a term, not a count
    if q.unit == "分" and _RUBRIC.search(text, _sentence_start(text, a, a - 80), a) \
            and not _SCORED.search(text, max(0, max(text.rfind(c, 0, a) for c in "，,、；;。") + 1), a):
        # 考评实行百分制，其中矛盾纠纷化解|30分、治安防控25分, 满分100分，其中晒实绩|40分: what the rubric allots
        return False
    if q.unit in ("%", "分") and (text.endswith(("占", "佔"), 0, a) or q.unit == "分" and text.endswith(("价格分", "技术分", "商务分", "價格分", "技術分", "商務分"), 0, a)) \
            and _SCORING.search(text, _sentence_start(text, a, a - 80), a):
        # 按百分制…综合评分（积分管理占|60%）, 考核采取…方式，平时积分占|70%, 综合评定等次（述职测评占|30%）,
        # 按照综合评分法进行评审（价格分|30分、技术分|60分）: a weight of a score
        return False
    if q.unit == "%" and _ASSESSMENT_WEIGHT.search(text, max(0, a - 12), a):
        return False  # 在乡镇（街道）年度综合考核中占比|30%, 纳入年度述职评议考核，占比|20%: a weight
    if q.unit == "%" and text.endswith(("占", "佔"), 0, a):
        s0 = _sentence_start(text, a, a - 80)
        part = text[max(s0, max(text.rfind(c, s0, a) for c in "，,、；;") + 1):a - 1].removeprefix("其中")
        formula = _PLUS_FORMULA.search(text, s0, a)
        if len(part) >= 2 and formula and part in formula.group():
            return False  # 采取“现场述职+评委提问+群众测评”方式，其中现场述职占|50%: a weight of the score's parts
    if q.unit == "%" and text.endswith(_RANKED, 0, a) and text.startswith("的", b):
        return False  # 年度考核排名后|5%的，要进行约谈: a group a ranking defines
    if _BY_RULE.search(text, max(0, a - 30), a) or _DECIDED.search(text, max(0, a - 30), a):
        return False  # 城镇社区一般按|300至500户…划分一个网格, 会议同意将方案调整为新划车位|64个: a rule, a decision
    if text.startswith(("的权重", "的權重"), b):
        return False  # 按10%的权重: a score's design (labellers keep 按每个网格每年3000元的标准拨付 as a
        # claim: the money was paid at that rate)
    if q.chinese and (q.unit in ("处", "處", "科", "室") and before in "织織部厅廳局委院" and before != " "
                      or q.unit == "套" and text.startswith("班子", b)):
        return False  # 省委组织部组织二处, 县四套班子: names of offices and bodies
    if _SCOPE_LINE.search(text, _sentence_start(text, a, a - 60), a) and _DIGEST_OF.match(text, b):
        return False  # 现将4个县的经验摘编如下: how many pieces the document gathers (not 现将全市7个县区…)
    if text.startswith(("置信", "的置信"), b):
        return False  # 在95%置信水平下: a survey's design
    if q.unit == "次" and text.startswith(("会议", "全会", "全体会议", "代表大会"), b):
        return False  # 县十七届人大四次会议: which session, not how many
    if _FORMULA_PART.match(text, b):
        return False  # “1+N+X”（1个社区大党委统筹，N支专业力量下沉…）: a model's parts
    return True


def _change(before: str) -> str | None:
    tail = before.rstrip(" \u3000")[-6:]  # 同比下降 16.2 %: a table cell keeps a blank
    if _INCREASE.search(tail):
        return "increase"
    if _DECREASE.search(tail):
        return "decrease"
    return None


def _skip_bracket(s: str, i: int) -> int:
    close = {"（": "）", "(": ")", "“": "”", "‘": "’", "「": "」"}.get(s[i])
    if close:
        j = s.find(close, i + 1)
        if j != -1 and j - i <= 12:
            return j + 1
    return i + 1


# who was to come and who came: 应到代表, 实到, 到会 (a group's name may follow them)
_CAME_WORDS = r"应到|應到|实到|實到|到会|到會|应参加|應參加|实际参加|實際參加|应出席|实际出席|出席"
_ATTENDED = re.compile(r"^(?:" + _CAME_WORDS + r"|应|應|实|實|缺席|请假|請假)(?:会议|會議|考核|培训|培訓)?$")
_SUM_OF = re.compile(r"^(?:涉及)?(?:金额|金額)(?:共计|共計|合计|合計|达|達|约|約)?$")
_ATTENDED_LEAD = re.compile(r"^(?:" + _CAME_WORDS + ")")
_ASIDE = re.compile(r"其中|含|包括|占|同比|较|比上年|比去年|年度目标|目标|计划|主要|因|由于|系")
# （应到25名，实到23名）, （春节前集中欠薪问题已基本化解）: figures or a sentence on the count
_NOTE_ONLY = re.compile(r"[（(][^（）()]*[）)]")
_COUNT_ASIDE = re.compile(r"[^（()）]{0,6}[0-9０-９][^（()）]{0,30}[）)]|[^（()）]{9,40}[）)]")
_PREDICATE_OPENS = "就仍才便即都也还已均又"
# …but these open words, not predicates (带动800余人|就业, 12个|便民服务点)
_ADVERB_WORDS = {"就业", "就近", "就医", "就餐", "就诊", "就读", "就学", "就地", "就位", "就职", "便民", "便利",
                 "便捷", "即时", "均衡", "均等", "都市", "才艺", "还款", "已婚", "也门"}


def _clause_after(text: str, end: int, most: int) -> str:
    m = _BREAK_RX.search(text, end, end + most)
    return text[end:m.start() if m else end + most]


_ZHONG_WORDS = ("中心", "中学", "中队", "中药", "中医", "中华", "中共", "中央", "中国", "中小", "中青", "中老", "中层",
                "中等", "中型", "中高", "中途", "中期", "中秋", "中餐", "中级", "中职", "中专", "中介", "中坚")
_CITATION = re.compile(r"(?:\[\d{1,3}\]|［\d{1,3}］|\[注\d{1,2}\])+")


def _subject_after(text: str, end: int, owner: bool = False) -> str:
    """建立10个|社区老年食堂和托育中心、43个… -> 社区老年食堂和托育中心"""
    age = _AGE_GROUP.match(text, end)
    if age:  # 1.9万名|80周岁以上|老年人
        end = age.end()
    cite = _CITATION.match(text, end)
    if cite:  # 较上年提高2.6个百分点|[5]。: a note's marker, then nothing
        end = cite.end()
    if text.startswith("中", end) and not text.startswith(_ZHONG_WORDS, end):
        return ""  # 42家|中收支基本持平的仅有19家: the whole a part is taken from, named before
    if text.startswith("后", end) and not text.startswith(("后备", "后勤", "后进", "后续", "后期"), end):
        return ""  # 经县乡村三级联调9次|后化解: when something happened, not what is counted
    if text[end:end + 1] in _PREDICATE_OPENS and text[end:end + 1] and text[end:end + 2] not in _ADVERB_WORDS \
            and "的" not in _clause_after(text, end, 12):
        # 25天|就完工, 7件|仍在办理中: what follows says what happened, not what is counted
        # (52座|仍有人居住的土楼: a clause with 的 describes what is)
        return ""
    i, n = end, min(len(text), end + 40)
    out_end = end
    segment_start = end
    while i < n:
        c = text[i]
        if c in _CLAUSE_BREAK or c in "…—｜|\t\u3000" or c.isdigit():
            break  # (｜ and tabs end a table's cell)
        if c == "、":
            if i == end:
                return ""
            nxt = next((k for k in range(i + 1, min(len(text), i + 20)) if text[k] in _CLAUSE_BREAK + "、"),
                       min(len(text), i + 20))
            if QUANTITY.search(text, i + 1, nxt):
                break  # 43个户外劳动者驿站、172个…: the next item has its own number
            i += 1
            continue
        if c in "（(" and i == end and (_ASIDE.match(text, i + 1) or _COUNT_ASIDE.match(text, i + 1)):
            # 注册志愿者1.1万余名|（其中60岁以上的…）, 居民议事会成员23名|（应到25名，实到23名）: an aside on
            # the count, not its subject
            return ""
        if c in "（(“‘「":
            i = _skip_bracket(text, i)
            out_end = i
            continue
        m = _AFTER_STOP.match(text[segment_start:], i - segment_start)
        if m and not (i == end and m.group() == "兼职"):  # 2至4名|兼职网格员: a kind, not a verb
            if i == end:
                return ""
            break
        i += 1
        out_end = i
    s = re.sub(r"^[（(][^）)]{1,2}[）)]", "", text[end:out_end])  # 260余场（次）: a note on the unit
    if _NOTE_ONLY.fullmatch(s):
        return ""  # 综合得分86.2分|（百分制）: a note on the scale, nothing counted
    if out_end < len(text) and text[out_end].isdigit() and s[-1:] in ("和", "及", "与", "與", "或"):
        s = s[:-1]  # 1名专职网格员和|2至4名…: the conjunction joins the next count
    k = _last_deng(s)
    if k >= 0:
        if _MANNER.match(s, k + 1):
            return ""  # 发放调查问卷400份（收回385份）|等方式: how it was done, not what was counted
        s = s[k + 1:] if len(s) - k - 1 >= 2 else s[:k]
    has = owner
    if "的" in s:
        k = s.rindex("的")
        owner = s[:k]
        # 14个部门的视频监控: the count is of 部门 (a unit that owns the rest); 500个具有特色的
        # 服务站: of 服务站. 12所高校的|1,200名…: nothing after 的, the count is of 高校.
        if owner and len(owner) <= 8 and (owner[-1] in _OWNER_ENDS or has) and not _VERB_RX.search(owner) \
                or not s[k + 1:]:
            s = owner
        else:
            s = s[k + 1:]
    return _tidy(s)


_MANNER = re.compile(r"(?:方式|形式|途径|途徑|渠道|办法|辦法|手段|方法)$")


def _last_deng(s: str) -> int:
    """Index of the 等 that closes an enumeration (not 等级, not inside brackets), or -1."""
    depth = 0
    for k in range(len(s) - 1, -1, -1):
        c = s[k]
        if c in "）)”":
            depth += 1
        elif c in "（(“":
            depth = max(0, depth - 1)
        elif c == "等" and depth == 0 and s[k + 1:k + 2] not in ("级", "次", "同", "于"):
            return k
    return -1


_RANK_PREFIX = re.compile(r"^第[0-9０-９一二三四五六七八九十]{1,3}[名位][ \u3000\t]+(?=\S)")


_VALUED = re.compile(r"(?:折合|折算)(?:资金|資金|人民币|人民幣)?(?:共|约|約|达|達|计|計)?$")


def _tidy(s: str) -> str:
    """Drop stray punctuation and unbalanced quotes at the ends: 物业小区“红色议事厅” stays."""
    s = s.strip("、，,：: \t\u3000")  # (a tab ends a table's cell; a full-width blank pads a list)
    if len(s) > 3 and any(c in "县区市旗" for c in s[1:8]) and localities.opens_with_name(s):
        hits = localities.find_mentions(s[:10])
        if hits and hits[0][0] == 0 and s[hits[0][1] - 1] in "县区市旗" and len(s) - hits[0][1] >= 2:
            s = s[hits[0][1]:].lstrip(" \u3000\t")  # 康保县受理: the place is the clause's, not what is counted
            if s[:1] == "全" and s[1:2] in "市县区省州旗" and len(s) >= 4:
                s = s[2:]  # 许昌市全市社区工作者持证率
    b = BULLET.match(s) or _RANK_PREFIX.match(s)
    if b:
        s = s[b.end():]  # ▶诉求量; 第1名　三营镇金岭村　96.5分: the rank is the row's place in the list
    if s.startswith(("各类", "各项", "各种", "各類", "各項", "各種")) and len(s) >= 4:
        s = s[2:]  # 化解各类矛盾纠纷: what is counted is 矛盾纠纷
    s = _SERVED.sub("", s)  # 服务群众2.1万人次: who was served (服务项目, 服务时长 are names)
    if len(s) >= 5 and _ORGANISE.match(s):
        s = s[2:]  # 组织社区工作者培训|34期: 组织 is the verb (组织覆盖率, 组织生活会 are names)
    if s[:1] in ("将", "把", "將") and len(s) >= 4 and not s.startswith(("将近", "将军", "将来", "把关", "把握", "將近")):
        s = s[1:]  # 将专职网格员补贴标准|提高到…: 将 marks what the verb after the number acts on
    if s.startswith("有") and len(s) >= 3 and s[1] not in "效关序力机益利" and "的" not in s:
        s = s[1:]  # 全县有|城市社区…: 有 says they exist (有党员的组织 keeps it: a group it defines)
    if s.endswith(("因", "因为", "因為")) and len(s) >= 3 and not s.endswith(("原因", "成因", "基因", "诱因", "誘因")):
        s = re.sub(r"因[为為]?$", "", s)  # 两户|村民因为…闹了近两年: the people, not why
    valued = _VALUED.search(s)
    if valued and valued.start() >= 2:
        s = s[:valued.start()]  # 兑换物品折合资金|约52万元: the money is the worth of what was given
    if s.endswith(("今年", "現年", "现年")) and len(s) >= 4:
        s = s[:-2]  # 网格员小陈今年|26岁: whose age it is, not when
    if s.endswith("中") and len(s) >= 3 and s[-2] not in "集其初高空心":
        s = s[:-1]  # 受访群众中|有九成…: the group, not where in it
    while s and s[0] in "）)”’」的" :
        s = s[1:]
    while s and s[-1] in "“‘「（(":
        s = s[:-1]
    if s.count("“") > s.count("”") and s.startswith("“"):
        s = s[1:]
    if s.count("”") > s.count("“") and s.endswith("”"):
        s = s[:-1]
    if s[:1] in ("（", "(") and ("）" if s[0] == "（" else ")") not in s:
        s = s[1:]  # （上年为|4.7天）: an unclosed bracket opens an aside
    if s.startswith(("（", "(")):
        close = s.find("）" if s[0] == "（" else ")")
        if 0 < close < len(s) - 2:
            s = s[close + 1:]
    return s


_SERVED = re.compile(r"^(?:服务|服務)(?=群众|群眾|居民|老人|老年人|儿童|快递|外卖|外来|企业|职工|农户|村民|党员|青年|妇女|"
                     r"残疾|困难|特殊|新就业|游客|商户|学生)")
_ORGANISE = re.compile(r"(?:组织|組織)(?!覆盖|覆蓋|建设|建設|体系|體系|处理|處理|生活|关系|關係|力|振兴|振興|部|机构|機構|"
                       r"员|員|者|化|共|累计|累計|开展|開展|[，,、的])")
_MEASURE_NOUN = re.compile(r"(?:时长|时间|时限|周期|天数|人数|次数|户数|金额|面积|总量|规模|效率|率|量)$")


_AGENT_ENDS = ("员", "員", "人员", "人員", "队", "隊", "委员会", "委員會")


def _verb_end(s: str) -> int:
    """End of the first verb (and the verbs chained to it) outside quotes, or 0."""
    quoted = _quoted_spans(s)
    for m in _VERB_RX.finditer(s):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        end = m.end()
        if s.startswith(_AGENT_ENDS, end):
            continue  # 调解员先后上门: a verb that names who does it is a noun
        if m.group() in ("参与", "參與") and (_SERVED.match("服务" + s[end:]) or "的" in s[end:]):
            return 0  # 参与群众, 参与积分评比的农户: who took part, not the taking part
        while True:
            # (走访中|收集|群众诉求: 中 after a verb is while it was done)
            m2 = _VERB_RX.match(s, end + s.startswith("中", end))
            if not m2 or len(s) - m2.end() < 3 or s.startswith(_AGENT_ENDS, m2.end()):
                break  # (组建|调解队伍)
            end = m2.end()
        if s.startswith("了", end) and len(s) - end >= 3:
            end += 1  # 装上了|电梯
        if s[end:] in ("成功", "完成", "到位"):
            return 0  # 调解成功|403宗: how the verb ended, not what it acted on
        if _MEASURE_NOUN.match(s, end) or len(s) - end <= 3 and s.endswith(("率", "率的")):
            return 0  # 平均办理时长, 改造面积, 调解成功率: the verb is part of the measure's name
        return end if len(s) - end >= 2 else 0
    return 0


_SHARE_OF_WHOLE = re.compile(r"^(?P<part>[^占佔]{2,24}?)(?:占|佔)(?:全部|全|总|總|所有)[^占佔的]{1,10}的(?:比例|比重)?"
                             r"(?:为|為|达|達|达到|約|约|仅|僅|超过|超過|近)?$")


def _subject_before(text: str, start: int, floor: int, rate: bool) -> str:
    """组建小区党支部|192个 -> 小区党支部"""
    a = floor
    for k in range(start - 1, floor - 1, -1):
        if text[k] in _CLAUSE_BREAK and not (text[k] == "," and text[k - 1:k].isdigit() and text[k + 1:k + 2].isdigit()):
            a = k + 1  # (超过1,600件的有|12天: a thousands separator breaks no clause)
            break
    s = text[a:start]
    inner = _PART_OF_WHOLE.search(s)
    if inner:
        # 42家中收支基本持平的仅有|19家, 现有人员中从事过社会工作的仅|3人: the part its clause defines
        return _tidy(inner["group"] + "的")
    part = _DEFINED_PART.match(s.lstrip("、")) or _DEFINED_BY_LIST.match(s)
    if part and (s.startswith("其中") or part["has"] or s.startswith("、") and "其中" in text[max(0, a - 30):a]):
        # 其中在村级化解的|4,318件, 其中由村集体自建的198个、与商超合作共建的|65个, 参与积分的有|1.09万户:
        # a part its clause defines is that group (docs/labelling.md, Parts)
        return _tidy(part["group"] + "的")
    share = _SHARE_OF_WHOLE.match(s) if rate else None
    if share:
        # 涉外婚姻、跨境务工等方面的纠纷占全部纠纷的|约三成: the share is the part's, named before 占
        return _tidy(_TRAIL_STRIP.sub("", _LEAD_STRIP.sub("", share["part"])))
    s = _LEAD_STRIP.sub("", s)
    s = _TRAIL_STRIP.sub("", s)
    k = _last_deng(s)
    if k == len(s) - 1:
        s = s[:k]  # 化解草场纠纷、劳资纠纷等|89件: the enumeration is the subject
    elif k >= 0:
        s = s[k + 1:]
    parts = s.split("、")
    v = _verb_end(parts[-1]) if len(parts) > 1 else 0
    if v:
        parts = [parts[-1][v:]]  # 从返乡大学生、致富能手中储备|村级后备干部: what the verb acts on
    if a == floor and floor > 0 and len(parts) > 1 and a > 0 and text[a - 1] not in _CLAUSE_BREAK:
        parts = parts[1:]  # 14个|社区、常住居民|4.2万余户: 社区 was counted by the number before
    s = parts[-1]
    # 设立党员先锋岗、党员责任区320个: the enumeration before one number is its subject
    k = len(parts) - 2
    while k >= 0 and parts[k] and not any(ch.isdigit() for ch in parts[k]):
        v = _verb_end(parts[k])
        if v:
            s = parts[k][v:] + "、" + s
            break
        s = parts[k] + "、" + s
        k -= 1
    if rate:
        s = re.sub(r"^(?:实现|保持|达到|确保)", "", s)
        if s in _BARE_SHARE:  # 致富能手、退役军人等占比|超过四成: the share of the group named
            whole = _TRAIL_STRIP.sub("", _LEAD_STRIP.sub("", text[a:start]))
            whole = re.sub(r"(?:等)?(?:占比|比例|比重|占)$", "", whole)
            return _tidy(whole[_verb_end(whole):]) if whole else ""
    elif "、" not in s and not s.startswith("每"):  # 每万城镇常住人口拥有社区工作者数: a ratio's words
        s = s[_verb_end(s):]
    s = _LEAD_STRIP.sub("", s)
    s = _TRAIL_STRIP.sub("", s)
    if s and not s.endswith("的") and (rate and _GROUP_SHARE.search(text, a, start) or _GROUP_COUNT.search(text, a, start)):
        s += "的"  # 表示“非常满意”的|占58.3%, 36至45岁的|12名: a group a clause defines
    return _tidy(s)


# 每名党员联系|10至15户|群众, 网格员人均联系群众|约60户: households per person; labellers name the
# person or the households, so the subject names both (党员联系群众)
_COVER = r"联系服务|聯繫服務|联系|聯繫|服务|服務|包联|包聯"  # how a person covers households
_HOUSEHOLDS = r"群众|群眾|农户|農戶|居民|住户|住戶|村民"  # …and what they are called
_PER_PERSON = re.compile(r"(?:(?P<each>(?:平均)?(?:每名|每位|每一名|一名|1名|每个|每個))|[0-9０-９,]+名|由)?"
                         r"(?P<who>[^0-9０-９，,。；;：:、\s]{2,12}?)"
                         r"(?P<per>平均每人|平均每名|人均|每人|平均)?(?:要|可|需|均)?"
                         r"(?P<verb>" + _COVER + r"|挂钩|掛鉤|包)(?P<obj>" + _HOUSEHOLDS + r")?$")
_APPOINTED = re.compile(r"^.*(?:确定|確定|选育|選育|选树|選樹|选聘|選聘|选出|選出|选派|選派|培育|设立|設立|明确|明確|推选|推選|招募|组建|組建)")
_EACH_ONE = re.compile(r"^(?:每户|每戶|每人|平均每户|平均每人)(?:要|可|需|均)?(?P<verb>" + _COVER + r")"
                       r"(?P<obj>周边群众|" + _HOUSEHOLDS + r")?$")
_HOUSEHOLDS_AFTER = re.compile(r"(?:" + _HOUSEHOLDS + r")")
# 每名班子成员联系|2至3个|村: the units each person looks after
_UNITS_AFTER = re.compile(r"(?:村（社区）|村\(社区\)|村|小区|社区|网格|乡镇|镇|企业|嘎查村)(?![\u4e00-\u9fff])")


def _per_person(text: str, q: Quantity) -> str:
    """The person and the households (or villages) of a per-person coverage: 每名寨管家联系服务
    二十到四十户群众 -> 寨管家联系服务群众; 每名班子成员联系2至3个村 -> 班子成员联系村; '' when the
    clause is not one."""
    clause = text[max(text.rfind(c, max(0, q.start - 30), q.start) for c in _CLAUSE_BREAK) + 1:q.start]
    m = _PER_PERSON.search(clause)
    if _EACH_ONE.match(clause.strip()):
        # 确定党员中心户2,300余户，每户联系群众|8至12户: the one counted in the clause before
        e = _EACH_ONE.match(clause.strip())
        start = q.start - len(clause)
        before = [x for x in QUANTITY.finditer(text, max(0, start - 40), start) if x["unit"] in ("户", "名", "人", "戶")]
        who = _subject_before(text, before[-1].start(), max(0, start - 40), False) if before else ""
        who = _APPOINTED.sub("", who)  # 选育党员中心户2,860户: who was appointed, not the appointing
        obj = e["obj"] or ((_HOUSEHOLDS_AFTER if q.unit == "户" else _UNITS_AFTER).match(text, q.end) or [""])[0]
        return _tidy(who) + e["verb"] + obj if len(_tidy(who)) >= 2 and obj else ""
    if not m or not (m["each"] or m["per"]):
        return ""
    who = _tidy(_LEAD_STRIP.sub("", m["who"]))
    obj = m["obj"] or ((_HOUSEHOLDS_AFTER if q.unit == "户" else _UNITS_AFTER).match(text, q.end) or [""])[0]
    if len(who) < 2 or not obj or _VERB_RX.search(who):
        return ""
    if m["obj"]:  # 网格员人均联系群众: the text's own words, from the person to the households
        return who + clause[m.end("who"):m.end("obj")]
    return who + m["verb"] + obj


# (其中的, 涉及的, 村里的, 我联系的, 一个村的: words that only point, place or tell whose)
_PLAIN_QUALIFIER = re.compile(r"^(?:其中|涉及|所在|这样|这些|那些|有关|相关|我|我们|她|他|他们|你们)的$|^(?:我|她|他)|一个|一名|[里内]的$")
# 对考核排名靠后的|31名|村干部: a clause's qualifier of the people or things it counts next
_QUALIFIED = re.compile(r"(?:^|[，,。；;：:、（(]|(?<=[对為为將将给向把]))(?P<which>[^，,。；;：:、（()）对為为將将给向把]{2,16}?的)$")


_PAY_VERBS = ("交", "缴", "繳", "领", "領", "付", "收", "补", "補", "拿", "挣", "掙")
_FEE_AFTER = re.compile(r"([\u4e00-\u9fff]{0,4}(?:费|費|金|款|工资|工資|补贴|補貼|补助|補助|奖金|獎金|奖励|獎勵|租金))"
                        r"(?=[，,。；;、）)”！!]|$)")
_NAMED_IS = re.compile(r"的(?P<name>[\u4e00-\u9fff·]{2,4}?)是(?P<role>[^，,。；;！!？?“”]{2,30}?)(?=[，,。；;！!？?]|$)")
_STORY_ROLE = re.compile(r"(?:楼栋长|楼长|院落长|网格员|网格长|联户长|屋场长|寨管家|红色管家|调解员|志愿者|社工|村医|"
                         r"街巷长|巷长|巷管员|代办员|信息员|宣传员|议事员|"
                         r"村党支部书记|支部书记|村支书|社区书记|社区主任|村主任|第一书记|社区干部|村干部)"
                         r"(?:[\u4e00-\u9fff·]{2,6}?(?=[在已说是正就又还每告，,。、“]))?")


def subject_of(text: str, q: Quantity, floor: int) -> str:
    if q.unit in ("镇", "乡"):
        return q.unit  # 辖5镇4乡: the unit is what is counted
    if q.unit in ("户", "个"):
        both = _per_person(text, q)
        if both:
            return both
    if q.unit == "票" or _voted(text, q):
        vote = _VOTE.search(text, max(0, q.start - 4), q.start)
        if vote:
            return vote[1]  # 表决结果：同意29票、反对1票、弃权1票; 经举手表决，同意55人: each count is of its vote
        after = _VOTE_AFTER.match(text, q.end)
        if after and q.unit == "票":
            return after[1]  # 38票同意、2票反对、1票弃权
    if text.endswith(("（", "("), 0, q.start) and text.startswith(("）", ")"), q.end):
        named = _BRACKETED_NAME.search(text, max(0, q.start - 16), q.start - 1)
        if named:
            return named[1]  # 梨园镇（4,218件）、永顺镇（3,967件）: each count follows what it counts
    role = _ROLE.match(text, q.end)
    if role and text.endswith("其中", 0, q.start):
        got = _subject_after(text, role.end())
        if len(got) >= 2:
            return got  # 新村民420余人，其中|28人|担任村党组织书记助理: the part counted by its role
    if text.endswith(("中有", "当中有", "之中有"), 0, q.start) and q.start - 2 > floor \
            and _COUNTED_WHOLE.search(text, max(0, q.start - 24), q.start - 2):
        # 村里19名党员中有|12名|带头入股: a part of the group named before 中
        whole = _subject_before(text, q.start - (3 if text.endswith("当中有", 0, q.start) else 2), floor, False)
        if len(whole) >= 2:
            return whole
    if text.endswith(("中有", "中仅有", "中只有"), 0, q.start):
        got = _subject_after(text, q.end)
        if len(got) >= 2:
            return got  # 问卷中有|近三成|居民表示…: the group counted after, not where it was found
    to = _TO_NEXT.match(text, q.end)
    from_to = to is not None and QUANTITY.match(text, to.end()) is not None  # 由换届前的48.6岁|下降到44.3岁
    if not from_to and (q.unit in ("岁", "%") and text.startswith("的", q.end)
                        or q.unit == "岁" and text.endswith("的", 0, q.start)):
        # 今年54岁的|马志华, 独居的82岁|王大爷: whose age it is; 仅有23.6%的|受访居民: of whom
        if q.unit == "岁" and text.startswith(("的她", "的他"), q.end):
            # 网格员彭秋兰在村口…。今年44岁的|她: the person the story named before, by their role
            roles = list(_STORY_ROLE.finditer(text, max(0, q.start - 120), q.start))
            if roles:
                return roles[-1].group()  # (网格员彭秋兰: the role and the name after it)
        named = _NAMED_IS.match(text, q.end) if q.unit == "岁" else None
        if named:
            # 52岁的|杨再华是寨子里的老党员: the person, by role and name (labellers write either)
            role = re.sub(r"^(?:一名|一位|一个|一個)", "", named["role"].rsplit("的", 1)[-1])
            return role + named["name"] if 2 <= len(role) <= 8 else named["name"]
        got = _subject_after(text, q.end + text.startswith("的", q.end))
        if len(got) >= 2:
            return got
    if q.unit.startswith("元") and text.endswith(_PAY_VERBS, 0, q.start) and (fee := _FEE_AFTER.match(text, q.end)):
        return fee[1]  # 每户每月交10元|卫生费, 每人每月领600元|工资: what is paid is named after the sum
    rate = q.unit in ("%", "‰", "个百分点", "岁", "倍")
    std = _STANDARD.match(text, q.end)
    if std:  # 按照每个网格每年3000元的标准|拨付|工作经费: the money is for what is paid
        verb = _VERB_RX.search(text, std.start(1), std.end(1)) or _PAY.search(text, std.start(1), std.end(1))
        got = _subject_after(text, verb.end()) if verb else ""
        if len(got) >= 2:
            return got
    if q.unit in ("户", "人", "名"):
        m = _PER_UNIT.match(text, q.end)
        if m:
            return _tidy(m.group(1))
    if from_to:
        # 社区证明事项由|36项|压减至9项; 无物业小区由2021年的|412个|减少到目前的37个: what
        # changes is named before 由/从
        clause = max(text.rfind(c, floor, q.start) for c in _CLAUSE_BREAK) + 1
        k = max(text.rfind("由", clause, q.start), text.rfind("从", clause, q.start), text.rfind("從", clause, q.start))
        if k == clause and clause > floor:
            # 收入在10万元以下的薄弱村，|由2022年的37个减少到今年的5个: 由 opens the clause,
            # what changes closes the clause before
            return _subject_before(text, clause - 1, floor, rate)
        return _subject_before(text, k if k > clause else q.start, floor, rate)
    if q.unit.startswith("元"):
        if text.endswith("的", 0, q.start):
            got = _subject_after(text, q.end)
            if len(got) >= 2:
                return got  # 她把获得的|2万元|奖金: the money is what follows
        given = _GIVE_AFTER.match(text, q.end)
        if given:  # 按每人每月200至500元|发放|补贴: what the money is paid as
            got = _subject_after(text, given.end())
            if len(got) >= 2:
                return got
    if q.unit in _EVENT_UNITS:
        held = _HOLD.match(text, q.end)
        if held:  # 分两期|举办|网格员能力提升培训班: what is held is what is counted
            got = _subject_after(text, held.end())
            if len(got) >= 2:
                return got
    if not rate and not q.unit.startswith("元"):
        # 一个有|2,300多户|居民的大型小区: the number is inside the clause that names what it counts
        after = _subject_after(text, q.end, owner=text.endswith("有", 0, q.start))
        if len(after) >= 2 or after in _ONE_CHAR_NOUNS:
            qualified = _QUALIFIED.search(text, max(floor, q.start - 20), q.start) if text.endswith("的", 0, q.start) else None
            which = _LEAD_STRIP.sub("", qualified["which"]) if qualified else ""
            which = which[_verb_end(which[:-1]):].lstrip("了由在从")  # (我联系了|县城的|两家企业)
            if len(which) >= 3 and not which.endswith(after) and not _PLAIN_QUALIFIER.search(which) \
                    and not _only_places(which[:-1]):
                # 对履职不到位的|6名|驻村干部进行约谈: the group the clause singles out (labellers write
                # the qualifier or the people: both are kept)
                return _tidy(which) + after
            return after
    before = _subject_before(text, q.start, floor, rate)
    if q.unit.startswith("元") and before and _GIVE.search(before):
        after = _subject_after(text, q.end)
        if len(after) >= 2:
            return after  # 每年给予|1.5-2万元|工作补助: what the money is paid as follows it
    if before:
        return before
    after = _subject_after(text, q.end)
    if not after and text[q.start - 1:q.start] in ("：", ":") and q.start - 1 > floor:
        # ——20万元以下的村：|3个，比上年减少4个: a label and its value inside a line
        return _subject_before(text, q.start - 1, floor, rate)
    return after


# Column names that say "how many" without saying of what (序号 任务名称 数量 单位): the
# row's own words name what is counted.
_SCORE_NAMES = r"(?:综合)?(?:得分|分数|评分|考核得分|测评得分)"  # 综合得分, 考核得分: what a score column holds
_GENERIC_COLUMN = re.compile(r"^(?:(?:截至|截止)?(?:[0-9]{4}年)?[0-9]{1,2}月(?:底|末)?)?"  # 截至9月底完成情况
                             r"(?:数量|數量|数值|數值|数目|完成数?量?|完成值|完成情况|完成进度|合计|总数|总计|指标值|"
                             r"单位|單位|计量单位|金额|规模|实际完成|目标值|任务量|年度目标|"
                             # a year or a change is when or how, not what: 2024年 | 较上年
                             r"[0-9]{4}年(?:度|底|末)?|上年|本年|今年|去年|较上年|同比|本季度|上季度|本月|上月|本期|上期|实施前|实施后|改革前|改革后|"
                             r"上年同期|去年同期|同期|增减(?:情况)?|增幅|变化|变动|人数|户数|个数|占比|比例|比重|"
                             # a score of the row's unit: 名次 乡镇（街道） 得分 环比 / 1 青年路街道 96.8分
                             + _SCORE_NAMES + r"|环比|較上月|较上月|"
                             # a total column: … 清原县 全市
                             r"全(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉)|总体|總體)$")


_SCORE_COLUMN = re.compile(r"^" + _SCORE_NAMES + "$")
_TEXT_COLUMN = re.compile(r"^(?:备注|備註|说明|說明|注|附注|情况说明|指标|指標|指标名称|任务名称|項目|项目|内容|內容|"
                          # a ledger's cells are sentences: 日期｜事项｜报到部门｜处置结果
                          r"事项|事項|事由|处置结果|處置結果|处理结果|办理结果|处置情况|问题描述|诉求内容|反映问题|主要问题|"
                          r"结果|結果|服务结果|服務結果|成效|服务成效|服務成效)$")
_WHAT_COLUMN = re.compile(r".(?:事项|事項|内容|內容)$")
_MASKED = re.compile(r"×{2}|ｘ{2}|ＸＸ|XX")
_ITEM_COLUMN = re.compile(r"^(?:项目|項目|指标|指標|指标名称|指標名稱)$")
_COUNT_COLUMN = re.compile(r"^(?:人数|户数|戶數|个数|個數)$")
# a residential compound named in a row: 华光小区, 柳泉花园, 铁路西宿舍, 傅家新居
_COMPOUND = re.compile(r"(?:小区|小區|花园|花園|新村|宿舍|家园|家園|新居|公寓|苑|院)$")
_NAME_COLUMN = re.compile(r"(?:名称|名稱|村名|姓名|名单|名單)$")
_SERIAL_COLUMN = re.compile(r"^(?:序号|序號|编号|編號|No\.?|名次|排名|位次)$")


def _place_column(name: str) -> bool:
    """安平镇, 延吉市: a column heading that is a place (a town named in full, or places alone)."""
    towns = localities.town_mentions(name)
    return bool(towns and towns[0][0] == 0 and towns[0][1] == len(name)) or _only_places(name)


def _head_of(text: str, head: tuple[str, ...], q: Quantity) -> str:
    """The heading of the column a table cell sits in, or ''."""
    k = next((k for k, (a, b) in enumerate(cells(text)) if a <= q.start < b), None)
    return head[k] if k is not None and k < len(head) else ""


def _column_place(text: str, head: tuple[str, ...], q: Quantity, within: str | None) -> str | None:
    """The place a table's column names over a cell (指标 新抚区 东洲区 … 全市 / 网格数 412 个 536 个 …
    -> 210402 for 412 个), or None; a town's column is its county's, which the report already is."""
    name = _head_of(text, head, q).strip() if head else ""
    if not name:
        return None
    if any(_only_places(h.strip()) and not _WHOLE_WORD.fullmatch(h.strip()) for h in head) and \
            (name in ("合计", "总计", "合計", "總計") or _WHOLE_WORD.fullmatch(name) or _OWN_PLACE.fullmatch(name)):
        return within  # … 清原县 全市: the total column is the report's own place
    if not _only_places(name) or _OWN_PLACE.fullmatch(name) or _WHOLE_WORD.fullmatch(name):
        return None
    return localities.resolve(name, within=within) or localities.resolve(name)


_PERIOD_CELL = re.compile(r"^(?:[一二三四]季度|上半年|下半年|全年)$")  # (dates have digits: skipped)


# 报到党员（名）: the unit a column's heading adds is the cell's unit, not part of what is counted
_HEAD_UNIT = re.compile(r"[（(](?:个|個|名|人|户|戶|件|次|场|場|人次|户次|场次|处|處|家|支|条|條|项|項|元|万元|萬元|%|％|小时|天)[）)]$")


def _row_name(text: str, spans, head: tuple[str, ...], k: int) -> str:
    """The name of a cell's row, left of its column (街镇 申报数 通过数 / 古南街道 14个 12个 -> 古南街道),
    or '' where the row is a county's or a date's, which locality and the text already give."""
    left = list(zip(spans, head))[:k]
    # 序号 社区 项目名称 … 预算金额: the column that says it holds names names the row
    # (日期｜村｜服务事项｜用时 / …｜雅河乡××村｜审查村集体林地承包合同｜约2小时: the matter names the row
    # before the place does)
    left = [c for c in left if _NAME_COLUMN.search(c[1])] + [c for c in left if _WHAT_COLUMN.search(c[1])] \
        + [c for c in left if not _NAME_COLUMN.search(c[1]) and not _WHAT_COLUMN.search(c[1])]
    for (x, y), h in left:
        if _GENERIC_COLUMN.match(h) or _SERIAL_COLUMN.match(h) or _TEXT_COLUMN.match(h) and not _ITEM_COLUMN.match(h):
            continue  # (项目 婚事彩礼 / 治理前 15万—20万元: an item column names its row where its cell is a name)
        # 小区电动自行车充电棚建设（12处）: a name with its own count aside
        name = re.sub(r"[（(][^（）()]*[）)]$", "", text[x:y].strip()).removeprefix("其中：").removeprefix("其中:")
        if not name or _PERIOD_CELL.match(name) or HAS_DIGIT.search(name) or _MASKED.search(name):
            continue  # (××里: a row whose name is masked names nothing)
        if _only_places(name) and not localities.town_mentions(name):
            return ""
        return name
    return ""


# 年度指标值 is the year's target; 分值 and 权重 are the weight a score sheet gives a line, not what was done
_PLAN_COLUMN = re.compile(r"计划|計劃|预计|預計|目标|目標|拟|擬|指标值|指標值|^分值$|^权重$|^權重$|^满分$|^滿分$")


def _column(text: str, head: tuple[str, ...], q: Quantity) -> str:
    """The column name over a table cell (县（市） 网格数 … / 延吉市 1,318个 → 网格数), or ''."""
    if not head:
        return ""
    spans = cells(text)
    for k, (a, b) in enumerate(spans):
        if a <= q.start < b:
            if _TEXT_COLUMN.match(head[k]) or _NAME_COLUMN.search(head[k]):
                # 备注: 其中专职网格员21名, 项目名称: 小区电动自行车充电棚建设（12处） are running text, read as such
                return ""
            if not _GENERIC_COLUMN.match(head[k]) and not _place_column(head[k]):
                row = _row_name(text, spans, head, k)
                if row and _COMPARISON.match(head[k].strip()):
                    return row  # 指标 2024年 2023年 比上年 / 专兼职网格员 … 增长7.0%: the row's change
                return row + _HEAD_UNIT.sub("", head[k])
            # 1 新建改扩建村级党群服务中心 126 个 (数量): the row's name cell, past its verb;
            # 乡镇 安平镇 马店镇… / 网格数 118个 61个…: a column of a place is where, the row says what;
            # the name column is the first that is neither generic nor a serial number
            name = next((text[x:y] for (x, y), h in zip(spans, head)
                         if not _GENERIC_COLUMN.match(h) and not _SERIAL_COLUMN.match(h)), "")
            name = name.strip()  # (a cell's span may end at its tab)
            if _COUNT_COLUMN.match(head[k]) and _COMPOUND.search(name):
                return name + head[k]  # 小区名称 所在街道 户数 … / 华光小区 车站街道 1,260户: the households of the compound
            if _MASKED.search(name):
                return _HEAD_UNIT.sub("", head[k]).strip()  # 小区 综合得分 / ××里 94.2分: the column, the row is masked
            if _SCORE_COLUMN.match(head[k]) and _only_places(name) and not localities.town_mentions(name):
                # 位次 县（市、区） 综合得分 … / 第1 冷水江市 94.6分: a county's row is where the score
                # is (its code); the column says what it is. A town's row keeps its name, the
                # way labellers name a town's figure.
                return head[k]
            return _subject_before(name, len(name), 0, False) if name else ""
    return ""


# 全市, 全县…, after a word of time or linking (当前全省已划分…, 目前全县…)
_WHOLE_TOWN = re.compile(r"(?:当前|目前|今年以来|今年|去年|此外|同时|其中)?全(?:镇|鎮|乡|鄉|街道)")
_WHOLE = re.compile(r"(?:当前|目前|截至目前|今年以来|今年|去年|近年来|此外|同时|其中|据统计|据了解)?全(市|县|區|区|州|省|旗|盟)")
_OWN = re.compile(r"(?:我|本)(县|区|市|旗|州)")
_THAT_UNIT = re.compile(r"(?:该|該)(县|縣|区|區|市|旗)")
_DIRECT_ORGANS = re.compile(r"(?:全|各)?(市|县|区|旗)直(?:各)?(?:单位|部门|機關|机关|有关单位)")


def _part_of(text: str, a: int, clause: str) -> bool:
    return bool(_OF_GROUP.search(text, max(0, a - 3), a)) or text[a - 1:a] == "的" and clause.startswith("其中")


# 【洪湖市“湖乡红网”】　, （一）, 1. : what opens a clause before its words (an entry's tag, a number)
_ENTRY_TAG = re.compile(r"【[^】]{1,16}】[ \u3000]*|[（(][一二三四五六七八九十]{1,3}[）)][ \u3000]*|[0-9]{1,2}[.．、][ \u3000]*(?=[\u4e00-\u9fff])")


_CLAUSE_TIME = re.compile(r"(?:[0-9]{4}年(?:[0-9]{1,2}月(?:份|底|末)?)?(?:以来|底|末|度)?|今年(?:以来)?|去年|上半年|前三季度)，?")


def _clause_place(text: str, a: int, sentence_start: int, doc_place: str | None, own: str | None = None) -> str | None:
    """于都县每村每年15万元 in a report on 赣州市: a clause opening with a county of the
    report's place is about that county; one opening with 全市, 全县… about the unit it means."""
    tag = _ENTRY_TAG.match(text, a)
    if tag:
        a = tag.end()  # 【洪湖市“湖乡红网”】　洪湖市将全市…, （一）卓资县：…: the clause opens after its tag or number
    when = _CLAUSE_TIME.match(text, a)
    if when:
        a = when.end()  # 2024年云阳县安排积分奖补资金…: the clause's place comes after its time
    if not doc_place or not ("\u4e00" <= text[a:a + 1] <= "\u9fff"):
        return None
    whole = _WHOLE.match(text, a)
    if whole:
        return _whole_place(text, a, sentence_start, whole[1], doc_place)
    if _WHOLE_TOWN.match(text, a):
        # 山阴县…玉井镇推行…；全镇奶牛存栏约4.2万头 in a report on 朔州市: the town named last
        loc = localities.by_code(doc_place)
        towns = localities.town_mentions(text[max(0, a - 200):a]) if loc and loc.level != "county" else []
        if towns:
            k = max(0, a - 200)
            last = max(towns, key=lambda t: t[0])
            return localities.town_place(text[k + last[0]:k + last[1]], within=doc_place)
    direct = _DIRECT_ORGANS.match(text, a)
    if direct:
        # 市直单位中，参与考评的42个单位… in a city's notice that went on about a district: the
        # city's own departments (in a county's report, 市直单位　29支 are teams the city sent there)
        home = localities.by_code(own or doc_place)
        return home.code if home and home.name_zh.endswith(direct[1]) else None
    that = _THAT_UNIT.match(text, a)
    if that:
        # 港北区推行“红色物业”…。该区还在社区设立物业纠纷调解室12个 in a city's notice: the unit
        # of that kind named last before it in the paragraph
        for _, _, code in reversed(localities.find_mentions(text[max(0, a - 400):a], within=doc_place)):
            if localities.by_code(code).name_zh.endswith(that[1]) and _inside(code, doc_place):
                return code
        return None
    me = _OWN.match(text, a)
    if me:
        # 我县目前建成…, in a paragraph on 康保县: the report's own county; but in a city's
        # collection of its counties' speeches, 【神木市】我市有村323个 is the speaker's city
        mine = localities.by_code(own) if own else None
        here = localities.by_code(doc_place)
        if mine and mine.level != "county" and here and here.level == "county" and here.name_zh.endswith(me[1]):
            return doc_place
        return own or doc_place
    if text.startswith("在", a):
        a += 1  # 在于都县梓山镇…
    elif text.startswith("其中", a):
        a += 2  # 全年流失率约为12.5%，其中东乡族自治县高达21.3%
    town = _clause_town(text, a, doc_place)
    if town:
        return town
    if not localities.opens_with_name(text[a:a + 10]):
        return None  # find_mentions is not cheap: most clauses open with no place
    hits = localities.find_mentions(text[a:a + 10], within=doc_place)
    if not hits or hits[0][0] != 0:
        return None
    code = hits[0][2]
    # 于都县每村… in a report on 赣州市, 康保县分别为49.8岁… in one on 张北县: any other county, not
    # the report's own units or those above it
    above = {x.code for x in localities.lineage(doc_place)}
    loc = localities.by_code(code)
    full = text[a + hits[0][1] - 1] in "县区市旗"  # a full name (康保县), not a bare stem (曲江, 乌兰)
    return code if full and code not in above and loc and loc.level == "county" or _inside(code, doc_place) \
        else None


def _clause_town(text: str, a: int, doc_place: str) -> str | None:
    """右卫镇还组建“古城巡防队”… in a report on 朔州市: a clause of a report above the county
    that opens with a town only one of its counties has is about that county."""
    loc = localities.by_code(doc_place)
    if not loc or loc.level == "county" or not TOWN_KIND.search(text, a, a + 12):
        return None
    towns = localities.town_mentions(text[a:a + 12])
    if not towns or towns[0][0] != 0:
        return None
    return localities.town_place(text[a:a + towns[0][1]], within=doc_place)


def _opening_place(text: str, sentence: int, a: int, breaks: list[int], place: str | None,
                   own: str | None) -> str | None:
    """The place named by the last clause of the sentence before `a` that opens with one
    (从集体经济看，康保县依托光伏扶贫电站收益，村集体经济收入总额达到1.35亿元)."""
    found = _clause_place(text, sentence, sentence, place, own)
    k = bisect_right(breaks, sentence - 1)
    while k < len(breaks) and breaks[k] < a:
        found = _clause_place(text, breaks[k] + 1, sentence, place, own) or found
        k += 1
    return found


def _inside(code: str, place: str) -> bool:
    return code != place and any(x.code == place for x in localities.lineage(code))


def _whole_place(text: str, a: int, sentence_start: int, kind: str, doc_place: str) -> str:
    """The unit 全市, 全县, 全州… stands for: the last of that kind named before it in the
    sentence (做法已在绵阳市推广，全市累计建成…), else earlier in the paragraph when it lies
    inside the report's place (a press conference on 大理州: 剑川县…。今年，全县调处…), else
    the report's own unit of that kind (全州 in a report on 榕江县: 黔东南州)."""
    for _, _, code in reversed(localities.find_mentions(text[sentence_start:a], within=doc_place)):
        if localities.by_code(code).name_zh.endswith(kind):
            return code
    if sentence_start > 0:
        for _, _, code in reversed(localities.find_mentions(text[:sentence_start], within=doc_place)):
            if localities.by_code(code).name_zh.endswith(kind) and _inside(code, doc_place):
                return code
    for x in reversed(localities.lineage(doc_place)):
        if x.name_zh.endswith(kind):
            return x.code
    return doc_place


_TOPIC = re.compile(r"^([^，,。；;、\d]{2,10}?)(?:均已|已经|已|全部|都已)")


def _event_before(text: str, brk: int, stops: list[int]) -> str:
    """温泉街道一个小区加装电梯，|双方僵持了近2年 -> 加装电梯: what the clause before was doing, its
    last verb and what follows it."""
    if brk <= 0 or text[brk] in "。；;！？!?":
        return ""
    a = max(_last_before(stops, brk), max(text.rfind(c, 0, brk) for c in "，,：:")) + 1
    verbs = list(_VERB_RX.finditer(text, a, brk))
    s = _tidy(re.sub(r"(?:时|時|的时候|期间|期間)$", "", text[verbs[-1].start():brk])) if verbs else ""
    return s if 2 <= len(s) <= 12 and not HAS_DIGIT.search(s) else ""


def _previous_clause_subject(text: str, brk: int, stops: list[int]) -> str:
    """三县受访群众对“党员带头作用”的认可度最高，达到91.3% -> 认可度: the clause before
    names what the number measures, when the number's own clause only links it."""
    if brk <= 0 or text[brk] in "。；;！？!?":
        return ""
    a = max(_last_before(stops, brk), max(text.rfind(c, 0, brk) for c in "，,：:")) + 1
    s = _EVALUATION.sub("", _LEAD_STRIP.sub("", text[a:brk]))
    share = re.sub(r"(?:的)?(?:占比|比例|比重|佔比)$", "", s)
    if share != s and len(share) >= 2:
        s = share  # 涉及物业服务的诉求占比最高，约为四成: the share is of the group named
    elif "的" in s:
        s = s[s.rindex("的") + 1:]
    topic = _TOPIC.match(s)
    if topic:
        return _tidy(topic[1])  # 农村集体合同已全部录入平台，共|2,108份: what the clause is about
    s = s[_verb_end(s):].lstrip("了")  # 市级财政安排社区惠民资金，|每个城市社区每年|20万元
    s = _tidy(s)
    return s if 2 <= len(s) <= 12 and not HAS_DIGIT.search(s) else ""


_COUNTED_WHOLE = re.compile(_GROUP_OF + r"[^，,。；;0-9]{1,12}(?:当|之)?$")  # 村里19名党员|中有…
_CHANGE_GAP = re.compile(r"^(?:同比|环比|較上年|较上年|比上年|较去年|比去年)?(?:增长|增加|提高|提升|上升|下降|减少|降低|縮短|缩短)了?$")


def _field_name(text: str, kind: str, q: Quantity) -> str:
    """社区党组织数：123个 -> 社区党组织数: the name of an indicator line names its value."""
    if kind != "field" or q.unit == "票":
        return ""  # (表决结果：同意29票: each count is of its vote, below)
    m = FIELD.match(text)
    if not m:
        return ""
    gap = text[m.end():q.start]
    # 专项经费：平均每个社区|25万元: the indicator's name still names the value
    # (——100万元以上的村：; 12345工单量：同比下降|22.6%: a change of the indicator)
    return _tidy(m[1].strip()) if len(gap) <= 3 or _PER_ONLY.match(_TRAIL_STRIP.sub("", gap)) \
        or _CHANGE_GAP.match(gap) else ""


def _clause(text: str, a: int) -> str:
    """The words before a number in its clause, when no noun phrase was found (同比增长12%)."""
    s = max(text.rfind(c, 0, a) for c in _CLAUSE_BREAK) + 1
    if text[s:a].strip():
        return text[s:a].strip()
    w = text[max(0, a - 8):a]  # nothing before the number in its clause: the words before it, not past a stop
    return w[max(w.rfind(c) for c in "。；;！？!?\n") + 1:]


def _sentence(text: str, a: int, b: int, stops: list[int]) -> str:
    """The sentence around text[a:b]; `stops` are the offsets of 。；！？ in `text`."""
    k = bisect_right(stops, a - 1)
    s = stops[k - 1] + 1 if k > 0 else 0
    k = bisect_right(stops, b - 1)
    e = stops[k] + 1 if k < len(stops) else len(text)
    return text[s:e]


def _last_before(marks: list[int], pos: int) -> int:
    """The last of the sorted offsets `marks` before `pos`, or -1."""
    k = bisect_right(marks, pos - 1) - 1
    return marks[k] if k >= 0 else -1


def _shared_unit(text: str, q: Quantity) -> str:
    """2.2个和1.9个百分点: the first number shares the unit written after the second."""
    if q.unit == "个" and text[q.end:q.end + 1] in ("和", "、", "与", "及", "與"):
        nxt = QUANTITY.match(text, q.end + 1)
        if nxt and nxt["unit"] in ("个百分点", "個百分點"):
            return "个百分点"
    return q.unit


def _direction(text: str, q: Quantity, unit: str, clause: str, joined_change: str | None) -> str | None:
    """increase / decrease when the number is a change: 同比增长12%, 精简各类工作群组四成以上,
    提高2.2个和1.9个百分点 (the second shares the first's verb); a level (由46本精简为8本) is
    not a change and is decided by the caller."""
    change = _change(text[max(0, q.start - 8):q.start])
    if change is None and _CLAUSE_RELIEF.search(clause):
        change = "decrease"  # 为群众减轻负担约2,300万元
    if change is None and unit in ("%", "个百分点"):
        change = ("increase" if _CLAUSE_INCREASE.match(clause) else
                  "decrease" if _CLAUSE_DECREASE.match(clause) else None)
    return change or joined_change


_REST = {"其余", "其他", "另有", "剩余", "余下", "其餘", "剩下", "剩餘"}


def _same_count(a: str, b: str) -> bool:
    """受理来信来访152件次，已办结147件: 件次 and 件 count the same things."""
    return a == b or len(a) > 1 and a.removesuffix("次") == b or len(b) > 1 and b.removesuffix("次") == a


def _points_back(text: str, q: Quantity, unit: str, subject: str, clause: str, prev: Candidate, gap: str) -> bool:
    """Whether the words found for a number only point back at what the number before it in
    the sentence counted, which is then its subject too."""
    if _VOTE.fullmatch(subject or "") and (unit == "票" or _voted(text, q)):
        return False  # 同意29票、反对1票: each vote names its own count
    if subject.endswith("的") and len(subject) >= 3 and clause.strip().removesuffix("共有").removesuffix("有").endswith(subject):
        return False  # 其中由村集体自建的198个、与商超合作共建的|65个: each part is its own group
    if not subject or _COMPARISON.match(subject) or subject in _REST \
            or _INCREASE.fullmatch(subject) or _DECREASE.fullmatch(subject):
        return True  # 经费2.86亿元，较上年增长8.5%; 整改19条，其余4条; 203件|压减|32.0%
    if unit == "%" and subject.startswith(("占", "佔")) and not subject.endswith(("比例", "比重")):
        return True  # 网络销售额约4.6亿元，占全镇乐器销售额的近五成: the share is of the part
    if _same_count(prev.unit, unit) and (_BARE_VERB.match(clause.strip()) and not _subject_after(text, q.end)
                                         or _BARE_VERB.match(subject) and clause.rstrip("了").endswith(subject)):
        return True  # 上报各类问题2,176件，办结2,139件
    if prev.unit == unit and _part_of(text, q.start, clause) and not _subject_after(text, q.end) \
            and not (_ROLE.match(text, q.end) and text.endswith("其中", 0, q.start)) and not subject.endswith("的"):
        return True  # 整改问题19个，其中2个 (but 其中35岁以下的|21名 is the group its clause defines)
    if gap == "" and unit not in ("镇", "乡") and (text.startswith("的", q.end) or not _subject_after(text, q.end)):
        return True  # 常住居民4.2万余户约11万人: two counts of one thing
    return False


def _only_links(text: str, q: Quantity, unit: str, subject: str, clause: str, prev: Candidate | None) -> bool:
    """Whether a number's clause names nothing it counts, so that the clause before names it."""
    if unit == "票":
        return False  # 表决：同意27票: the vote is what is counted
    c = clause.strip()
    if _LINK_ONLY.match(c) and not _subject_after(text, q.end) or not subject:
        return True  # 认可度最高，达到91.3% (but 为812名特殊困难老年人 names its own)
    if prev:
        return False
    if _PER_ONLY.match(subject):
        return True  # 市级财政安排社区惠民资金，每个社区每年20万元
    if _BARE_VERB.match(subject) and clause.endswith(subject) and not unit.endswith("次"):
        return True  # 区财政按标准拨付工作经费，全年共拨付1,455万元 (下沉走访1.9万人次 names its event)
    # 其中17个已销号 counts what the clause before names (but 书记，其中…兼任的有97名 counts the group)
    return _part_of(text, q.start, clause) and clause.startswith("其中") and not subject.endswith("的")


# 其次是|停车和环境卫生问题: words that only order what they name
_NEXT = re.compile(r"^(?:其次是|其次为|其次|再次是|然后是|最后是|依次是|依次为)")
def _names_only_place_or_verb(found: str) -> bool:
    return _BARE_VERB.match(found) is not None or _OWN.fullmatch(found) is not None or _only_places(found)


def _parallel(text: str, a: int, found: str, out: list[Candidate], unit: str) -> str:
    """The subject of an earlier number of the paragraph that the same verb counted (受理 ->
    矛盾纠纷), or, for a place alone, of the last earlier number with the same unit."""
    verb = _BARE_VERB.match(found) is not None
    for c in reversed(out):
        if verb:
            if c.subject_zh and found + c.subject_zh in text[:a]:
                return c.subject_zh
        elif c.unit == unit:
            return c.subject_zh
    return ""


# 集体“三资”管理方面问题最多，|有64条; 办理量最大的是民生服务类事项，|共816件; 其次是会议和工作群，|有11条:
# a breakdown names the biggest (or next) part in the clause before, then gives its count
_RANK_LINK = re.compile(r"^(?:有|共|共有|达|達|达到|為|为|计|合计|共计|分别为)?$")
_TOP_PART = re.compile(r"(?P<x>[^，,。；;：:]{2,20}?)(?:问题|诉求|事项|案件)?(?:最多|居首|次之)")
_PLACE_ENDS = ("镇", "鎮", "乡", "鄉", "街道", "村", "社区", "社區", "县", "縣", "区", "區", "市", "旗")
_NEXT_PART = re.compile(r"(?:最[多大高]的是|最[多大高]的为|其次是|其次为|再次是)(?P<y>[^，,。；;：:]{2,20})$")


def _ranked_before(text: str, a: int, breaks: list[int], sentence: int, unit: str) -> str:
    """涉及填表报数的最多，|有17条 -> 涉及填表报数的: the part a breakdown ranks in the clause before."""
    brk = _last_before(breaks, a)
    if brk < sentence or not _RANK_LINK.match(text[brk + 1:a].strip()):
        return ""
    if unit in ("%", "‰", "个百分点", "岁", "分", "倍"):
        return ""  # 民生服务类事件占比最高，达到54.6%: the rate is of the measure named
    start = max(sentence, _last_before(breaks, brk) + 1)
    m = _TOP_PART.fullmatch(text, start, brk)
    x = m["x"] if m else (n["y"] if (n := _NEXT_PART.search(text, start, brk)) else "")
    if not m and (x.endswith(_PLACE_ENDS) or localities.opens_with_name(x)):
        return ""  # 诉求量最多的是东岳路街道，共2,346件: a place leads the measure (诉求量)
    return x if not HAS_DIGIT.search(x) else ""


_MEETING = re.compile(r"召开(?:了)?(?P<meeting>[^，,。；;：:、]{2,14}?(?:会议|大会|会))(?=[，,（(])")
_PER_GAIN = re.compile(r"^(?:人均|户均|戶均)(?:年|月)?(?:增收|增加收入)$")
_COMPARED_GAIN = re.compile(r"^(?:较|較|比|同比|与[^，,。]{1,8}相比)[^，,。]{1,8}?(?:前|后|後|上年|去年|同期)"
                            r"(?P<gain>(?:人均|户均|戶均)(?:年|月)?(?:增收|增加收入))$")
_PER_WORD = re.compile(r"[村户戶人]均")
_TOTAL = re.compile(r"(?:总额|總額|总量|總量|总数|總數|总计|總計)$")


_DEDUCTED_FOR = re.compile(r"(?:该村|該村|该镇|該鎮|该乡|該鄉|该社区|該社區)?(?P<item>[\u4e00-\u9fff“”\"]{2,12}?(?:方面(?=[，,])|"
                           r"(?=修订|修訂|更新|记录不|記錄不|有[0-9０-９一二三四五六七八九十两]|未|应|應|不|没有|沒有|缺)))")
_PARTS = re.compile(r"(?:村民小组|村民小組|自然村|自然屯|屯|组|組|网格|網格|小区|小區|楼栋|樓棟|居民小组)$")
# 满溪村辖, 全村, 什坡村共有: the whole whose parts are counted next
_HAS_PARTS = re.compile(r"(?P<whole>全村|全社区|全社區|[\u4e00-\u9fff]{1,6}?(?:村|社区|社區|居委会|居委會))"
                        r"(?:辖|轄|下辖|下轄|共辖|共有|有|现有|現有|设|設)?$")


def _whole_of_parts(text: str, out: list[Candidate], spans: list[tuple[int, int]], sentence: int) -> str:
    """The village or community whose parts the sentence counted first and whose households and
    people follow them (全村7个村民小组、436户1,528人 -> 全村), or ''."""
    first = next((j for j in range(len(out)) if spans[j][0] >= sentence), None)
    if first is None or out[first].unit != "个" or not _PARTS.search(out[first].subject_zh) \
            or any(c.unit not in ("户", "人") for c in out[first + 1:]):
        return ""
    before = text[sentence:spans[first][0]].removesuffix(out[first].subject_zh)
    m = _HAS_PARTS.search(_LEAD_STRIP.sub("", before.strip("，,：: ")))
    return m["whole"] if m else ""


def _same_kind_before(out: list[Candidate], spans: list[tuple[int, int]], sentence: int, unit: str) -> Candidate | None:
    """The last number of the sentence that is money when `unit` is, a count when it is not."""
    money = unit.startswith("元")
    for j in range(len(out) - 1, -1, -1):
        if spans[j][0] < sentence:
            return None
        if out[j].unit.startswith("元") == money and out[j].unit not in ("%", "个百分点"):
            return out[j]
    return None


# A verb with only adverbials before it, where its object should be (成功化解, 在屋场一级就地化解,
# 通过“粤平安”平台流转处置; not 矛盾纠纷化解, 提前完成…设施改造, 每个奖补: they name something)
_ENDS_IN_VERB = re.compile(r"^(?:其中|已|共|累计|全部|均|都|成功|就地|当天|当场|当即|及时|提前|按期|按时|如期|依法|线上|线下|现场|日均|单日最高|月均|"
                           # 单独组建党组织138个、联合组建|34个; 共有社区工作者1,426名，按每万名城镇常住人口配备|18.6名
                           r"联合|單獨|单独|另|另有|还|還|又|按照?每[^，,。；;]{1,12}?|实际|實際|每年|每月|全年|今年|上半年|共计|共計|合计|合計|"
                           r"每人|每户|每戶|每村|"  # (理事会成员分片包干，每人联系|10至15户)
                           r"先后|陆续|自行|直接|[\u4e00-\u9fff]{1,4}[内里]|在[^，,。；;]{1,10}?|通过[^，,。；;]{1,14}?|"
                           r"經[^，,。；;]{1,8}?|经[^，,。；;]{1,8}?|"
                           # 转交县直部门和乡镇办理|357条, 上报镇级协调|32件: handed on to be done
                           r"(?:转交|轉交|移交|上报|上報|提交|交)[^，,。；;]{1,10}?)*"
                           "(?:" + _VERB_RX.pattern + ")(?:了|成功|完成|到位)?$")


# counts of the verb's own doing: 调解|12次, 下沉走访|1.9万人次 (the verb names what is counted)
_EVENT_UNITS = ("次", "人次", "户次", "场次", "轮", "遍", "趟", "期", "场", "批", "批次", "次数")
_SCORE_WORDS = {"自评", "自評", "得分", "评分", "評分", "实得", "自评得分"}
_SCORED_ITEM = re.compile(r"([^（()）,，。；;：:\s]{2,16})[（(][^）)]*$")
_PEOPLE_UNITS = {"人", "名", "人次", "位"}
# 为新就业群体提供休息、饮水、充电等服务|46万余人次: those served and the service
_SERVED_GROUP = re.compile(r"为([^，,。；;、为]{2,12}?)提供(?:([^，,。；;]{0,24}?(?:服务|服務)))?")
# 社区工作者流失率偏高，全年流失|147人: who left
_LEAVE = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?)(?:流失|离职|離職|离岗|離崗|辞职|辭職)$")
# the ends of words for people who work, serve or are trained (社区工作者, 网格员, 村党组织书记)
_PEOPLE_ENDS = (r"书记|書記|干部|幹部|网格员|網格員|网格长|網格長|工作者|成员|成員|联户长|聯戶長|党员|黨員|管家|楼长|樓長|"
                r"调解员|調解員|志愿者|中心户|人员|人員|队员|隊員|社工(?!学院|學院)")
_PEOPLE_NOUN = re.compile(r"([^，,。；;、的]{0,8}?(?:" + _PEOPLE_ENDS + r"))")


_TRAINING = ("培训", "轮训", "培訓", "輪訓")  # the words for a training
# 举办社区工作者示范培训班5期、培训|680人次; 对村（社区）党组织书记开展全覆盖轮训，累计培训|2073人次:
# the group a training is for, named before the word for the training in the same clause
_TRAINEES = re.compile(r"(?:^|[，,；;、]|举办|舉辦|开展|開展|组织|組織|对|對)"
                       r"([^，,。；;：:“”\s][^，,。；;：:\s]{0,11}?(?:" + _PEOPLE_ENDS + r"))"
                       r"[^，,。；;]{0,14}?(" + "|".join(_TRAINING) + ")")
_TRAINEES_LEAD = re.compile(r"^.*(?:举办|舉辦|开展|開展|组织(?!书记|書記)|組織(?!書記)|对|對)")
_NOT_TRAINEES = re.compile(r"实施|實施|完成|选派|選派|依托|今年|全年|年度|收入|报酬|報酬")


def _who(sentence: str, found: str) -> str:
    """The people a bare verb before a count of people counts (流失), named earlier in the
    sentence. A service's head count names those served and the service, and a training's the
    training of its group, since labellers write one or the other: 为新就业群体提供休息、饮水等服务
    46万余人次 -> 新就业群体休息、饮水等服务; 全年组织社区工作者培训34期，培训2,100余人次 -> 社区工作者培训."""
    if found in ("服务", "服務") or found.endswith(("等服务", "等服務")):  # (助餐服务 names the service)
        m = _SERVED_GROUP.search(sentence)
        return _tidy(m[1]) + _tidy(m[2] or "") if m else ""
    if found in _TRAINING + ("参训", "參訓"):  # (集中培训4期，参训|2,400余人次)
        # (区里组织社区工作者: the group is after the last verb; 党组织书记 is a name)
        groups = [(_TRAINEES_LEAD.sub("", g), word) for g, word in _TRAINEES.findall(sentence[:len(sentence) - len(found)])]
        groups = [(g, word) for g, word in groups if len(g) >= 2 and not _NOT_TRAINEES.search(g)]
        if not groups:
            return ""  # (开设考前辅导班8期、参训|1,020人次: no group named before the training)
        word = groups[-1][1] if found in ("参训", "參訓") else found  # (参训 names no training)
        return _tidy(groups[-1][0]) + word
    if _LEAVE.match(found):
        hits = _PEOPLE_NOUN.findall(sentence[:len(sentence) - len(found)])
        return _tidy(re.sub(r"^(?:部分|一些|个别|少数|[一二三四五六七八九十]是)+", "", hits[-1])) if hits else ""
    return ""


_THIS_KIND = re.compile(r"[“”\s]*(?:像[^，,。；;]{0,8})?这样的(?P<kind>[^，,。；;]{2,16})[，,]")
_ONLY_WHEN = re.compile(r"^(?:全市|全县|全区|今年|目前|现在|如今|眼下|已经|已|共|累计|先后|一共|还)*(?:开了|开|有|建起了?|建成了?|办了|办)?$")


def _acted_on_before(text: str, q: Quantity, found: str, clause: str, out: list[Candidate],
                     spans: list[tuple[int, int]], sentence: int, unit: str) -> Candidate | None:
    """The earlier number of the sentence, in the same unit, whose things the verb before this
    one acts on: 排查矛盾纠纷2,681件，成功化解|2,629件; 化解纠纷5,316起，化解率98.2%，其中在屋场一级
    就地化解|4,087起 -> 矛盾纠纷; 上报事件3.28万件，网格内自行解决|2.71万件 -> 事件."""
    if not found or not _ENDS_IN_VERB.match(found) or not clause.rstrip("了").endswith(found) \
            or _subject_after(text, q.end):
        return None
    # (受理群众诉求4.27万件，同比增长13.6%；办结|4.21万件: a semicolon goes on with the same things)
    sentence = min(sentence, max(text.rfind(c, 0, q.start) for c in "。！？!?") + 1)
    for j in range(len(out) - 1, -1, -1):
        if spans[j][0] < sentence:
            return None
        if _same_count(out[j].unit, unit) and not _in_aside(text, spans[j], q.start):
            return out[j] if out[j].subject_zh and not _ENDS_IN_VERB.match(out[j].subject_zh) else None
    return None


def _in_aside(text: str, span: tuple[int, int], pos: int) -> bool:
    """事项4,318件（其中涉及邻里纠纷的|1,046件|），按期办结…: a count in brackets closed before `pos`."""
    a, b = span
    opened = max(text.rfind("（", 0, a), text.rfind("(", 0, a))
    closed = min((k for k in (text.find("）", b, pos), text.find(")", b, pos)) if k >= 0), default=-1)
    return opened >= 0 and closed >= 0 and max(text.rfind("）", opened, a), text.rfind(")", opened, a)) < 0


def _paragraph_candidates(seg: Segments, doc: Document, para: Paragraph, holders: "_Holders",
                          heading: str = "") -> list[Candidate]:
    text = para.text
    quoted = _quoted_spans(text)
    out: list[Candidate] = []
    spans: list[tuple[int, int]] = []  # paragraph offsets of `out`
    # Positions of clause and sentence breaks, so that finding the clause of a number is a
    # bisection, not a backward scan of the paragraph per number.
    breaks = [m.start() for m in _BREAK_RX.finditer(text)]
    stops = [m.start() for m in _STOP_RX.finditer(text)]

    # A plan (…工作要点, …实施方案) states targets, except in its review of the year before
    # (2024年，全市…新建小区党支部27个) and where it says what already is (去年已有…380余人).
    # (…工作总结和2025年工作计划 reports a year, then plans the next: its plans section says so)
    plan = _PLAN_TITLE.search(doc.title) is not None and not _SUMMARY_TITLE.search(doc.title)
    # (…政策解读 / 一、出台背景 / 全区现有城市社区62个…: a plan's background and its before-and-after
    # figures are what is)
    review = plan and (_REVIEW.match(text) is not None or _REVIEW_HEADING.search(heading) is not None)
    section_plan = seg.in_plan(para.start)  # 今后五年的目标任务, 下一步工作打算: a report's plans
    floor = 0
    follows: dict[int, int] = {}  # candidate -> the one before whose subject it took
    lead = _TOPIC_LEAD.match(text)
    topic = lead["topic"] if lead else ""
    for m in QUANTITY.finditer(text):
        q = to_quantity(m)
        if q is None:
            continue
        if q.pre == "上" and not q.bare_multiplier or _WORD_ENDS.get(q.pre, "").find(text[q.start - 1:q.start] or "_") >= 0 \
                or q.pre in ("约", "約") and text[max(0, q.start - 2):q.start] in ("规民", "規民"):
            m2 = QUANTITY.match(text, q.start + 1)  # 在岗位上3名, 村规民约975份, 附近3个: not 上千, 约, 近
            q = to_quantity(m2) if m2 else None
            if q is None:
                continue
        if not is_claim(text, q, quoted):
            continue
        if para.head and _SERIAL_COLUMN.match(_head_of(text, para.head, q).strip()):
            continue  # 序号 … / 4　镇村卫生院（室）能力提升: a row's serial number, not a count
        if para.head and _PLAN_COLUMN.search(_head_of(text, para.head, q)):
            # 序号　项目名称　赞成票　得票率　计划投资 / …　4,860万元: a column of plans holds targets
            continue
        if (plan and not review or section_plan) and not _done(text[_sentence_open(text, q.start):q.start]):
            continue  # 年内新创建“五星”村党组织20个以上: a plan's figures are targets
        start, end = para.raw_span(q.start, q.end)
        if seg.is_repeat(start):
            floor = q.end
            continue
        place = seg.locality_at(start, doc)  # the report's, or its paragraph's (a region)
        holder = holders.innermost(start)
        prev = out[-1] if out and spans[-1][1] > _last_before(stops, q.start) else None
        clause = text[_last_before(breaks, q.start) + 1:q.start]
        sentence = _last_before(stops, q.start) + 1
        joined = prev is not None and text[spans[-1][1]:q.start] in ("和", "、", "与", "及", "與")
        unit = _shared_unit(text, q)
        from_to = prev is not None and _FROM_TO.match(text[spans[-1][1]:q.start])
        change = None if from_to else _direction(text, q, unit, clause, prev.change if joined else None)
        if para.head:  # a table row: a cell is as far back as a subject is looked for
            floor = max([floor] + [a for a, _ in cells(text) if a <= q.start])
        found = _column(text, para.head, q) or _field_name(text, para.kind, q) or subject_of(text, q, floor)
        came = found if _ATTENDED.match(found) else ""  # 实到|36名 (before what follows reads 实 as a verb)
        if _VALUE_NAME.match(found):
            # 2.小区（院落）党组织覆盖率。基期值|52.7%，…完成值83.5%: the indicator the line opens with
            found = _indicator(text) or found
        subject = found
        if prev is None and out and _names_only_place_or_verb(found or clause.strip()):
            # 我县受理矛盾纠纷2,863件；康保县受理|2,104件; …约52户；我县|约为57户: a sentence
            # parallel to one before counts what that one counted
            found = _parallel(text, q.start, found or clause.strip(), out, unit) or found
            subject = found
        if found in _SCORE_WORDS:
            item = _SCORED_ITEM.search(text, sentence, q.start)
            if item:  # （一）组织体系建设（分值20分，自评|19分）: the item scored
                found = subject = item[1]
        if q.unit in _PEOPLE_UNITS and not (_VOTE.fullmatch(found) and _voted(text, q)):
            who = _who(text[sentence:q.start], found)
            if who:
                found = subject = who
        ranked = _ranked_before(text, q.start, breaks, sentence, unit)
        if ranked:
            found = subject = ranked
        gain = _COMPARED_GAIN.match(found)
        if gain:  # 较搬迁前户均增收|约1.2万元: the gain, compared with before
            found = subject = gain["gain"]
        if _PER_GAIN.match(found):
            # 带动果农1.8万户，户均增收|3,600元: the gain per household of the households counted
            # before; labellers name either (果农: 97 labels, 户均增收: 13), so both are named
            people = next((c for c, (a, _) in zip(reversed(out), reversed(spans))
                           if a > sentence and c.unit in ("户", "人", "名", "人次", "户次")), None)
            if people is not None and people.subject_zh:
                found = subject = people.subject_zh + found
        same = _same_kind_before(out, spans, sentence, unit) if _PER_ONLY.match(found) else None
        if ranked:
            pass  # (the part the breakdown names stands)
        elif same is not None and not _VERB_RX.search(found):
            # 村集体经济收入总额达到1.12亿元，同比增长15.3%，村均|44.6万元: the average of the
            # total counted before, past the numbers of another kind between them
            subject = same.subject_zh + found if _PER_WORD.fullmatch(found) else \
                _TOTAL.sub("", same.subject_zh) or same.subject_zh
        elif prev and (from_to or _points_back(text, q, unit, found, clause, prev, text[spans[-1][1]:q.start])):
            subject = prev.subject_zh
            follows[len(out)] = len(out) - 1
            if found in _REST and prev.unit in ("%", "个百分点") and unit not in ("%", "个百分点"):
                # 已有158个完成整改，整改率84.5%，其余|29个: the rest of what was counted, past the rate
                counted = _same_kind_before(out, spans, sentence, unit)
                if counted is not None:
                    subject = counted.subject_zh
                    follows.pop(len(out))
        elif (twin := _acted_on_before(text, q, found, clause, out, spans, sentence, unit)) is not None:
            subject = twin.subject_zh
        elif found and q.unit not in _EVENT_UNITS and _ENDS_IN_VERB.match(found) \
                and clause.strip().rstrip("了").endswith(found) \
                and not _subject_after(text, q.end) \
                and (obj := _previous_clause_subject(text, _last_before(breaks, q.start), stops)):
            # 县里设立“办事专项资金”，每年安排|1,500万元: what the clause before set up is what is paid
            subject = obj
        elif (clause.strip() or not found) and _only_links(text, q, unit, found, clause, prev):
            head = _PLACE_LINK.sub("", clause.strip())
            twin = _last_counted(out, len(out), unit) if head != clause.strip() and _only_places(head) else None
            # …分别达到46.8%和43.5%，我市为|35.2%: a place and a link count what was counted before
            subject = twin.subject_zh if twin is not None else \
                _previous_clause_subject(text, _last_before(breaks, q.start), stops) or subject
        most = _MOST_IS.search(text, sentence, q.start) if subject[:1] in ("是", "为") else None
        if most:  # 诉求量最多的是东岳路街道，共|2,346件: the measure the superlative names
            subject = _tidy(_LEAD_STRIP.sub("", most["measure"]))
        if topic and sentence > 0 and (not subject or subject in ("共", "共计", "合计") or _BARE_TAKEN.match(subject)):
            # （一）城市管理类诉求居首位。共|3,917件: what the lead sentence is about is counted
            subject = topic
        if unit in _SPAN_UNITS + ("年", "个多月") and _STALLED.search(text, max(0, q.start - 6), q.start):
            # 一起宅基地纠纷，涉及两户村民，闹了|将近6年: the case the sentence tells of, else the problem
            # 因 names, else what the clause before was doing
            case = [c[1] for c in _ONE_CASE.finditer(text, _last_before(stops, q.start), q.start) if len(c[1]) >= 2]
            over = _OVER.search(text, _last_before(breaks, q.start) + 1, q.start)
            subject = case[-1] if case else _tidy(over[1]) if over else \
                _event_before(text, _last_before(breaks, q.start), stops) or subject
        if unit in _SPAN_UNITS + ("年", "个多月") and _TOOK.match(subject) \
                and text[max(0, q.start - 12):q.start].rstrip("了").endswith(subject):
            # (not 办结用时由…缩短到7天)
            # 修订工作坚持“…”，历时|4个月; 一起涉及17户的水渠纠纷，持续了|近3年: how long what the
            # clause before names took; 一起…信访案件，涉及村民47户，持续了|9年: the case
            case = None
            for case in _ONE_CASE.finditer(text, _last_before(stops, q.start), q.start):
                pass
            before = _same_kind_before(out, spans, _last_before(stops, q.start), unit)
            subject = (case[1] if case is not None and len(case[1]) >= 2 else "") \
                or _previous_clause_subject(text, _last_before(breaks, q.start), stops) \
                or (before.subject_zh if before is not None else "") or subject
        if _VOTE.fullmatch(found) and _voted(text, q):
            # 经举手表决，同意|55人; 应到代表21人，实到19人，同意|18人: the vote, and whose where the
            # sentence counted them (labellers write one or the other)
            counted = _same_kind_before(out, spans, _last_before(stops, q.start), unit)
            group = _VOTE.sub("", _ATTENDED_LEAD.sub("", counted.subject_zh)) if counted is not None else ""
            subject = group + found if group and not group.endswith(found) else found
        if came or _ATTENDED.match(subject):
            # 居民议事会成员23名（应到|25名，实到|23名）, 应到代表39名，实到|36名，请假|3名: who was to
            # come, who came and who did not, of the group counted before (labellers write one or
            # the other: both are kept)
            counted = _same_kind_before(out, spans, _last_before(stops, q.start), unit)
            group = counted.subject_zh if counted is not None and not _ATTENDED.match(counted.subject_zh) else ""
            word = came or subject
            word += "到" if word in ("应", "應", "实", "實") else ""  # 应|到9人 (到 read as a link)
            subject = word + _ATTENDED_LEAD.sub("", group)
            meetings = [m["meeting"] for m in _MEETING.finditer(text, sentence, q.start)]
            if meetings and (not group or group.startswith(meetings[-1])):
                # 召开村“两委”联席会议，应到|9人，实到|9人: of the meeting (labellers write 应到 or it)
                subject = meetings[-1] + word
            follows.pop(len(out), None)  # (its own words now, not the one before's)
        if unit in ("户", "人") and prev is not None and subject == prev.subject_zh and not subject.endswith("人口") \
                and (whole := _whole_of_parts(text, out, spans, sentence)):
            # 满溪村辖7个村民小组、612户|2,285人|, 什坡村共有村民小组8个、农户426户|1,689人: the
            # households and people of the village, not of its groups (户籍人口283户、712人 are 户籍人口)
            subject = whole
            follows.pop(len(out), None)
        if subject in ("扣", "被扣", "扣除") and (item := _DEDUCTED_FOR.match(text, max(text.rfind(c, 0, q.start) for c in "。；;！？\n") + 1)):
            # 村规民约修订后未按规定报镇政府备案，扣|1分; 德治方面，“红黑榜”更新不及时，扣|0.5分: a
            # deduction is for what the sentence opens with
            subject = item["item"]
        if prev is not None and prev.unit == "笔" and _SUM_OF.match(subject) and prev.subject_zh:
            # 已发放贷款312笔、金额|2,460万元: the sum of what the 笔 counted
            subject = prev.subject_zh + "金额"
        if unit == "岁" and subject in ("平均年龄", "平均年齡") and out and spans[-1][0] > _last_before(stops, q.start) \
                and out[-1].unit in _PEOPLE_UNITS and out[-1].subject_zh and not _only_places(out[-1].subject_zh):
            # 全市社区工作者1,286人，平均年龄|38.7岁: whose age (labellers write one or the other)
            subject = out[-1].subject_zh + subject
        kind = _THIS_KIND.match(text, sentence)
        if kind and kind.end() == _last_before(breaks, q.start) + 1 and not _subject_after(text, q.end) \
                and _ONLY_WHEN.match(subject[len(localities.opening_name(subject)):]):
            # 这样的屋场会，湘乡今年已开了|5,860余场; 像她这样的35岁以下屋场长，湘乡已有|612名: the kind the
            # sentence points at is counted, where, when and how many only follow
            subject = _tidy(kind["kind"])
        elif subject and _only_places(subject):
            # 我市每名网格员平均服务群众约380人，禹州市|约为300人: a place alone names where, not
            # what; what the paragraph's last such number counted is counted again
            twin = _last_counted(out, len(out), unit)
            if twin is not None:
                subject = twin.subject_zh
            else:  # 像这样的小区志愿服务队，神木全市已有|286支: the clause before names them
                subject = _previous_clause_subject(text, _last_before(breaks, q.start), stops) or subject
        out.append(Candidate(
            document=doc.index,
            quote=seg.source.text[start:end],
            start=start,
            end=end,
            value=q.value,
            value_max=q.value_max,
            unit=unit,
            approximate=q.approximate,
            change=change,
            subject_zh=subject or _clause(text, q.start) or q.quote,
            locality_code=_column_place(text, para.head, q, place)
            or _clause_place(text, _last_before(breaks, q.start) + 1, sentence, place, doc.locality_code)
            # …全市累计建成…2,186个，今年以来开展…1.8万余场次: the sentence stays on its place
            or (prev.locality_code if prev else _opening_place(text, sentence, q.start, breaks, place, doc.locality_code))
            or place,
            initiative_start=holder,
            context=_sentence(text, q.start, q.end, stops),
        ))
        spans.append((q.start, q.end))
        floor = q.end
    copied = [c.subject_zh for c in out]
    out = _ranked_places(text, _places_again(text, _distribute(text, out, spans, breaks, stops), spans, breaks),
                         spans, stops)
    # 我市为35.2%，低于全市平均水平|6.1个百分点: a number that took the subject of the one before
    # takes it as the passes over places left it (35.2% is 持证率 only once 我市 is known for a place)
    for k, j in sorted(follows.items()):
        if out[k].subject_zh == copied[k] and out[j].subject_zh != copied[k]:
            out[k] = replace(out[k], subject_zh=out[j].subject_zh)
    return out


# 综合得分排名前三的是：资兴市（96.8分）、宜章县（95.2分）: a ranking's head names the measure
_RANK_HEAD = re.compile(r"(?:排名|排在|位列|居)?(?:前|后)[0-9一二三四五六七八九十两]+(?:名|位)?的?(?:是|为|為|依次为|依次是)?[:：]$")


def _ranked_places(text: str, out: list[Candidate], spans: list[tuple[int, int]], stops: list[int]) -> list[Candidate]:
    """Places ranked with their figures in brackets: each figure is its place's, and measures
    what the ranking's head names: 一季度综合得分排名前三的是：资兴市（96.8分） -> 综合得分, 431081."""
    last = ""
    for k, (a, b) in enumerate(spans):
        if not (text.endswith(("（", "("), 0, a) and text.startswith(("）", ")"), b)):
            continue
        named = _BRACKETED_NAME.search(text, max(0, a - 16), a - 1)
        code, rest = _leading_places(named[1]) if named else (None, "")
        if not code or rest:
            continue
        sentence = _last_before(stops, a) + 1
        colon = max(text.rfind("：", sentence, a), text.rfind(":", sentence, a))
        head = text[max([sentence] + [text.rfind(c, sentence, colon) + 1 for c in "，,；;"]):colon + 1] \
            if colon >= sentence else ""
        m = _RANK_HEAD.search(head)
        measure = _tidy(_PERIOD_LEAD.sub("", _LEAD_STRIP.sub("", head[:m.start()]))) if m else ""
        if len(measure) < 2 and m:
            measure = last  # …；排名后三位的是：汝城县（86.1分）: the same measure, the other end
        last = measure if len(measure) >= 2 else last
        out[k] = replace(out[k], locality_code=code, subject_zh=measure if len(measure) >= 2 else out[k].subject_zh)
    return out


_RANK_WORDS = re.compile(r"^(?:位列|位居|排名|排在|居|名列|列)(?:全[省市县区州盟])?(?:前|后|第)?[0-9一二三四五六七八九十两]+(?:名|位)?$")
_PERIOD_LEAD = re.compile(r"^(?:[一二三四1-4]季度|上半年|下半年|全年|本月|当月|[0-9]{1,2}月份?)")


_PLACE_LINK = re.compile(r"(?:仅为|僅為|只有|仅有|为|為|达到|達到|达|達|是|则为|則為|约为|約為)$")


def _places_again(text: str, out: list[Candidate], spans: list[tuple[int, int]], breaks: list[int]) -> list[Candidate]:
    """…分别为91.2%、90.5%，小店区仅为|79.3%: a clause of a place and a link counts what the
    paragraph's last number in the same unit counted."""
    for k in range(1, len(out)):
        clause = text[_last_before(breaks, spans[k][0]) + 1:spans[k][0]].strip()
        head = _PLACE_LINK.sub("", clause)
        if head == clause or not _only_places(head):
            continue
        twin = _last_counted(out, k, out[k].unit)
        if twin is not None:
            out[k] = replace(out[k], subject_zh=twin.subject_zh)
    return out


_WHOLE_WORD = re.compile(r"全(?:市|县|区|镇|乡|旗|州|省)")
_OWN_PLACE = re.compile(r"(?:我|本)(?:市|县|縣|区|區|旗|州|镇|鎮|乡|鄉|街道|盟)")


def _only_places(s: str) -> bool:
    """禹州市, 杏花岭区、万柏林区, 神木全市, 我市: nothing but places (and the words that join them)."""
    if _OWN_PLACE.fullmatch(s):
        return True  # 禹州市、鄢陵县分别达到46.8%和43.5%，我市为|35.2%: the report's own place
    if not localities.opens_with_name(s):
        return False
    covered = 0
    for a, b, _ in localities.find_mentions(s):
        if _WHOLE_WORD.sub("", s[covered:a]).strip("、和与及，, "):
            return False
        covered = b
    return covered > 0 and not _WHOLE_WORD.sub("", s[covered:]).strip("、和与及，, ")


def _last_counted(out: list[Candidate], k: int, unit: str) -> Candidate | None:
    """The last number before out[k] in the same unit whose subject names something, not a place."""
    return next((out[j] for j in range(k - 1, -1, -1) if _same_count(out[j].unit, unit)
                 and out[j].subject_zh and not _only_places(out[j].subject_zh)), None)


def _leading_places(item: str) -> tuple[str | None, str]:
    """(the place an item of a list opens with, the words after it): 万柏林区小区党组织覆盖率 ->
    ('140109', '小区党组织覆盖率'); 满意率 -> (None, '满意率')."""
    if not localities.opens_with_name(item):
        return None, item
    hits = localities.find_mentions(item)
    if not hits or hits[0][0] != 0:
        return None, item
    return hits[0][2], item[hits[0][1]:]


def _items(s: str) -> list[str]:
    """解决率和满意率 -> [解决率, 满意率]; 和布克赛尔蒙古自治县、乌苏市 -> two places (a name may
    begin with the character of a conjunction)."""
    out = []
    for part in s.split("、"):
        a = 0
        for m in re.finditer("[和与及與]", part):
            if m.start() > a and not localities.opens_with_name(part[m.start():m.start() + 12]):
                out.append(part[a:m.start()])
                a = m.end()
        out.append(part[a:])
    return out


def _distribute(text: str, out: list[Candidate], spans: list[tuple[int, int]],
                breaks: list[int], stops: list[int]) -> list[Candidate]:
    """解决率93.5%，满意率95.1%，分别较上年提高2.2个和1.9个百分点: the numbers after 分别
    take, in order, the subjects of as many numbers before them in the sentence."""
    if "分别" not in text and "分別" not in text:
        return out
    k = 0
    while k < len(out):
        a = spans[k][0]
        cut = _last_before(breaks, a) + 1
        if "分别" not in text[cut:a] and "分別" not in text[cut:a]:
            k += 1
            continue
        group = [k]
        while group[-1] + 1 < len(out) and text[spans[group[-1]][1]:spans[group[-1] + 1][0]] in ("和", "、", "与", "及", "與"):
            group.append(group[-1] + 1)
        sentence = _last_before(stops, a)
        before = [j for j in range(k) if spans[j][0] > sentence]
        if len(before) < len(group) and sentence > 0:
            # 我县…平均年龄为51.3岁，…占23.5%；康保县分别为49.8岁和27.1%: the sentence before
            earlier = _last_before(stops, sentence)
            before = [j for j in range(k) if spans[j][0] > earlier]
        # 实际解决率和群众满意率分别较上年提高…和…: the subjects are named before 分别
        at = max(text.rfind("分别", cut, a), text.rfind("分別", cut, a))
        if at == cut and cut > sentence + 1:
            # 其次是停车和环境卫生问题，|分别占19.5%和13.8%: 分别 opens its clause, the clause
            # before names the subjects
            at, cut = cut - 1, _last_before(breaks, cut - 1) + 1
        raw = _items(_NEXT.sub("", _LEAD_STRIP.sub("", text[cut:at])))
        named = [_tidy(x) for x in raw]
        places = [_leading_places(x.strip()) for x in raw]
        if len(group) > 1 and len(named) == len(group) and all(code for code, _ in places):
            # 杏花岭区、万柏林区小区党组织覆盖率分别为91.2%、90.5%; 禹州市、鄢陵县分别达到46.8%和43.5%:
            # the places are where; what is counted follows them, or was counted before
            rest = _tidy(places[-1][1])
            if _RANK_WORDS.match(rest):
                rest = ""  # 资兴市、北湖区、宜章县位列前三，分别为…: a rank, not what is measured
            twin = _last_counted(out, k, out[k].unit)
            subject = rest if len(rest) >= 2 else twin.subject_zh if twin is not None else None
            for j, (code, _), name in zip(group, places, named):
                out[j] = replace(out[j], locality_code=code, subject_zh=subject or name)
        elif len(group) > 1 and len(named) == 1 and len(named[0]) >= 2 and not _only_places(named[0]) \
                and not HAS_DIGIT.search(named[0]) and not _COMPARISON.match(named[0]) \
                and not _CLAUSE_INCREASE.match(named[0]) and not _CLAUSE_DECREASE.match(named[0]):
            # 城乡居民人均可支配收入分别达到4.26万元和2.37万元: one measure, several figures
            for j in group:
                out[j] = replace(out[j], subject_zh=named[0])
        elif len(group) > 1 and len(named) == len(group) and all(len(x) >= 2 for x in named):
            for j, name in zip(group, named):
                out[j] = replace(out[j], subject_zh=name)
        elif len(group) > 1 and len(before) >= len(group):
            for j, src in zip(group, before[-len(group):]):
                out[j] = replace(out[j], subject_zh=out[src].subject_zh)
        k = group[-1] + 1
    return out


class _Holders:
    """Which initiative holds a position: the narrowest one, in the same region."""

    def __init__(self, seg: Segments, inits: list):
        self.seg = seg
        self.inits = sorted(inits, key=lambda i: (i.holds[0], -i.holds[1]))
        self.starts = [i.holds[0] for i in self.inits]
        # Holds nest (measure in theme in programme): `up[k]` is the initiative whose
        # text encloses initiative k, so a lookup climbs a few levels, not the whole list.
        self.up: list[int] = []
        stack: list[int] = []
        for k, i in enumerate(self.inits):
            while stack and self.inits[stack[-1]].holds[1] <= i.holds[0]:
                stack.pop()
            self.up.append(stack[-1] if stack else -1)
            stack.append(k)

    def innermost(self, pos: int) -> int | None:
        k = bisect_right(self.starts, pos) - 1
        while k >= 0 and self.inits[k].holds[1] <= pos:
            k = self.up[k]
        if k < 0:
            return None
        best = self.inits[k]
        # Text of another place inside a report is not held by the report's initiatives.
        if self.seg.region_at(pos) != self.seg.region_at(best.start):
            return None
        return best.start


def extract(seg: Segments) -> list[Candidate]:
    out: list[Candidate] = []
    by_doc: dict[int, list] = {}
    for i in seg.initiatives:
        by_doc.setdefault(i.document, []).append(i)
    for doc in seg.documents:
        holders = _Holders(seg, by_doc.get(doc.index, []))
        heading = ""  # the last heading above the paragraph
        before = doc.paragraphs[0] if doc.paragraphs else 0
        for p in doc.paragraphs:
            para = seg.paragraphs[p]
            if para.kind == "heading":
                heading = para.text
            # what a chart's caption just above measures (the caption and its image are furniture)
            caption = next((c for q in range(p - 1, before - 1, -1) if (c := _CHART.match(seg.paragraphs[q].text))), None)
            chart = _tidy(_CHART_FRAME.sub("", caption[1])) if caption else ""
            before = p + 1
            if para.kind in ("body", "heading", "table", "field", "figure") and not (seg.is_repeat(para.start) and seg.is_repeat(para.end - 1)):
                got = _paragraph_candidates(seg, doc, para, holders, heading)
                if para.kind == "figure" and got:
                    got = _captioned(seg, p, got, out)
                if len(got) == 1 and _RANK_ITEM.match(para.text):
                    got = _ranked_item(seg, p, got)
                if para.kind == "table" and got and out and (_COMPARISON.match(para.text) or _SHARE_ROW.match(para.text)) \
                        and out[-1].end <= para.start and seg.paragraphs[p - 1].kind == "table":
                    # 群众满意率 93.2% … / 较上年 提高2.1个百分点 …: a row of changes is of the row above
                    got = [replace(c, subject_zh=out[-1].subject_zh) for c in got]
                if chart and got and all(_PERIOD_NAME.match(c.subject_zh) for c in got):
                    # 图1　2020—2024年全县住宅小区党组织覆盖率（%） / 2020年：47.2%　2021年：58.9%…: a
                    # chart's figures by year measure what its caption names
                    got = [replace(c, subject_zh=chart) for c in got]
                out += got
    return out


_CHART = re.compile(r"^[图圖表]\s*[0-9０-９一二三四五六七八九十]{1,3}[\s　:：]+(.{4,40})$")
# the frame of a chart's caption: its years, its place, its unit (2020—2024年全县…（%）)
_CHART_FRAME = re.compile(r"^(?:[0-9]{4}\s*[—–\-~至到]\s*[0-9]{4}年|[0-9]{4}年)?(?:度)?(?:全县|全区|全市|全镇|全旗|我县|我区|我市)?|"
                          r"[（(][^）)]{1,8}[）)]$")
_PERIOD_NAME = re.compile(r"^(?:[0-9]{4}年(?:度|底|末)?|[一二三四]季度|[0-9]{1,2}月(?:份)?)$")
_MOST_IS = re.compile(r"(?P<measure>[^，,。；;：:]{2,12}?)(?:同比)?(?:降幅|增幅|减幅)?(?:最多|最高|最大|最少|最低|最快)的(?:是|为)")
# （一）城市管理类诉求居首位。共3,917件…: a numbered lead sentence naming a kind of demand or case
_TOPIC_LEAD = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、])\s*"
                         r"(?P<topic>[^。，,；;：:0-9]{1,12}?(?:类诉求|诉求|类问题|类事项|类案件|类纠纷|类工单|类事件|类))"
                         r"[^。，,；;0-9]{0,10}。")
# 受理, 共受理, 受持续高温影响: words that take or explain a count, not what is counted
# (（一）城市管理类。吹哨|71次: a 吹哨报到 report counts its calls by kind)
_BARE_TAKEN = re.compile(r"^(?:全年|本月|当月|共|累计)?(?:受理|办理|接到|接收|收到|吹哨|上报|受[^，,。]{1,8}影响)$")
_SHARE_ROW = re.compile(r"(?:占比|比例|比重|佔比)[\t ｜|]")  # 收入10万元以上的村 81 个 … / 占比 92.0% …


# 附：2024年村集体经营性收入排名前八位的村 / 1.后营村　186.4万元: a ranking's items count what its
# heading names
_RANK_ITEM = re.compile(r"^\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[.、．]\s*[^\s\u3000\d，,。；;]{2,12}[ \t\u3000]+[^\s\u3000]*\d[^\s\u3000]*$")
_RANK_TITLE = re.compile(r"(?:排名|排行|排序|前[0-9一二三四五六七八九十]+(?:位|名))")


def _ranked_item(seg: Segments, p: int, got: list[Candidate]) -> list[Candidate]:
    paras = seg.paragraphs
    h = p - 1
    while h >= 0 and _RANK_ITEM.match(paras[h].text):
        h -= 1
    head = paras[h].text.strip() if h >= 0 else ""
    m = _RANK_TITLE.search(head)
    if not m or len(head) > 40:
        return got
    measure = _tidy(re.sub(r"^(?:附件?[0-9一二三四五六七八九十]*[:：]?)?(?:[0-9]{4}年度?)?", "", head[:m.start()]))
    return [replace(got[0], subject_zh=measure)] if len(measure) >= 2 else got




def _captioned(seg: Segments, p: int, got: list[Candidate], before: list[Candidate]) -> list[Candidate]:
    """A figure on a line of its own, with its caption on the line after it or before it (数说
    pages: 334个 / 村（社区）党组织; 其中35岁以下的占 / 82.4%; 较换届前下降6.1岁 under 42.3岁)."""
    paras = seg.paragraphs
    para = paras[p]
    nxt = paras[p + 1] if p + 1 < len(paras) else None
    label = nxt if nxt is not None and nxt.kind == "label" and nxt.lines[0].newlines_before == 1 else \
        paras[p - 1] if p > 0 and paras[p - 1].kind == "label" and para.lines[0].newlines_before == 1 else None
    if label is None and nxt is not None and nxt.kind == "body" and nxt.lines[0].newlines_before == 1:
        both = CAPTION_AND_CHANGE.match(nxt.text.strip())
        if both:  # 96.8% / 群众满意度，同比提高3.1个百分点: the caption's first clause
            return [replace(x, subject_zh=_tidy(both[1])) for x in got]
    if label is not None:
        # 其中35岁以下的占 / 82.4%: the group, without the verb that leads to the figure
        name = _tidy(_LEAD_STRIP.sub("", re.sub(r"(?<=的)(?:占|为|為|达|達|是)$", "", label.text.strip())))
        return [replace(x, subject_zh=name) for x in got]
    if before and para.lines[0].newlines_before == 1 and _COMPARISON.match(_LEAD_STRIP.sub("", para.text)) \
            and before[-1].end <= para.start:
        # 42.3岁 / 较换届前下降6.1岁: the change of the figure above
        return [replace(x, subject_zh=before[-1].subject_zh) if k == 0 else x for k, x in enumerate(got)]
    return got


def candidates_of_file(path) -> list[dict]:
    """The candidates of a text file as plain rows (for `grassroots extract`)."""
    from .sources import read_source

    seg = segment(read_source(path))
    names = {i.start: i.name_zh for i in seg.initiatives}
    return [{"start": c.start, "end": c.end, "quote": c.quote, "value": c.value, "value_max": c.value_max,
             "unit": c.unit, "approximate": c.approximate, "change": c.change, "subject_zh": c.subject_zh,
             "locality_code": c.locality_code, "initiative": names.get(c.initiative_start),
             "context": c.context} for c in extract(seg)]


def extract_text(text: str, name: str = "text.txt") -> list[Candidate]:
    """Candidates of a plain string (for tests and the `extract` command)."""
    import hashlib

    data = text.encode("utf-8")
    return extract(segment(Source(name, text, hashlib.sha256(data).hexdigest(), len(data))))
