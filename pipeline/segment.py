"""Segment a source: `Source` -> `Segments` (documents, initiatives, defects, view).

The raw text is never changed. Segmentation works on a repaired *view*: paragraphs
whose pieces are raw lines, joined across page breaks (`推\\n\\n动`), with every view
offset mapped back to the raw text. Scraping defects are detected and recorded:

- page_break: a sentence split by a blank line (`排查识别6个社区先进党` / `组织、…`); a
  single newline inside a sentence (PDF text wrapped at the page width) is joined over
  without a defect;
- duplicate: lines that repeat earlier lines verbatim (the 江口县 block, a heading);
- misplaced: the tail of a paragraph repeating another paragraph (强化教育培训);
- truncated: a paragraph that stops mid-sentence (`按照“六`);
- foreign_fragment: a run of another county's text inside a report;
- caption: a photo caption after the last paragraph.

Claims inside duplicate and misplaced spans are repeats: they are not rows again.

Page furniture (navigation, bylines, metadata blocks of 政务公开 pages, WeChat and Weibo
counters, signatures, transcripts' speaker lines) is `debris`; tables flattened into lines
of cells are `table_head` and `table` paragraphs, each row carrying its column names.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from . import localities
from .sources import Source

# ---------------------------------------------------------------- line classes

_TERMINAL = "。！？!?；;…"
_CLOSERS = "”’」』）)"
# Bullets: marks, arrows and emoji (📌, 🔸, ▶) that WeChat and Weibo posts put before items.
BULLET = re.compile(r"^(?:[●•·▪■◆◇○▶►➤→☞✅☑★☆◎※▌▍▎┃]|[\U0001F300-\U0001FAFF\u2600-\u27BF]|[-—]{1,2}|\*)\ufe0f?\s*")
# 亮点一｜…, 做法二：…: a counter naming the item, numbering it like 一、
_COUNTER = re.compile(r"^(?:亮点|做法|举措|经验|措施|变化|关键词)[一二三四五六七八九十]+\s*[｜|:：、]\s*"
                      r"|^0[1-9][ \u3000]+(?=[^0-9０-９\s])"  # 🏠 02 “红马甲”走进网格: a post's section counter
                      r"|^第[一二三四五六七八九十]{1,3}(?:章|节|節|部分)[\s　:：、]*")  # 第一章　组织体系：…
# Markdown emphasis around a heading (**（一）建强支部**, ## 一、…) is decoration, not text.
_MARKUP_LEAD = re.compile(r"^(?:\*\*|#{1,6}[ \t\u3000]+)")
_MARKUP_TAIL = re.compile(r"\*\*$")
_NUM_THEME = re.compile(r"^[一二三四五六七八九十]+[、.．](?:\s|\*\*)*")
_NUM_SUB = re.compile(r"^[（(][一二三四五六七八九十]+[）)](?:\s|\*\*)*")
# 一是建强村党组织。…二是发挥寨老作用。: measures enumerated inside one paragraph.
_INLINE_ITEM = re.compile(r"(?:^|(?<=[。；;]))(?:第[一二三四五六七八九十](?:件|条|個|个)?是|[一二三四五六七八九十]是|"
                          r"第[一二三四五六七八九十]件事[，,：:]|"
                          r"第[一二三四五六七八九十][，,、]|(?:首先|其次|再次)[，,])"
                          r"(?=[\u4e00-\u9fff“「])")  # 第一件是把组织建强。 in an interview
# 01 | 建强组织, PART 01 | 组织账单, 01 支部建在“绿”上 (WeChat long-reads)
_NUM_BAR = re.compile(r"^(?:PART|Part|part)?\s*(?:[0-9]{1,2}|[０-９]{1,2})\s*[|｜丨]\s*|^[0０][1-9１-９][ \u3000]+(?=\S)")
_NUM_PAREN_ITEM = re.compile(r"^[（(](?:[0-9]{1,2}|[０-９]{1,2})[）)](?:\s|\*\*)*")  # （1）, the fourth level
# 2.1　组织嵌入：…, 1　问题的提出: a paper's section numbers (a blank after them, so that a
# table cell such as 126 个 is not one)
_NUM_SECTION = re.compile(r"^(?:[0-9]{1,2}(?:\.[0-9]{1,2}){1,2}[ \u3000]+|[0-9]{1,2}\u3000+)(?=[\u4e00-\u9fff“]{4})"
                          r"(?![个名人项次户件元万亿])")
_NUM_ITEM = re.compile(r"^(?:[0-9]{1,2}|[０-９]{1,2})[.．、](?:\s|\*\*)*(?![0-9])")
_NUM_CASE = re.compile(r"^(?:典型)?案例[一二三四五六七八九十0-9]{1,3}[ \u3000：:、.．]*")  # 案例六　五指山市：…, a digest's cases
_CLOCK = re.compile(r"^[0-2]?[0-9][:：][0-5][0-9]$")  # a live blog's time stamp: 10:48
_PAGE_NUMBER = re.compile(r"^[-—－\s]*\d{1,3}[-—－\s]*$")  # — 2 —
# Titles of documents that state terms, not outcomes: a recruitment notice (posts, ages and
# pay offered) and a notice of an event to come (quotas, hours, dates). extract.py reads their
# figures as terms; they name no initiatives.
TERMS_TITLE = (r"招聘[\u4e00-\u9fff]{0,12}(?:公告|简章|簡章)|招考公告|招录公告|"
               r"关于(?:举办|召开|开展|做好|组织)[^，。]{2,60}的通知")
# A video or radio script's spoken and captioned lines (【解说】, 【同期声·王德芬】) are text
_SCRIPT_TAGS = "解说|解說|字幕卡|字幕条|字幕|同期声|同期聲|旁白|画外音|畫外音|主持人|嘉宾|嘉賓|采访|採訪|屏幕数字|屏幕文字|数字卡|數字卡|花字"
_BRACKET_SECTION = re.compile(r"^【[^】]{1,12}[：:][^】]*[，,][^】]*】$")
_TOC = r"[…．.·]{3,}\s*\d{1,3}$"  # 东台市：“海堤红哨”守好沿海治理第一线……2: a line of contents
# Furniture: the lines a page carries around its text (bylines, navigation, signatures, stamps,
# counters, spam). One entry a kind, with a line of real furniture it must catch; a line of
# furniture is dropped whole, so a kind must never match a sentence of the report itself.
_ORGAN_NAME = r"(?:中共)?[\u4e00-\u9fff]{2,16}(?:办公室|辦公室|委员会|委員會|委|部|局|法院|检察院|檢察院|办|辦|政府|中心)"
# The letterhead of a county's centre or task-force office: 沙雅县社会治安综合治理中心,
# 城口县整治形式主义为基层减负专项工作机制办公室 (the issuer, then the title on the next line)
_CENTRE_OR_OFFICE = re.compile(r"^[\u4e00-\u9fff]{1,10}[县市区州旗](?:[\u4e00-\u9fff]{2,8}中心|"
                               r"[\u4e00-\u9fff]{4,20}(?:工作机制|领导小组|工作专班)办公室)$")
_JOINT_ORGANS = re.compile(r"^" + _ORGAN_NAME + r"(?:[ \u3000]+" + _ORGAN_NAME + r"){1,4}$")
FURNITURE: tuple[tuple[str, str, str], ...] = (
    ("a page's byline, dates, counters, buttons and navigation",
     r"^[\[［【]?(?:来源[:：]|來源[:：]|作者[:：]|记者|記者|责任编辑|責任編輯|(?:流程|值班|网络|網絡)?编辑[:：]|編輯[:：]|审核|审校|"
     r"(?:责编|責編|终审|終審|初审|初審|复审|複審|校对|校對)[:：]|相关文章|相關文章|"
     r"首页|首頁|当前位置|當前位置|您的位置|发布时间|發布時間|发布日期|發布日期|更新时间|更新日期|时间[:：]|浏览|瀏覽|阅读|閱讀|字号|字號|字体[:：]|字體[:：]|"
     r"分享|扫码|掃碼|扫一扫|关注|關注|点击|點擊|相关阅读|相關閱讀|上一篇|下一篇|版权|版權|"
     r"上一版|下一版|版面导航|本版其他|本版其它|往期回顾|相关新闻|相關新聞|相关链接|相關鏈接|延伸阅读|延伸閱讀|"
     r"精选留言|精選留言|热门评论|熱門評論|举报/反馈|作者最新文章|相关推荐|相關推薦|猜你喜欢|本报综合报道|本報綜合報道|综合报道|綜合報道|"
     r"【打印】|【关闭】|【關閉】|\[打印\]|打印本页|关闭窗口|Copyright|©)",
     "[责编：王晓雪]"),
    ("a newspaper's byline",
     r"^[^，,。；;：:]{0,16}(?:记者|記者|通讯员|通訊員)(?:[ \u3000]+[\u4e00-\u9fff·]{2,6})+$", "农民日报·中国农网记者 施海峰"),
    ("a breadcrumb", r"(?:>|＞|›)\s*\S+\s*(?:>|＞|›)", "首页 > 新闻中心 > 基层动态"),
    ("a site's column line", r"^[^>＞。，,]{2,20}[ \u3000]*[>＞›][ \u3000]*[^>＞。，,]{2,12}$", "献县融媒 > 本地新闻"),
    ("a citation marker alone", r"^\s*\[\d+\]\s*$", "[3]"),
    ("a bracketed note", r"^[（(][^（()）]{0,60}[）)]$", "（责任编辑：李娜）"),
    ("a date line",
     r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?$"  # under a signature
     r"|^(?:\d{4}年)?\d{1,2}月\d{1,2}日[ \u3000]*(?:星期|周)[一二三四五六日天]"  # a diary's
     r"|^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?$"
     r"|[ \u3000]\d{4}年\d{1,2}月\d{1,2}日$"  # a signature with its date
     r"|\d{4}[-年]\d{2}[-月]\d{2}日?\s*\d{1,2}:\d{2}|\d{1,4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}"  # a post's header
     r"|\d{4}-\d{2}-\d{2}$|[（(](?:\d{4}-)?\d{2}-\d{2}[）)]$",  # a related link with its date
     "二〇二五年二月"),
    ("a signature",
     r"^[\u4e00-\u9fff]{2,24}(?:办事处|辦事處|人民政府|工作部|组织部|組織部|宣传部|民政局|领导小组办公室|領導小組辦公室|"
     r"村民委员会|村民委員會|居民委员会|居民委員會)$"
     r"|^中共\S{2,30}(?:委员会|委員會)$|^中共[\u4e00-\u9fff]{2,24}(?:委|部|组|組|室|党校|黨校)[①-⑳\[\]0-9]*$"
     r"|^[\u4e00-\u9fff]{1,10}[县市区州旗][\u4e00-\u9fff]{0,8}(?:局|厅|委|办|院|部|政府|委员会|办公室)"
     r"(?:[（(][\u4e00-\u9fff]{2,16}[）)])?$"
     r"|^[\u4e00-\u9fff \u3000]{0,30}(?:人大常委会|常委会|政协|视察组|視察組|调研组|調研組|督查组|检查组|檢查組)[:：]?$"
     r"|[（(]盖章[）)]$|[（(]蓋章[）)]$|" + _CENTRE_OR_OFFICE.pattern,
     "宝清县委政法委（县网格化服务管理中心）"),
    ("a speaker's or signer's name",
     r"(?:书记|主任|部长|局长|县长|区长|市长|组长)[ \u3000]+[\u4e00-\u9fff]{2,3}$"  # under a title
     r"|^[\u4e00-\u9fff]{2,3}[:：]?$"
     r"|^(?:主持人|发布人|發布人|[\u4e00-\u9fff]{0,8}记者)(?:[（(][^）)]*[）)])?[:：]?$",  # a transcript's
     "段雪梅："),
    ("a document's letterhead, number, classification and issuing lines",
     r"^[\u4e00-\u9fff]{2,24}(?:委|部|局|办|辦|办公室|政府)文件$"
     r"|^[\u4e00-\u9fff]{1,8}[〔\[［(（][0-9０-９OＯ]{4}[〕\]］)）][0-9０-９]{1,4}号|^\S{0,10}〔[\dOo]{4}〕\d+号"
     r"|签发人[:：]|簽發人[:：]|^(?:密级|密級|紧急程度|緊急程度|缓急|緩急)[:：]",
     "萝政报〔2O25〕3号　签发人：张华"),
    ("a joint letterhead or signature: two organs or more on one line", _JOINT_ORGANS.pattern,
     "綦江区平安建设领导小组办公室　綦江区人民法院"),
    ("a placeholder of a picture, a video or a sound",
     r"^\[(?:视频|視頻|图片|圖片|音频|音頻|动图|動圖)\](?:[ \u3000]*[^。，,：:；;]{0,30})?$",  # (not [图片] 报告：…积水约30厘米)
     "[视频] 院坝会现场（时长2分16秒）"),
    ("a journal's issue line and a short video's sound credit",
     r"^\S{2,12}[ \u3000]+\d{4}年第\d{1,2}期(?:[（(]总第\d+期[）)])?(?:[ \u3000]+第?\d+[—–-]\d+页)?$"
     r"|^♪|@\S{1,20}创作的原声",
     "中州学刊　2025年第4期（总第340期）　第71—77页"),
    ("an attachment's number or a repost's source",
     r"^附件[0-9一二三四五六七八九十]{0,2}[:：]?$|^(?:本文)?(?:转自|轉自)[:：]|^(?:相关附件|相關附件)"
     r"|\.(?:pdf|PDF|docx?|xlsx?|wps|zip)$", "本文转自：黑山县融媒体中心"),
    ("a brief's header, print line and distribution",
     r"第\d+期(?:[（(]总第\d+期[）)])?$|\d{4}年\d{1,2}月\d{1,2}日印发$|共印\d+份"
     r"|^(?:报|送|发|發|抄送|抄报|報|抄報)[:：]|^\S{2,30}[ \u3000]+(?:编|编印|印发|主办|编辑|編|編印)$",
     "海南省民政厅　编"),
    ("a salutation or addressees",
     r"^(?:尊敬的|各位领导|各位領導|同志们|同志們|各位代表|各位委员|各位委員)"
     r"|^\S{1,12}、\S{0,20}(?:各位委员|各位委員|各位代表|各位领导|各位領導)[：:]?$"
     r"|^各[^。！？]{2,70}[：:]$"
     r"|^[^。！？，,：:（(0-9一二三四五六七八九十]{2,30}、[^。！？：:]{2,30}(?:党组织|党委|党工委|主席团|部门|单位|委员会|人民政府|办事处|"
     r"工作部|组织部|組織部|宣传部|民政局)[：:]$"
     r"|^(?:[\u4e00-\u9fff]{1,14}(?:部|局|委|政府|办公室|委员会|常委会|党委|党工委|党组)[、，,]?)+[：:]$"
     r"|^(?:[\u4e00-\u9fff]{2,10}(?:办|部|局|委|室|院)[ \u3000]+)+[\u4e00-\u9fff]{2,10}(?:办|部|局|委|室|院)$"
     r"|^[\u4e00-\u9fff]{2,4}(?:委员|代表|同志)[:：]?$",
     "各市州党委组织部，兰州新区党工委组织部："),
    # 【打印】, 【视频】时长 03:26; a script's spoken and captioned lines (【解说】【字幕】) are text
    # (a line of text after its tag, 【基层党建】 年内，全区…。, is a yearbook's entry)
    # (【百家宴：一桌菜，一条心】: a post's section heading names its part and a two-part slogan)
    # (【邻里百家宴 吃出好味道】: a post's section heading, a name and a slogan apart, is no tag)
    ("a tag line", r"^【(?!" + _SCRIPT_TAGS + r")(?!.*[。！？])(?!" + _BRACKET_SECTION.pattern[2:] + r")"
     r"(?![\u4e00-\u9fff“”\"]{2,10}[ \u3000][\u4e00-\u9fff“”\"]{2,10}】$)"
     r"|^【(?:画面|畫面|音乐|音樂|镜头|鏡頭|配乐|配樂|音效|片头|片頭|片尾|航拍)】", "【视频】时长 03:26"),
    ("a page's end matter",
     r"ICP[备備]|^(?:END|相关链接|相關鏈接|注释|註釋|参考文献|長按|长按)[:：]?\s*$"
     r"|版权所有|版權所有|不得转载|不得轉載|二维码|二維碼|扫一扫|掃一掃|^(?:长按|長按|原创|原創)"
     r"|^(?:往期推荐|往期回顾|推荐阅读|推薦閱讀|延伸阅读|Tags?|Like|Share|Print|Back to top)\b"
     r"|转载请注明|轉載請註明|^[\u4e00-\u9fff]{2,10}出品|^正文快照[:：]?$|^[—－-]+\s*END\s*[—－-]+$",
     "版权所有：中共某某县委组织部"),
    ("a social post's furniture",
     r"^粉丝\s*[0-9]|^查看更多|官方微博$|官方微信$"
     r"|^(?:#[^#\s]{1,20}#\s*|@\S+\s*)+$|微博视频|网页链接|網頁鏈接"
     r"|^(?:转发|轉發|评论|評論|点赞|點讚|赞|收藏|在看|热门评论|熱門評論)(?:\s|\d|[｜|]|$)"
     r"|来自\s*\S*(?:客户端|视频号|微博|iPhone|Android)|^(?:#[^#\s]{1,20}[ \u3000]*){2,}$"
     r"|打开APP|写评论|^[\u4e00-\u9fff]{2,8}(?:新闻网|新闻客户端|客户端|日报|晚报)$"
     r"|^[\u4e00-\u9fff]{2,8}(?:发布|發布|组工|組工|融媒)$"  # a government account's name
     # a chat group's name with its size, its notice board, a post's read count: 上塘村“村情通”服务群(498)
     r"|群[（(]\d{1,4}[）)]$|^群公告|^已读\s*\d+$",
     "粉丝 12.6万　关注 318"),
    ("an account's review line, fold and pointer",
     r"^[一二三]审[:：]|^(?:…|\.\.\.)?展开(?:全文|更多)|👇\s*$",
     "一审：陈莉　二审：王强"),
    ("a newspaper's byline or page line",
     r"\d{4}年\d{1,2}月\d{1,2}日[ \u3000]+(?:\S{2,10}[ \u3000]+)?(?:第[A-Z]?\d{1,5}版|[A-Z]\d{1,2}版)"
     r"|\d{4}-\d{2}-\d{2}[ \u3000]+第\d{1,3}版|^《[^》]{2,12}》[（(][^）)]*(?:版|\d{4}年)[^）)]*[）)]$"
     r"|^[□■◆●\s]*[\u4e00-\u9fff]{2,8}(?:日报|日報|晚报|晚報|报|報)(?:全媒体|全媒體|融媒体|融媒體)?记者|(?:记者|記者)\s*\S{2,4}\s+(?:通讯员|通訊員)"
     r"|^[□■◆●\s]*(?:[—-]{1,2}\s*访|本报记者|本報記者|本报通讯员|通讯员|通訊員|原载|原載|转载自|轉載自)"  # an interview's subtitle
     r"|^\S{2,12}(?:客户端|客戶端)[｜|](?:记者|記者)",  # (□ 本报记者　于　洋, 北京日报客户端｜记者　陈　强)
     "安徽日报　2025年7月14日　第6版"),
    ("credits", r"^(?:设计|設計|策划|策劃|制图|製圖|美编|美編|校对|校對|摄影|攝影)[:：]"
     r"|^(?:监制|出品|统筹|摄像|剪辑|制作|策划|文字|图片|视频|主编|总编)[:：]"
     r"|^(?:文字|图片|圖片|审核|審核|编辑|編輯|排版|校对|校對)[｜|][^｜|]{1,8}[ \u3000]+(?:文字|图片|圖片|审核|審核|编辑|編輯|排版|校对|校對)[｜|]",
     "监制：李明"),
    # a masked phone number, or a line that names a person left blank (a row of a ranking,
    # 第1名　…　林××　95.6分, has its figures)
    # (茶亭街道××社区“共享停车”协商议事会议记录 is a title with its community left blank)
    ("a name or number left blank", r"[0-9]×{2,}|^(?!.*(?:记录|記錄|纪要|紀要|报告|報告|通报|通報|汇报|匯報|总结|總結|说明|說明|公示|方案)$)"
     r"[^0-9。！？]*(?:×{2,}|ＸＸＸ)[^0-9。！？]*$", "县住房和城乡建设局局长　黄××"),
    ("contacts and organisers",
     r"^(?:监督电话|監督電話|咨询电话|諮詢電話|联系电话|聯繫電話|举报电话|舉報電話)[:：]?"
     r"|^(?:主办|承办|协办|主辦|承辦|联系电话|聯繫電話|新闻热线|新聞熱線|电话|電話|地址|邮编|网站标识码)[:：]"
     r"|^(?:联系人|聯繫人)[:：]",
     "监督电话：0851-1234567"),
    ("a 政务公开 page's metadata and banner",
     r"^(?:索\s*引\s*号|发布机构|發布機構|主题分类|主題分類|成文日期|发文机关|發文機關|发文字号|文\s*号|"
     r"标\s*题|標\s*題|有\s*效\s*性|公开方式|公開方式)[:：]"
     r"|^\S{2,20}(?:人民政府|政府网|政府網|门户网站|門戶網站)(?:\s.*)?$|^\S{2,20}(?:人民政府|政府)(?:政务公开|信息公开)$"
     r"|大字号|小字号|大字號|小字號|(?:上传时间|上傳時間|上传者|上傳者|上传人|页数|頁數)[:：]",
     "索 引 号：11522700MB1234567X/2024-00123"),
    ("a spaced masthead or letterhead (not an OCR'd title)",
     r"^(?:[\u4e00-\u9fff][ \u3000]){2,}[部委局办室府息报報讯訊态態心会會院组組处處栏欄榜]$", "组 工 信 息"),
    ("an abstract's label", r"^(?:摘\s*要|关键词|關鍵詞|内容提要)[:：]", "关键词：基层治理"),
    ("a cut, a table of contents, a page counter or page number",
     r"^[…。.·\s]+$|" + _TOC + r"|^第\s*\d{1,3}\s*页\s*(?:[，,/]?\s*共\s*\d{1,3}\s*页)?$|" + _PAGE_NUMBER.pattern,
     "第3页 共3页"),
    ("a table's note or caption",
     r"^表中\S{0,12}表示|^(?:注|說明|说明)[:：]\S{0,6}“[—-]”|^[表图圖]\s*[0-9一二三四五六七八九十]+[\s　:：]",
     "表中“—”表示无此项"),
    # (主持人：欢迎参加今天的新闻发布会。 is what the host said)
    ("the fields of minutes",
     r"^(?:会议时间|會議時間|会议地点|會議地點|地点|地點|主持人|主持|记录人|記錄人|记录|記錄|参会人员|參會人員|"
     r"出席人员|出席|列席人员|列席|缺席人员|缺席|请假|請假|与会人员|與會人員|会议议题|議題|议题|会议议程)[:：](?!.*(?:[。！？]|[0-9]\s*[名人]))"
     r"|签字[（(]略[）)]$",
     "主持人：陈海燕（社区党委书记）"),
    ("advertising and spam",
     r"[☆★]{2}|^【(?:广告|廣告|免责声明|免責聲明|推广|推廣)】|兼职日结|兼職日結|刷单|刷單|代写|代寫|加微信|加V[:：]|免费领取|免費領取",
     "☆☆ 点击领取 ☆☆ 高薪兼职日结300元"),
)
_DEBRIS = re.compile("|".join(f"(?:{pattern})" for _, pattern, _ in FURNITURE))
# A directive of a speech (要在…上再用力, 要把…): what must be done, not what was
_DIRECTIVE = re.compile(r"^[一二三四五六七八九十]?要(?!素|件|点|求|事|务|闻|案|害)|^希望")
_LISTED = re.compile(r"[（(][0-9０-９一二三四五六七八九十]{1,3}(?:个|名|家|项|人|户|處|处|套|块|路)[^（()）]{0,12}[）)]$")
# a meeting's agenda (讨论…方案, 表决…计划): what was to be discussed, not a measure taken
_AGENDA = re.compile(r"^(?:讨论|討論|表决|表決|审议|審議|听取|聽取)")
# an inspection's findings: 检查发现的问题, 检查发现的主要问题, 研判的重点问题 (problems, not measures)
_FINDINGS = (r"(?:[\u4e00-\u9fff]{0,4}(?:检查|督查|巡察|巡查|暗访|核查|抽查|审计|调研)中?发现的?|研判的?)"
             r"(?:主要|突出|重点)?问题")
# Section headings of the genre that name no measure (基本情况, 存在的问题, 几点启示), and the
# subtitle of a study (——以密云区库区镇村为例).
_NOT_INITIATIVE = re.compile(
    r"^(?:" + _FINDINGS + r"|全体[\u4e00-\u9fff]{2,4}$|"  # (全体村民：, a notice's addressees)
    r"编者按|編者按|基本情况|存在的?问题|存在的不足|存在的?困难|困难和问题|问题和困难|几点启示|幾點啟示|启示|编后|點評|点评|附[:：]?|"
    r"[—－-]*以[^，。]{2,24}为例$|[—－-]*基于[^，。]{2,24}的(?:调查|調查|分析|研究|考察|实证)$|[\u4e00-\u9fff]{0,4}概况$|意见(?:和|与|及)建议|部门职责|"
    r"(?:热点|诉求|问题|原因|形势|现状|情况|数据|结果|满意度)[\u4e00-\u9fff]{0,4}分析$|"
    r"[\u4e00-\u9fff]{2,4}[（(][^（）()]{2,24}[）)][：:]?$|"  # 刘某某（市委社会工作部副部长）: a speaker
    r"存在的?主要问题|对策建议|對策建議|意见建议|工作建议|几点建议|几点思考|幾點思考|几点体会|工作体会|"
    r"小编说|小編說|小编有话说|记者手记|記者手記|监督电话|監督電話|联系方式|聯繫方式|联系电话|聯繫電話|"
    r"领导简介|領導簡介|人物简介|人物簡介)")
# Words that name a part of a report, not a field of work (主要做法, 2025年工作打算,
# 与康保、沽源两县的对比情况): a heading made of them only is a section of the document, not
# an initiative.
_GENERIC_WORDS = re.compile(
    r"[0-9０-９〇零一二三四五六七八九十]{1,4}年度?|过去一年|过去|上半年|下半年|[一二三四]季度|今年|去年|明年|本年度|年度|全年|上周|本周|上月|本月|"
    r"(?:我|本|全)(?:县|区|市|旗|州|镇|乡|街道|盟)|各县（市）|各县|两县|两区|三县|各社区|各村|各街道|各镇|"
    r"下一步|下步|下阶段|下一阶段|今后|主要|基本|重点|总体|具体|典型|有关|相关|存在|取得|履行|履职|开展|完成|绩效|"
    r"工作|做法|成效|成果|成绩|情况|经验|打算|安排|任务|指标|问题|原因|差距|不足|说明|结论|回顾|体会|启示|"
    r"建议|思路|举措|措施|亮点|对比|比较|评估|总结|概况|背景|目标|要求|计划|进展|职责|抓基层党建|面临|"
    r"提出|简要|分析|讨论|引言|结语|研究|方法|文献|综述|调研|调查|问卷|反映|出台|内容|几个|施行|时间|咨询|方式|"
    r"对象|名额|地点|学时|验收|小结|结果|评价|分项|分区域|意见|[一二三四]?季度|会议|决定|下半程|推进|参考|资料|附录|附件|对标|"
    r"政策|落实|留言|回复|办理|类型|案例|推广价值|值得推广|数据|速览|快览|一览|概览|其他|其它|事项|综合|排名|"
    r"各区|各地|各乡镇|自评|自查|整改|改进|考核|考评|考評|比武|评比|評比|测评|測評|分布|过程|過程|特点|特點|奖惩|獎懲|配套|需要|层级|層級|"
    r"答疑|热点|明细|明細|节选|節選|清单|清單|创建|創建|发现|發現|产出|產出|效益|执行|執行|议定|議定|发言|發言|摘要|"
    r"名词解释|名詞解釋|台账|臺賬|分乡镇|分鄉鎮|分街道|分县|分縣|"
    # the parts of minutes and resolutions: 议事过程, 决议内容, 会议议题, 上周总体态势, 会议汇总
    r"议事|議事|决议|決議|议题|議題|议程|議程|态势|態勢|研判|汇总|匯總|纪要|紀要|主持人|"
    r"招聘|条件|程序|待遇|薪酬|资格审查|笔试|面试|体检|考察|公示|聘用|报名|基本|"
    r"的|及|和|与|、|以及|暨|[（()）\s]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


# 第1名　三营镇金岭村　96.5分, …　86.7%: a ranking or a figure on a line, not a section
_RANK_ROW = re.compile(r"^第[0-9０-９]{1,3}名[ \u3000\t]")  # 第15名　关店乡　80.3分: a row, not a cut line
_RANK_LINE = re.compile(r"^第[0-9０-９]{1,3}名|[0-9０-９](?:分|%|％|个|名|项|件)$")
_LABELLED = re.compile(r"^([\u4e00-\u9fff]{0,4}(?:名称|名稱|题目|標題|标题|单位|單位|类别|類別|类型|類型|状态|狀態|时间|時間|"
                       r"日期|领域|領域|编号|編號|电话|電話|联系人|聯繫人|地址|网友|網友|满意度|滿意度|来源|來源|栏目|欄目|"
                       r"播出|时长|時長|记者|記者|地点|地點|主持人|主持|记录人|記錄人|参会人员|參會人員|出席|列席))[：:][ \u3000]*(?=\S)")
_NAME_FIELDS = {"案例名称", "案例名稱", "项目名称", "項目名稱", "案例题目", "案例標題", "案例标题"}
# A line of English: a bilingual page's translation repeats the text's figures, it is not the text
_ENGLISH = re.compile(r"^[A-Za-z][\x20-\x7e\u2018\u2019\u201c\u201d\u2014\u2013]{30,}$")
_PLACE_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,16}(?:县|區|区|市|旗|州|盟|镇|鎮|乡|鄉|街道|苏木))[：:]")
def _whole_town(name: str) -> bool:
    towns = localities.town_mentions(name)
    return bool(towns) and towns[0][0] == 0 and towns[0][1] == len(name)


_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")


def _despace(name: str) -> str:
    """存 在 的 问 题 -> 存在的问题: OCR text spaces the characters of headings."""
    return _SPACED.sub("", name) if " " in name or "\u3000" in name else name


def _generic_section(name: str) -> bool:
    """过去一年的主要工作 -> True; 强化组织建设 筑牢基层治理根基 -> False."""
    if len(name) > 24:
        return False
    s = name
    for a, b, _ in reversed(localities.find_mentions(s)):
        s = s[:a] + s[b:]
    return len(_HAN.findall(_GENERIC_WORDS.sub("", s))) < 2


# Sections whose items are problems, lessons, results or plans, not measures (二、存在的问题 /
# 一是…; 三、取得的成效 / 1.组织覆盖更加全面。; 五、存在问题和下一步打算 / （一）做实网格治理).
# (a year's or this year's section is a plan only by its noun: 2025年工作安排, but 2024年主要工作 is
# what was done)
_PLAN_NOUN = r"(?:打算|安排|计划|建议|思路|重点|重点任务|任务|目标任务|目标|考虑|整改措施|改进措施|工作措施|措施|举措)"
_PLAN_HEAD = r"(?:的)?(?:主要|重点)?(?:工作)?"
_PLANS = (r"(?:(?:下一步|下步|下阶段|下一阶段|今后|未来|明年)(?:[一二三四五两]年|一个时期|一段时期)?" + _PLAN_HEAD + _PLAN_NOUN
          + r"?|(?:今年|[0-9０-９〇零一二三四五六七八九]{4}年)" + _PLAN_HEAD + _PLAN_NOUN + ")")
_NOT_MEASURES = re.compile(r"^(?:存在的?(?:主要)?(?:问题|不足|困难)(?:和|及|与)?|(?:困难|问题)(?:和|及|与)(?:问题|困难|不足)|"
                           + _FINDINGS + r"|"
                           r"几点启示|幾點啟示|启示|几点思考|幾點思考|几点体会|工作体会|(?:整改|改进)(?:措施|建议|方向)|"
                           r"(?:存在的?)?(?:问题|不足)(?:和|及|与)(?:改进|整改)(?:措施|建议)|申请加分事项|"
                           r"(?:取得的|取得|主要|工作|执行|執行|实施|實施|运行|運行)?成效(?:[（(][^）)]{1,8}[）)])?|对策建议|對策建議|意见(?:和|与|及)?建议|几点建议|"
                           # 热点诉求分析, 原因分析: its items are findings (强化数据分析 is a measure)
                           r"(?:热点|诉求|问题|原因|形势|现状|情况|数据|结果|满意度)[\u4e00-\u9fff]{0,4}分析|"
                           # plans: 下一步工作打算, 2025年工作安排, 今年的重点任务
                           # (存在问题和下一步打算 mixes problems, facts, with plans)
                           r"(?:存在的?(?:主要)?问题(?:和|及|与))?" + _PLANS + r")[。：:]?$")
# …and proposals: 四、对策建议 / （二）学习借鉴“一张表”做法。年内将村级工作事项精简至30项以内
_PLAN_SECTION = re.compile(r"^(?:" + _PLANS + r"|(?:对策|對策|几点|幾點|工作|意见和|意见|意見)?建议|建議|对策|對策|"
                           r"(?:对策|意见|工作)?建议和(?:下一步)?打算)[。：:]?$")
_RECOMMEND = re.compile(r"^(?:相关推荐|相關推薦|往期推荐|往期推薦|往期回顾|相关阅读|相關閱讀|延伸阅读|延伸閱讀|猜你喜欢|喜欢此内容的人还喜欢|"
                        r"作者最新文章|精选留言|精選留言|相关新闻|相關新聞|相关链接|相關鏈接)")
# An appendix or the closing words of a report end the section before them
_NOTES = re.compile(r"^(?:注释|註釋|注|註|说明|說明|数据来源|數據來源|资料来源|資料來源)[:：]?\s*$")
_BACK_MATTER = re.compile(r"^(?:附[:：件表录]|附[一二三四五六七八九十0-9]|特此报告|以上报告|专此报告)")
# A lead sentence that describes (于都是中央红军长征集结出发地), states a figure
# (达到98.5%) or a shortcoming (网格员队伍专业化水平有待提高) is not the name of a measure.
_NOT_A_NAME = re.compile(r"(?<![一二三四五六七八九十但还就只总更要凡])是(?!否)|[0-9０-９]|^(?:谢谢|感谢|您|你|本人|全会|我代表)|到此结束|"
                         r"^“[^”]*$|"  # “基层治理没有旁观者: a quotation cut at its first stop
                         r"[:：]|必须|必須|说说|谈谈|^现将.{0,24}(?:如下|报告|說明|说明)|"  # 现将修订情况说明如下
                         r"(?:有待|亟待|亟需)[\u4e00-\u9fff]{1,4}$|(?:不高|不足|不够|不强|偏大|偏少|偏弱|偏低|较多|较少|"
                         r"突出|单一|滞后|薄弱|欠缺|不到位|不平衡|不充分|较弱|众多|集中)$|不够[\u4e00-\u9fff]{1,2}$|仍有[\u4e00-\u9fff]{1,4}$|"
                         r"越来越[\u4e00-\u9fff]{1,2}$|"
                         # 神木城区人口集中、小区众多, 奉贤民营企业多、园区多: what a place is like
                         r"[多少]、[^、]{1,8}[多少]$")
# 一是组织体系更加健全。二是群众获得感明显增强。: items that list results, not measures (a
# numbered heading of that form, （一）组织体系不断健全, names a section and stays).
_RESULT = re.compile(r"(?:更加|持续|明显|显著|不断|稳步|进一步|更趋|日益|逐步|大幅|切实)[\u4e00-\u9fff]{1,2}$|"
                     r"更加[\u4e00-\u9fff]{3,4}$|(?:跃上|迈上|登上|取得|实现)?新(?:台阶|水平|高度|突破|成效|局面)$|"
                     r"有效[\u4e00-\u9fff]{1,2}$|(?:成效|效果)明显$|不断涌现$|"
                     r"(?:较高|增强|初步显现|初步顯現|初显|初顯)$")
# 土地纠纷明显抬头, 重复来访减少, 新老交替平稳有序: a trend or an outcome, whatever the item's form
_TREND = re.compile(r"(?:抬头|下降|减少|上升|增多|回落|平稳有序|普遍加强)$")
# （分值20分，自评19分） after an item's name: its score
def _unmarked(name: str) -> str:
    """A heading without the emoji a 公众号 ends it with: 组织建在网格上 ✨ -> 组织建在网格上."""
    end = len(name)
    while end and (unicodedata.category(name[end - 1]) in ("So", "Sk", "Mn", "Cf") or name[end - 1].isspace()):
        end -= 1
    return name[:end]


_SCORE_NOTE = re.compile(r"[（(][^（()）]*(?:分值|自评|得分|扣分)[^（()）]*[）)]$")
# ——综合实力跃上新台阶。: a congress report's dashed results, not measures
_DASH_ITEM = re.compile(r"^[ \u3000]*[—－-]{1,2}")
# 1.小区（院落）党组织覆盖率。基期值…: an indicator's name is no measure
_INDICATOR_NAME = re.compile(r"^[^，,提促]{2,30}(?:比例|覆盖率|達標率|达标率|化解率|办结率|满意度|满意率|参与率|数量|工作者数|项目数)$")
# 收入情况（单位：元）, 组织引领类, 关于“三资”管理不规范的问题: a part of a report or a form
# (…情况 is a part of a report, unless what it is the state of is a field of work: 网格体系建设情况,
# 党建引领基层治理情况, “吹哨报到”情况, 志愿服务开展情况, 履行第一责任人职责情况)
_FIELD_STATE = re.compile(r"^(?!各|分|部分|全[县区市])[^，,。]{0,16}(?:“[^”]{2,10}”[\u4e00-\u9fff]{0,4}|建设|建設|治理|职责|職責|筹措|籌措|"
                          r"服务开展|服務開展)(?:情况|情況)$")  # (“马背网格”运行情况, “回头看”工作开展情况)
_NOT_A_SECTION = re.compile(r"(?:情况|情況|类|類)(?:[（(][^）)]{1,10}[）)]|见下表|如下)?$|如下[：:]?$|^关于.{1,24}问题$|登记表$|報名表$|报名表$")


def _part_of_report(name: str) -> bool:
    """A heading that names a part of the report, not a field of work: 基本情况, 主要做法, 收入情况（单位：元）
    -> True; 网格体系建设情况, “马背网格”运行情况 -> False."""
    name = _despace(name)
    return _generic_section(name) or (_NOT_A_SECTION.search(name) is not None and not _FIELD_STATE.match(name))
_TAG = re.compile(r"^【[^】]{1,6}】")  # 【导读】, 【摘要】 before a lead
_TAGGED_TITLE = re.compile(r"^【[^】\s]{1,8}】(?!.*(?:打印|关闭|關閉|字体|字號|字号|分享|时长|時長))[^【】\s]{4,40}$")
_SCRIPT_LINE = re.compile(r"^【(?:" + _SCRIPT_TAGS + r")(?:】|[·•・])")
# 【基层党建】 年内，全区…: a yearbook's entry (or a notice board's) opens with its name;
# tags of page furniture and parts of a brief do not name a field of work.
_ENTRY = re.compile(r"^【([^】]{2,12})】\s*(?=\S)")
# 【温宿：一张网格连民心】 alone on its line: a news story's section on one place, headed in brackets
_BRACKET_HEAD = re.compile(r"^【([\u4e00-\u9fff]{2,12})[：:]([^】]{4,24})】$")


# 【点位一】温塘镇温塘村：“党建+网格”织密治理一张网: a handout's tagged stop, a place, its slogan
_TAGGED_PLACE_HEAD = re.compile(r"^【(?!" + _SCRIPT_TAGS + r")[^】]{1,8}】([\u4e00-\u9fff]{2,16})[：:]([^【】。]{4,30})$")


def _bracket_head(text: str) -> re.Match | None:
    """The place and slogan of a heading line in brackets (groups 1 and 2), or None."""
    m = _BRACKET_HEAD.match(text)
    if m and localities.opens_with_name(m[1]) and localities.codes_for(m[1]):
        return m
    m = _TAGGED_PLACE_HEAD.match(text)
    return m if m and (localities.opens_with_name(m[1]) or localities.town_mentions(m[1][:12])) else None
_PLACE_QUOTE = re.compile(r"^([\u4e00-\u9fff]{2,8}(?:县|縣|区|區|市|旗|镇|鎮|乡|鄉|街道))(?=“)")
_NOT_ENTRY = re.compile(r"[0-9０-９]{1,2}月|星期|编后|編後|简介|簡介|导读|導讀|导语|導語|摘要|编者按|編者按|按语|概况|概況|提示|背景|链接|鏈接|点评|點評|短评|評論|评论|"
                        r"手记|手記|声音|聲音|简讯|簡訊|快讯|快訊|要闻|要聞|动态|動態|要目|速览|速覽|视频|視頻|图片|圖片|"
                        r"音频|網友|网友|留言|回复|回覆|问政|問政|案例|提要|声明|聲明|讯|訊")
# ▲ 排查化解矛盾纠纷2,364起，化解率98.5%。: a digest's bullet, not a photo's caption (▲改造后的
# 小区焕然一新（记者 何静 摄）, ▲9月18日，…兑换生活用品。　本报记者　于洋　摄)
_TRIANGLE_BULLET = re.compile(r"^▲(?!.*(?:摄|攝|图|圖|资料|資料|视频|視頻|点击|點擊|下载|下載)).*[0-9０-９].*[。！]$")
_CAPTION = re.compile(r"^(?:📷|📸)?(?:图为|圖為|图：|圖：|（图|\(图|▲|【图】|\[图片\]|\[圖片\])")
# 碧江区：…, and several places before one slogan: 东至县、青阳县：党建引领“网格+”激活…
_TITLE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,14}(?:、[\u4e00-\u9fff]{2,14}){0,3})[：:](?P<slogan>.+)$")
_SENTENCE_END = re.compile(r"[。！？!?；;]")


def _terminal(text: str) -> bool:
    t = text.rstrip(_CLOSERS)
    return bool(t) and (t[-1] in _TERMINAL or t[-1] in "：:") or text.endswith(("。”", "！”", "？”"))


def span_at(spans, starts: list[int], pos: int):
    """The span of sorted, non-overlapping `spans` (with `.start`/`.end` or (a, b)) holding pos."""
    k = bisect_right(starts, pos) - 1
    if k < 0:
        return None
    x = spans[k]
    end = x[1] if isinstance(x, tuple) else x.end
    return x if pos < end else None


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str
    newlines_before: int  # newlines between the previous line and this one


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A view paragraph: raw lines joined across page breaks."""

    lines: tuple[Line, ...]
    kind: str  # title | heading | body | debris | caption | table_head | table | field | figure | label
    head: tuple[str, ...] = ()  # a table row's column names (县（市） 网格数 专兼职网格员数)
    text: str = field(init=False)
    _cum: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "text", "".join(x.text for x in self.lines))
        cum, n = [], 0
        for x in self.lines:
            cum.append(n)
            n += len(x.text)
        object.__setattr__(self, "_cum", tuple(cum))

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    def raw(self, i: int) -> int:
        """View offset in `text` -> raw offset in the source."""
        k = bisect_right(self._cum, i) - 1
        return self.lines[k].start + (i - self._cum[k])

    def raw_span(self, i: int, j: int) -> tuple[int, int]:
        return self.raw(i), self.raw(j - 1) + 1


@dataclass(frozen=True, slots=True)
class Defect:
    kind: str
    start: int
    end: int
    note: str


@dataclass(frozen=True)
class Document:
    index: int
    title: str  # '' for a fragment without a title
    start: int
    end: int
    locality_code: str | None
    completeness: str
    paragraphs: tuple[int, ...]  # indexes into Segments.paragraphs


@dataclass(frozen=True, slots=True)
class Initiative:
    document: int
    level: str  # programme | theme | measure
    name_zh: str
    start: int
    end: int
    parent_start: int | None  # start offset of the parent initiative
    locality_code: str | None
    holds: tuple[int, int]  # raw span of the text the initiative holds


@dataclass(frozen=True, slots=True)
class Region:
    """A raw span whose text is about another place than its document."""

    start: int
    end: int
    locality_code: str
    paragraphs: int = 1  # a run of several paragraphs is a foreign fragment


@dataclass(frozen=True)
class Segments:
    source: Source
    paragraphs: tuple[Paragraph, ...]
    documents: tuple[Document, ...]
    initiatives: tuple[Initiative, ...]
    defects: tuple[Defect, ...]
    regions: tuple[Region, ...]  # paragraph- or fragment-level places
    repeats: tuple[tuple[int, int], ...]  # raw spans whose claims were stated earlier
    plans: tuple[tuple[int, int], ...] = ()  # raw spans of plans sections (下一步工作打算 …)

    def __post_init__(self):
        # Sorted starts for bisect lookups: a large source has many spans.
        object.__setattr__(self, "_repeat_starts", [a for a, _ in self.repeats])
        object.__setattr__(self, "_plan_starts", [a for a, _ in self.plans])
        object.__setattr__(self, "_region_starts", [r.start for r in self.regions])

    def is_repeat(self, pos: int) -> bool:
        return span_at(self.repeats, self._repeat_starts, pos) is not None

    def in_plan(self, pos: int) -> bool:
        return span_at(self.plans, self._plan_starts, pos) is not None

    def region_at(self, pos: int) -> Region | None:
        return span_at(self.regions, self._region_starts, pos)

    def locality_at(self, pos: int, document: Document) -> str | None:
        r = self.region_at(pos)
        return r.locality_code if r else document.locality_code


# ---------------------------------------------------------------- lines


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with the raw span of their stripped text."""
    out: list[Line] = []
    pos, newlines = 0, 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        stripped = body.strip(" \t\u3000\ufeff\xa0")
        if stripped:
            lead = len(body) - len(body.lstrip(" \t\u3000\ufeff\xa0"))
            m = _MARKUP_LEAD.match(stripped)
            if m and len(stripped) > m.end():
                lead += m.end()
                stripped = stripped[m.end():]
                m = _MARKUP_TAIL.search(stripped)
                if m and m.start() > 0:
                    stripped = stripped[:m.start()]
            start = pos + lead
            out.append(Line(start, start + len(stripped), stripped, newlines))
            newlines = 0
        if len(body) < len(raw):
            newlines += 1
        pos += len(raw)
    return out


def _is_heading(text: str) -> bool:
    """强化组织建设 筑牢基层治理根基; 一、强化组织建设; （一）建强支部; ■ 组织体系"""
    if _NUM_THEME.match(text) or _NUM_SUB.match(text):
        return len(text) <= 40 and "。" not in text.rstrip("。")
    bullet = BULLET.match(text)
    if bullet:
        rest = text[_strip_number(text):]
        # (▶ 减负增效：让干部把心思用在群众身上: a heading and its subtitle run longer)
        if len(rest) > (24 if "：" in rest else 16) or HAS_DIGIT.search(rest):
            return False  # ▶诉求量同比下降8.3%: a bulleted figure, not a heading
    if len(text) > 32 or _COUNTED.search(text):
        return False  # (全县8个乡镇、72个行政村共划分网格 / 412个，…: a sentence cut at a line's end)
    # 搭平台：让议事有“场” is a heading; 碧江区：… (a place before the colon) is a title
    return not any(c in text for c in "。，,；;！？!?") and not _title_place(text)


_COUNTED = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?(?:万|亿)?(?:个|名|人|户|项|件|元|%|次|家|所|条|处|支|座|场)")


def _title_place(text: str) -> str | None:
    """The place prefix of a report title (碧江区：…), known to the code table, or None.

    The name may be shared (朝阳区 in Beijing and Changchun): `_doc_place` decides it.
    """
    # (快讯｜新疆霍城：“十户联防”…: a column's tag stands before the place; 【字幕】腾冲：… is a
    # caption line of a script)
    tag = _COLUMN_TAG.match(text) if not text.startswith("【") else None
    m = _TITLE.match(text[tag.end():] if tag else text)
    if not m or len(text) > 60 or "。" in text:
        return None
    place = m["place"]
    if "、" in place:
        return None  # 东至县、青阳县：… names several places: the text decides which unit the report is
    return place if localities.codes_for(place) or localities.resolve(place) else None

# Cells are divided by blanks or by bars (序号 | 指标 | 2023年 | 2024年).
_CELL_GAP = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+")
HAS_DIGIT = re.compile(r"[0-9０-９]")
_TAB_GAP = re.compile(r"[ \u3000]*(?:\t+|[|｜])[ \t\u3000]*")
_WIDE_GAP = re.compile(r" *(?:\u3000+|[|｜])[ \u3000]*")


# 物业企业党组织覆盖率：86.7%（较上年提高5.4个百分点）: a report's indicators written as lines of
# "name：value", the way a table is flattened without its grid
FIELD = re.compile(r"^([^：:。，,；;]{2,24})[：:][ \t\u3000]*(?=[^。，,；;]{0,12}[0-9０-９])")
# a header may name years and months: 2023年 | 2024年, 截至9月底完成情况
_YEAR = re.compile(r"[0-9]{4}年(?:度|底|末)?|[0-9]{1,2}月(?:底|末|份)?")


def cells(text: str) -> list[tuple[int, int]]:
    """Spans of the cells of a table line flattened into text (`延吉市 1,318个 1,612名`); in a
    line with tabs only tabs and bars divide cells (`乡镇（街道）<tab>15 个<tab>15 个`), and in one
    with wide blanks between cells and ordinary ones inside them, only the wide ones
    (`合江县　94.6 分　好`: a number keeps its unit)."""
    out, pos = [], 0
    gap = _TAB_GAP if "\t" in text else _WIDE_GAP if text.count("\u3000") >= 2 and " " in text else _CELL_GAP
    for m in gap.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    # 王　敏: a two-character name padded to the width of three is one cell
    k = 0
    while k + 1 < len(out):
        (a, b), (c, d) = out[k], out[k + 1]
        if b - a == 1 and d - c == 1 and text[b:c] == "\u3000" and _HAN.match(text[a]) and _HAN.match(text[c]):
            out[k:k + 2] = [(a, d)]
        k += 1
    return out


def tables(lines: list[Line]) -> dict[int, tuple[str, ...]]:
    """Line index -> column names, for the header (`()`) and rows of flattened tables.

    序号 任务名称 数量 单位 / 1 新建改扩建村级党群服务中心 126 个 / …: a header line of
    two or more short cells without digits or sentence marks, then two or more lines with
    as many cells, each holding a number. A table scraped from a web page loses its
    borders, not its columns.
    """
    out: dict[int, tuple[str, ...]] = {}
    i = 0
    while i < len(lines):
        head = lines[i].text
        # the cheap tests first: most lines are sentences, not headers
        if len(head) > 60 or not _CELL_GAP.search(head) or any(c in head for c in "。，,；;！？!?：:") \
                or HAS_DIGIT.search(_YEAR.sub("", head)):
            i += 1
            continue
        names = tuple(head[a:b] for a, b in cells(head))
        if len(names) < 2 or max(len(x) for x in names) > 20 or _MD_RULE.match(head):
            i += 1
            continue
        rows = []
        k = i + 1
        if k < len(lines) and _MD_RULE.match(lines[k].text):
            out[k] = ()  # | --- | --- |: a markdown table's rule under its header
            k += 1
        while k < len(lines) and lines[k].newlines_before <= 1:
            row = lines[k].text
            if len(cells(row)) != len(names) or not HAS_DIGIT.search(row) or "。" in row:
                break
            rows.append(k)
            k += 1
        if len(rows) >= 2:
            out[i] = ()
            for r in rows:
                out[r] = names
            i = k
        else:
            if i + 1 < len(lines) and _MD_RULE.match(lines[i + 1].text):
                out.pop(i + 1, None)  # the rule under a header whose rows did not follow
            i += 1
    return _vertical_tables(lines, out)


_SERIAL_NAME = re.compile(r"^(?:序号|序號|编号|編號|名次|排名|No\.?)$")
_MD_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?\|?$")
_TOTAL_ROW = re.compile(r"^(?:合计|合計|总计|總計|小计|小計|合\s+计|全区|全县|全市)$")


def _short_cell(t: str) -> bool:
    return 0 < len(t) <= 16 and not any(c in t for c in "。，；;！？!?：:")  # 3,420件 keeps its comma


def _vertical_tables(lines: list[Line], out: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    """Tables copied from a web page with one cell a line: 序号 / 街道 / 社区数 / … then 1 /
    燕儿窝街道 / 12个 / …: the header is the run of short lines without digits, each row as
    many lines after it (a total row may lack the serial cell), each column holding digits in
    every row or in none. Each cell line gets its column's name."""
    i, n = 0, len(lines)
    while i < n:
        k = i
        while k < n and k not in out and _short_cell(lines[k].text) and not HAS_DIGIT.search(lines[k].text) \
                and (k == i or lines[k].newlines_before <= 1):
            k += 1
        head = [lines[x].text.strip() for x in range(i, k)]
        if len(head) < 3 or k >= n or lines[k].newlines_before > 1:
            i = max(k, i + 1)
            continue
        rows: list[list[int]] = []
        j = k
        while j < n:
            width = len(head) - 1 if _TOTAL_ROW.match(lines[j].text.strip()) and _SERIAL_NAME.match(head[0]) \
                else len(head)
            cand = list(range(j, j + width))
            if j + width > n or any(x in out or lines[x].newlines_before > 1 or not _short_cell(lines[x].text)
                                    for x in cand):
                break
            rows.append(cand)
            j += width
        full = [r for r in rows if len(r) == len(head)]
        digits = [[bool(HAS_DIGIT.search(lines[x].text)) for x in r] for r in full]
        if len(full) >= 2 and all(d == digits[0] for d in digits) and any(digits[0]):
            for x in range(i, k):
                out[x] = ()
            for r in rows:
                names = head if len(r) == len(head) else head[1:]
                for x, name in zip(r, names):
                    out[x] = (name,)
            i = j
        else:
            i = k + 1
    return out


def _wrap_width(lines: list[Line], table: dict[int, tuple[str, ...]]) -> int | None:
    """The width at which PDF text was cut into lines, if it was: many lines of one length.

    沈河区是沈阳市的老城区、中心城区，老旧小区多、 / 、老年人口多。全区共有老旧小区412个，…
    """
    from collections import Counter

    # (numbered headings of one length, 二、把联户长选在群众中，让治理“接上地气”, and the rows of a
    # table, 1　合江县　94.6 分　好　2,738 个…, are no cut lines)
    widths = Counter(len(ln.text) for i, ln in enumerate(lines)
                     if len(ln.text) >= 20 and not _NUM_THEME.match(ln.text) and i not in table)
    if not widths:
        return None
    width, _ = widths.most_common(1)[0]
    near = sum(n for w, n in widths.items() if abs(w - width) <= 2)
    return width if near >= 5 and near >= 0.3 * sum(widths.values()) else None


_BULLETED_DEBRIS = re.compile(r"(?:点击|點擊|关注|關注|扫码|掃碼|长按|長按|分享|阅读原文|閱讀原文|往期推荐|往期推薦|往期回顾|"
                              r"推荐阅读|推薦閱讀|相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关新闻|相關新聞)")


def _unbulleted(t: str) -> str:
    b = BULLET.match(t)
    return t[b.end():] if b else t  # 👆点击蓝字 关注我们


def classify(lines: list[Line], table: dict[int, tuple[str, ...]] | None = None) -> list[str]:
    kinds = []
    table = tables(lines) if table is None else table
    wrap = _wrap_width(lines, table)
    for i, ln in enumerate(lines):
        t = ln.text
        if i in table:
            kinds.append("table" if table[i] else "table_head")
        elif wrap and len(t) >= wrap - 2 and not _terminal(t) and i + 1 < len(lines) \
                and lines[i + 1].newlines_before == 1 \
                and not (i < 6 and _DEBRIS.search(t)):  # (a breadcrumb, 萝政报〔2O25〕3号　签发人：… over the title)
            kinds.append("body")  # a line of PDF text cut at the page width, not a heading
        elif _bracket_head(t) or _BRACKET_SECTION.match(t):
            kinds.append("heading")
        elif len(t) < 80 and (_DEBRIS.search(t) or _BULLETED_DEBRIS.match(_unbulleted(t))) or _ENGLISH.match(t):
            kinds.append("debris")
        elif FIELD.match(t) and len(t) <= 60 and "。" not in t and not _title_place(t):
            kinds.append("field")  # 社区党组织数：123个: an indicator and its value, one a line
        elif _CAPTION.match(t) and not _TRIANGLE_BULLET.match(t):
            kinds.append("caption")
        elif _title_place(t):
            kinds.append("title")
        elif _SCRIPT_LINE.match(t):
            kinds.append("body")  # 【字幕】全市划分网格1286个: a caption of a script, not a heading
        elif _is_heading(t):
            kinds.append("heading")
        else:
            kinds.append("body")
    # 【观察】让“小网格”撬动“大治理”, 【视频号脚本】边城网格“格”外暖: a column's tag before the
    # title on the first line is not page furniture
    for i, k in enumerate(kinds):
        if k != "debris":
            break
        if _TAGGED_TITLE.match(lines[i].text):
            kinds[i] = "heading"
            break
    # 【本期导读】 / 南部县：“院落党小组”激活城乡治理末梢 / … / 【县区经验】 / 南部县：“院落党小组”…: a
    # brief's contents list the titles of the reports below; a report begins at its own title
    last = {lines[i].text: i for i, k in enumerate(kinds) if k == "title"}
    for i, k in enumerate(kinds):
        if k == "title" and last[lines[i].text] > i:
            kinds[i] = "debris"
    # The first real line, short and unpunctuated, is the title of an untitled page.
    first = next((i for i, k in enumerate(kinds) if k not in ("debris",)), None)
    # …or a one-clause headline: “枫桥经验”发源地，这样答好基层治理新考卷
    if first is not None and kinds[first] == "body" and "title" not in kinds and \
            len(lines[first].text) <= 40 and not any(c in lines[first].text for c in "。；;！？!?"):
        kinds[first] = "heading"
    if first is not None and kinds[first] == "heading" and \
            not _NUM_THEME.match(lines[first].text) and not _NUM_SUB.match(lines[first].text):
        nxt = next((k for k in kinds[first + 1:] if k not in ("debris", "caption")), None)
        # …and when another report's title (海原县：…) comes later, only if text follows it
        if nxt in ("body", "table_head", "field") or nxt == "heading" and "title" not in kinds:
            kinds[first] = "title"
    # 山西武乡推行“红星网格”—— / 老区小事不出村: a newspaper's kicker leads into its headline, which
    # is the title
    for i, k in enumerate(kinds):
        if k in ("title", "heading") and lines[i].text.endswith("——") and len(lines[i].text) <= 40 \
                and re.search(r"[\u4e00-\u9fff]", lines[i].text):
            j = next((j for j in range(i + 1, len(kinds)) if kinds[j] != "debris"), None)
            if j is not None and kinds[j] in ("heading", "title") and len(lines[j].text) <= 40:
                kinds[i], kinds[j] = "debris", "title"
            break
    # A short unpunctuated line right under an unfinished sentence continues it (PDF text
    # wrapped at the page width: …“社区党组织书记任片长、网格员任格长、党员 / 骨干任楼长…).
    for i in range(1, len(lines)):
        if kinds[i] == "heading" and kinds[i - 1] == "body" and lines[i].newlines_before == 1 \
                and not _terminal(lines[i - 1].text) and not _strip_number(lines[i].text):
            kinds[i] = "body"
    # 相关新闻： / 夷陵区首批30个“红旗院落”授牌 / 📖往期推荐 / ▶宽甸：首批20个…: the headlines a page
    # lists under its other articles are links, not text (their figures are other reports')
    for i in range(len(lines)):
        head = lines[i].text
        b = BULLET.match(head)
        if _RECOMMEND.match(head[b.end():] if b else head):
            j = i + 1
            while j < len(lines) and lines[j].newlines_before == 1 and len(lines[j].text) <= 60 \
                    and not _SENTENCE_END.search(lines[j].text[:-1]):  # (one block: a blank line ends the list)
                kinds[j] = "debris"
                j += 1
    _paired_subheadings(lines, kinds)
    _figures(lines, kinds)
    # A short single sentence after two or more blank lines at the very end: a caption.
    last = len(lines) - 1
    while last >= 0 and kinds[last] == "debris":
        last -= 1
    if last > 0 and kinds[last] == "body" and lines[last].newlines_before >= 3 \
            and len(lines[last].text) <= 100 and len(_SENTENCE_END.findall(lines[last].text)) <= 1:
        kinds[last] = "caption"
    return kinds


# 干部下沉，“夜谈”谈出真感情: a news subheading of two halves, no figure, no full stop
_PAIRED = re.compile(r"^[^，,。；;！？!?：:0-9０-９]{3,10}[，,][^，,。；;！？!?：:0-9０-９]{3,12}$")


def _paired_subheadings(lines: list[Line], kinds: list[str]) -> None:
    """News features head their sections with short lines of two halves (干部下沉，“夜谈”谈出真感情 /
    一线办理，“夜谈”谈出好效果): headings when two or more of them each open a paragraph."""
    found = []
    for i, ln in enumerate(lines):
        if kinds[i] != "body" or not _PAIRED.match(ln.text):
            continue
        nxt = next((j for j in range(i + 1, len(lines)) if kinds[j] != "debris"), None)
        if nxt is not None and kinds[nxt] == "body" and len(lines[nxt].text) >= 40:
            found.append(i)
    if len(found) >= 2:
        for i in found:
            kinds[i] = "heading"


_FIGURE_PUNCT = re.compile(r"[。，；;！？!?：:]")  # (1,126名 keeps its comma)


def _is_figure(t: str) -> bool:
    """334个, 近九成, 同比下降17.4%, 由每村平均17个整合为1个: a line that is one figure."""
    t = t.strip()
    if not 2 <= len(t) <= 24 or _FIGURE_PUNCT.search(t) or BULLET.match(t):
        return False
    from .numbers import QUANTITY  # (numbers does not import segment)

    last = None
    for last in QUANTITY.finditer(t):
        pass
    return last is not None and last.end() == len(t) and last.start() <= 14


_LEAD_IN_LINE = re.compile(r"^[^。，；;！？!?]{2,30}(?:的占|占|为|為|达|達|是)$")  # 其中35岁以下的占 / 82.4%


def _is_label(t: str) -> bool:
    t = t.strip()
    # (60岁以上老人每餐就餐费用, 集体经济收入50万元以上的村: the digits of an age group or of a
    # bound name the caption's group, they count nothing)
    return 2 <= len(t) <= 30 and not _FIGURE_PUNCT.search(t[:-1]) and not HAS_DIGIT.search(_GROUP_BOUND_RX.sub("", t)) \
        and not BULLET.match(t) and not _is_figure(t)


_GROUP_BOUND_RX = re.compile(r"[0-9]{1,3}(?:周岁|岁)(?:以上|以下|及以上)?|"
                             r"[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:元|人|户|个|名)(?:以上|以下|及以上|以内)的")
# 96.8% / 群众满意度，同比提高3.1个百分点: a caption, then a change of the figure in the same line
CAPTION_AND_CHANGE = re.compile(r"^([^，,。；;0-9]{2,20})[，,](?:同比|较上年|比上年|较去年|比去年|较换届前|较[0-9]{4}年)")


def _figures(lines: list[Line], kinds: list[str]) -> None:
    """数说 pages: a figure on a line of its own with its caption on the line after it (or
    before it: 平均处置时长 / 由3.2天缩短至1.4天). Such lines are neither headings nor a
    sentence cut by a page break: figure lines are read alone, caption lines as labels."""
    n = len(lines)
    claimed = set()  # captions taken by the figure above them
    for i in range(n):
        if kinds[i] not in ("heading", "body", "debris") or not _is_figure(lines[i].text):
            continue
        after = i + 1 < n and lines[i + 1].newlines_before == 1 and kinds[i + 1] in ("heading", "body") \
            and (_is_label(lines[i + 1].text) or CAPTION_AND_CHANGE.match(lines[i + 1].text.strip()) is not None)
        before = i > 0 and lines[i].newlines_before == 1 and kinds[i - 1] in ("heading", "body", "label") \
            and i - 1 not in claimed \
            and (_is_label(lines[i - 1].text) or _LEAD_IN_LINE.match(lines[i - 1].text.strip()) is not None)
        if after or before:
            kinds[i] = "figure"
            if after:
                claimed.add(i + 1)
                if not CAPTION_AND_CHANGE.match(lines[i + 1].text.strip()):
                    kinds[i + 1] = "label"  # (a caption with a change of its own stays text: its change is read)
            elif kinds[i - 1] != "figure":
                kinds[i - 1] = "label"  # (05　集体经济更壮大 / 2.26亿元 / caption: a heading stays one)
        elif i > 0 and kinds[i - 1] == "figure" and lines[i].newlines_before == 1:
            kinds[i] = "figure"  # 42.3岁 / 较换届前下降6.1岁: a second figure under the first


# ---------------------------------------------------------------- repairs


_NOTE = re.compile(r"^(?:注|註|备注|備註|说明|說明)[:：]")  # 注：因四舍五入…: a note under a list, not its last line's end
_WIDE_BETWEEN = re.compile(r"(?<=\S)\u3000+(?=\S)")


def _is_row(text: str) -> bool:
    """泸县　组织体系 37.5 分　治理效能 27.9 分　群众评价 26.7 分, 邻里纠纷　231件，占20.2%: a record, a
    name set apart by a wide blank from its figures; rows one a line are records, not one sentence
    wrapped."""
    gaps = len(_WIDE_BETWEEN.findall(text))
    return gaps >= 2 or gaps == 1 and HAS_DIGIT.search(text) is not None and not text.endswith(("，", "、", ","))


def _join_lines(lines: list[Line], kinds: list[str], dup_of: dict[int, int],
                groups: dict[str, list[int]], table: dict[int, tuple[str, ...]]) -> tuple[list[Paragraph], list[Defect]]:
    """Join lines across page breaks into paragraphs; record breaks and truncations."""
    paras: list[Paragraph] = []
    defects: list[Defect] = []
    i = 0
    while i < len(lines):
        group = [lines[i]]
        kind = kinds[i]
        while kind == "body" and i + 1 < len(lines):
            cur, nxt = lines[i], lines[i + 1]
            if _terminal(cur.text) or BULLET.match(group[0].text):
                break
            step = 1
            if _PAGE_NUMBER.match(nxt.text) and i + 2 < len(lines) and nxt.newlines_before <= 2:
                # 投入资金 / — 3 — / 1.36亿元: the page number goes with the break
                step, nxt = 2, lines[i + 2]
            joinable = kinds[i + step] == "body" and nxt.newlines_before <= 2 \
                and not BULLET.match(nxt.text) and not _NUM_ITEM.match(nxt.text) \
                and not _RANK_ROW.match(nxt.text) and not _RANK_ROW.match(cur.text) \
                and not (_is_row(cur.text) and _is_row(nxt.text)) and not _NOTE.match(nxt.text)
            occurrences = groups.get(nxt.text, [])
            if joinable and len(occurrences) > 1:
                # A repeated line continues this one only if one of its copies follows
                # a copy of this line; otherwise this line was cut and text pasted after.
                joinable = any(k > 0 and k != i + step and lines[k - step].text == cur.text
                               for k in occurrences)
            if not joinable:
                break
            if nxt.newlines_before >= 2 or step == 2:
                # a blank line or a page number inside a sentence; a single newline is how
                # PDF text wraps its lines, not a defect worth a row per line
                defects.append(Defect("page_break", cur.end, nxt.start,
                                      f"sentence split by a page break: …{cur.text[-6:]}|{nxt.text[:6]}…"))
            group.append(nxt)
            i += step
        para = Paragraph(tuple(group), kind, table.get(i, ()))
        if kind == "body" and not _terminal(para.text) and not BULLET.match(para.text) \
                and (i not in dup_of):
            defects.append(Defect("truncated", para.start, para.end,
                                  f"paragraph stops mid-sentence: …{para.text[-10:]}"))
        paras.append(para)
        i += 1
    return paras, defects


def _sentences(text: str) -> list[tuple[int, int]]:
    out, s = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((s, m.end()))
        s = m.end()
    if s < len(text):
        out.append((s, len(text)))
    return out


def _repeats(lines: list[Line], paras: list[Paragraph], dup_of: dict[int, int],
             line_index: dict[int, int]) -> tuple[list[Defect], list[tuple[int, int]]]:
    """Duplicate runs of lines, and tails of paragraphs that repeat earlier sentences."""
    defects: list[Defect] = []
    spans: list[tuple[int, int]] = []
    run: list[int] = []

    def close():
        if run:
            a, b = lines[run[0]].start, lines[run[-1]].end
            first = lines[dup_of[run[0]]]
            defects.append(Defect("duplicate", a, b,
                                  f"{len(run)} line(s) repeating text first given at offset {first.start}: "
                                  f"{lines[run[0]].text[:16]}…"))
            spans.append((a, b))
            run.clear()

    for i in range(len(lines)):
        if i in dup_of:
            run.append(i)
        else:
            close()
    close()

    seen: dict[str, tuple[int, int]] = {}  # sentence -> (paragraph, view start)
    for p, para in enumerate(paras):
        if para.kind != "body":
            continue
        has_dup = any(line_index[ln.start] in dup_of for ln in para.lines)
        sents = _sentences(para.text)
        for s, (a, b) in enumerate(sents):
            sent = para.text[a:b]
            if s == 0:  # 【导读】今年以来，… then 今年以来，… in the body: the same sentence
                tag = _TAG.match(sent)
                if tag:
                    a, sent = a + tag.end(), sent[tag.end():]
            if len(sent) < 15:
                continue
            if sent in seen and not has_dup:
                p0, a0 = seen[sent]
                # Extend back over the common tail of the preceding sentence.
                src = paras[p0].text
                x, y = a, a0
                while x > 0 and y > 0 and para.text[x - 1] == src[y - 1]:
                    x, y = x - 1, y - 1
                start, end = para.raw(x), para.end
                whole = x == 0 or _TAG.fullmatch(para.text[:x]) is not None
                defects.append(Defect("duplicate" if whole else "misplaced", start, end,
                                      f"paragraph {'repeats' if whole else 'tail repeats'} text first given at "
                                      f"offset {paras[p0].raw(y)}: {para.text[x:x + 16]}…"))
                spans.append((start, end))
                break
            seen.setdefault(sent, (p, a))
    return defects, spans


# ---------------------------------------------------------------- places


# 长岭县委常委、组织部部长 王丽娟：…, 赵文军：…: a transcript's speaker, with or without their office
_SPEAKER = re.compile(r"^(?:([^：:。，,]{2,30}?)[ \u3000])?([\u4e00-\u9fff]{2,4})[：:]")


_NAMED_PROJECT = re.compile(r"^([^：:。，,；;！？0-9]{4,30}(?:项目|項目|工程|行动|行動))[：:](?=.{10})")
# 买买提·艾力（阿图什市上阿图什镇库木萨克村党支部书记）：…, 张丽（女，…）: a list of people honoured
_HONOREE = re.compile(r"^[\u4e00-\u9fff·]{2,12}[（(](?:(?:女|男|[\u4e00-\u9fff]{1,4}族)[，,、])*(?=[^（()）]{2,30}[）)][：:])")


def _lead_place(para: Paragraph, within: str | None = None) -> str | None:
    """The place a paragraph is about when its body opens with a place name, or, in a report
    above the county (`within` a prefecture or province), with the name of a town that only
    one county inside it has.

    健全组织体系。江口县着力构建… -> 520621; 大陈乡是“乡村合伙人”制度的先行地 (浙江省) -> 330881
    """
    text = para.text
    starts = [0]
    if _NUM_SUB.match(text) or _NUM_ITEM.match(text):
        starts.append(_strip_number(text))  # （一）卓资县：“红色网格”织密服务网。…, 1. 泾川县，94.6分。…
    speaker = _SPEAKER.match(text)
    if speaker and not speaker[1]:
        starts.append(speaker.end())  # 赵文军：宁江区推行“社区大党委”…
    m = _SENTENCE_END.search(text)
    if m and m.end() <= 25:
        starts.append(m.end())  # after a lead sentence: 健全组织体系。江口县…
    honoree = _HONOREE.match(text)
    if honoree:
        starts.append(honoree.end())  # 张丽（女，阿图什市格达良乡网格员）：…: a person and where they serve
    wide = within and getattr(localities.by_code(within), "level", "county") != "county"
    for lead_end in starts:
        if text.startswith(("在", "以"), lead_end):
            lead_end += 1  # 在于都县梓山镇潭头村，…; 以汉川市为例，…
        if wide and TOWN_KIND.search(text, lead_end, lead_end + 12):
            towns = localities.town_mentions(text[lead_end:lead_end + 12])
            if towns and towns[0][0] == 0:
                town = localities.town_place(text[lead_end:lead_end + towns[0][1]], within=within)
                if town:
                    return town
        child = localities.stopped_child(text[lead_end:lead_end + 8], within) if wide else None
        if child and not text.startswith(("、", "和", "与"), lead_end + len(localities.by_code(child).name_zh)):
            return child  # 老城区推行… in a report on 洛阳市 (not 老城区、西工区是…: a list of places)
        if not localities.opens_with_name(text[lead_end:lead_end + 12]):
            continue  # the cheap test first: most paragraphs open with no place
        for a, b, code in localities.find_mentions(text[lead_end:lead_end + 24]):
            if a == 0 and not text.startswith("、", lead_end + b):
                return code  # (在广州、深圳、东莞等地组建…: a list of places is where, not what it is about)
            break
    return None


TOWN_KIND = re.compile(r"镇|鎮|乡|鄉|街道|苏木")  # (extract.py reads clauses with it)


# 关于…, 中共会泽县委关于…: words before the place a title opens with
_TITLE_LEAD = re.compile(r"^(?:中共)?(?:关于)?(?:印发)?《?")
# A title naming its issuer, an organ of a place: 中共聊城市委社会工作部…, 德阳市人民政府关于…
_ORGAN = r"(?:委|人民政府|政府|人大|政协|纪委)"  # the organs of a place: 市委, 县人民政府, 市政协
_ORGAN_TITLE = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{1,12}?(?:省|市|州|盟|地区)" + _ORGAN)
_SERIAL_CELL = re.compile(r"^(?:第?[0-9一二三四五六七八九十]{1,3}(?:名|位)?|[0-9]{1,3}[.．、]?)$")
_DATED = re.compile(r"[ \u3000]+[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$")  # 娄底市委社会工作部　　2025年7月18日
# A letterhead naming an organ: 兴安盟委组织部, 孝感市人民政府办公室
_ORGAN_LINE = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:省|市|州|盟|地区|县|区|旗)" + _ORGAN + r"[\u4e00-\u9fff]{0,8}$")
# A title speaking of its own prefecture or province: 关于我市…, 我省山区海岛县… (not 全省…案例
# 申报表, 全市…会议: the scope of a contest or a meeting a county takes part in)
_OWN_LEVEL = (("province", re.compile(r"我省")), ("prefecture", re.compile(r"我市|我盟|我州|全州|全盟|我地区|我地區")))


_ORGAN_AFTER = re.compile(r"(?:人大|人民政府|政府|区委|县委|市委|政协|纪委|监委|党委|委员会|民政局|社会工作部|组织部)")
_CITY_OWN = re.compile(r"全市|我市|本市|各区（县）|各区县|各县（市、区）|各县区")
# 万组字〔2025〕41号: a county organ's document number, opening with the county's first character
_DOC_NUMBER = re.compile(r"^(?P<abbr>[\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}[〔\[［][0-9０-９]{4}[〕\]］][0-9０-９]{1,4}号")
_OWN_COUNTY = re.compile(r"全县|我县|本县|全縣|我縣")


def _doc_place(paras: list[Paragraph], idx: list[int], title: str) -> str | None:
    """The place a report is about: the county-level unit it names (`_named_place`), else the
    one its towns and 街道 lie in.

    A report from below the county often never names it: 丰产路街道党工委书记抓基层党建工作述职报告
    -> 410105 (金水区), the only unit with a 丰产路街道. Above a named prefecture only the title
    and the lines around the text are read, not the body, whose towns may be examples.
    A town also outweighs a county the text names only in passing: one that the title and the
    lines around it do not name (什刹海街道工作信息 … 胡同平房区 is 西城区, not 哈尔滨's 平房区), or
    one named only by a bare stem (望江台社区 … 解放碑街道 is 渝中区: 望江县 is never written).
    """
    place = _named_place(paras, idx, title)
    titled = _title_place(title or "") is not None  # 碧江区：… names its place itself
    if not idx:
        return place
    loc = localities.by_code(place) if place else None
    if loc and loc.level == "prefecture" and not titled and any(_OWN_COUNTY.search(paras[p].text) for p in idx[:8]):
        # 关于全县…的报告 … 与永州职业技术学院合作 … 中共东安县委组织部: a report on its own county,
        # which only its signature names, is that county's, not the city's its text names in passing
        signed = _furniture_county(paras, idx)
        if signed and any(x.code == place for x in localities.lineage(signed)):
            return signed
    kicker = next((paras[p].text for p in range(max(0, idx[0] - 2), min(len(paras), idx[0] + 2))
                   if paras[p].kind == "debris" and paras[p].text.endswith("——")), "")
    kicked = _chain_place(kicker) if kicker else None
    if kicked and getattr(localities.by_code(kicked), "level", "") == "county":
        return kicked  # 河北南宫—— / “红色议事厅”议出乡村新气象 / 本报石家庄…电: the kicker names the place
    headline = _TITLE.match(title or "")
    loc = localities.by_code(place) if place and headline else None
    if loc and loc.level != "county":
        # 海南日报… / 东方：“海上网格”护航渔村安宁: a headline opening with a county's name that is also
        # an ordinary word (东方) is that county of the province the masthead names
        child = localities.stopped_form_within(headline["place"], place)
        if child:
            return child
    if loc is None and place and getattr(localities.by_code(place), "level", "") == "prefecture":
        # 新城区人大常委会…工作总结 … 《呼和浩特市物业管理条例》: a title opening with an organ of a
        # district whose name is an ordinary word is that district of the city the text names
        lead = _TITLE_LEAD.sub("", title or "")
        child = localities.stopped_child(lead, place)
        if child and _ORGAN_AFTER.match(lead, len(localities.by_code(child).name_zh)):
            return child
    subtitle = next((paras[p].text for p in idx[:3] if paras[p].text.startswith("—")), "")
    # (盐山：“一格三员”… / ——我省党建引领基层治理见闻之十二: a series' subtitle does not override the
    # place a title names itself)
    mine = next(((level, m[0]) for level, rx in _OWN_LEVEL
                 if (m := rx.search(title + ("" if titled else subtitle)))), None)
    own = mine[0] if mine else None
    if own and place:
        # 关于我市城市社区…的调研报告 … 赴小店区、迎泽区: the text's first district is an example of
        # 我市 (but the 我市 of a county-level city, 长葛市, is that city); a subtitle says it too
        # (——我省山区海岛县…见闻)
        lin = localities.lineage(place)
        loc = lin[-1]
        if not (mine[1] == "我市" and loc.level == "county" and loc.name_zh.endswith("市")):
            return next((x.code for x in lin if x.level == own), place)
    head = [title] + [paras[p].text[:200] for p in _furniture(paras, idx)]
    opening = head + [paras[p].text[:200] for p in idx if paras[p].kind == "body"][:3]
    loc = localities.by_code(place) if place else None
    if loc and loc.level == "county" and loc.parent_code and not titled \
            and not loc.name_zh.endswith("市") and any(_CITY_OWN.search(paras[p].text) for p in idx[:8]) \
            and not any(_OWN_COUNTY.search(paras[p].text) or "全区" in paras[p].text for p in idx[:8]):
        # 关于…12345…工单办理情况的通报 … 全市 … 新市区、水磨沟区、沙依巴克区、米东区: a city's report
        # ranking its districts is the city's, not its first district's (but 长葛市's 全市 is its own,
        # and 崇阳县's report says 全县 and ranks itself in 全市)
        siblings = {c for p in idx for _, _, c in localities.find_mentions(paras[p].text)
                    if getattr(localities.by_code(c), "parent_code", None) == loc.parent_code}
        if len(siblings) >= 3:
            return loc.parent_code
    if loc and loc.level == "county":
        town = localities.town_place("\n".join(head))
        if town and place in {c for _, _, c in localities.find_mentions("\n".join(head))}:
            town = None  # the title names the county too
        if town is None and not any(loc.name_zh in paras[p].text for p in idx):
            # a county written only as a bare stem (幸福城阳): the opening's towns, else the
            # county the signature or letterhead names (城阳街道 … 中共莒县城阳街道工作委员会)
            town = localities.town_place("\n".join(opening)) or _furniture_county(paras, idx)
            stems = localities.short_forms(loc.name_zh, loc.level)[1]
            if town is None and any(("\n".join(head))[a:b].startswith(tuple(stems)) and place not in codes
                                    for a, b, codes in localities.town_mentions("\n".join(head)) if stems):
                # 月湖街道××社区 … “月湖邻里食堂”: the stem is the 街道's own name, not 月湖区; a name
                # several districts give a 街道 leaves the place unknown
                return None
        return town if town and not _related(town, place) else place
    if loc and loc.level == "prefecture":
        # 淮安市 in the text, 发文单位：中共盱眙县委社会工作部 on the page: the issuing county's reply
        issuer = _furniture_county(paras, idx, head_only=True)
        if issuer and _related(issuer, place):
            return issuer
        abbr = next((m["abbr"] for p in _furniture(paras, idx) if (m := _DOC_NUMBER.match(paras[p].text))), None)
        own_county = any(_OWN_COUNTY.search(paras[p].text) for p in idx[:6])
        county = localities.child_by_initial(place, abbr) if abbr and own_county else None
        if county and not titled:
            # 万组字〔2025〕41号 / 全县…运城职业技术大学: a county's document numbers open with its
            # first character; of the city's counties, one begins 万
            return county
        if not titled and not localities.find_mentions(title or ""):
            # 对县政协…第0056号提案的答复 / 发布机构：三都水族自治县委社会工作部 … 到贵阳市务工: a
            # title naming no place is the issuing county's, not the first city its text names
            issuer = _furniture_county(paras, idx, head_only=True, issuer=True)
            if issuer:
                return issuer
    return localities.town_place("\n".join(head if place else opening), within=place) or place


_ISSUER_FIELD = re.compile(r"(?:发布机构|發布機構|发文单位|發文單位|发文机关|發文機關|发布单位|發布單位)[:：][ \u3000]*")


def _furniture_county(paras: list[Paragraph], idx: list[int], head_only: bool = False,
                      issuer: bool = False) -> str | None:
    """The county-level unit named by the page furniture (a signature, a letterhead, a
    发文单位 line), written in full; with `head_only`, by the lines around the title alone;
    with `issuer`, by a field naming the issuing organ (发布机构：三都水族自治县委社会工作部)."""
    near = range(max(0, idx[0] - 3), min(len(paras), idx[0] + 3))
    for p in (q for q in _furniture(paras, idx) if not head_only or q in near):
        text = paras[p].text
        if text.endswith(("：", ":")):
            continue  # 泸县、合江县…党委社会工作部：: those addressed, not the issuer
        if issuer:
            m = _ISSUER_FIELD.search(text)
            text = text[m.end():m.end() + 30] if m else ""
        for a, b, code in localities.find_mentions(text):
            loc = localities.by_code(code)
            if loc and loc.level == "county" and text[a:b] == loc.name_zh:
                return code
    return None


def _related(a: str, b: str) -> bool:
    return any(x.code == b for x in localities.lineage(a)) or any(x.code == a for x in localities.lineage(b))


def _named_place(paras: list[Paragraph], idx: list[int], title: str) -> str | None:
    """Title prefix (碧江区：…), else the deepest of the first chain of places in the text."""
    name = _title_place(title) if title else None
    code = localities.resolve(name) if name else None
    if code:
        return code
    body = _body_place(paras, idx, own_unnamed=bool(re.search(r"我(?:县|区|市|旗|州|镇|乡)", title)))
    # (a 简报's title, its 内部资料 and 第9期 lines, then the issuer: 中共乐山市委社会工作部　2025年4月18日)
    issuer = next((paras[p].text for p in range(max(0, idx[0] - 3), min(len(paras), idx[0] + 4))
                   if paras[p].kind == "debris" and (paras[p].text.startswith("中共")
                                                     or _ORGAN_LINE.match(_DATED.sub("", paras[p].text))
                                                     or _CENTRE_OR_OFFICE.match(paras[p].text)
                                                     or _JOINT_ORGANS.match(_DATED.sub("", paras[p].text)))
                   and not paras[p].text.endswith(("：", ":"))), "") if idx else ""  # (not its addressees)
    head = _chain_place(issuer) if issuer else None
    if head and not (body and any(x.code == head for x in localities.lineage(body))):
        # 中共临猗县委组织部 / 关于举办…培训班的通知 … 赴浙江…: the letterhead names the issuer's
        # place before any place the text goes on to name
        return head
    if head and not name and localities.by_code(head).level != "county" \
            and all(code == head for _, _, code in localities.find_mentions(title)):
        # 督查通报 / 中共德阳市委办公室督查室 … 广汉市…: a city's organ reports on the city; the
        # counties its text names are examples (a 简报 titled 乐山社会工作动态 too)
        return head
    if not name and title:
        # 会泽县党建引领基层治理工作情况汇报: a title opening with its place, unless the text
        # names a unit inside it (the title 贵州省…, the text 铜仁市碧江区…)
        top = _chain_place(_TITLE_LEAD.sub("", title)[:16], at_start=True)
        if top and (_ORGAN_TITLE.match(title) or _COMPILATION.search(title)) and localities.by_code(top).level != "county":
            # 中共聊城市委社会工作部2024年工作总结, 青海省城乡社区治理典型案例汇编（2025）: the city's or
            # province's own document, its counties examples
            return top
        if top:
            # …unless the text's place comes late, as an example (以汉川市为例, a county's section)
            early = [p for p in idx if paras[p].kind == "body"][:2]
            near = next((c for c in (_chain_place(paras[p].text[:200]) for p in early) if c), None)
            counties = {c for p in early for _, _, c in localities.find_mentions(paras[p].text[:200])
                        if getattr(localities.by_code(c), "level", "") == "county"}
            if len(counties) >= 2:
                return top  # 松原市…新闻发布会实录 / the host names the counties whose officials speak
            return body if body and body == near and any(x.code == top for x in localities.lineage(body)) else top
        # 通州区接诉即办工作月度分析报告 … “北京12345”: a shared name opening the title is the
        # unit under the place the text names
        shared = localities.codes_for(localities.opening_name(_TITLE_LEAD.sub("", title)))
        for c in shared if body else ():
            if any(x.code == body for x in localities.lineage(c)):
                return c
        # 关于西湖区推进物业管理… / …南浦街道整合42个零散小区: a shared name the text's towns decide
        code = localities.decided_by_towns(shared, "\n".join(paras[p].text for p in idx)) if not body else None
        if code:
            return code
    if name and body:
        # 朝阳区：… then 北京市朝阳区… in the text: the title's unit under (or at) the body's place
        code = localities.resolve(name, within=body)
        for c in localities.codes_for(name):
            if c == body or any(x.code == body for x in localities.lineage(c)):
                return c
        if code:
            return code
    return body


def _body_place(paras: list[Paragraph], idx: list[int], own_unnamed: bool = False) -> str | None:
    """The deepest of the first chain of places in the text (贵州省铜仁市碧江区), else of
    the page furniture around it: the byline under the title (劲松街道工委办　北京朝阳劲松　…)
    or the signature at the end (中共花垣县双龙镇委员会: a town report names its county there).

    A report on 我县 (own_unnamed: 关于我县…对标康保、沽源两县情况的调研报告) names others
    first: its issuer's line (中共张北县委政策研究室) is read before the text."""
    if not idx:
        return None
    text = [p for p in idx if paras[p].kind == "body"]
    furniture = _furniture(paras, idx)
    for p in (furniture + text if own_unnamed else text + furniture):
        code = _chain_place(paras[p].text[:200])
        if code:
            return code
    return None


_TOC_LINE = re.compile(_TOC)


def _furniture(paras: list[Paragraph], idx: list[int]) -> list[int]:
    """The page furniture around a report: bylines under its title, signatures after it (not
    the lines of a table of contents, which name the sections' places)."""
    return [p for p in (*range(max(0, idx[0] - 3), min(len(paras), idx[0] + 6)),
                        *range(max(0, idx[-1] - 4), min(len(paras), idx[-1] + 5)))
            if paras[p].kind == "debris" and not _TOC_LINE.search(paras[p].text)]


# 落实省委、阜阳市委部署; 在阜阳市排名第二: a body above the report's place that it obeys or is
# ranked in, not the place it is about
_OBEYS = re.compile(r"落实|贯彻|按照|根据|按")
_RANKED_IN = re.compile(r"排名|排第|位列|位居|名列")


def _above(text: str, a: int, b: int) -> bool:
    if text.startswith(("委", "政府", "人民政府"), b):
        clause = text[max(0, a - 12):a]
        return _OBEYS.search(clause[max(clause.rfind(c) for c in "，,。；;") + 1:]) is not None
    return text[a - 1:a] == "在" and _RANKED_IN.match(text, b) is not None


# 蔬菜销往西安、兰州等地, 到宁波、温州等地务工, 赴浙江、江苏等地跟班学习: where goods go or people
# work or learn, not the place reported on
_TRADE_TO = re.compile(r"(?:销往|銷往|运往|運往|发往|發往|远销|遠銷|销售到|銷售到|销到|銷到|输往|輸往|出口到|外出到|到|赴|前往)"
                       r"[\u4e00-\u9fff、]{0,16}$")


_AND_OTHERS = re.compile(r"[\u4e00-\u9fff、]{0,16}?等(?:地|城市|省市|省份|大中城市)")


# 在广东、浙江务工的村民: where people work away from home
_WENT = re.compile(r"(?:在|到|赴|去)(?:[\u4e00-\u9fff]{1,8}、)*$")
_WORK_AWAY = re.compile(r"[\u4e00-\u9fff、]{0,12}?(?:等地)?(?:务工|打工|经商|就业|創業|创业|求学|定居|生活)")


def _elsewhere(text: str, a: int, b: int) -> bool:
    if _AND_OTHERS.match(text, b) is not None and _TRADE_TO.search(text, max(0, a - 20), a) is not None:
        return True
    return _WENT.search(text, max(0, a - 16), a) is not None and _WORK_AWAY.match(text, b) is not None


def _chain_place(text: str, at_start: bool = False) -> str | None:
    """The deepest unit of the first chain of places in `text` (贵州省铜仁市碧江区); several
    counties of one prefecture named together stand for the prefecture (赣州市于都、兴国两县)."""
    mentions = [m for m in localities.find_mentions(text) if not _above(text, m[0], m[1])
                and not _elsewhere(text, m[0], m[1])]
    if not mentions or at_start and mentions[0][0] != 0:
        return None
    chain = [mentions[0]]
    for a, b, code in mentions[1:]:
        # 贵州省铜仁市碧江区: each unit inside the one before (西乌珠穆沁旗巴彦花镇 is not 巴彦县)
        if a - chain[-1][1] <= 1 and any(x.code == chain[-1][2] for x in localities.lineage(code)):
            chain.append((a, b, code))
        else:
            break
    if len(chain) > 1 and text[chain[-1][1]:chain[-1][1] + 1] in ("、", "和", "与"):
        chain.pop()  # 于都 is the first of the counties enumerated, not the place
    counties = {code for a, _, code in mentions
                if a < 40 and getattr(localities.by_code(code), "level", "") == "county"}
    parents = {localities.by_code(c).parent_code for c in counties}
    if len(counties) >= 2 and len(parents) == 1:
        return parents.pop()  # 关于于都、兴国、寻乌三县…: a report about the prefecture's counties
    best = chain[-1][2]
    for a, b, code in chain:  # prefer the deepest unit of 贵州省铜仁市碧江区
        loc = localities.by_code(code)
        if loc and loc.level == "county":
            best = code
    return best


# ---------------------------------------------------------------- structure

# (a bare 事项 column is a ledger's: 日期｜事项｜报到部门｜处置结果 lists problems, not measures)
_TASK_COLUMN = re.compile(r"^(?:(?:重点|主要)?(?:任务|举措|舉措|措施|工作)(?:名称|名稱|内容|內容)?|案例(?:名称|名稱)?|(?:重点|主要)(?:項目|项目)(?:名称|名稱|内容|內容)?|"
                          r"(?:重点|主要)?(?:事项|事項)(?:名称|名稱|内容|內容)|(?:重点|主要)(?:事项|事項))$")
_MEASURE_MAX = 24  # lead sentences of measures are short: 全面推进小区党组织建设。
# 聚焦“谁来管”，推动组织体系向下延伸。: a measure's lead of two clauses, the first naming its aim
# 建强队伍，让网格“活”起来。: a measure and what it makes of the field, in two clauses
_IN_FIELD = re.compile(r"^(在[^，,。；;“”]{2,8}上)[，,]")
_SO_THAT = re.compile(r"^[^，,]{2,10}[，,](?:让|使|讓)")
_AIMED = re.compile(r"^(?:聚焦|围绕|圍繞|紧扣|緊扣|紧盯|緊盯|瞄准|瞄準|着眼|著眼|立足|针对|針對|坚持|堅持|突出)")


def _lead(text: str) -> tuple[int, int] | None:
    """Span of a paragraph's lead sentence without its 。, if the paragraph has one."""
    m = _SENTENCE_END.search(text)
    if not m or m.group() not in "。；;" or m.end() >= len(text):
        return None
    return 0, m.start()


def _strip_number(text: str) -> int:
    """Length of the numbering, bullet or counter before a heading's words (📌亮点一｜…)."""
    for rx in (_NUM_THEME, _NUM_SUB, _NUM_PAREN_ITEM, _NUM_ITEM, _NUM_BAR, _NUM_SECTION, _NUM_CASE):
        m = rx.match(text)
        if m:
            return m.end()
    m = BULLET.match(text)
    if m:
        off = m.end()
        c = _COUNTER.match(text[off:])
        return off + (c.end() if c else 0)
    c = _COUNTER.match(text)
    return c.end() if c else 0


def segment(source: Source) -> Segments:
    text = source.text
    lines = split_lines(text)
    table = tables(lines)
    kinds = classify(lines, table)
    groups: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        if kinds[i] in ("body", "heading", "title") and len(ln.text) >= 8:
            groups.setdefault(ln.text, []).append(i)
    dup_of = {i: g[0] for g in groups.values() for i in g[1:]}
    line_index = {ln.start: i for i, ln in enumerate(lines)}

    paras, defects = _join_lines(lines, kinds, dup_of, groups, table)
    rep_defects, repeats = _repeats(lines, paras, dup_of, line_index)
    defects += rep_defects

    repeats = _merge(repeats)
    repeat_starts = [a for a, _ in repeats]

    def repeated(pos: int) -> bool:
        return span_at(repeats, repeat_starts, pos) is not None

    for para in paras:
        if para.kind == "caption":
            defects.append(Defect("caption", para.start, para.end,
                                  f"photo caption, not report text: {para.text[:20]}…"))

    # -- documents: a title starts one; text before the first title is a fragment
    starts = [p for p, para in enumerate(paras) if para.kind == "title"
              and not repeated(para.start)]
    content = [p for p, para in enumerate(paras) if para.kind not in ("debris", "caption")]
    bounds: list[tuple[int, list[int]]] = []
    if content and (not starts or content[0] < starts[0]):
        head = [p for p in content if not starts or p < starts[0]]
        if any(paras[p].kind == "body" for p in head):
            bounds.append((-1, head))
    for k, s in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(paras)
        bounds.append((s, content[bisect_left(content, s):bisect_left(content, stop)]))

    documents: list[Document] = []
    initiatives: list[Initiative] = []
    regions: list[Region] = []
    plans: list[tuple[int, int]] = []
    truncated_at = sorted(d.start for d in defects if d.kind == "truncated")
    for d, (title_p, idx) in enumerate(bounds):
        title = paras[title_p].text if title_p >= 0 else ""
        place = _doc_place(paras, idx, title)
        start, end = paras[idx[0]].start, paras[idx[-1]].end
        if title_p < 0:
            completeness = "fragment" if starts else "complete"
        else:
            k = bisect_left(truncated_at, start)
            completeness = "truncated" if k < len(truncated_at) and truncated_at[k] < end else "complete"
        doc_regions = _regions(paras, idx, place, dup_of, line_index)
        regions += doc_regions
        if any(r.start > start for r in doc_regions) and completeness == "complete":
            completeness = "truncated"
        documents.append(Document(d, title, start, end, place, completeness, tuple(idx)))
        found, doc_plans = _structure(d, paras, idx, title_p, place, doc_regions, repeated)
        initiatives += found
        plans += doc_plans
        for r in doc_regions:
            if r.paragraphs > 1:
                defects.append(Defect("foreign_fragment", r.start, r.end,
                                      f"text of another place ({r.locality_code}) inside this report"))

    defects.sort(key=lambda x: (x.start, x.kind))
    return Segments(source, tuple(paras), tuple(documents), tuple(initiatives),
                    tuple(defects), tuple(sorted(regions, key=lambda r: r.start)), tuple(repeats), tuple(plans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


_PLACE_TAG = re.compile(r"^[【\[〔［]([\u4e00-\u9fff]{2,12})[】\]〕］]$|^([\u4e00-\u9fff]{1,12}(?:县|區|区|市|旗))$")


def _place_tag(text: str, place: str | None, own: set[str]) -> str | None:
    """The county a line such as 【神木市】 names, when it names nothing but that county; or a
    line that is a county's full name alone (思茅区 / 党建“红细胞”…: a collection's section)."""
    m = _PLACE_TAG.match(text.strip())
    if not m:
        return None
    code = localities.resolve(m[1] or m[2], within=place)
    loc = localities.by_code(code) if code else None
    if m[2] and (not loc or loc.name_zh != m[2]):
        return None  # a bare line must be the full name (城区, 市区 are words)
    return code if loc and loc.level == "county" and code not in own else None


def _place_heading(para: Paragraph, place: str | None, own: set[str]) -> str | None:
    """东至县：划细网格“绣花针”，精耕治理“责任田”。 on a line of its own: a county's section of a
    collection, up to the next such heading (its paragraphs go on without naming it)."""
    case = _NUM_CASE.match(para.text)  # (案例二　海北藏族自治州刚察县沙柳河镇：“帐篷议事厅”…, a digest's case)
    text = para.text[case.end():] if case else para.text
    m = _PLACE_LEAD.match(text) or _bracket_head(text)  # (【温宿：一张网格连民心】 too)
    if not m or len(text) > 40 or HAS_DIGIT.search(text) or len(para.lines) != 1:
        return None
    code = localities.resolve(m[1], within=place) or (_chain_place(m[1], at_start=True) if case else None)
    loc = localities.by_code(code) if code else None
    return code if loc and loc.level == "county" and code not in own else None


def _regions(paras, idx, place, dup_of, line_index) -> list[Region]:
    """Paragraphs about another place, grown into runs over the repeated block around them."""
    own = set()
    if place:
        own = {x.code for x in localities.lineage(place)}
    foreign: dict[int, str] = {}
    # 前郭尔罗斯蒙古族自治县委副书记 包海峰：… then 包海峰：我们在全县…: a transcript's speaker
    # answers for the place of the office that introduced them
    speakers: dict[str, str] = {}
    for p in idx:
        m = _SPEAKER.match(paras[p].text)
        if m and m[1]:
            hit = localities.find_mentions(m[1])
            if hit and hit[0][0] == 0:
                speakers.setdefault(m[2], hit[0][2])
    for p in idx:
        if paras[p].kind not in ("body", "table"):
            continue  # a table row naming a county (敦化市 702个 905名) is about that county
        hit = _lead_place(paras[p], place)
        if not hit and paras[p].kind == "table":
            # 第2	双峰县	92.3分…: a ranked row names its county after its rank
            for a, b in cells(paras[p].text)[1:2]:
                name = paras[p].text[a:b].strip()
                if name[-1:] in "县区市旗" and _SERIAL_CELL.match(paras[p].text[:cells(paras[p].text)[0][1]].strip()):
                    hit = localities.resolve(name, within=place)
        m = _SPEAKER.match(paras[p].text) if speakers and not hit else None
        if m and not m[1] and m[2] in speakers:
            hit = speakers[m[2]]
        if hit and hit not in own:
            loc = localities.by_code(hit)
            if loc and loc.level in ("county", "prefecture"):
                foreign[p] = hit

    first_of_dup = {v for v in dup_of.values()}

    def repeated_block(p: int) -> bool:
        return any(line_index[ln.start] in dup_of or line_index[ln.start] in first_of_dup
                   for ln in paras[p].lines)

    out: list[Region] = []
    pos = {p: k for k, p in enumerate(idx)}
    taken: set[int] = set()
    for p, code in foreign.items():
        if p in taken:
            continue
        k0 = k1 = pos[p]
        if repeated_block(p):
            while k0 > 0 and paras[idx[k0 - 1]].kind == "body" and repeated_block(idx[k0 - 1]) \
                    and foreign.get(idx[k0 - 1], code) == code:
                k0 -= 1
            while k1 + 1 < len(idx) and paras[idx[k1 + 1]].kind == "body" and \
                    repeated_block(idx[k1 + 1]) and foreign.get(idx[k1 + 1], code) == code:
                k1 += 1
        taken.update(idx[k0:k1 + 1])
        out.append(Region(paras[idx[k0]].start, paras[idx[k1]].end, code, k1 - k0 + 1))
    # 【神木市】 alone on a line: a collection's section from one county, up to the next such tag
    tags = [(p, code) for p in range(idx[0], idx[-1] + 1)
            # (a contents list's 周至县：村级组织“大比武”… is furniture: the section is where the title is)
            if (code := _place_tag(paras[p].text, place, own)
                or paras[p].kind != "debris" and _place_heading(paras[p], place, own))]
    sections: list[Region] = []
    for t, (p, code) in enumerate(tags):
        stop = tags[t + 1][0] if t + 1 < len(tags) else idx[-1] + 1
        body = []
        for q in idx[bisect_right(idx, p):bisect_left(idx, stop)]:  # (not the whole document per tag)
            if q in taken and foreign.get(q) != code:
                break
            if paras[q].kind in ("body", "table"):
                body.append(q)
        if body:
            taken.update(body)
            sections.append(Region(paras[body[0]].start, paras[body[-1]].end, code, len(body)))
    if sections:
        # the regions a section holds give way to it (one pass: a collection may have hundreds)
        los = [r.start for r in sections]
        def held(r: Region) -> bool:
            k = bisect_right(los, r.start) - 1
            return k >= 0 and r.end <= sections[k].end
        out = [r for r in out if not held(r)] + sections
    # 四、与宁乡市的比较: a heading naming another county makes its section about that county.
    for k, p in enumerate(idx):
        if paras[p].kind != "heading":
            continue
        named = [c for _, _, c in localities.find_mentions(paras[p].text, within=place)
                 if c not in own and getattr(localities.by_code(c), "level", None) == "county"]
        if len(set(named)) != 1:
            continue
        body = []
        for q in idx[k + 1:]:
            if paras[q].kind == "heading" or q in taken or foreign.get(q, named[0]) != named[0]:
                break  # regions must not overlap: stop where another place's text begins
            if paras[q].kind in ("body", "table"):
                body.append(q)
        if body:
            taken.update(body)
            out.append(Region(paras[body[0]].start, paras[body[-1]].end, named[0], len(body)))
    return sorted(out, key=lambda r: r.start)



# What a document is, not what it is about: 工作报告, 交流发言, 调研报告, 一线观察
_DESCRIPTION = re.compile(r"报告|發言|发言|讲话|講話|汇报|匯報|总结|總結|答复|答覆|调研|調研|观察|觀察|纪实|紀實|会议|會議|实录|實錄")
_DOCUMENT_KIND = re.compile(r"^(?:中共\S{2,24}?)?关于|"
                            # 我县召开党建引领基层治理现场推进会: news that a meeting was held
                            r"^[\u4e00-\u9fff]{0,8}(?:召开|召開|举行|舉行|举办|舉辦)[^，。]{2,30}(?:会|會|会议|會議)$|"
                            r"(?:报告|報告|经验交流|經驗交流|问答|問答|审议意见|審議意見|要闻|要聞|分析|白皮书|白皮書|摘编|摘編|"
                            r"实践与思考|實踐與思考|实践与探索|思考与探索|探析|探究|总结|總結|汇报|匯報|通报|通報|要点|要點|方案|答复|答覆|公示|"
                            r"情况|情況|简报|簡報|纪要|紀要|通知|决定|決定|评估|評估|实录|實錄|讲话|講話|发言|發言|"
                            r"公开|公開|信息|工作|申报表|申報表|统计表|統計表|指标统计|指標統計|一览表|明细表|登记表|日志|日誌|日记|解读|解讀|台账|臺賬|"
                            r"公报|公報|公告|广播稿|廣播稿|综述|綜述|提纲|提綱|打算|思路|汇编|彙編|材料|文件|"
                            r"周报|週報|月报|月報|季报|季報|年报|年報|记录|記錄|启示|啟示|"
                            r"材料之[一二三四五六七八九十]+)"
                            r"(?:[（(][^）)]{1,14}[）)]|——以[^，。]{2,30}为例){0,2}$")  # (…经验交流（第12期）: an issue)
# Documents whose sections name statistics or terms, never measures
_NO_INITIATIVES = re.compile(r"统计公报|統計公報|" + TERMS_TITLE)
_QUESTION = re.compile(r"怎么|怎样|如何|为何|為何|为什么|為什麼|[？?]$")
_PERIODICAL = re.compile(r"(?:简报|簡報|工作动态|工作動態|信息|通讯|通訊|快报|快報|专报|專報)$")
def _names_place(name: str, title: str) -> bool:
    """Whether `name` holds a place the title names, in full or short (“和美大理” under 大理州)."""
    for _, _, code in localities.find_mentions(title):
        loc = localities.by_code(code)
        strong, weak = localities.short_forms(loc.name_zh, loc.level)
        if any(f in name for f in strong | weak | {loc.name_zh} if len(f) >= 2):
            return True
    return bool(localities.find_mentions(name))


_COMPILATION = re.compile(r"(?:选编|選編|汇编|彙編|案例集)(?:[（(](?:之[一二三四五六七八九十0-9]+|[0-9]{4}年?(?:版|度)?)[）)])?$")
_COLUMN_TAG = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}[+＋]?[｜丨|]|【[^】]{1,8}】)")  # 书记访谈｜, 长文丨, 新华全媒+｜, 【观察】
_SUBTITLE = re.compile(r"——(?:访|專訪|专访).*$|——[^—]{2,40}(?:纪实|紀實|侧记|側記|调查|調查|观察|觀察|综述|綜述|"
                       r"会|會|会议|會議|直播|实录|實錄)$")  # (…——垫江县党建引领基层治理现场推进会: the occasion)
_TITLE_SLOGAN = re.compile(r"“([^”]{6,30})”")
_TITLE_NAME = re.compile(r"“([^”]{4,5})”")  # 张店区“红色物业”工作推进情况汇报: a short name in a document's title
_POST_TITLE = re.compile(r"^(?:#[^#\n]{1,20}#\s*)*【([^】]{4,40})】")
# A first sentence that is an answer, a means or a lesson does not sum up a section
# (答：一开始…, 通过“稻乡红网格”建设，…, 抓基层治理，必须…).
_NOT_A_THEME = re.compile(r"^(?:问|答|記者|记者)[:：]|^(?:通过|通過|随着|隨著|经过|經過)|必须|必須|应当|應當|"
                          # a feature's scene: 在岑溪市南渡镇调解中心，…; 走进平南县大安镇，…; 第一站来到…
                          r"^(?:在|走进|走進|来到|來到)[^，,。]{2,16}[，,]|^第[一二三四五六七八九十]站|" +
                          _NOT_A_NAME.pattern)
_CLAUSE_END = re.compile(r"[，,；;]")
_WORDS = re.compile(r"[\u4e00-\u9fff] ?[\u4e00-\u9fff]")  # a name has words (强 化 in OCR text), not '' before a stray ；
_QUOTED_NAME = re.compile(r"“[^”]{0,20}”")  # 深化“15分钟社区生活圈”建设: digits inside a name


def _lead_name(text: str) -> str:
    """一、取得的成效。… -> 取得的成效: a paragraph's text after its number, to its first stop."""
    rest = text[_strip_number(text):]
    m = _SENTENCE_END.search(rest)
    return rest[:m.start()] if m else rest


def _rank(text: str, heading: bool, numbered_themes: bool) -> int | None:
    """Level of a numbered paragraph or heading (一、 1, （一） 2, 1. 3, （1） 4), None for plain text."""
    for r, rx in enumerate((_NUM_THEME, _NUM_SUB, _NUM_ITEM, _NUM_PAREN_ITEM), 1):
        if rx.match(text):
            return r
    if heading:
        return 2 if numbered_themes else 1
    return None


def _structure(d: int, paras: list[Paragraph], idx: list[int], title_p: int, place: str | None,
               regions: list[Region], repeated) -> list[Initiative]:
    """Programme, themes and measures of one document."""
    out: list[Initiative] = []
    doc_end = paras[idx[-1]].end
    if title_p >= 0 and _NO_INITIATIVES.search(paras[title_p].text):
        return out, []  # 统计公报, 招聘公告: statistics and terms, no measures
    programme = None
    case_title = None  # the paragraph a compilation's header stands over, taken as the title
    if title_p >= 0:
        t = paras[title_p]
        nxt = next((p for p in idx if p > title_p), None)
        case = _TITLE.match(paras[nxt].text) if nxt is not None and _COMPILATION.search(t.text) \
            and paras[nxt].kind == "heading" else None
        if nxt is not None and _PERIODICAL.search(t.text) and paras[nxt].kind == "heading" \
                and not _strip_number(paras[nxt].text):
            # 社会工作简报 / 第9期 / 万宁市“椰乡驿站”让新就业群体…: a brief's name stands over its
            # article's headline
            t, case_title = paras[nxt], nxt
        elif case and (_title_place(paras[nxt].text) or localities.town_mentions(case["place"])):
            # 新时代“枫桥经验”典型案例选编（之七） / 瑞安市塘下镇：“三所联动”让…: the header of a
            # series stands over the case's own title
            t, case_title = paras[nxt], nxt
        m = _TITLE.match(t.text)
        a, b = (m.start("slogan") if m else 0), len(t.text)
        quoted = _TITLE_SLOGAN.findall(t.text) if not m else []
        if not quoted and not m and _DOCUMENT_KIND.search(re.sub(r"\s", "", t.text)):
            # 关于2024年度“百村示范”创建考评结果的通报: a title that says what the document is
            # names its programme in quotes (a slogan title, “三联三帮”聚合力…, is a programme whole)
            # (“和美大理” names its place, the brand of a city's conference, not a programme)
            quoted = [q for q in _TITLE_NAME.findall(t.text) if not _names_place(q, t.text)]
        tag = _COLUMN_TAG.match(t.text) if not m else None
        cut = _SUBTITLE.search(t.text, a)
        sub = next((paras[p] for p in idx if p > title_p), None)
        if len(quoted) == 1:
            # 大理州“党建引领基层治理 建设和美大理”新闻发布会实录: the slogan in quotes
            a = t.text.index(quoted[0])
            b = a + len(quoted[0])
        elif tag or cut:
            # 书记访谈｜让“红色网格”托起…——访哈尔滨市南岗区委书记: a column's tag and an
            # interview's or feature's subtitle frame the slogan
            a, b = (tag.end() if tag else a), (cut.start() if cut else b)
            if tag:
                placed = _TITLE.match(t.text[a:b])
                tagged = _bracket_head(t.text)
                if placed and _title_place(t.text[a:b]):
                    a += placed.start("slogan")  # 【奋进新征程】玛沁：雪域网格…: the slogan after its place
                elif tagged and tagged.end(2) == b:
                    a = tagged.start(2)  # 【走基层】二道边村：支部“领着干”…: a village's too
        elif not m and sub is not None and sub.kind == "body" and sub.text.startswith("——") and len(sub.text) <= 40 \
                and _DESCRIPTION.search(t.text) and not _DESCRIPTION.search(sub.text):
            # 在中共汾阳市委…全体会议上的工作报告（摘编） / ——坚持党建引领  激活基层治理“末梢神经”
            t, a, b = sub, len(sub.text) - len(sub.text.lstrip("—")), len(sub.text)
        elif not m and _DOCUMENT_KIND.search(re.sub(r"\s", "", t.text)):
            # 关于县委第五轮巡察…的通报, 桐乡市2024年度城乡社区治理工作情况报告: a title that only
            # says what the document is names no programme (the documents table has it)
            t = None
        if t is not None and not m and _QUESTION.search(t.text[a:b]):
            t = None  # 县长与网民面对面：基层治理“小事”怎么办好: a question, not a slogan
        if t is not None and not _WORDS.search(t.text[a:b]):
            t = None  # 一|: a tag with nothing after it names nothing
        if t is not None:
            s, e = t.raw_span(a, b)
            programme = Initiative(d, "programme", t.text[a:b], s, e, None, place, (t.start, doc_end))
            out.append(programme)
    else:
        # #话题# 【羌寨“议事坪”，议出和美新家园】走进…: a post's title opens its text
        first = next((paras[p] for p in idx if paras[p].kind == "body"), None)
        m = _POST_TITLE.match(first.text) if first else None
        if m:
            s, e = first.raw_span(m.start(1), m.end(1))
            programme = Initiative(d, "programme", m[1], s, e, None, place, (first.start, doc_end))
            out.append(programme)

    regions = sorted(regions, key=lambda r: r.start)
    region_starts = [r.start for r in regions]

    def region_of(pos: int) -> Region | None:
        return span_at(regions, region_starts, pos)

    has_headings = any(paras[p].kind == "heading" for p in idx if p != title_p)
    numbered_themes = any(_NUM_THEME.match(paras[p].text) for p in idx)
    # “榕树下议事”议出乡村新风 / ——福建诏安县探索村级协商议事新模式: the subtitle of a title that
    # names the programme is no theme (under …调研报告, ——以“红色网格”织密…治理网 names it)
    after = next((p for p in idx if p > title_p and paras[p].kind != "debris"), None) \
        if title_p >= 0 and programme is not None else None
    subtitle_p = after if after is not None and paras[after].kind == "heading" and paras[after].text.startswith("——") \
        else None
    body = [p for p in idx if p != title_p and p != case_title and p != subtitle_p]
    theme: Initiative | None = None
    pending: list[tuple] = []  # (level, name, s, e, parent, locality, para index)

    skip: int | None = None  # rank of a problems/lessons section being passed over
    back = False  # past the report's end: its appendices (附：…) and closing words (特此报告)
    # …or a page's list of other articles (相关推荐, 往期推荐, 精选留言): their headlines are no themes
    recommended = next((q for q in range(idx[0], idx[-1] + 1) if _RECOMMEND.match(paras[q].text)), len(paras)) \
        if idx else len(paras)
    plans: list[tuple[int, int]] = []  # raw spans of plans sections (end -1 while open)
    bounds: list[int] = []  # starts of sections that are no initiative: they end a theme
    for p in body:
        para = paras[p]
        if repeated(para.start):
            continue
        rank = _rank(para.text, para.kind == "heading", numbered_themes)
        ends = _BACK_MATTER.match(para.text) is not None
        if skip is not None and (rank is not None and rank <= skip or ends):
            skip = None  # (附：现场评议情况, 特此报告: what follows the plans is no plan)
            if plans and plans[-1][1] < 0:
                plans[-1] = (plans[-1][0], para.start)
        # an appendix of lists, tables or votes holds no initiatives; an attached report
        # (附：莲花镇2024年…工作情况, then its text) does
        back = back or ends and not any(paras[q].kind == "body" and len(paras[q].text) >= 80
                                        for q in body if q > p) or p >= recommended
        if skip is not None or back:
            continue
        if rank is not None and _NOT_MEASURES.match(_despace(_lead_name(para.text))):
            skip = rank  # its items are problems, lessons, results or plans, not measures
            if _PLAN_SECTION.match(_despace(_lead_name(para.text))):
                plans.append((para.start, -1))  # its figures are targets (see extract.py)
        reg = region_of(para.start)
        loc = reg.locality_code if reg else place
        parent_theme = None if reg else theme
        top = None if reg else programme
        if para.kind == "heading":
            off = _strip_number(para.text)
            name = _unmarked(para.text[off:]).rstrip("。：:")
            bracket = _bracket_head(para.text)
            if bracket:
                off, name = bracket.start(2), bracket[2]
            if name.startswith("【") and name.endswith("】") and "【" not in name[1:]:
                off, name = off + 1, name[1:-1]  # 【百家宴：一桌菜，一条心】
            if name.startswith("“") and name.endswith("”") and "“" not in name[1:] and "”" not in name[:-1]:
                off, name = off + 1, name[1:-1]  # “议什么，村民说了算”: a heading that is one saying
            placed = _TITLE.match(name) if not bracket else None
            if placed and "、" not in placed["place"] and _chain_place(placed["place"], at_start=True):
                # 一、邢台市内丘县：书记领办压实责任: the heading names its place, then the measure
                off, name = off + placed.start("slogan"), placed["slogan"]
            if _NOT_INITIATIVE.match(_despace(name)) or not _WORDS.search(name) or _RANK_LINE.search(name) \
                    or _DOCUMENT_KIND.search(name) and (name.startswith("关于") and _DOCUMENT_KIND.search(name, 2)
                                                        or name.endswith(("报告", "報告"))):
                # (督查通报 / 关于…推进情况的专项督查通报: the document's own title, again; a minutes'
                # item 二、关于网格员待遇保障 names its topic)
                continue
            lab = _LABELLED.match(name)
            if lab or _LABELLED.match(re.sub(r"[ \u3000]+", "", name)):  # (地　　点：…, a field padded to its column)
                # 案例名称：“楼院红管家”激活…, 申报单位：…, 办理状态：已办结: a form's fields name
                # no section; the case's name is the programme of a form without one
                if lab and lab[1] in _NAME_FIELDS and programme is None and not reg:
                    a_ = off + lab.end()
                    s_, e_ = para.raw_span(a_, off + len(name))
                    programme = Initiative(d, "programme", para.text[a_:off + len(name)], s_, e_, None, loc,
                                           (para.start, doc_end))
                    out.append(programme)
                    top = programme
                continue
            if _part_of_report(name):
                if not reg:  # 二、主要做法: its measures belong to the programme, not the theme before
                    theme = None
                    bounds.append(para.start)
                continue
            level = "theme"
            if _NUM_SUB.match(para.text) and numbered_themes:
                level = "measure"
            elif _NUM_ITEM.match(para.text) and (numbered_themes or has_headings):
                level = "measure"
            s, e = para.raw_span(off, off + len(name))
            init = Initiative(d, level, para.text[off:off + len(name)], s, e,
                              (parent_theme or top).start if level == "measure" and (parent_theme or top)
                              else (top.start if top else None), loc, (para.start, doc_end))
            pending.append((init, p))
            if level == "theme" and not reg:
                theme = init
            continue
        if para.kind == "table":
            # 序号 任务名称 数量 单位 / 1 新建改扩建村级党群服务中心 126 个: a table of tasks
            # lists named measures, one a row
            k = next((k for k, name in enumerate(para.head) if _TASK_COLUMN.match(name)), None)
            if k is not None and not _TOTAL_ROW.match(para.text[slice(*cells(para.text)[k])].strip()):
                a, b = cells(para.text)[k]
                parent = parent_theme or top
                s_, e_ = para.raw_span(a, b)
                pending.append((Initiative(d, "measure", para.text[a:b], s_, e_, parent.start if parent else None,
                                           loc, (para.start, para.end)), p))
            continue
        if para.kind != "body":
            continue
        if _SCRIPT_LINE.match(para.text):
            continue  # a script's spoken lines name no measure
        entry = _ENTRY.match(para.text)
        if entry and _NOT_ENTRY.search(entry[1]):
            continue  # 【核心提示】一张信用积分卡，串起了…, 【领导简介】: an editor's box or a sidebar, no measure
        if entry and not reg and len(para.text) > entry.end() + 20 and not _NOT_ENTRY.search(entry[1]) \
                and not _generic_section(entry[1]) and not _SCRIPT_LINE.match(para.text):
            # 【洪湖市“湖乡红网”】: the entry's place opens its name, the measure is what follows
            placed = _PLACE_QUOTE.match(entry[1])
            a_ = 1 + (placed.end(1) if placed and localities.opens_with_name(placed[1]) else 0)
            s, e = para.raw_span(a_, 1 + len(entry[1]))
            theme = Initiative(d, "theme", para.text[a_:1 + len(entry[1])], s, e, top.start if top else None, loc,
                               (para.start, doc_end))
            pending.append((theme, p))
            continue
        named = _NAMED_PROJECT.match(para.text)
        if named and not reg:
            # 临江苑社区“江滩睦邻”楼栋自治项目：在42栋楼推选楼栋长…: a project named, then described
            parent = parent_theme or top
            s_, e_ = para.raw_span(0, named.end(1))
            pending.append((Initiative(d, "measure", named[1], s_, e_, parent.start if parent else None, loc,
                                       (para.start, para.end)), p))
            continue
        items = list(_INLINE_ITEM.finditer(para.text))
        if len(items) == 1 and items[0].start() == 0 and not reg and len(_sentences(para.text)) == 1 \
                and para.text.endswith("。") and len(para.text) - items[0].end() <= 30:
            # 第一件事，我们把党支部建到楼院里。 alone: a speech's section heading
            a_, b_ = items[0].end(), len(para.text) - 1
            if not _NOT_A_THEME.search(para.text[a_:b_]) and _WORDS.search(para.text[a_:b_]):
                s_, e_ = para.raw_span(a_, b_)
                theme = Initiative(d, "theme", para.text[a_:b_], s_, e_, top.start if top else None, loc,
                                   (para.start, doc_end))
                pending.append((theme, p))
                continue
        numbered = _strip_number(para.text) if _NUM_SUB.match(para.text) else 0
        place_lead = _PLACE_LEAD.match(para.text[numbered:])
        if place_lead and (localities.opens_with_name(place_lead[1]) or _whole_town(place_lead[1])):
            # (莲塘镇：“物业+网格”管好城郊小区。…: a town's section of a city's bulletin too)
            # 秦安县：支部建在产业链上，果园变成“党建阵地”。该县…, （一）卓资县：“红色网格”织密服务网。…:
            # a section on one county, named after its place
            rest = para.text[numbered + place_lead.end():]
            lead = _lead(rest)
            if not lead and rest.endswith("。") and len(_sentences(rest)) == 1:
                lead = (0, len(rest) - 1)  # 东至县：划细网格“绣花针”，精耕治理“责任田”。 alone: its section's heading
            if lead and 4 <= lead[1] <= 40:
                a_ = numbered + place_lead.end()
                s_, e_ = para.raw_span(a_, a_ + lead[1])
                init = Initiative(d, "theme", para.text[a_:a_ + lead[1]], s_, e_, top.start if top and not reg else None,
                                  loc, (para.start, para.end))
                pending.append((init, p))
                continue
        # 一是… opening the paragraph, or 一是…二是… after a lead sentence (speech style)
        if items and (items[0].start() == 0 or len(items) >= 2):
            parent = parent_theme or top
            off = _strip_number(para.text)
            head = _lead(para.text[off:]) if off and _NUM_SUB.match(para.text) else None
            if head and off + head[1] < items[0].start() and head[1] <= 40 \
                    and not _NOT_A_NAME.search(para.text[off:off + head[1]]) and _WORDS.search(para.text[off:off + head[1]]):
                # （一）聚焦组织体系建设，夯实治理根基。一是健全组织链条。…: the numbered lead is a
                # measure too, besides the items it opens
                s_, e_ = para.raw_span(off, off + head[1])
                pending.append((Initiative(d, "measure", para.text[off:off + head[1]], s_, e_,
                                           parent.start if parent else None, loc, (para.start, para.end)), p))
            for k, m in enumerate(items):
                lead = _lead(para.text[m.end():])
                if lead and lead[1] > _MEASURE_MAX:
                    # 第一，推动“多网合一”，将综治、城管…设在…: a long sentence is named by its
                    # first clause when that is short
                    comma = _CLAUSE_END.search(para.text, m.end(), m.end() + lead[1])
                    if comma and 4 <= comma.start() - m.end() <= 16:
                        lead = (0, comma.start() - m.end())
                name = para.text[m.end():m.end() + lead[1]] if lead else ""
                if not lead or lead[1] > _MEASURE_MAX or _NOT_A_NAME.search(name) or _RESULT.search(name) \
                        or not _WORDS.search(name):
                    continue
                s, e = para.raw_span(m.end(), m.end() + lead[1])
                until = para.raw_span(items[k + 1].start(), items[k + 1].start())[0] if k + 1 < len(items) \
                    else para.end
                pending.append((Initiative(d, "measure", name, s, e, parent.start if parent else None, loc,
                                           (s, until)), p))
            continue
        if p > 0 and _CLOCK.match(paras[p - 1].text):
            continue  # 10:48 / 桂溪街道党工委书记作交流发言。…: a live blog's post tells what happened then
        field = _IN_FIELD.match(para.text)
        if field and para.kind == "body" and sum(1 for x in idx if paras[x].kind == "body" and _IN_FIELD.match(paras[x].text)) >= 3:
            # 在党员联户上，襄垣县推行… / 在基层减负上，… / 在矛盾化解上，…: parallel paragraphs each
            # open with the field of their measure
            s_, e_ = para.raw_span(0, len(field[1]))
            parent = parent_theme or top
            pending.append((Initiative(d, "measure", field[1], s_, e_, parent.start if parent else None, loc,
                                       (para.start, para.end)), p))
            continue
        off = _strip_number(para.text)
        lead = _lead(para.text[off:])
        if not lead and off and len(_sentences(para.text[off:])) == 1 and para.text.endswith("。"):
            lead = (0, len(para.text) - off - 1)  # 1.推进街道社区体制机制改革。 alone: a numbered heading
        if not lead:
            continue
        score = _SCORE_NOTE.search(para.text, off, off + lead[1])
        if score:  # 组织体系建设（分值20分，自评19分）。: the item, without its score
            lead = (lead[0], score.start() - off)
        name = para.text[off:off + lead[1]]
        if _NOT_INITIATIVE.match(_despace(name)) or not _WORDS.search(name):
            continue
        if _part_of_report(name) and (off or len(_sentences(para.text[off:])) == 1):
            if not reg:
                theme = None
                bounds.append(para.start)
            continue
        s, e = para.raw_span(off, off + lead[1])
        commas = name.count("，") + name.count(",")
        numbered_sub = bool(_NUM_SUB.match(para.text))
        if not has_headings and commas == 1 and len(name) <= 40 and not reg and not _NOT_A_THEME.search(name) \
                and (not numbered_sub or not numbered_themes) or (_NUM_THEME.match(para.text) and len(name) <= 40):
            init = Initiative(d, "theme", name, s, e, top.start if top else None, loc, (para.start, doc_end))
            theme = init
            pending.append((init, p))
        elif ((len(name) <= _MEASURE_MAX and commas == 0) or (off and len(name) <= 40)
              or (commas == 1 and len(name) <= 20 and (_AIMED.match(name) or _SO_THAT.match(name)))) \
                and not _NOT_A_NAME.search(_QUOTED_NAME.sub("", name)) \
                and not _INDICATOR_NAME.match(name) and not (_DASH_ITEM.match(para.text) and _RESULT.search(name)) \
                and not _TREND.search(name):
            parent = parent_theme or top
            init = Initiative(d, "measure", name, s, e, parent.start if parent else None, loc,
                              (para.start, para.end))
            pending.append((init, p))

    # A theme holds the text up to the next theme; fix the spans now that all are known.
    theme_starts = sorted([init.holds[0] for init, _ in pending if init.level == "theme"] + bounds)
    for init, p in pending:
        if init.level in ("measure", "theme") and (_DIRECTIVE.match(init.name_zh) or _AGENDA.match(init.name_zh)):
            continue  # 要在建强组织上再用力, 一要抓班子: a speech's directive, not a measure taken; 讨论…方案: an agenda item
        if init.level == "measure" and _LISTED.search(init.name_zh):
            continue  # 优秀网格员（20名）, 先进村（社区）（10个，名单见附件1）: a list's heading, not a measure
        if init.level == "theme":
            k = bisect_right(theme_starts, init.holds[0])
            init = Initiative(init.document, init.level, init.name_zh, init.start, init.end,
                              init.parent_start, init.locality_code,
                              (init.holds[0], theme_starts[k] if k < len(theme_starts) else doc_end))
        out.append(init)
    # 注释： / ① 有效问卷回收率95.5%: a report's notes after its plans or proposals state facts
    notes = [paras[q].start for q in range(idx[0], idx[-1] + 1) if _NOTES.match(paras[q].text)]
    return out, [(a, min([b if b >= 0 else doc_end] + [n for n in notes if n > a])) for a, b in plans]
