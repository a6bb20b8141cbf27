"""Segmentation in the house styles of the genre: titles, headings, debris, page breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import extract, extract_text
from pipeline.segment import FURNITURE, segment
from pipeline.sources import Source


def _seg(text: str):
    import hashlib

    data = text.encode("utf-8")
    return segment(Source("t.txt", text, hashlib.sha256(data).hexdigest(), len(data)))


def _names(text: str) -> dict[str, str]:
    return {i.name_zh: i.level for i in _seg(text).initiatives}


def test_debris_lines_are_not_initiatives():
    text = ("正定县：网格“小切口”撬动治理“大提升”\n\n河北日报记者 王佳宁 通讯员 刘志强\n\n"
            "【字体：大 中 小】  分享到\n\n强化网格建设 夯实治理基础\n\n全县划分网格1,200个。\n\n"
            "（责任编辑：孙明 校对：刘洋）\n\n相关链接：\n\n主办：中共正定县委办公室\n\n冀ICP备12345678号\n\n"
            "2024年12月20日\n\n— 2 —\n")
    names = _names(text)
    assert names == {"网格“小切口”撬动治理“大提升”": "programme", "强化网格建设 夯实治理基础": "theme"}


def test_a_page_number_inside_a_sentence_is_joined_over():
    text = "互助县：治理见实效\n\n今年全县坚持财政保障与社会参与并重，累计投入基层治理资金\n\n— 3 —\n\n1.36亿元，完成改造86个。\n"
    (money, _) = extract_text(text)
    assert (money.quote, money.subject_zh) == ("1.36亿元", "基层治理资金")
    assert text[money.start:money.end] == "1.36亿元"


def test_inline_enumerated_measures():
    text = ("黔东南州：村寨治理激活乡村善治\n\n一、健全村级组织体系\n\n"
            "一是建强村党组织。全州选派第一书记1,872名。二是发挥寨老作用。聘请寨老3,600余名。\n")
    names = _names(text)
    assert names["建强村党组织"] == "measure" and names["发挥寨老作用"] == "measure"


def test_a_headline_with_a_comma_is_the_title_of_an_untitled_page():
    text = "“枫桥经验”发源地，这样答好基层治理新考卷\n\n今年以来，浙江省诸暨市建成调解室120个。\n"
    seg = _seg(text)
    assert seg.documents[0].title == "“枫桥经验”发源地，这样答好基层治理新考卷"
    assert seg.documents[0].locality_code == "330681"


def test_bullet_headings_are_themes_and_colon_headings_are_not_titles():
    text = ("顺德区：村居治理共同体\n\n搭平台：让议事有“场”\n\n全区建成议事平台205个。\n\n"
            "■ 组织体系\n● 全市共有城市社区247个。\n")
    names = _names(text)
    assert names["搭平台：让议事有“场”"] == "theme"
    assert names["组织体系"] == "theme"


def test_a_shared_place_name_in_a_title_is_decided_by_the_text():
    beijing = _seg("朝阳区：接诉即办\n\n2024年，北京市朝阳区受理诉求182.6万件。\n")
    changchun = _seg("朝阳区：接诉即办\n\n2024年，吉林省长春市朝阳区受理诉求18万件。\n")
    assert beijing.documents[0].locality_code == "110105"
    assert changchun.documents[0].locality_code == "220104"
    assert beijing.documents[0].title == "朝阳区：接诉即办"


def test_generic_section_headings_are_not_initiatives():
    text = ("临汾路街道：全年工作总结\n\n一、基本情况\n\n街道辖区面积2.3平方公里。\n\n"
            "二、主要做法\n\n（一）夯实组织体系\n\n建立楼组党小组136个。\n\n三、存在的问题\n\n部分小区力量不足。\n")
    names = _names(text)
    assert "基本情况" not in names and "存在的问题" not in names
    assert names["夯实组织体系"] == "measure"


def test_an_inspection_s_findings_and_the_parts_of_minutes_are_not_initiatives():
    # set 90's 小微权力 notice: （二）公开不及时不全面 under 二、检查发现的问题 is a problem found
    text = ("关于红城镇村级小微权力清单运行情况的通报\n\n一、基本情况\n\n镇上推行“小微权力一码通”，各村张贴二维码公示牌64块。\n\n"
            "二、检查发现的问题\n\n检查组共抽查村级事项台账186份。\n\n（一）程序执行不到位。有4个村部分事项未按程序决策。\n\n"
            "（二）公开不及时不全面。9个村的财务公开滞后1个月以上。\n\n三、整改要求\n\n（一）压实整改责任。各村要在10月底前完成整改。\n")
    names = _names(text)
    assert not {"检查发现的问题", "程序执行不到位", "公开不及时不全面"} & set(names)
    # a 四议两公开 resolution's addressees and the parts of a 研判 meeting's minutes
    text = ("增家村“四议两公开”决议公告\n\n全体村民：\n\n经村党支部提议，修建村道1.2公里。\n\n一、议事过程\n\n"
            "参会党员42名。\n\n二、决议内容\n\n投资36万元。\n\n三、上周总体态势\n\n受理纠纷21件。\n\n四、主持人小结\n\n办结19件。\n")
    assert not {"全体村民", "议事过程", "决议内容", "上周总体态势", "主持人小结"} & set(_names(text))


def test_the_letterhead_of_a_centre_or_a_task_force_office_is_the_issuer_not_a_programme():
    # set 82: the office's name, then the feedback's title, then its number
    seg = _seg("城口县整治形式主义为基层减负专项工作机制办公室\n关于基层减负工作专项督查情况的反馈意见\n\n城减负办〔2025〕6号\n\n"
               "各乡镇（街道）党（工）委，县级各部门：\n\n按照县委统一部署，对25个乡镇（街道）开展专项督查。\n")
    assert [(d.title, d.locality_code) for d in seg.documents] == [("关于基层减负工作专项督查情况的反馈意见", "500229")]
    assert not any("办公室" in i.name_zh for i in seg.initiatives)
    seg = _seg("沙雅县社会治安综合治理中心\n周研判会议纪要\n\n（第36期）\n\n上周共受理矛盾纠纷46件，化解41件。\n")
    assert [(d.title, d.locality_code) for d in seg.documents] == [("周研判会议纪要", "652924")]
    assert not any("中心" in i.name_zh for i in seg.initiatives)


def test_a_county_news_page_s_credit_lines_are_furniture_and_its_paired_leads_are_initiatives():
    # set 96's 融媒体 story: 审核/责编/终审 under the text (read as headings, they hid its short
    # paired leads, 划细单元，寨寨有人管, which name its measures)
    path = next((Path(__file__).parent / "fixtures" / "heldout96").glob("03-*.txt"))
    names = _names(path.read_text(encoding="utf-8"))
    assert not any(n.startswith(("责编", "终审", "审核", "编辑")) for n in names)
    assert {"划细单元，寨寨有人管", "明确清单，事事有人办", "化解纠纷，小事不出寨"} <= set(names)
    assert not any("责编" in n for n in _names("网格织密 党员沉下去\n\n全市划分综合网格2,160个。\n\n[责编：王晓雪]\n"))


def test_a_post_s_bracketed_section_headings_of_a_name_and_a_slogan_are_themes():
    # set 98's 邻里节 post: 【邻里百家宴 吃出好味道】 heads a section; 【视频】, 【核心提示】 stay tags
    path = next((Path(__file__).parent / "fixtures" / "heldout98").glob("06-*.txt"))
    names = _names(path.read_text(encoding="utf-8"))
    assert {"邻里百家宴 吃出好味道", "跳蚤市场 旧物换新主", "红色物业 把服务送到家门口"} <= set(names)
    assert "秋高气爽，邻里情浓" not in names  # (the post's first sentence is no theme once it has themes)
    seg = _seg("【核心提示】\n\n全县划分网格1,200个。\n\n【视频】时长 03:26\n")
    assert not seg.initiatives


def test_the_state_of_a_field_of_work_is_a_theme_but_the_state_of_a_report_s_parts_is_not():
    text = ("2024年度社区党委书记抓基层党建工作述职报告\n\n一、履行第一责任人职责情况\n\n全年主持召开党委会24次。\n\n"
            "二、“吹哨报到”情况\n\n全年吹哨42次。\n\n三、网格体系建设情况\n\n划分网格26个。\n\n"
            "四、各社区派单及办理情况\n\n派单1,286件。\n\n五、总体运行情况\n\n运行平稳，受理诉求312件。\n\n"
            "六、“马背网格”运行情况\n\n随群转场1,260户次。\n")
    names = _names(text)
    assert [n for n in names if names[n] == "theme"] == ["履行第一责任人职责情况", "“吹哨报到”情况", "网格体系建设情况",
                                                         "“马背网格”运行情况"]


def test_a_digest_s_triangle_bullets_are_text_and_a_photo_s_triangle_is_a_caption():
    text = ("【数说】桐梓县党建引领基层治理半年“成绩单”\n\n■ 矛盾化解\n▲ 排查化解矛盾纠纷2,364起，化解率98.5%。\n"
            "▲ 全县连续24个月未发生重大群体性事件。\n▲9月18日，村民在“信用超市”兑换生活用品。　本报记者　于洋　摄\n"
            "▲邻里节现场\n")
    kinds = {p.text: p.kind for p in _seg(text).paragraphs}
    assert kinds["▲ 排查化解矛盾纠纷2,364起，化解率98.5%。"] == "body"
    assert kinds["▲9月18日，村民在“信用超市”兑换生活用品。　本报记者　于洋　摄"] == "caption"
    assert kinds["▲邻里节现场"] == "caption"
    assert [c.quote for c in extract_text(text)][:2] == ["2,364起", "98.5%"]


_POST = ("宁强：志愿同行\n\n🏠 02 “红马甲”走进网格\n在全县网格中设立志愿服务岗210个。\n\n"
         "🍚 03 “爱心食堂”暖胃更暖心\n全县已建成“爱心食堂”23个。\n\n—— END ——\n\n文字｜李某　　图片｜张某　　审核｜刘某\n")


@pytest.mark.parametrize("text, expected", [
    # a 公众号's headings without the emoji after them, and behind an emoji and a counter (🏠 02)
    ("华宁县：网格连民心\n\n组织建在网格上 ✨\n\n全县划分网格412个。\n\n小区治理有了“主心骨” 🏘️\n\n组建小区党支部38个。\n",
     {"组织建在网格上": "theme", "小区治理有了“主心骨”": "theme"}),
    (_POST, {"“红马甲”走进网格": "theme", "“爱心食堂”暖胃更暖心": "theme"}),
    # a paragraph's lead of a measure and what it makes of the field
    ("砚山：网格连民心\n\n一、组织体系\n\n建强队伍，让网格“活”起来。全县共划分网格1,286个。\n\n"
     "打通数据，让平台“联”起来。砚山依托县综治中心建起指挥平台。\n",
     {"建强队伍，让网格“活”起来": "measure", "打通数据，让平台“联”起来": "measure"}),
], ids=["emoji after", "emoji and counter before", "lead of a measure"])
def test_headings_and_leads_of_posts_and_news_name_their_initiatives(text, expected):
    names = _names(text)
    assert {n: names.get(n) for n in expected} == expected, names


def test_a_post_s_credits_and_end_are_furniture():
    kinds = {p.text: p.kind for p in _seg(_POST).paragraphs}
    assert kinds["—— END ——"] == kinds["文字｜李某　　图片｜张某　　审核｜刘某"] == "debris"


def test_parallel_paragraphs_opening_with_the_field_of_their_measure_name_it():
    text = ("襄垣：“三联三化”激活基层治理\n\n在党员联户上，襄垣县推行“党员中心户”制度，每名党员联系8至12户群众。\n\n"
            "在基层减负上，全县清理各类工作群312个。\n\n在矛盾化解上，全县化解纠纷1,126件。\n\n"
            "在县城，记者看到一处新建的驿站。\n")
    names = _names(text)
    assert [n for n in names if names[n] == "measure"] == ["在党员联户上", "在基层减负上", "在矛盾化解上"], names


def test_minutes_fields_and_parts_of_an_assessment_are_not_initiatives():
    text = ("榕根社区居民议事会会议纪要\n\n会议地点：榕根社区党群服务中心二楼会议室\n\n"
            "主持人：陈海燕（社区党委书记、居委会主任）\n\n记录人：符小梅\n\n"
            "应到议事代表35名，实到31名。\n\n会议决定\n\n充电桩由社区党委牵头建设。\n\n"
            "总体评价\n\n群众满意度达到92.3%。\n\n分区域结果\n\n城区满意度93.1%。\n\n"
            "强化网格建设\n\n全区划分网格212个。\n\n与会代表签字（略）\n")
    names = _names(text)
    assert names == {"强化网格建设": "theme"}, names


def test_a_heading_naming_another_county_places_its_section_there():
    text = ("浏阳市：幸福屋场\n\n一、主要做法\n\n浏阳市建设屋场1,200个。\n\n四、与宁乡市的比较\n\n"
            "同属长沙市的宁乡市在全市279个村（社区）建立议事会4,600余个。\n\n五、几点启示\n\n浏阳市还需完善机制3项。\n")
    places = {c.quote: c.locality_code for c in extract_text(text)}
    assert places == {"1,200个": "430181", "279个": "430182", "4,600余个": "430182", "3项": "430181"}


def test_four_level_numbering_and_numbered_one_sentence_headings():
    text = ("包河区：党建引领城市基层治理工作总结\n\n一、主要工作及成效\n\n（一）健全组织体系，夯实基层治理根基\n\n"
            "1.推进街道社区体制机制改革。\n\n（1）深化社区“大党委”建设。全区11个街道全部建立大工委。\n\n"
            "（2）推进社区减负增效。清理社区工作事项36项。\n")
    names = _names(text)
    for name in ("推进街道社区体制机制改革", "深化社区“大党委”建设", "推进社区减负增效"):
        assert names[name] == "measure", name


def test_enumerated_measures_after_a_lead_sentence():
    text = ("昆山市：网格治理\n\n我们坚持以群众需求为导向，推动服务资源向网格集聚。一是打造服务阵地。全市建成服务站1,432个。"
            "二是推行网格吹哨。全年上报事件46.2万件。\n")
    names = _names(text)
    assert names["打造服务阵地"] == "measure" and names["推行网格吹哨"] == "measure"


def test_a_report_on_several_counties_belongs_to_their_prefecture():
    text = ("红色资源赋能基层治理的赣南实践\n\n——关于于都、寻乌两县党建引领基层治理的调研报告\n\n"
            "赣州市辖18个县（市、区）。\n\n（一）于都县：激活党员服务力量\n\n于都县组建服务队120支。\n")
    seg = _seg(text)
    assert seg.documents[0].locality_code == "360700"
    places = {c.quote: c.locality_code for c in extract_text(text)}
    assert places == {"18个": "360700", "120支": "360731"}


def test_that_district_and_the_city_s_own_departments_in_a_city_s_notice():
    # set 95's 12345 notice of 贵港市: 该区 is the district named before it; 市直单位 the city's own
    text = ("贵港市12345热线2025年第二季度工单办理情况通报\n\n各城区人民政府，市直各有关单位：\n\n"
            "港北区连续3个季度排名第一。覃塘区综合得分较上季度提高2.14分，进步最为明显。市直单位中，参与考评的42个单位"
            "平均得分93.06分。\n\n港北区推行“红色物业”，37个小区成立党支部。该区还在社区设立物业纠纷调解室12个。\n")
    places = {c.quote: c.locality_code for c in extract_text(text)}
    assert places["2.14分"] == "450804" and places["42个"] == "450800" and places["93.06分"] == "450800"
    assert places["37个"] == "450802" and places["12个"] == "450802"


def test_a_table_flattened_into_lines_gives_column_subjects_and_row_places():
    # A 政务公开 page (invented figures): rows are cells divided by blanks under a header.
    text = ("遂宁市2024年网格化管理情况\n\n遂宁市全面推行网格化管理，成效如下。\n\n"
            "县（区） 网格数 网格员数\n船山区 412个 530名\n射洪市 605个 790名\n合计 1,017个 1,320名\n\n"
            "序号 任务名称 数量 单位\n1 新建村级党群服务中心 26 个\n2 培训村（社区）党组织书记 860 人次\n")
    rows = [(c.quote, c.subject_zh, c.locality_code) for c in extract_text(text)]
    assert rows == [
        ("412个", "网格数", "510903"), ("530名", "网格员数", "510903"),
        ("605个", "网格数", "510981"), ("790名", "网格员数", "510981"),
        ("1,017个", "合计网格数", "510900"), ("1,320名", "合计网格员数", "510900"),
        # 数量 says nothing of what is counted: the row's name cell does
        ("26 个", "村级党群服务中心", "510900"), ("860 人次", "村（社区）党组织书记", "510900"),
    ]
    # neither header nor rows are headings; the rows of a table of tasks are measures
    # (the title only says what the document is: no programme)
    assert _names(text) == {"新建村级党群服务中心": "measure", "培训村（社区）党组织书记": "measure"}


def test_the_banner_and_metadata_block_of_a_government_page_are_debris():
    text = ("遂宁市人民政府　　English | 无障碍\n首页 > 政务公开 > 基层治理\n"
            "索 引 号：008561234/2024-00312　　主题分类：组织人事\n发布机构：中共遂宁市委组织部\n"
            "标　　题：遂宁市2024年基层治理工作情况\n发布日期：2024-12-23　　浏览次数：1,024\n\n"
            "遂宁市2024年基层治理工作情况\n\n全市划分网格3,200个。\n")
    seg = _seg(text)
    assert [d.title for d in seg.documents] == ["遂宁市2024年基层治理工作情况"]
    assert [c.quote for c in extract_text(text)] == ["3,200个"]


def test_page_furniture_of_news_sites_wechat_and_briefs_is_not_an_initiative():
    text = ("凤凰县：院落议事会让群众说了算\n\n摘要：凤凰县推行院落议事会。\n\n关键词：基层治理\n\n"
            "尊敬的各位领导、同志们\n\n建强议事队伍 夯实治理根基\n\n全县组建院落议事会326个。\n\n"
            "Tags: 凤凰 | 党建引领 | 基层治理\n\nLike (12)　Share (3)　Print\n\n"
            "．吉首：网格员走进千家万户　2024-10-15\n\n原创　凤凰组工\n\n微信扫一扫关注该公众号\n\n往期推荐\n\n"
            "团结报 版權所有 不得轉載\n\n报：州委组织部\n\n中共凤凰县委组织部调研组\n")
    assert _names(text) == {"院落议事会让群众说了算": "programme", "建强议事队伍 夯实治理根基": "theme"}


def test_problems_descriptions_and_figures_are_not_measures():
    text = ("泸溪县：网格连心 治理提质\n\n一、主要做法\n\n（一）建强网格队伍。全县选聘网格员860名。\n\n"
            "（二）泸溪是沅水流域的门户县。全县有村（社区）150个。\n\n"
            "二、取得的成效\n\n1.组织覆盖更加全面。全县党组织覆盖率达到100%。\n\n"
            "三、存在的问题\n\n一是网格员队伍专业化水平有待提高；二是部分村集体经济增收渠道单一。\n\n"
            "四、存在问题和下一步打算\n\n一是网格员年龄偏大。\n\n（一）做实网格治理。加强网格员考核激励。\n")
    # 主要做法 and 取得的成效 only name parts of the report; the items of 取得的成效 are results
    # and those of 存在问题和下一步打算 problems and plans: none is an initiative
    assert _names(text) == {"网格连心 治理提质": "programme", "建强网格队伍": "measure"}


def test_minutes_fields_results_glossaries_captions_and_a_live_blogs_posts_are_no_initiatives():
    minutes = ("庙坪村院坝会会议纪要\n\n时　　间：2024年9月12日晚7时30分\n地　　点：庙坪村三组王家院坝\n\n"
               "二、执行成效\n\n（一）决策程序更加规范。全年全县村级重大事项全部履行“四议两公开”程序。\n\n"
               "三、名词解释\n\n“四议两公开”：村党组织提议、村“两委”会议商议。\n\n"
               "2024年工作完成情况与2025年目标对照如下：\n\n全县划分网格1,200个。\n")
    assert _names(minutes) == {}
    live = ("【图文直播】“院坝小会”议出治理大文章——垫江县党建引领基层治理现场推进会\n\n"
            "11:10\n县委社会工作部负责人通报全县基层治理工作情况。全县24个乡镇（街道）全部推行院坝会。\n\n"
            "10:48\n桂溪街道党工委书记作交流发言。街道在辖区41个小区推行“楼栋长+党员+志愿者”模式。\n\n"
            "[视频] 院坝会现场（时长2分16秒）\n")
    assert _names(live) == {"“院坝小会”议出治理大文章": "programme"}


def test_newspaper_bylines_page_lines_editor_boxes_and_sidebars_are_furniture():
    text = ("宝鸡日报 2025年10月14日 第A3版：县域观察\n\n荣成：“信用+”让基层治理有温度有力度\n\n"
            "【核心提示】一张信用积分卡，串起了党建引领、志愿服务和矛盾化解。\n\n"
            "□ 本报记者　于　洋　本报通讯员　王　涛\n\n□ 法治日报全媒体记者　徐　鹏\n\n"
            "北京日报客户端｜记者　陈　强　通讯员　赵晓雨\n\n荣成市划分网格1,986个。\n\n"
            "【领导简介】张建华，男，汉族，1973年8月生，现任中共灵丘县委书记。\n\n流程编辑：吴　越\n\n相关文章\n")
    seg = _seg(text)
    assert [p.kind for p in seg.paragraphs if p.text.startswith(("宝鸡日报", "□", "北京日报", "流程编辑", "相关文章"))] \
        == ["debris"] * 6
    assert _names(text) == {"“信用+”让基层治理有温度有力度": "programme"}


def test_a_list_of_cases_gives_measures_and_a_numbered_county_section_is_a_theme():
    cases = ("关于辽源市2025年度“党建引领基层治理十佳案例”评选结果的公示\n\n序号　案例名称　申报单位　综合得分\n"
             "1　“楼长吹哨、党员报到”打通服务最后一米　龙山区向阳街道　95.42分\n"
             "2　“积分超市”激活乡村治理内生动力　东辽县安石镇　94.15分\n")
    assert {n for n, level in _names(cases).items() if level == "measure"} == {
        "“楼长吹哨、党员报到”打通服务最后一米", "“积分超市”激活乡村治理内生动力"}
    report = ("乌兰察布市人大常委会视察报告\n\n二、三个县的做法\n\n"
              "（一）卓资县：“红色网格”织密服务网。全县划分网格43个，配备网格员120名。\n")
    assert _names(report).get("“红色网格”织密服务网") == "theme"


def test_a_journals_issue_line_a_videos_captions_comments_and_sound_credit_are_furniture():
    paper = ("中州学刊　2025年第4期（总第340期）　第71—77页\n\n党建引领乡村治理积分制的运行逻辑与实践成效\n"
             "——基于河南省商水县的调查\n\n商水县在582个行政村推行积分制。\n")
    assert _seg(paper).paragraphs[0].kind == "debris"
    assert "基于河南省商水县的调查" not in _names(paper)
    video = ("一杯茶的工夫，事儿就议妥了\n\n【字幕卡】参会群众　4.1万人次\n\n热门评论：\n\n♪ @西乡发布创作的原声\n")
    seg = _seg(video)
    assert [p.kind for p in seg.paragraphs][2:] == ["debris", "debris"]
    assert "字幕卡" not in _names(video)


def test_a_minutes_items_about_a_topic_are_themes_but_a_documents_title_is_not():
    text = ("民和县党建引领基层治理专题协调会议纪要\n\n一、关于工作推进情况\n会议听取了情况汇报。全县314个村全部建立网格。\n\n"
            "二、关于网格员待遇保障\n会议明确，专职网格员月均补贴提高到2,200元。\n\n"
            "三、关于印发《网格员管理办法》的通知\n会议同意印发。\n")
    themes = [n for n, level in _names(text).items() if level == "theme"]
    assert themes == ["关于网格员待遇保障"]


def test_a_yearbook_entry_opening_with_a_county_is_about_it():
    text = ("荆州年鉴（2025）\n社会治理\n【概况】　2024年，荆州市委社会工作部牵头推进基层治理，全市建成网格1.2万个。\n"
            "【洪湖市“湖乡红网”】　洪湖市将全市17个乡镇划为2,118个网格。\n")
    assert [(c.quote, c.locality_code) for c in extract_text(text)] == [
        ("1.2万个", "421000"), ("17个", "421083"), ("2,118个", "421083")]
    # and its tag names its place, then the measure
    assert _names(text).get("“湖乡红网”") == "theme"


def test_a_numbered_paragraph_opening_with_a_county_is_about_it():
    text = ("乌兰察布市人大常委会关于党建引领基层治理工作的视察报告\n\n二、主要做法\n\n"
            "（一）卓资县：“红色网格”织密服务网。全县划分网格432个。每名网格员联系80至120户。\n\n"
            "（二）化德县：“服装小镇”里的党群议事。依托服装产业园成立议事会12个。\n\n"
            "三、存在的问题\n\n全市网格员流失率为8.6%。\n")
    assert [(c.quote, c.locality_code) for c in extract_text(text)] == [
        ("432个", "150921"), ("80至120户", "150921"), ("12个", "150922"), ("8.6%", "150900")]


def test_a_table_of_every_community_and_the_next_stage_are_no_initiatives():
    text = ("和睦街道2024年工作总结\n\n一、建强社区组织\n\n划分网格54个。\n\n四、各社区主要指标\n\n"
            "社区\u3000\u3000网格数\n和睦社区\u3000\u30009个\n运河社区\u3000\u30007个\n\n"
            "五、下阶段工作建议\n\n（一）做实网格治理。力争网格员持证率达到60%。\n")
    assert _names(text) == {"建强社区组织": "theme"}
    # the figures of the next stage are targets
    assert "60%" not in [c.quote for c in extract_text(text)]


def test_a_clause_or_paragraph_opening_with_a_county_of_the_report_is_about_it():
    text = ("关于赣州市于都、兴国两县网格治理的调研\n\n于都县、兴国县推行网格化管理。\n\n"
            "在于都县梓山镇潭头村，村党支部流转土地1,200亩。\n\n"
            "两县保障水平不一致，于都县每村每年15万元，全市平均12万元。\n")
    got = [(c.quote, c.locality_code) for c in extract_text(text)]
    assert got == [("1,200亩", "360731"), ("15万元", "360731"), ("12万元", "360700")]
    # …after the year it opens with
    text = ("关于赣州市于都、兴国两县网格治理的调研\n\n于都县、兴国县推行网格化管理。\n\n"
            "两县保障水平不一致。2024年兴国县安排网格经费1,080万元，全市平均860万元。\n")
    got = [(c.quote, c.locality_code) for c in extract_text(text)]
    assert got == [("1,080万元", "360732"), ("860万元", "360700")]


def test_markdown_emphasis_emoji_bullets_and_counters_are_not_part_of_names():
    text = ("**永川区：“红色管家”激活小区治理**\n\n**一、主要做法**\n\n"
            "**（一）建强小区党支部，筑牢治理根基**\n\n全区组建小区党支部96个。\n\n"
            "📌亮点一｜“红色管家”进小区\n▶全年受理群众诉求3,120件\n▶诉求量同比下降6.1%\n\n"
            "🔸议事会 议出好日子\n\n——办好民生实事\n")
    seg = _seg(text)
    assert {i.name_zh: i.level for i in seg.initiatives} == {
        "“红色管家”激活小区治理": "programme", "建强小区党支部，筑牢治理根基": "measure",
        "“红色管家”进小区": "theme", "议事会 议出好日子": "theme", "办好民生实事": "theme",
    }
    quotes = {c.quote for c in extract_text(text)}
    assert quotes == {"96个", "3,120件", "6.1%"}  # a bulleted figure is a claim, not a heading
    # names are exact source text: the offsets point past the ** and the bullet
    for i in seg.initiatives:
        assert text[i.start:i.end] == i.name_zh


def test_posts_interviews_and_inspection_reports():
    text = ("彭水发布\n24-11-6 18:32 来自 微博视频号 已编辑\n\n"
            "#基层治理# #彭水# 【院坝协商，商出和美家园】走进彭水苗族土家族自治县，院坝会上村民正商量修路的事。\n\n"
            "🔗网页链接\n\n转发 23 ｜ 评论 17 ｜ 赞 412\n\n热门评论\n")
    assert _names(text) == {"院坝协商，商出和美家园": "programme"}
    interview = ("访谈：网格连民心\n\n——访彭水县委政法委书记\n\n本报记者　王　明\n\n问：主要抓了哪些工作？\n\n"
                 "答：主要抓了三件事。第一件是把组织建强。全县组建网格党小组310个。"
                 "第二件是把群众联起来。联系群众2.1万户。\n")
    assert _names(interview) == {"网格连民心": "programme", "把组织建强": "measure", "把群众联起来": "measure"}
    inspection = ("彭水县人大常委会视察组\n\n关于全县基层治理工作情况的视察报告\n\n县人大常委会：\n\n"
                  "通过网格化管理，全县基层治理由“被动应对”向“主动服务”转变。视察组走访了8个社区。\n")
    assert _names(inspection) == {}  # a descriptive title: no programme; 通过… names no measure


def test_the_byline_under_a_title_places_a_report_whose_text_names_no_place():
    text = ("2024年度盘点｜麦子店街道十大亮点来了！\n\n麦子店街道工委办　北京朝阳麦子店　2025年01月03日 08:30 北京\n\n"
            "2024年，街道坚持党建引领，全年受理诉求8,652件。\n")
    seg = _seg(text)
    assert [d.locality_code for d in seg.documents] == ["110105"]
    assert [c.locality_code for c in extract_text(text)] == ["110105"]


def test_a_report_that_names_only_its_town_is_placed_in_the_town_s_county():
    text = ("２０２４年度丰产路街道党工委书记抓基层党建工作述职报告\n\n"
            "一年来，街道坚持党建引领，全年召开党工委会议１８次。\n\n丰产路街道党工委书记　×××\n")
    assert [d.locality_code for d in _seg(text).documents] == ["410105"]  # 郑州市金水区
    assert [c.locality_code for c in extract_text(text)] == ["410105"]
    # a town name that several units share places nothing
    text = "红旗街道2024年工作总结\n\n全年召开党工委会议18次。\n"
    assert [d.locality_code for d in _seg(text).documents] == [None]


def test_a_town_outweighs_a_county_the_text_names_only_in_passing():
    # the title names the town; the body names another county's name as a word or a visit
    text = ("什刹海街道工作信息\n\n今年以来，街道火灾起数同比下降28.6%，胡同平房区未发生一起亡人火灾。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["110102"]  # 西城区
    text = "大集镇人民政府\n关于2024年村级集体经济发展情况的报告\n\n全镇组织村干部到义乌等地考察学习3次。\n"
    assert {d.locality_code for d in _seg(text).documents} == {"371721"}  # 曹县
    # a bare stem inside a community's name (望江台社区) is not 望江县, which is never written
    text = ("望江台社区2024年工作总结\n\n2024年，望江台社区党委在解放碑街道党工委的领导下，"
            "完成各项任务。社区有居民楼栋41栋。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["500103"]  # 渝中区
    # …but a county the title names stays, whatever towns the text goes on to name
    text = "江口县：网格连万家\n\n在什刹海街道考察后，全县划分网格312个。\n"
    assert [d.locality_code for d in _seg(text).documents] == ["520621"]


def test_a_city_s_own_report_is_placed_at_the_city_not_at_its_first_county():
    # the title names the city's organ
    text = ("中共聊城市委社会工作部2024年工作总结\n\n东阿县、临清市等地形成了一批经验。"
            "全年召开全市现场推进会3次，破解基层治理难题21个。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["371500"]
    # 我市 in the title; the text names only districts
    text = ("关于我市城市社区党建引领基层治理情况的调研报告\n\n调研组先后赴小店区、迎泽区，走访社区21个。"
            "全市共有社区党组织1,946个。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["140100"]
    # 我地区 too: the opening of set 106's 地区政协 report, which visits three counties
    path = next((Path(__file__).parent / "fixtures" / "heldout106").glob("03-*.txt"))
    text = path.read_text(encoding="utf-8")[:600]
    assert [d.locality_code for d in _seg(text).documents] == ["653100"]
    # …but the 我市 of a county-level city is that city
    text = "关于我市网格化治理情况的调研报告\n\n长葛市共有村（社区）376个，划分网格1,106个。\n"
    assert [d.locality_code for d in _seg(text).documents] == ["411082"]
    # a subtitle says 我省; a newspaper's page line is furniture
    text = ("浙江日报　2025年5月14日　第00004版：要闻\n\n共富路上“治”理新\n\n——我省山区海岛县党建引领基层治理见闻\n\n"
            "在江山市的山村里，“乡村合伙人”带着项目回乡。截至4月底，全省共划分城乡网格6.1万个。\n\n"
            "大陈乡是“乡村合伙人”制度的先行地，全乡9个村已签约合伙人28个。\n")
    seg = _seg(text)
    assert [(d.title, d.locality_code) for d in seg.documents] == [("共富路上“治”理新", "330000")]
    # a paragraph opening with a town only one county of the province has is about that county
    assert [(c.quote, c.locality_code) for c in extract_text(text)][-2:] == [("9个", "330881"), ("28个", "330881")]
    # a city's organ in the letterhead under a bare title
    text = ("督查通报\n2025年第5期（总第87期）\n\n中共德阳市委办公室督查室　　　　2025年6月9日\n\n"
            "关于党建引领基层治理重点任务推进情况的专项督查通报\n\n"
            "督查组对广汉市、什邡市等6个县（市、区）开展督查。全市1,358个村（社区）全部完成网格调整。\n")
    assert {d.locality_code for d in _seg(text).documents} == {"510600"}


def test_places_listed_before_their_figures_are_where_not_what():
    text = ("太原市社区治理调研\n\n全市小区党组织覆盖率为87.6%；杏花岭区、万柏林区小区党组织覆盖率分别为91.2%、90.5%，"
            "小店区仅为79.3%。\n\n许昌市全市社区工作者持证率为41.3%，禹州市、鄢陵县分别达到46.8%和43.5%。\n")
    got = [(c.quote, c.subject_zh, c.locality_code) for c in extract_text(text)]
    assert got == [("87.6%", "小区党组织覆盖率", "140100"), ("91.2%", "小区党组织覆盖率", "140107"),
                   ("90.5%", "小区党组织覆盖率", "140109"), ("79.3%", "小区党组织覆盖率", "140105"),
                   ("41.3%", "社区工作者持证率", "411000"), ("46.8%", "社区工作者持证率", "411081"),
                   ("43.5%", "社区工作者持证率", "411024")]


def test_places_ranked_with_their_figures_in_brackets():
    text = ("郴州市基层治理工作通报\n\n一季度综合得分排名前三的是：资兴市（96.8分）、宜章县（95.2分）；"
            "排名后两位的是：汝城县（86.1分）、安仁县（87.4分）。\n")
    assert [(c.quote, c.subject_zh, c.locality_code) for c in extract_text(text)] == [
        ("96.8分", "综合得分", "431081"), ("95.2分", "综合得分", "431022"),
        ("86.1分", "综合得分", "431026"), ("87.4分", "综合得分", "431028")]


def test_a_table_whose_column_names_are_long_is_still_a_table():
    text = ("兴安盟委组织部\n\n关于重点任务推进情况的通报\n\n全盟各级党组织坚持大抓基层。\n\n附件\n"
            "旗县市　网格员专职化比例　嘎查村（社区）党组织书记“一肩挑”比例\n"
            "乌兰浩特市　61.4%　98.2%\n阿尔山市　52.7%　95.0%\n")
    got = [(c.quote, c.subject_zh, c.locality_code) for c in extract_text(text)]
    assert got == [("61.4%", "网格员专职化比例", "152201"), ("98.2%", "嘎查村（社区）党组织书记“一肩挑”比例", "152201"),
                   ("52.7%", "网格员专职化比例", "152202"), ("95.0%", "嘎查村（社区）党组织书记“一肩挑”比例", "152202")]


def test_a_tab_separated_table_keeps_blanks_inside_its_cells():
    text = ("桃江县2024年党建引领基层治理主要指标统计\n\n指标名称\t2024年\t2023年\t增减\n"
            "乡镇（街道）\t15 个\t15 个\t持平\n网格\t2,146 个\t2,089 个\t增长2.7%\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text)]
    assert got[:2] == [("15 个", "乡镇（街道）"), ("15 个", "乡镇（街道）")]
    assert ("2,146 个", "网格") in got


def test_a_ranking_of_counties_scores_what_the_column_names_at_each_county():
    # a county's row gives the place (its code); a town's row (above) gives the subject
    text = ("娄底市党建引领基层治理督查通报\n\n各县（市、区）得分如下：\n"
            "位次\t县（市、区）\t综合得分\t组织体系\n第1\t冷水江市\t94.6分\t28.7分\n第2\t双峰县\t92.3分\t28.1分\n")
    got = [(c.quote, c.subject_zh, c.locality_code) for c in extract_text(text)]
    assert got == [("94.6分", "综合得分", "431381"), ("28.7分", "组织体系", "431381"),
                   ("92.3分", "综合得分", "431321"), ("28.1分", "组织体系", "431321")], got


def test_a_table_headed_with_a_month_counts_what_each_row_names():
    text = ("阳新县2025年十件民生实事进展情况公示\n\n"
            "序号\t实事项目\t牵头单位\t年度目标\t截至9月底完成情况\t完成进度\n"
            "1\t新建改造城乡社区综合服务站\t县委社会工作部\t20个\t完成18个\t90%\n"
            "2\t建设村级（社区）老年食堂\t县民政局\t30家\t建成运营27家\t90%\n")
    got = {c.quote: c.subject_zh for c in extract_text(text)}
    assert "老年食堂" in got["27家"] and "综合服务站" in got["18个"], got
    assert "截至" not in "".join(got.values()), got


def test_a_table_whose_columns_are_places_or_how_many_counts_what_its_rows_name():
    text = ("安平县基层治理数据公开\n\n表1　各乡镇网格化管理情况\n"
            "乡镇\t安平镇\t马店镇\t合计\n网格数\t118个\t61个\t179个\n专兼职网格员\t131名\t66名\t197名\n"
            "村均集体经济收入\t36.4万元\t28.7万元\t32.6万元\n\n"
            "表2　主要指标\n指标\t2024年\t2023年\t增减情况\n信访总量\t1,126件\t1,418件\t下降20.6%\n"
            "党员中心户\t2,140户\t1,986户\t增加154户\n\n"
            "表3　社区工作者队伍情况\n类别\t人数\t占比\n35岁以下的\t86名\t27.6%\n持证社工\t58名\t18.6%\n")
    got = {(c.quote, c.subject_zh) for c in extract_text(text)}
    assert {q for q, _ in got} >= {"118个", "61个", "179个", "36.4万元", "1,126件", "20.6%", "154户", "86名", "18.6%"}
    assert {s for q, s in got if q in ("118个", "61个", "179个")} == {"网格数"}  # not 安平镇, 马店镇, 合计
    assert {s for q, s in got if q in ("36.4万元", "28.7万元")} == {"村均集体经济收入"}
    assert {s for q, s in got if q in ("1,126件", "1,418件", "20.6%")} == {"信访总量"}  # not 增减情况
    assert {s for q, s in got if q in ("2,140户", "154户")} == {"党员中心户"}
    assert {s for q, s in got if q in ("86名", "27.6%")} == {"35岁以下的"}  # not 人数, 占比
    assert {c.locality_code for c in extract_text(text)} == {"131125"}


def test_a_briefing_s_issuer_below_its_issue_lines_places_it_and_spam_is_not_read():
    text = ("乐山社会工作动态\n（内部资料　注意保存）\n第9期\n\n中共乐山市委社会工作部　　　　2025年4月18日\n\n"
            "今年以来，全市排查化解矛盾纠纷3,286件。\n\n犍为县：深化“茶馆调解”。设立“和事茶室”46个。\n\n"
            "☆☆ 点击领取 ☆☆ 高薪兼职日结300元，在家就能做！\n")
    got = [(c.quote, c.locality_code) for c in extract_text(text)]
    assert got == [("3,286件", "511100"), ("46个", "511123")]


def test_page_lines_of_classification_related_links_and_bullets_are_not_initiatives():
    text = ("潮安「紅色管家」走進百姓家\n\n密级：公开　　紧急程度：平件\n\n博发〔2O25〕3号\n\n"
            "▌一杯工夫茶　化解鄰里事\n\n全區建成調解室86個。\n\n参考资料\n\n[1] 潮州日报。\n\n"
            "相關報道\n\n「三紅」工程激活基層治理新動能（2025-01-09）\n")
    names = _names(text)
    assert "一杯工夫茶　化解鄰里事" in names
    assert not [n for n in names if "密级" in n or "〔" in n or "参考" in n or "2025-01-09" in n], names


def test_a_city_s_texts_give_each_figure_the_place_it_is_about():
    # a table whose columns are counties, the total column the city's
    table = ("抚顺市2024年各县区党建引领基层治理主要指标\n\n指标\t新抚区\t清原县\t全市\n"
             "网格数\t412 个\t746 个\t1,158 个\n专职网格员\t412 名\t388 名\t800 名\n诉求办结率\t98.7%\t93.8%\t96.9%\n")
    got = {c.quote: c.locality_code for c in extract_text(table)}
    assert (got["412 个"], got["746 个"], got["1,158 个"], got["93.8%"]) == ("210402", "210423", "210400", "210423")
    # …its total column counts what the row names; a row of changes or shares is of the row above
    rows = table + "较上年\t提高2.1个百分点\t提高1.6个百分点\t提高1.9个百分点\n"
    got = {c.quote: c.subject_zh for c in extract_text(rows)}
    assert (got["1,158 个"], got["96.9%"], got["1.6个百分点"]) == ("网格数", "诉求办结率", "诉求办结率")
    # a county's full name alone on a line opens its section of a collection
    collection = ("普洱市党建引领基层治理经验汇编\n\n思茅区\n党建“红细胞”激活城市治理“微循环”\n\n"
                  "建强小区党组织。全区127个住宅小区全部建立党支部。\n\n"
                  "墨江哈尼族自治县\n“长街议事”说出和美新风\n\n推行红白理事会。全县168个村全部建立红白理事会。\n")
    got = {c.quote: c.locality_code for c in extract_text(collection)}
    assert (got["127个"], got["168个"]) == ("530802", "530822")
    # a press conference: the host names several counties; each speaker answers for their office
    transcript = ("松原市“党建引领基层治理”主题新闻发布会实录\n\n"
                  "主持人：出席今天发布会的有市委社会工作部和前郭尔罗斯蒙古族自治县、长岭县的负责同志。\n\n"
                  "赵文军：我市共有乡镇（街道）76个。\n\n"
                  "前郭尔罗斯蒙古族自治县委副书记 包海峰：前郭县是农牧结合县，全县有行政村276个。\n\n"
                  "吉林日报记者：前郭县在促进民族团结方面有什么做法？\n\n"
                  "包海峰：我们在全县14个蒙古族聚居村设立双语调解室，配备双语调解员56名。\n\n"
                  "赵文军：宁江区推行“社区大党委”，吸纳驻区单位132家。\n")
    got = {c.quote: c.locality_code for c in extract_text(transcript)}
    assert (got["76个"], got["276个"], got["56名"], got["132家"]) == ("220700", "220721", "220721", "220702")
    # a city's report: a clause opening with 其中 and a county, or with a town one county has,
    # and 全镇 after that town
    report = ("朔州市党建引领基层治理现场观摩会侧记\n\n全市网格员流失率约为12.5%，其中右玉县高达21.3%。"
              "观摩团来到山阴县。玉井镇推行“党员中心户”，全镇确定党员中心户138户。\n")
    got = {c.quote: c.locality_code for c in extract_text(report)}
    assert (got["约为12.5%"], got["21.3%"], got["138户"]) == ("140600", "140623", "140621")


def test_bands_of_villages_and_a_ranking_count_what_their_labels_name():
    text = ("朱各庄镇2024年度村级集体经济发展情况报告\n\n从收入分布看：\n——100万元以上的村：7个，比上年增加2个；\n"
            "——50万元（含）至100万元的村：11个；\n——20万元以下的村：3个，比上年减少4个。\n\n"
            "附：2024年村集体经营性收入排名前三位的村\n1.后营村　186.4万元\n2.西山场村　153.2万元\n3.马铺营村　131.7万元\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text)]
    assert got == [("7个", "100万元以上的村"), ("2个", "100万元以上的村"), ("11个", "50万元（含）至100万元的村"),
                   ("3个", "20万元以下的村"), ("4个", "20万元以下的村"), ("186.4万元", "村集体经营性收入"),
                   ("153.2万元", "村集体经营性收入"), ("131.7万元", "村集体经营性收入")], got


def test_page_furniture_of_wechat_and_weibo_results_and_feature_scenes_are_not_initiatives():
    text = ("锦屏社区党委2024年度工作总结\n\n👆点击蓝字 关注我们\n\n❤️民生服务·温暖万家\n\n"
            "社区新建长者食堂2家。\n\n粉丝 12.6万　关注 318　微博 2.1万\n\n查看更多微博 >\n\n"
            "三、取得成效\n\n一是矛盾纠纷化解更及时。全年调处矛盾纠纷516起。\n\n对标分析\n\n通城县网格员人均服务260户。\n\n"
            "在岑溪市南渡镇调解中心，几名调解员正在为两户村民调解宅基地纠纷。\n\n发：各县（区）党委社会工作部\n")
    assert ("22.6%", "12345工单量") in [(c.quote, c.subject_zh) for c in extract_text(
        "一组数据看变化\n居民满意度：96.8%\n12345工单量：同比下降22.6%\n")]  # a field's change
    assert "宝清县委政法委（县网格化服务管理中心）" not in _names("宝清县网格化半年总结\n\n全县划分网格1,024个。\n\n"
                                                  "宝清县委政法委（县网格化服务管理中心）\n")  # a signature
    names = _names(text + "\n📖往期推荐\n▶视频｜跟着网格员走一天，步数2.3万步！\n▶青山沟镇：3名网格员获评“辽宁好人”\n")
    assert "民生服务·温暖万家" in names and "往期推荐" not in names
    assert not [n for n in names if any(w in n for w in ("点击", "粉丝", "查看", "更及时", "对标", "岑溪", "发："))], names


def test_bylines_page_lines_dates_font_buttons_and_seals_are_not_initiatives_and_a_title_may_name_two_places():
    text = ("东至县、青阳县：党建引领“网格+”激活乡村治理“一池春水”\n\n南方日报记者 陈某 梁某　通讯员 吴某某\n\n"
            "朝阳日报　2025-05-14　第02版：县区新闻\n\n小字号　大字号　打印\n\n两县共划分网格1,620个。\n\n"
            "青 杠 村 村 务 公 开 栏\n\n青杠村村民委员会（盖章）\n\n二〇二五年二月\n")
    assert _names(text) == {"党建引领“网格+”激活乡村治理“一池春水”": "programme"}, _names(text)


def test_proposals_are_plans_and_notes_after_them_are_facts():
    text = ("崇阳县对标通城县、通山县的调研报告\n\n一、基本情况\n\n全县划分网格1,024个。\n\n四、对策建议\n\n"
            "（一）学习借鉴“一张表”做法。年内将村级工作事项精简至30项以内。\n\n注释：\n\n① 有效问卷回收率95.5%。\n")
    assert [c.quote for c in extract_text(text)] == ["1,024个", "95.5%"]


def test_a_town_s_section_of_a_city_bulletin_is_named_after_its_lead():
    text = ("南昌市社会工作简报\n\n“洪城善治·近邻共治”行动扎实推进\n\n"
            "莲塘镇：“物业+网格”管好城郊小区。莲塘镇全镇有住宅小区63个。\n\n"
            "文港镇：“笔都商会”助力乡村治理。文港镇毛笔产业从业人员约2.5万人。\n")
    names = _names(text)
    assert "“物业+网格”管好城郊小区" in names and "“笔都商会”助力乡村治理" in names
    assert {c.quote: c.locality_code for c in extract_text(text)} == {"63个": "360121", "约2.5万人": "360124"}


def test_a_figure_page_s_captions_with_a_change_or_an_age_group_name_their_figures():
    text = ("一图读懂｜2024年盘州市党建引领基层治理“成绩单”来了！\n\n02　为民服务更贴心\n\n98.2%\n群众诉求办结率\n\n"
            "96.8%\n群众满意度，同比提高3.1个百分点\n\n3至5元\n60岁以上老人每餐就餐费用\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text)]
    assert got == [("98.2%", "群众诉求办结率"), ("96.8%", "群众满意度"), ("3.1个百分点", "群众满意度"),
                   ("3至5元", "60岁以上老人每餐就餐费用")], got


def test_figures_without_blank_lines_keep_their_own_captions_and_their_heading():
    # a caption under one figure is not the caption of the next; a bound names a caption's group
    text = ("一图读懂｜儋州这一年\n\n05　集体经济更壮大\n2.26亿元\n村级集体经济收入，同比增长18.9%\n"
            "63个\n集体经济收入50万元以上的村\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text)]
    assert got == [("2.26亿元", "村级集体经济收入"), ("18.9%", "村级集体经济收入"),
                   ("63个", "集体经济收入50万元以上的村")], got
    assert "集体经济更壮大" in _names(text)


def test_a_paragraph_opening_with_a_list_of_places_is_not_about_the_first():
    text = ("灵山县陆屋镇2024年党建引领基层治理工作报告\n\n全镇划分网格128个。\n\n"
            "（七）凝聚在外力量。在广州、深圳、东莞等地组建流动党员党支部5个，联系在外乡贤420余人。\n")
    assert {c.locality_code for c in extract_text(text)} == {"450721"}


def test_a_numbered_lead_naming_a_kind_of_demand_names_its_counts():
    text = ("大冶市12345热线8月诉求分析\n\n二、诉求热点分析\n\n（一）城市管理类诉求居首位。共3,917件，占22.6%，环比增长15.3%。\n\n"
            "（二）供水供电类诉求明显上升。受持续高温影响，共受理2,184件，占12.6%。\n\n"
            "各镇（街道、区）中，诉求量最多的是东岳路街道，共2,346件。\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text)]
    assert got == [("3,917件", "城市管理类诉求"), ("22.6%", "城市管理类诉求"), ("15.3%", "城市管理类诉求"),
                   ("2,184件", "供水供电类诉求"), ("12.6%", "供水供电类诉求"), ("2,346件", "诉求量")], got


def test_a_city_notice_s_letterhead_ranked_rows_and_county_headings_place_its_figures():
    text = ("督 查 通 报\n第4期\n娄底市委社会工作部　　　　2025年7月18日\n\n"
            "关于2025年上半年全市党建引领基层治理工作督查情况的通报\n\n上半年，全市新建小区党支部86个。\n\n"
            "位次\t县（市、区）\t综合得分\n第1\t冷水江市\t94.6分\n第2\t双峰县\t92.3分\n第3\t娄星区\t90.8分\n\n"
            "新化县：划细网格“绣花针”。\n县委组织部牵头，在全县划分网格1,620个。\n")
    got = {c.quote: c.locality_code for c in extract_text(text)}
    assert got == {"86个": "431300", "94.6分": "431381", "92.3分": "431321", "90.8分": "431302",
                   "1,620个": "431322"}, got


def test_places_compared_with_a_rate_count_that_rate():
    text = ("许昌市全市社区工作者持证率为41.3%，禹州市、鄢陵县分别达到46.8%和43.5%，我市为35.2%，"
            "低于全市平均水平6.1个百分点。一季度网格员上报事件4.6万件，按期办结率95.1%。"
            "资兴市、北湖区位列前二，分别为99.2%、98.7%。\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text)]
    assert got == [("41.3%", "社区工作者持证率"), ("46.8%", "社区工作者持证率"), ("43.5%", "社区工作者持证率"),
                   ("35.2%", "社区工作者持证率"), ("6.1个百分点", "社区工作者持证率"), ("4.6万件", "事件"),
                   ("95.1%", "按期办结率"), ("99.2%", "按期办结率"), ("98.7%", "按期办结率")], got


def test_headlines_listed_under_related_articles_are_links_not_text():
    text = ("夷陵区：“院落议事”议出乡村治理新气象\n\n全区建成议事院落860个。\n\n"
            "相关新闻：\n夷陵区首批30个“红旗院落”授牌\n· 鹿邑县表彰50名“优秀网格员”\n\n"
            "青铜峡市：“一碗水端平”调解法化解基层矛盾\n\n全市建成调解室98个。\n")
    got = [(c.quote, c.locality_code) for c in extract_text(text)]
    # the links' figures are other reports'; the article after a blank line is read
    assert got == [("860个", "420506"), ("98个", "640381")]


def test_a_bracketed_county_alone_on_a_line_opens_that_county_s_section():
    text = ("全市党建引领基层治理工作会议交流发言材料\n\n中共榆林市委办公室　编印\n\n"
            "会上通报，全市12个县（市、区）共划分城乡网格1.18万个。\n\n【神木市】\n“积分+清单”让村级治理有章可循\n\n"
            "我市有村（社区）323个，其中煤矿周边村137个。\n\n三是强监督。组建村务监督委员会323个。\n\n"
            "【靖边县】\n“油地共建”激活治理新动能\n\n我们在油区建成“石油工人之家”18个。\n")
    got = [(c.quote, c.locality_code) for c in extract_text(text)]
    assert got == [("12个", "610800"), ("1.18万个", "610800"), ("323个", "610881"), ("137个", "610881"),
                   ("323个", "610881"), ("18个", "610824")]


def test_a_table_of_contents_is_furniture_and_names_no_place_of_the_front_matter():
    text = ("盐城市党建引领基层治理典型经验汇编（第二辑）\n\n中共盐城市委组织部　编\n\n"
            "【编者按】今年以来，全市2,386个村（社区）全部建立网格党组织。\n\n目　录\n\n"
            "东台市：“海堤红哨”守好沿海治理第一线……………………2\n射阳县：小积分撬动乡村大治理……………4\n\n"
            "东台市：“海堤红哨”守好沿海治理第一线\n\n东台市划分海堤网格126个。\n")
    seg = _seg(text)
    assert [(d.title, d.locality_code) for d in seg.documents] == [
        ("盐城市党建引领基层治理典型经验汇编（第二辑）", "320900"), ("东台市：“海堤红哨”守好沿海治理第一线", "320981")]


def test_a_superior_the_text_obeys_or_is_ranked_in_and_an_addressee_do_not_place_a_report():
    speech = ("在全市党建引领基层治理工作推进会上的讲话\n\n同志们：\n\n刚才，光武镇、颍南街道作了交流发言。\n\n"
              "过去一年，全市上下认真落实省委、阜阳市委部署，12345热线满意率94.7%，在阜阳市排名第二。\n")
    assert [d.locality_code for d in _seg(speech).documents] == ["341282"]  # 界首市, where those towns are
    report = ("桦甸市2025年度抓党建促基层治理能力提升工作自查报告\n\n中共吉林市委组织部、市委社会工作部：\n\n"
              "按照通知要求，我市开展自查。全市共有村（社区）177个。\n")
    assert [d.locality_code for d in _seg(report).documents] == ["220282"]


def test_a_city_report_s_later_example_county_is_a_region_not_its_place():
    text = ("孝感市“孝善网格”党建引领基层治理新闻发布会实录\n\n主持人：欢迎参加今天的新闻发布会。\n\n"
            "全市共划分网格1.2万个。\n\n以汉川市为例，该市建成“孝善驿站”126个。\n\n"
            "滨江小区是典型的老旧小区，有居民楼12栋。\n")
    seg = _seg(text)
    assert [d.locality_code for d in seg.documents] == ["420900"]
    assert [(c.quote, c.locality_code) for c in extract_text(text)] == [
        ("1.2万个", "420900"), ("126个", "420984"), ("12栋", "420900")]
    # an organ's letterhead without 中共 names the issuer
    notice = ("兴安盟委组织部\n兴组通〔2025〕14号\n\n关于2025年上半年全盟重点任务推进情况的通报\n\n"
              "上半年，全盟基层治理重点任务总体进展顺利。\n\n乌兰浩特市在187个小区成立党支部。\n")
    assert [d.locality_code for d in _seg(notice).documents] == ["152200"]


def test_a_county_s_reply_whose_text_names_its_city_first_is_the_county_s():
    text = ("盱眙县人民政府 > 信息公开 > 政协提案答复\n标　题：对县政协十一届三次会议第0087号提案的答复\n"
            "发文单位：中共盱眙县委社会工作部　　成文日期：2024-07-16\n\n"
            "对县政协十一届三次会议第0087号提案的答复\n\n淮安市城乡社区综合服务设施覆盖率达100%，我县已建成党群服务中心268个。\n")
    assert {d.locality_code for d in _seg(text).documents} == {"320830"}


def test_a_reply_whose_title_names_no_place_is_its_issuing_county_s_even_beside_another_city():
    text = ("首页 > 政务公开 > 建议提案办理 > 政协提案\n标题：对县政协十一届四次会议第0056号提案的答复\n"
            "发布机构：三都水族自治县委社会工作部　　发布日期：2024-08-12\n\n"
            "对县政协十一届四次会议第0056号提案的答复\n\n全县共建成易地扶贫搬迁安置点7个，"
            "其中在贵阳市务工的搬迁群众1,260人。\n")
    assert {d.locality_code for d in _seg(text).documents} == {"522732"}


def test_a_signature_before_page_furniture_names_the_county_a_bare_stem_hides():
    text = ("城阳街道2024年度党建引领基层治理工作总结\n\n2024年，街道党工委聚焦“红色网格·幸福城阳”品牌建设，"
            "划分网格86个。\n\n中共莒县城阳街道工作委员会\n2025年1月6日\n第3页 共3页\n"
            "相关文档：城阳街道2023年度工作总结.doc\n")
    assert [d.locality_code for d in _seg(text).documents] == ["371122"]



def test_a_bare_stem_that_is_the_name_of_the_street_reporting_is_not_the_county_of_that_stem():
    # 月湖 is 月湖区 (鹰潭) as a stem, but here it is 月湖街道's own name, which two districts
    # give a street (宁波 海曙区, 长沙 开福区): unknown, not 鹰潭
    text = ("2024年度社区党委书记抓基层党建工作述职报告\n月湖街道××社区党委书记　陈××\n\n各位领导、同志们：\n"
            "社区有住宅小区7个。“月湖邻里食堂”全年服务老人约3.6万人次。\n")
    assert [d.locality_code for d in _seg(text).documents] == [None]


def test_a_series_subtitle_on_the_province_does_not_override_the_county_a_headline_names():
    text = ("河北日报数字报 > 2025年09月18日 > 第01版：要闻\n\n盐山：“一格三员”织密基层治理网\n"
            "——我省党建引领基层治理见闻之十二\n\n今年以来，盐山县在全县12个乡镇划分网格1,052个。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["130925"]


def test_a_newspaper_kicker_ending_in_a_dash_leads_into_the_headline_which_is_the_title():
    text = ("人民网 >> 人民日报 >> 地方\n\n山西武乡推行“红星网格”——\n老区小事不出村\n本报记者  乔  栋\n\n"
            "本报武乡10月13日电  武乡县划分网格1,126个，配备网格员1,310名。\n")
    seg = _seg(text)
    assert [d.title for d in seg.documents] == ["老区小事不出村"]
    assert [d.locality_code for d in seg.documents] == ["140429"]
    # the kicker may be where the place is named; a dateline names where the reporter filed from
    text = ("人民网 >> 人民日报 >> 地方 >> 正文\n河北南宫——\n“红色议事厅”议出乡村新气象\n本报记者  张立新\n\n"
            "本报石家庄11月11日电  全市463个行政村都建起了议事厅。\n")
    seg = _seg(text)
    assert [(d.title, d.locality_code) for d in seg.documents] == [("“红色议事厅”议出乡村新气象", "130581")]


def test_a_headline_place_after_a_column_tag_outweighs_the_dateline():
    # a wire service files from the provincial capital; the headline names the county
    text = ("新华社客户端\n\n快讯｜新疆霍城：“十户联防”织密边境乡村平安网\n\n2025-11-22 18:06:41　来源：新华社\n\n"
            "新华社乌鲁木齐11月22日电（记者　周芳）今年以来，全县组建联防小组8,420个。\n\n"
            "在清水河镇，联防小组今年共开展巡逻4.6万余次。\n")
    seg = _seg(text)
    assert [d.locality_code for d in seg.documents] == ["654023"]
    assert {c.locality_code for c in extract(seg)} == {"654023"}


def test_a_title_opening_with_an_organ_of_a_district_named_by_a_word_is_that_district_of_the_city():
    text = ("新城区人大常委会2025年人大代表社区联络站工作总结\n\n新城区人大常委会代表工作室\n\n"
            "全区建成人大代表联络站64个，推动《呼和浩特市物业管理条例》落实。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["150102"]
    # (a new urban area of the city is no district)
    text = "新城区建设推进情况\n\n呼和浩特市新建小区党支部12个。\n"
    assert [d.locality_code for d in _seg(text).documents] == ["150100"]


def test_a_digest_s_cases_a_heading_that_is_one_saying_and_a_headline_s_subtitle():
    # 案例六 and the county before the slogan are no part of the case's name; the editor's line is furniture
    text = ("海南省城乡社区治理典型案例汇编（2025）\n海南省民政厅　编\n\n"
            "案例六　五指山市：“三色预警”让矛盾化解在萌芽状态\n该市建立三色预警机制，排查纠纷1,320件。\n\n"
            "案例七　白沙黎族自治县：“积分银行”激活乡村治理内生动力\n县里在81个行政村推行“积分银行”。\n")
    assert _names(text) == {"“三色预警”让矛盾化解在萌芽状态": "theme", "“积分银行”激活乡村治理内生动力": "theme"}
    # the province's digest is the province's; each case is its county's, past the case's own subheadings
    text = ("青海省城乡社区治理典型案例汇编（2025）\n\n青海省民政厅　编\n\n前　　言\n近年来，全省推荐案例58个。\n\n"
            "案例一　西宁市湟中区鲁沙尔镇：“四议两公开”让村务晒在阳光下\n\n【基本情况】\n鲁沙尔镇辖22个行政村。\n\n"
            "【主要做法】\n已累计公开各类事项5,200余条。\n\n"
            "案例二　海北藏族自治州刚察县沙柳河镇：“帐篷议事厅”搭起牧区连心桥\n\n【基本情况】\n沙柳河镇辖8个牧委会。\n\n"
            "【取得成效】\n全镇牧区矛盾纠纷下降41.2%。\n")
    seg = _seg(text)
    assert [d.locality_code for d in seg.documents] == ["630000"]
    assert [(c.quote, c.locality_code) for c in extract(seg)] == [
        ("58个", "630000"), ("22个", "630106"), ("5,200余条", "630106"), ("8个", "632224"), ("41.2%", "632224")]
    # a news story's subheads in quotes are the sayings; the subtitle under a slogan headline is none
    story = (Path(__file__).parent / "fixtures" / "heldout81" / "07-zhaoan-nongminribao-yishi.txt").read_text(encoding="utf-8")
    names = _names("\n".join(story.split("\n")[:18]))
    assert names == {"“榕树下议事”议出乡村新风": "programme", "议什么，村民说了算": "theme",
                     "钱怎么花，账要晒出来": "theme"}


def test_a_post_s_bracketed_section_headings_are_themes_and_its_tags_furniture():
    text = ("湛山街道邻里节圆满落幕\n\n原创　湛山街道　湛山发布　2025年09月21日 18:32　山东\n\n"
            "本届邻里节为期10天，吸引居民2,600余人次参与。\n\n【百家宴：一桌菜，一条心】\n\n"
            "今年共有86户居民报名，每户带来一道拿手菜。\n\n【跳蚤市场：闲置换“新”，绿色环保】\n\n"
            "社区在广场东侧划出摊位45个。\n\n【责任编辑：小湛】\n")
    assert _names(text) == {"湛山街道邻里节圆满落幕": "programme", "百家宴：一桌菜，一条心": "theme",
                            "跳蚤市场：闲置换“新”，绿色环保": "theme"}


def test_a_report_on_its_own_county_naming_only_its_city_in_passing_is_placed_by_its_signature():
    # set 99: 东安县's report names 永州 only in a college's name; its signature names the county
    text = ("关于全县村（社区）“两委”换届后干部能力提升工作情况的报告\n\n县委：\n"
            "全县15个乡镇（街道）、318个村（社区）共有“两委”成员1,574名。\n\n一、主要做法\n\n"
            "（一）分层分类抓培训。全县累计开展培训86期。\n\n（二）学历提升抓储备。与永州职业技术学院合作开展学历提升行动。\n\n"
            "二、存在的问题\n\n少数村干部精力分散。\n\n三、下一步打算\n\n持续深化能力提升行动。\n\n"
            "中共东安县委组织部\n2025年10月20日\n")
    assert [d.locality_code for d in _seg(text).documents] == ["431122"]


def test_a_county_report_naming_only_its_city_is_placed_by_its_document_number():
    text = ("关于全县村（社区）“两委”换届后干部能力提升工作情况的报告\n\n万组字〔2025〕41号\n\n市委组织部：\n"
            "　　全县14个乡镇、283个村（社区）共选出“两委”成员1,496名。依托山西农业大学、运城职业技术大学开设专题班3个。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["140822"]  # 运城's one county in 万: 万荣县
    # (without the county's own words, a city's document stays the city's)
    text = text.replace("全县", "全市")
    assert [d.locality_code for d in _seg(text).documents] == ["140800"]


def test_a_city_s_report_ranking_its_districts_is_the_city_s():
    text = ("关于2025年第三季度12345政务服务便民热线工单办理情况的通报\n乌政服办发〔2025〕27号\n\n"
            "各区（县）人民政府，市直各单位：\n现将全市12345热线工单办理情况通报如下。市12345热线共受理诉求28.64万件。\n\n"
            "区名　　转派工单　　满意率\n新市区　　1,426件　　98.1%\n水磨沟区　　1,083件　　97.6%\n"
            "沙依巴克区　　1,352件　　92.8%\n\n新市区连续两个季度位列第一。\n")
    seg = _seg(text)
    assert [d.locality_code for d in seg.documents] == ["650100"]
    assert [c.locality_code for c in extract(seg)][:1] == ["650100"]


def test_a_brief_s_contents_list_starts_no_report():
    text = ("基层党建工作简报\n2025年第9期（总第112期）\n中共南充市委组织部编印　　　　2025年9月18日\n\n【本期导读】\n南部县：“院落党小组”激活城乡治理末梢\n"
            "嘉陵区：“红色物业”破解老旧小区治理难题\n\n【全市动态】\n今年以来，全市共排查整顿软弱涣散基层党组织146个，"
            "已整顿转化139个；新建小区党支部312个。\n\n【县区经验】\n"
            "南部县：“院落党小组”激活城乡治理末梢\n南部县建立院落党小组2,146个。\n\n"
            "嘉陵区：“红色物业”破解老旧小区治理难题\n嘉陵区组建“红色物业”服务队28支。\n")
    seg = _seg(text)
    assert [(d.title, d.locality_code) for d in seg.documents] == [
        ("基层党建工作简报", "511300"),
        ("南部县：“院落党小组”激活城乡治理末梢", "511321"),
        ("嘉陵区：“红色物业”破解老旧小区治理难题", "511304")]
    # (the contents' last entry, 嘉陵区, is no section over the city's own paragraph)
    assert [c.locality_code for c in extract(seg)] == ["511300", "511300", "511300", "511321", "511304"]


def test_a_title_with_its_community_left_blank_is_a_title_placed_by_its_street():
    text = ("茶亭街道××社区“共享停车”协商议事会议记录\n\n议题：夜间共享停车方案\n\n"
            "会议议定开放夜间共享车位86个。\n")
    seg = _seg(text)
    assert [d.locality_code for d in seg.documents] == ["350103"]
    text = ("关于西湖区推进物业管理融入基层治理工作情况的报告\n\n区人大常委会：\n\n"
            "全区共有住宅小区412个，南浦街道整合42个零散小区。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["360103"]


def test_a_headline_opening_with_a_county_whose_name_is_a_word_is_that_county_of_the_masthead_s_province():
    text = ("海南日报数字报　2025年11月24日　第A05版：市县新闻\n\n东方：“海上网格”护航渔村安宁\n\n"
            "□海南日报全媒体记者　符晓玲\n\n全市沿海8个渔村划分海上网格36个。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["469007"]

def test_a_letterhead_title_opening_with_中共_is_placed_at_its_county():
    text = ("中共中宁县委关于2024年党建引领基层治理工作情况的总结\n\n"
            "2024年，县委认真落实中卫市委部署要求，全县党组织总数达到1,046个。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["640521"]


def test_the_towns_of_a_prefecture_report_s_body_are_examples_not_its_place():
    text = ("包头市党建引领基层治理工作综述\n\n全市建成网格1,860个。少先路街道推行“吹哨报到”，"
            "部门到场率达100%。\n")
    assert [d.locality_code for d in _seg(text).documents] == ["150200"]
    # in the title a town names the report's place
    text = "包头市少先路街道“吹哨报到”工作综述\n\n全年部门到场率达100%。\n"
    assert [d.locality_code for d in _seg(text).documents] == ["150203"]


def test_a_whole_city_clause_is_about_the_city_named_before_it_in_the_sentence():
    text = ("北川：议事坪议出新家园\n\n北川羌族自治县推行“议事坪”。目前，做法已在绵阳市推广，"
            "全市累计建成议事场所2,186个，今年以来开展议事活动1.8万余场次。全县建成议事坪212个。\n")
    assert [(c.quote, c.locality_code) for c in extract_text(text)] == [
        ("2,186个", "510700"), ("1.8万余场次", "510700"), ("212个", "510726")]


def test_a_title_opening_with_its_place_places_the_report():
    text = ("会泽县党建引领基层治理工作情况汇报\n\n一、基本做法\n\n（一）健全组织体系。全县在126个村（社区）建立党组织。\n")
    assert [c.locality_code for c in extract_text(text)] == ["530326"]
    # the text may name a unit inside the title's place: the finer one wins
    text = "曲靖市党建引领基层治理观察\n\n会泽县在126个村（社区）建立党组织。\n"
    assert [c.locality_code for c in extract_text(text)] == ["530326"]
    # …inside the book-title marks of a document it reads or sends out
    for title in ("《鸠江区社区工作者职业体系建设实施方案》政策解读", "关于印发《鸠江区社区工作者职业体系建设实施方案》的通知"):
        text = title + "\n\n一、出台背景\n全区现有城市社区62个。\n"
        assert [c.locality_code for c in extract_text(text)] == ["340207"], title


def test_a_first_headline_is_a_title_even_when_another_report_follows():
    text = ("宁夏回族自治区新闻办新闻发布会实录\n\n主持人：今天介绍西吉县工作情况。\n\n"
            "西吉县委书记：全县296个行政村全部建立议事会。\n\n"
            "海原县：“红色议事厅”让群众说了算\n\n海原县在168个村建立议事厅。\n")
    seg = _seg(text)
    # the press conference is about the county its speakers talk of, inside the title's region
    assert [(d.title, d.locality_code) for d in seg.documents] == [
        ("宁夏回族自治区新闻办新闻发布会实录", "640422"), ("海原县：“红色议事厅”让群众说了算", "640522")]


def test_enumerations_by_first_and_secondly_are_measures():
    for text in ("丘北县：网格连心治理提质\n\n第一，建强网格队伍。全县选聘网格员860名。第二，完善议事机制。全县建立议事会120个。\n",
                 "丘北县：网格连心治理提质\n\n首先，建强网格队伍。全县选聘网格员860名。其次，完善议事机制。全县建立议事会120个。\n"):
        assert _names(text) == {"网格连心治理提质": "programme", "建强网格队伍": "measure", "完善议事机制": "measure"}


def test_pdf_lines_wrapped_mid_sentence_are_joined_without_a_defect_per_line():
    text = ("永靖县：“河州议事”激活乡村治理\n\n近年来，永靖县坚持以党建引领基层治理，在全县\n"
            "115个行政村推行“河州议事”制度，全年共召开议事会\n1,380余场，群\n众满意度达到96.5%。\n")
    seg = _seg(text)
    assert [p.kind for p in seg.paragraphs] == ["title", "body"]
    assert [d.kind for d in seg.defects] == []  # wraps, not page breaks
    assert [(c.quote, c.subject_zh) for c in extract_text(text)] == [
        ("115个", "行政村"), ("1,380余场", "议事会"), ("96.5%", "群众满意度")]


def test_sentences_opening_with_a_county_and_whole_unit_clauses():
    text = ("龙岩市：党建引领基层治理\n\n龙岩市推行网格化管理。新罗区探索三方联动机制，在全区87个城市社区推行指导员制度，"
            "选派指导员134名。全市建成网格1,200个。\n\n剑川县聘请调解员416名。今年1至8月，全县调处矛盾纠纷1,384件。\n")
    assert [(c.quote, c.locality_code) for c in extract_text(text)] == [
        ("87个", "350802"), ("134名", "350802"),  # the sentence is about 新罗区
        ("1,200个", "350800"),
        ("416名", "532931"),  # a paragraph opening with a county elsewhere is about it
        ("1,384件", "532931")]
    # 全州 in a county's report: the prefecture it lies in
    text = "榕江县：村超带动乡村治理\n\n榕江县组建球队300余支。全州组建文体队伍3,200余支。\n"
    assert [(c.quote, c.locality_code) for c in extract_text(text)] == [("300余支", "522632"), ("3,200余支", "522600")]


def test_a_tab_separated_table_with_a_remarks_column():
    text = ("双龙镇2024年工作总结\n\n表1　主要指标完成情况\n序号\t指标\t数值\t单位\t备注\n"
            "1\t专兼职网格员\t168\t名\t其中专职网格员21名\n2\t村级集体经济总收入\t405.6\t万元\t同比增长18.7%\n\n"
            "中共花垣县双龙镇委员会\n")
    got = [(c.quote, c.subject_zh, c.change, c.locality_code) for c in extract_text(text)]
    assert got == [
        ("168\t名", "专兼职网格员", None, "433124"),
        ("21名", "专职网格员", None, "433124"),  # a remark is running text
        ("405.6\t万元", "村级集体经济总收入", None, "433124"),
        ("18.7%", "村级集体经济总收入", "increase", "433124"),
    ]  # the town's county is named only in the signature


def test_transcripts_replies_briefs_and_pdf_wraps():
    conf = ("大理州“和美大理”新闻发布会实录\n\n主持人（州政府新闻办副主任 王瑜）：\n\n各位记者朋友，大家上午好！\n\n"
            "段雪梅：\n\n全州组建网格党支部1,200个。一是组织体系更加健全。二是群众获得感明显增强。\n\n"
            "主持人：\n\n谢谢段雪梅同志的介绍。\n\n云南日报记者：\n\n请问有哪些做法？\n")
    assert _names(conf) == {}  # a descriptive title whose quoted name is too short to be a slogan
    reply = ("婺源县民政局关于县政协第36号提案的答复\n\n婺民函〔2024〕21号　　答复类别：A类\n\n汪建国委员：\n\n"
             "您提出的提案收悉。全县建成养老服务中心12个。\n\n联系人：程晓燕　　联系电话：0793-7362158\n\n婺源县民政局\n")
    assert set(_names(reply)) == set()  # nothing of the reply's furniture is an initiative
    # PDF text cut every 24 characters: the first line of a paragraph is not a heading
    body = ("按照“社区党组织书记任片长、网格员任格长、党员骨\n干任楼长”的思路，全区选聘楼长2,860名、单元\n"
            "长3,100名，配备专职网格员1,356名，实现\n老旧小区“六长”全覆盖。建立“六长”例会制度，每\n"
            "月召开一次联席会议，共同研究小区治理中的难点问题\n，居民满意度由2021年的82.4分提高到202\n3年的91.6分。")
    brief = ("党建引领基层治理工作简报　　　　　　2024年第6期\n\n沈河区：“六长联动”激活老旧小区治理\n\n"
             "一、建强“六长”队伍\n\n" + body + "\n\n中共沈阳市委组织部办公室　　　　2024年6月14日印发\n")
    assert _names(brief) == {"“六长联动”激活老旧小区治理": "programme", "建强“六长”队伍": "theme"}
    assert [(c.quote, c.subject_zh) for c in extract_text(brief)] == [
        ("2,860名", "楼长"), ("3,100名", "单元长"), ("1,356名", "专职网格员"),
        ("82.4分", "居民满意度"), ("91.6分", "居民满意度")]


def test_a_quoted_slogan_in_a_title_and_first_clauses_of_long_items():
    text = ("大理州“党建引领基层治理 建设和美大理”新闻发布会实录\n\n"
            "我们主要做了两件事。第一，推动“多网合一”，将综治、城管、应急等部门在基层设置的网格整合为一张网，全州划分网格8,600个。"
            "第二，落实网格员待遇保障。全州网格员月均补贴提高到1,200元。\n")
    assert _names(text) == {"党建引领基层治理 建设和美大理": "programme", "推动“多网合一”": "measure",
                            "落实网格员待遇保障": "measure"}


def test_a_report_on_our_county_compared_with_its_neighbours():
    text = ("关于我县基层治理工作对标康保、沽源两县情况的调研报告\n\n中共张北县委政策研究室\n\n"
            "为找准差距，调研组先后赴康保县、沽源县学习考察，走访了8个乡镇。\n\n"
            "从组织建设看，我县村党组织书记平均年龄为51.3岁；康保县为49.8岁。"
            "从集体经济看，康保县依托光伏电站，村集体经济收入总额达到1.35亿元；我县建成互助幸福院128个。\n")
    got = [(c.quote, c.locality_code) for c in extract_text(text)]
    assert got == [("8个", "130722"), ("51.3岁", "130722"), ("49.8岁", "130723"),
                   ("1.35亿元", "130723"), ("128个", "130722")]


def test_names_inside_words_are_not_places():
    from pipeline.localities import find_mentions

    assert find_mentions("县委政研室会同县委组织部组成调研组") == []  # 会同 (together with), not 会同县
    assert find_mentions("在古城区域安装监控设备") == []  # 古城区域, not 古城区
    # a chain is a unit inside the one before: 巴彦花镇 is a town of 西乌珠穆沁旗, not 巴彦县
    text = "草原纪实\n\n在西乌珠穆沁旗巴彦花镇的一处牧点，网格员走访牧民38户。\n"
    assert [c.locality_code for c in extract_text(text)] == ["152526"]


def test_titles_with_a_column_tag_a_subtitle_or_a_slogan_under_them():
    def programme(text):
        return [i.name_zh for i in _seg(text).initiatives if i.level == "programme"]

    body = "\n\n全区划分网格1,024个。\n"
    assert programme("书记访谈｜让“红色网格”托起城市治理的“幸福底色”——访哈尔滨市南岗区委书记" + body) == \
        ["让“红色网格”托起城市治理的“幸福底色”"]
    assert programme("草原上的“红色网格”——西乌珠穆沁旗党建引领牧区基层治理纪实" + body) == ["草原上的“红色网格”"]
    # a description as the title, the slogan under it …
    assert programme("在中共汾阳市委全体会议上的工作报告（摘编）\n——坚持党建引领  激活基层治理“末梢神经”" + body) == \
        ["坚持党建引领  激活基层治理“末梢神经”"]
    # … and the other way round
    assert programme("“村超”赛场上的治理新答卷\n——贵州榕江以党建引领激活乡村治理一线观察" + body) == \
        ["“村超”赛场上的治理新答卷"]
    assert _names("美兰区治理长文\n\n01 | 建强组织\n\n全区组建网格党支部120个。\n\n02 | 做实网格\n\n全区划分网格800个。\n") == {
        "美兰区治理长文": "programme", "建强组织": "theme", "做实网格": "theme"}


def test_a_table_divided_by_bars_with_years_as_columns():
    text = ("桐乡市2024年度城乡社区治理工作情况报告\n\n序号 | 指标 | 2023年 | 2024年 | 较上年\n"
            "1 | 全科网格数量 | 998个 | 1,020个 | 增加22个\n2 | 信访总量 | 5,864件 | 4,973件 | 下降15.2%\n")
    got = [(c.quote, c.subject_zh, c.change) for c in extract_text(text)]
    assert got == [("998个", "全科网格数量", None), ("1,020个", "全科网格数量", None), ("22个", "全科网格数量", "increase"),
                   ("5,864件", "信访总量", None), ("4,973件", "信访总量", None), ("15.2%", "信访总量", "decrease")]


def test_indicator_lines_name_their_values_and_everyday_words_are_not_places():
    text = ("鼓楼区2024年度基层治理绩效评估报告\n\n（一）组织体系建设\n社区党组织数：123个\n"
            "物业企业党组织覆盖率：86.7%（较上年提高5.4个百分点）\n群众诉求平均办理时长：3.2天（上年为4.7天）\n\n"
            "社区还有不少短板，比如年轻居民参与少。\n")
    got = [(c.quote, c.subject_zh, c.change) for c in extract_text(text)]
    assert got == [("123个", "社区党组织数", None), ("86.7%", "物业企业党组织覆盖率", None),
                   ("5.4个百分点", "物业企业党组织覆盖率", "increase"),
                   ("3.2天", "群众诉求平均办理时长", None), ("4.7天", "群众诉求平均办理时长", None)]
    assert _seg(text).documents[0].locality_code != "540622"  # 比如 (for example), not 比如县


def test_speech_and_app_page_furniture_and_lessons():
    text = ("把“老楼院”变成“暖心家”\n——在全区基层治理现场推进会上的交流发言\n\n朝阳区红旗街道百合社区党委书记　王淑芬\n\n"
            "先说说我们社区的底子。社区有居民3,280户。\n\n几点体会\n\n一是必须把党组织建在群众身边。二是必须依靠群众。\n\n"
            "打开APP\n\n写评论...\n\n莲花镇党委　2024年12月20日\n")
    assert _names(text) == {"把“老楼院”变成“暖心家”": "programme"}


def test_headings_naming_parts_of_a_report_and_plans_are_not_initiatives():
    text = ("张北县：红色堡垒 激活坝上治理\n\n一、我县基本情况\n\n全县有行政村366个。\n\n"
            "二、过去一年的主要工作\n\n（一）建强村级组织。全县调整村党组织书记42名。\n\n"
            "三、与康保、沽源两县的对比情况\n\n康保县受理矛盾纠纷2,104件。\n\n"
            "四、治理成效\n\n全县群众满意率达到96.1%。\n\n"
            "五、2025年工作打算\n\n（一）持续深化网格治理。力争网格员持证率达到60%。\n")
    seg = _seg(text)
    by_name = {i.name_zh: i for i in seg.initiatives}
    assert {n: i.level for n, i in by_name.items()} == {
        "红色堡垒 激活坝上治理": "programme",
        "建强村级组织": "measure",  # under a part of the report: held by the programme
        "治理成效": "theme",  # names a field of work (治理): a theme
    }
    assert by_name["建强村级组织"].parent_start == by_name["红色堡垒 激活坝上治理"].start
    # the theme before a generic section does not hold that section's text
    theme = by_name["治理成效"]
    assert theme.holds[1] == text.index("五、2025年工作打算")


def test_a_video_scripts_spoken_and_captioned_lines_are_text():
    text = ("【视频号脚本】边城网格“格”外暖\n\n【音乐】舒缓的旋律渐起\n"
            "【画面】清晨，一位网格员骑着电动车穿过石板巷。\n"
            "【解说】在腾冲，像他这样的网格员有一千二百多名。\n"
            "【字幕】全市划分网格1286个　配备网格员1200余名\n"
            "【同期声】（网格员 尹志明）今年我已经帮村民代办事情八十多件了。\n")
    assert [c.quote for c in extract_text(text)] == ["一千二百多名", "1286个", "1200余名", "八十多件"]


def test_a_plan_states_targets_except_its_review_and_what_already_is():
    text = ("井冈山市2025年党建引领基层治理工作要点\n\n"
            "2024年，全市新建小区党支部27个，城市社区全部建立“大党委”。\n\n"
            "一、建强基层战斗堡垒\n\n（一）深化示范创建。年内新创建“五星”村党组织20个以上，"
            "组织“红色讲解员”进村宣讲100场以上。\n\n"
            "（二）加强新就业群体党建。去年已有快递员、外卖骑手等380余人注册为网格观察员，"
            "全年上报问题线索2,600余条。在去年试点的46个小区基础上，年内实现覆盖率达到100%。\n")
    assert [c.quote for c in extract_text(text)] == ["27个", "380余人", "2,600余条", "46个"]
    # the minutes of a meeting on a plan record who came and what was said
    text = ("上海路街道××社区\n关于××小区老旧小区改造实施方案的居民议事会议纪要\n\n"
            "参会：居民代表31名、楼栋长9名。\n\n会议收集意见建议126条，采纳意见建议87条。\n")
    assert [c.quote for c in extract_text(text)] == ["31名", "9名", "126条", "87条"]


def test_a_title_opening_with_a_shared_name_takes_the_unit_under_the_place_the_text_names():
    text = ("通州区接诉即办工作月度分析报告\n\n一、总体情况\n\n7月份，全区共受理市民诉求48,652件。"
            "通过“北京12345”微信公众号反映的诉求5,210件。\n")
    seg = _seg(text)
    assert seg.documents[0].locality_code == "110112"  # 北京市通州区, not 南通市通州区
    assert {c.locality_code for c in extract_text(text)} == {"110112"}


def test_an_issuers_line_names_the_place_of_a_notice():
    text = ("中共富平县委整治形式主义为基层减负专项工作机制办公室\n关于2025年上半年整治形式主义为基层减负工作情况的通报\n\n"
            "富减负办〔2025〕6号\n\n一、主要成效\n\n上半年，县委、县政府印发文件138件。下半年，县减负办将会同县委督查室开展督导。\n")
    assert _seg(text).documents[0].locality_code == "610528"


@pytest.mark.parametrize("title,programme", [
    ("关于县委第五轮巡察村（社区）集中整改情况的通报", []),
    ("桐乡市2024年度城乡社区治理工作情况报告", []),
    ("井冈山市2025年党建引领基层治理工作要点", []),
    ("县委书记刘建平到菜花坪镇调研党建引领基层治理工作", []),
    ("组 工 信 息", []),
    # slogans stay programmes
    ("徐汇区：“党建联盟”串起共建共治“同心圆”", ["“党建联盟”串起共建共治“同心圆”"]),
    ("边城网格“格”外暖", ["边城网格“格”外暖"]),
    ("大理州“党建引领基层治理 建设和美大理”新闻发布会实录", ["党建引领基层治理 建设和美大理"]),
    ("武强县“积分超市”2024年第三季度运行台账（摘要）", ["积分超市"]),
    # a column's tag before the title; a newspaper's page line above it is furniture
    ("安徽日报　2025年7月14日　第6版　要闻·观察\n\n【观察】让“小网格”撬动“大治理”", ["让“小网格”撬动“大治理”"]),
    ("【视频号脚本】边城网格“格”外暖", ["边城网格“格”外暖"]),
    ("【奋进新征程】玛沁：雪域网格“格”出牧区新气象", ["雪域网格“格”出牧区新气象"]),  # a tag, then a place
    ("【网络问政】县长与网民面对面：基层治理“小事”怎么办好", []),  # a question, not a slogan
    ("中共光山县委十五届八次全会公报", []),
    ("平江县2025年国民经济和社会发展统计公报（节选）", []),
    ("酒泉市肃州区2025年公开招聘社区专职网格员公告", []),
])
def test_a_title_that_only_says_what_the_document_is_names_no_programme(title, programme):
    text = title + "\n\n全县组建网格党支部1,200个，配备网格员3,400名。\n"
    assert [i.name_zh for i in _seg(text).initiatives if i.level == "programme"] == programme


def test_yearbook_entries_are_themes_named_by_their_tags():
    text = ("基层党建与社会治理\n\n【概况】 2023年，乃东区有基层党组织186个，其中党委14个、党支部166个。\n\n"
            "【基层党建】 年内，全区评定五星级党组织17个、四星级党组织46个，整顿软弱涣散村党组织3个。\n\n"
            "【平安建设】 年内，全区化解矛盾纠纷1,236件，调解成功率98.2%，未发生重大群体性事件。\n")
    themes = [i.name_zh for i in _seg(text).initiatives if i.level == "theme"]
    assert themes == ["基层党建", "平安建设"]  # 概况 names no field of work
    for i in _seg(text).initiatives:
        assert text[i.start:i.end] == i.name_zh


def test_a_diarys_dated_entries_and_an_afterword_are_no_themes():
    text = ("苍南县网格员工作日志摘编（第3期）\n\n"
            "【3月12日　星期三　晴】藻溪镇××村第4网格　网格员　李××\n上午入户走访独居老人12户，发现燃气软管老化3处，当场更换2处。\n\n"
            "【编后】日志是网格员的“作战图”。3月，全县网格事件按时办结率达98.7%，较2月提高1.4个百分点。\n")
    assert [i.name_zh for i in _seg(text).initiatives if i.level == "theme"] == []


def test_a_joint_letterhead_is_furniture_and_names_the_issuers_place():
    text = ("綦江区平安建设领导小组办公室　綦江区人民法院\n关于2024年度“无诉村（社区）”创建验收情况的通报\n\n"
            "各街道党工委、办事处，各镇党委、政府：\n全区21个街镇共申报创建村（社区）126个，通过验收98个。\n")
    seg = _seg(text)
    assert seg.paragraphs[0].kind == "debris"
    assert seg.documents[0].title.startswith("关于2024年度") and seg.documents[0].locality_code == "500110"
    assert [i.name_zh for i in seg.initiatives if i.level == "programme"] == ["无诉村（社区）"]


def test_a_papers_section_numbers_salutations_and_newspaper_page_lines():
    paper = ("嵌入式治理：城市社区党建引领基层治理的实践逻辑\n\n1　问题的提出\n\n近年来社区治理受到关注。\n\n"
             "2.1　组织嵌入：把党组织建到小区楼栋\n\n金凤区组建小区党支部86个。\n\n3　成效分析\n\n居民满意度提高。\n")
    assert "组织嵌入：把党组织建到小区楼栋" in _names(paper)
    assert "问题的提出" not in _names(paper) and "成效分析" not in _names(paper)
    report = ("关于全区社区治理工作情况的专题调研报告\n\n主任、各位副主任、各位委员：\n\n"
              "2025年08月11日　文匯報　A12版　大灣區\n\n全区有社区党组织136个。\n")
    seg = _seg(report)
    assert [p.kind for p in seg.paragraphs][1:3] == ["debris", "debris"]


def test_a_ranking_table_scores_the_unit_each_row_names():
    text = ("中牟县网格化服务管理工作月度通报\n\n二、考核排名\n\n对全县16个乡镇（街道）进行月度考核。\n\n"
            "名次　乡镇（街道）　得分　环比\n1　青年路街道　96.8分　提高1.5分\n2　官渡镇　95.2分　提高0.6分\n"
            "3　韩寺镇　94.7分　下降3.1分\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text) if c.unit == "分"]
    assert got == [("96.8分", "青年路街道"), ("1.5分", "青年路街道"), ("95.2分", "官渡镇"), ("0.6分", "官渡镇"),
                   ("94.7分", "韩寺镇"), ("3.1分", "韩寺镇")]


def test_a_table_with_one_cell_a_line_gives_each_cell_its_columns_name():
    text = ("天山区2025年度试点街道网格化服务管理情况统计表\n\n表1　2025年度试点街道网格化服务管理情况\n"
            "序号\n街道\n社区数\n网格数\n矛盾纠纷化解率\n"
            "1\n燕儿窝街道\n12个\n86个\n98.6%\n2\n胜利路街道\n9个\n64个\n97.9%\n合计\n21个\n150个\n98.3%\n\n"
            "注：矛盾纠纷化解率=化解数/受理数×100%。\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text)]
    assert got == [("12个", "社区数"), ("86个", "网格数"), ("98.6%", "矛盾纠纷化解率"),
                   ("9个", "社区数"), ("64个", "网格数"), ("97.9%", "矛盾纠纷化解率"),
                   ("21个", "社区数"), ("150个", "网格数"), ("98.3%", "矛盾纠纷化解率")]


def test_a_figures_page_reads_each_figure_with_its_caption():
    text = ("数说如皋丨一组数据，带你看2025年党建引领基层治理“成绩单”\n\n01｜组织建设\n\n"
            "334个\n村（社区）党组织\n\n1,126名\n年度新发展党员\n\n其中35岁以下的占\n82.4%\n\n"
            "村（社区）党组织书记平均年龄\n42.3岁\n较换届前下降6.1岁\n\n"
            "平均处置时长\n由3.2天缩短至1.4天\n\n压减42%\n市级发文数量\n\n近九成\n群众诉求在网格内解决\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text)]
    assert got == [("334个", "村（社区）党组织"), ("1,126名", "年度新发展党员"), ("82.4%", "35岁以下的"),
                   ("42.3岁", "村（社区）党组织书记平均年龄"), ("6.1岁", "村（社区）党组织书记平均年龄"),
                   ("3.2天", "平均处置时长"), ("1.4天", "平均处置时长"), ("42%", "市级发文数量"),
                   ("近九成", "群众诉求在网格内解决")]
    # neither figures nor captions are themes
    assert [i.name_zh for i in _seg(text).initiatives if i.level == "theme"] == ["组织建设"]


def test_ocr_spaced_headings_forms_diaries_and_replies():
    ocr = ("麻 城 市 委 社 会 工 作 部\n\n党 建 引 领 聚 合 力\u3000基 层 治 理 见 实 效\n——麻城市党建引领基层治理工作情况汇报\n\n"
           "今年以来，全市划分网格3,892个。\n\n一、强 化 组 织 引 领 ， 筑 牢 治 理 根 基\n\n全市配备网格员4,021名。\n\n"
           "二、存 在 的 问 题\n\n部分网格员能力不足。\n\n三、下 一 步 打 算\n\n（一）深化网格治理。\n")
    assert _names(ocr) == {"党 建 引 领 聚 合 力\u3000基 层 治 理 见 实 效": "programme",
                           "强 化 组 织 引 领 ， 筑 牢 治 理 根 基": "theme"}
    form = ("2025年度全省党建引领基层治理典型案例申报表\n\n案例名称：“楼院红管家”激活老旧小区治理“一池春水”\n"
            "申报单位：中共济南市历下区委社会工作部\n案例类别：城市基层治理\n\n一、案例背景\n\n历下区有老旧小区312个。\n\n"
            "二、主要做法\n\n（一）建强楼院党组织。组建楼院党小组186个。\n")
    assert _names(form) == {"“楼院红管家”激活老旧小区治理“一池春水”": "programme", "建强楼院党组织": "measure"}
    diary = ("驻村工作日志（摘录）\n\n2025年3月4日　星期二　晴\n\n今天走访农户23户，收集意见12条。\n\n"
             "2025年3月11日　星期二　多云\n\n召开党员大会，到会党员41名。\n\n南坪街道办事处\n")
    seg = _seg(diary)
    assert _names(diary) == {}
    assert [p.kind for p in seg.paragraphs if "星期" in p.text or "办事处" in p.text] == ["debris"] * 3


@pytest.mark.parametrize("heading", ["过去五年的工作回顾", "今后五年的目标任务", "调研基本情况", "问卷反映的主要情况",
                                     "出台背景", "主要内容", "政策落实情况", "留言内容", "回复内容",
                                     "收入情况（单位：元）", "组织引领类", "关于“三资”管理不规范的问题",
                                     "招聘计划", "招聘条件", "薪酬待遇", "招聘程序", "资格审查", "其他事项",
                                     "数据速览", "主要指标完成情况见下表"])
def test_more_headings_that_only_name_parts_of_a_report(heading):
    text = f"泸溪县：网格连心 治理提质\n\n一、{heading}\n\n全县选聘网格员860名。\n\n二、建强网格队伍\n\n全县培训网格员1,200人次。\n"
    assert _names(text) == {"网格连心 治理提质": "programme", "建强网格队伍": "theme"}


def test_a_plans_section_and_a_rules_document_state_targets():
    report = ("孝丰镇：凝心聚力谱新篇\n\n一、过去五年的工作回顾\n\n五年来，全镇新建村级党群服务中心12个。\n\n"
              "二、今后五年的目标任务\n\n到2030年，地区生产总值突破70亿元，新建共享食堂10个以上。目前已建成共享食堂4个。\n\n"
              "三、存在问题和下一步打算\n\n一是56岁以上的村党组织书记仍有7人。\n")
    assert [c.quote for c in extract_text(report)] == ["12个", "4个", "7人"]
    report = ("政府工作报告（节选）\n\n一、2024年工作回顾\n\n全县登记社会组织312家。\n\n"
              "二、2025年主要任务\n\n新建长者饭堂10个以上，新建“党群连心驿站”50个。\n")
    assert [c.quote for c in extract_text(report)] == ["312家"]
    rules = ("《北流市关于进一步推进党建引领基层治理的若干措施》政策解读\n\n一、出台背景\n\n"
             "近年来，我市现有村（社区）318个，已划分网格2,156个。\n\n二、主要内容\n\n"
             "（一）健全网格组织体系。每个网格配备1名专职网格员，专职网格员月工资不低于2,800元。\n\n"
             "三、政策落实情况\n\n目前，全市已梳理形成工作事项清单28项；出具证明事项清单9项，减少了17项。\n")
    assert [c.quote for c in extract_text(rules)] == ["318个", "2,156个", "28项", "9项", "17项"]
    # a report on how a rule was carried out reports results
    carried = ("祁连县牧区网格化管理办法（试行）执行情况报告\n\n一、网格划分和人员配备情况\n\n"
               "全县将45个行政村划为312个牧区网格，选聘专兼职网格员312名。\n")
    assert [c.quote for c in extract_text(carried)] == ["45个", "312个", "312名"]


def test_a_plans_section_ends_at_an_appendix_or_the_closing_words():
    text = ("下党乡党委书记抓基层党建工作述职报告\n\n一、履职情况\n\n（一）建强组织。全乡整顿软弱涣散村2个。\n\n"
            "二、下一步工作打算\n\n新发展35岁以下党员不少于8名。\n\n附：现场评议情况\n\n"
            "参加评议人员共48人，民主测评结果为：好42票，较好5票。\n")
    assert [c.quote for c in extract_text(text)] == ["2个", "48人", "42票", "5票"]
    # an appendix of lists holds no initiatives…
    text = ("大集镇关于村级集体经济发展情况的报告\n\n一、主要做法\n\n（一）盘活资源。清理合同156份。\n\n"
            "特此报告。\n\n附：2024年村集体经济收入前3名的村\n1.东庄村　186万元\n2.李堂村　152.3万元\n3.孟寨村　128万元\n")
    assert "东庄村　186万元" not in _names(text) and _names(text)["盘活资源"] == "measure"
    # …but an attached report does
    text = ("恭城瑶族自治县党建引领基层治理工作情况\n\n一、建强组织体系。全县建成党群服务中心117个。\n\n"
            "附：莲花镇2024年党建引领基层治理工作情况\n\n"
            "我镇位于恭城县南部，辖13个村委会、1个社区，总人口约4.9万人，是全国知名的“月柿之乡”。"
            "全镇共有基层党组织27个、党员1,136名。今年，镇党委按照县委部署推进党建引领基层治理。\n\n"
            "（一）党建+月柿产业。全镇建成月柿合作社36个。\n")
    assert "党建+月柿产业" in _names(text)


def test_paired_news_subheadings_are_themes():
    text = ("乐都区：“民情夜谈”谈出干群连心“新气象”\n\n干部下沉，“夜谈”谈出真感情\n\n"
            "今年以来，全区1,600余名党员干部走进村社，召开“民情夜谈”会2,140场次，收集意见建议6,372条。\n\n"
            "一线办理，“夜谈”谈出好效果\n\n对收集的意见建议，能当场解决的当场解决，不能当场解决的建立台账、明确时限，"
            "截至5月底已办结6,105条。\n")
    names = _names(text)
    assert names["干部下沉，“夜谈”谈出真感情"] == "theme" and names["一线办理，“夜谈”谈出好效果"] == "theme"
    # one such line alone is a sentence of the text
    text = "社区党建\n\n群众有事，找网格员\n\n全社区划分网格12个，配备网格员12名，每名网格员联系居民80户左右。\n"
    assert "群众有事，找网格员" not in _names(text)


def test_page_furniture_addressees_directives_and_subtitles_are_not_initiatives():
    text = ("大集镇人民政府\n关于2024年村级集体经济发展情况的报告\n\n县委组织部、县农业农村局：\n\n"
            "什刹海街道办事处综合办公室　　　　签发人：周卫东\n\n一、主要做法\n\n（一）盘活资源。清理合同156份。\n\n"
            "二、存在的困难\n\n（一）增收渠道单一。部分村依赖租金。\n\n上一版　下一版　　版面导航\n")
    names = _names(text)
    assert names == {"盘活资源": "measure"}
    speech = ("在全旗党建引领基层治理工作推进会上的讲话\n\n同志们：\n\n一、突出重点\n\n"
              "要在建强组织上再用力。全旗划分网格1,286个。\n")
    assert "要在建强组织上再用力" not in _names(speech)
    study = ("生态涵养区党建引领“接诉即办”的调查与思考\n——以密云区库区镇村为例\n\n"
             "一、基本情况\n\n全区受理诉求1.06万件。\n")
    assert "以密云区库区镇村为例" not in _names(study) and "——以密云区库区镇村为例" not in _names(study)
    outline = "柳市镇网格化服务管理工作汇报提纲\n\n一、基本情况\n\n全镇划分网格268个。\n"
    assert "柳市镇网格化服务管理工作汇报提纲" not in _names(outline)


def test_sections_of_analysis_advice_and_overview_and_collections_name_no_initiatives():
    report = ("关于《物业管理条例》实施情况的执法检查报告\n\n一、村情概况\n\n全区有住宅小区486个。\n\n"
              "二、热点诉求分析\n\n（一）城市管理类诉求居首位。全年受理4.38万件。\n\n"
              "三、综合排名\n\n资兴市得分96.8分。\n\n四、意见和建议\n\n（一）进一步压实各方责任。\n\n"
              "五、值得推广的做法\n\n（一）建强组织。全区建立小区党支部126个。\n\n相关新闻\n")
    assert _names(report) == {"建强组织": "measure"}
    # …but a measure about analysis is a measure
    text = "某县：治理\n\n一、强化数据分析\n\n（一）建设数据平台。全县接入数据12类。\n"
    assert _names(text)["强化数据分析"] == "theme" and _names(text)["建设数据平台"] == "measure"
    for title in ("盐城市党建引领基层治理典型经验汇编（第二辑）", "会议材料之四",
                  "2025年上半年工作总结及下半年工作打算"):
        assert title not in _names(title + "\n\n一、建强组织\n\n全区建立小区党支部126个。\n")
    # a lead sentence that says what a place is like is no measure
    text = "奉贤区：服务新就业群体\n\n（一）奉贤民营企业多、园区多。全区有快递网点320个。\n"
    assert "奉贤民营企业多、园区多" not in _names(text)


def test_wechat_parts_recommendations_congress_results_and_letterhead_titles():
    page = ("小事不出网格 大事不出街道\n\nPART 01 | 组织账单\n\n街道11个社区共收集居民微心愿1,386条。\n\n"
            "相关推荐\n\n文化路街道召开2025年度平安建设推进会\n\n精选留言\n")
    names = _names(page)
    assert names.get("组织账单") == "theme" and "PART 01 | 组织账单" not in names
    assert "文化路街道召开2025年度平安建设推进会" not in names
    congress = ("兴化市第十四次党代会报告（摘编）\n\n一、过去五年的工作\n\n"
                "——综合实力跃上新台阶。地区生产总值达到1,004.6亿元。\n\n"
                "——基层组织更加坚强有力。完成村（社区）换届。\n")
    assert not {"综合实力跃上新台阶", "基层组织更加坚强有力"} & set(_names(congress))
    for title in ("中共琴城镇委员会文件", "锦州市委社会工作部2025年工作总结及2026年工作思路"):
        assert title not in _names(title + "\n\n一、建强组织\n\n全区建立小区党支部126个。\n")
    evaluation = "普定县社会工作部整体支出绩效自评报告\n\n一、部门概况\n\n（一）部门职责\n\n负责全县社会工作。\n"
    assert not {"部门概况", "部门职责"} & set(_names(evaluation))


def test_scored_items_zero_padded_counters_and_correction_sections():
    report = ("桦甸市2025年度抓党建促基层治理能力提升工作自查报告\n\n二、分项自评情况\n\n"
              "（一）组织体系建设（分值20分，自评19分）。全市177个村（社区）全部建立党组织。\n\n"
              "三、下步整改措施\n\n（一）加强数据更新。每月核查网格数据1次。\n\n"
              "静宁县抓党建促基层治理工作情况报告\n\n本報綜合報道\n")
    names = _names(report)
    assert names.get("组织体系建设") == "theme" or names.get("组织体系建设") == "measure"
    assert not {"加强数据更新", "下步整改措施", "静宁县抓党建促基层治理工作情况报告", "本報綜合報道"} & set(names)
    page = "靖安县：绿色治理\n\n01 支部建在“绿”上  党员冲在一线\n\n全县在林区建立党支部36个，组织党员巡山护林。\n"
    assert "支部建在“绿”上  党员冲在一线" in _names(page)


def test_a_summary_with_next_year_s_plan_reports_its_year():
    text = ("中共成都市双流区委社会工作部\n2024年工作总结和2025年工作计划\n\n"
            "2024年，区委社会工作部坚持党建引领基层治理。\n\n一、主要工作\n\n全区9个街道、3个镇共有村（社区）137个。\n\n"
            "二、2025年工作计划\n\n新建社区老年食堂10个。\n")
    assert [c.quote for c in extract_text(text)] == ["9个", "3个", "137个"]


def test_a_press_conference_s_speakers_and_closing_words_and_results_name_no_initiative():
    text = ("孝感市“孝善网格”新闻发布会实录\n\n刘某某（市委社会工作部副部长）：\n\n"
            "全市划分网格1.2万个。\n\n今天的发布会到此结束。谢谢大家！\n")
    assert not {"刘某某（市委社会工作部副部长）", "今天的发布会到此结束"} & set(_names(text))
    report = "某县工作报告\n\n一、过去五年的工作\n\n——基层负担有效减轻。清理证明事项41项。\n"
    assert "基层负担有效减轻" not in _names(report)


def test_an_indicators_name_is_not_a_measure():
    text = ("都江堰市：治理提质\n\n二、主要指标完成情况\n\n1.小区（院落）党组织覆盖率。基期值52.7%，完成值83.5%。\n\n"
            "2.推行“微网实格”治理。全市划分微网格6,418个。\n")
    assert _names(text) == {"治理提质": "programme", "推行“微网实格”治理": "measure"}


def test_a_speechs_item_lines_a_notices_county_sections_and_a_bilingual_page():
    speech = ("把“老楼院”变成“暖心家”\n\n大家好！\n\n第一件事，我们把党支部建到楼院里。\n\n全社区划了9个网格。\n\n"
              "第二件事，我们把钱和人“找”回来。\n\n社区筹资80万元。\n")
    assert _names(speech) == {"把“老楼院”变成“暖心家”": "programme", "我们把党支部建到楼院里": "theme",
                              "我们把钱和人“找”回来": "theme"}
    notice = ("中共甘肃省委组织部关于对天水市秦安县等5个县区党建引领基层治理工作予以通报表扬的通报\n\n甘组通〔2024〕47号\n\n"
              "各市州党委组织部：\n\n秦安县：支部建在产业链上，果园变成“党建阵地”。该县围绕苹果、花椒等主导产业，建立产业链党组织46个，"
              "带动果农1.8万户。\n\n"
              "麦积区：网格连着民心，小事不出小区。该区在城区划分网格1,120个，组建小区党支部138个，选聘专职网格员。\n")
    assert _names(notice) == {"支部建在产业链上，果园变成“党建阵地”": "theme", "网格连着民心，小事不出小区": "theme"}
    assert [c.locality_code for c in extract_text(notice) if c.quote in ("46个", "1,120个")] == ["620522", "620503"]
    bilingual = ("武夷山：党建引领绘就“茶乡”善治新画卷\nWuyishan: Party Building Leads Good Governance in the Home of Tea\n\n"
                 "茶山上建起党支部。全市在茶企中建立党组织86个。\n"
                 "Party branches on the tea hills. The city has set up 86 Party organizations in tea companies.\n")
    assert [c.quote for c in extract_text(bilingual)] == ["86个"]
    assert "茶山上建起党支部" in _names(bilingual)


def test_a_county_s_slogan_line_alone_and_a_bulleted_heading_with_a_subtitle_are_themes():
    briefing = ("东至县、青阳县：党建引领“网格+”激活乡村治理\n\n"
                "东至县：划细网格“绣花针”，精耕治理“责任田”。\n"
                "县委组织部牵头，全县划分网格1,620个。\n\n"
                "青阳县：党员“亮身份”，服务“零距离”。\n"
                "全县1.05万名农村党员亮明身份。\n")
    names = _names(briefing)
    assert names.get("划细网格“绣花针”，精耕治理“责任田”") == "theme", names
    assert names.get("党员“亮身份”，服务“零距离”") == "theme", names
    post = ("金秀：党旗红引领“瑶山治理”新路径\n\n▶ 网格连心：山再高也有人管\n全县划分网格412个。\n\n"
            "▶ 减负增效：让干部把心思用在群众身上\n村级出具证明事项由41项减少到9项。\n")
    assert {"网格连心：山再高也有人管", "减负增效：让干部把心思用在群众身上"} <= set(_names(post)), _names(post)


def test_a_breadcrumb_is_page_furniture_even_where_lines_look_cut_at_a_page_width():
    crumb = "阳新县人民政府门户网站 > 政务公开 > 重点领域信息公开 > 民生实事"
    body = ("根据县十九届人大五次会议审议通过的项目安排现将进展情况公示如下县民生实事办对各牵头单位报送的进展情况进行了"
            "实地核查全县新建改造城乡社区综合服务站18个建成村级老年食堂27家为困难老人提供居家养老上门服务3126人改造"
            "城镇老旧小区19个新建农村通组公路132.6公里新增城区公共停车泊位1840个另有多项工作正在推进之中。")
    rows = [body[i:i + len(crumb)] for i in range(0, len(body), len(crumb))]  # as long as the breadcrumb
    text = crumb + "\n阳新县2025年“十件民生实事”第三季度进展情况公示\n\n" + "\n".join(rows) + "\n"
    assert _names(text) == {"十件民生实事": "programme"}


def test_a_two_clause_lead_that_names_its_aim_is_a_measure_and_a_scene_is_not():
    text = ("“三联三帮”聚合力　客家山区绘新景\n——揭西县党建引领基层治理经验交流材料\n\n"
            "一、组织联建强堡垒，把支部建在治理最前沿\n"
            "聚焦“谁来管”，推动组织体系向下延伸。全县建立自然村党小组1,260个。\n"
            "以镇带村联片共建。由镇党委牵头组建联合党委16个。\n\n"
            "二、干部联户办实事，把服务送到群众家门口\n"
            "初冬时节，客家山村游人如织。全县3,870名机关干部下沉联户。\n")
    names = _names(text)
    assert names.get("聚焦“谁来管”，推动组织体系向下延伸") == "measure", names
    assert "初冬时节，客家山村游人如织" not in names


def test_a_bracketed_place_heading_names_a_theme_and_places_its_section():
    text = ("新疆：网格“织”进千家万户　治理“暖”到南疆乡村\n\n"
            "今年以来，全区共划分城乡网格5.6万余个。\n\n"
            "【温宿：一张网格连民心】\n走进村里，每个网格配备网格员2至3名，累计入户走访36.5万户次。\n\n"
            "【莎车：“小积分”撬动大治理】\n走进荒地镇，村民们手中的积分卡兑换商品1.2万件。\n\n"
            "【责任编辑：刘洋】\n")
    names = _names(text)
    assert names.get("一张网格连民心") == "theme" and names.get("“小积分”撬动大治理") == "theme", names
    assert "责任编辑：刘洋" not in names
    got = {c.quote: c.locality_code for c in extract_text(text)}
    assert got == {"5.6万余个": "650000", "2至3名": "652922", "36.5万户次": "652922", "1.2万件": "653125"}, got


def test_an_account_s_review_lines_fold_pointer_and_recommendations_are_furniture():
    text = ("一图读懂｜儋州这一年\n\n2024年，儋州市坚持以党建引领基层治理。\n一起来看看这份“成绩单”👇\n\n"
            "集体经济更壮大\n全市村级集体经济收入2.26亿元。\n\n🔍小编说\n数字的背后，是一个个实实在在的变化。\n\n"
            "简要分析：\n从全市看，网格数量增加。\n\n广西云客户端\n展开全文\n"
            "一审：陈莉　二审：王强　三审：李明\n喜欢此内容的人还喜欢\n儋州：“银发顾问团”助力乡村振兴\n")
    names = _names(text)
    assert "集体经济更壮大" in names
    for furniture in ("一起来看看这份“成绩单”👇", "小编说", "简要分析", "广西云客户端", "展开全文",
                      "一审：陈莉　二审：王强　三审：李明", "喜欢此内容的人还喜欢", "“银发顾问团”助力乡村振兴"):
        assert not any(furniture in n for n in names), (furniture, names)


def test_a_line_with_counts_cut_before_its_number_is_text_not_a_heading():
    text = ("萝北县党建引领基层治理工作情况报告\n\n一、健全网格体系\n"
            "全县8个乡镇、72个行政村、11个社区共划分网格\n412个，配备网格员468名。\n")
    assert _names(text) == {"健全网格体系": "theme"}, _names(text)
    assert {c.quote: c.subject_zh for c in extract_text(text)}["412个"] == "网格"


def test_a_numbered_lead_naming_a_kind_counts_the_calls_of_its_paragraph():
    text = ("石岐街道8月“吹哨报到”工作月报\n\n二、分类情况\n"
            "（一）城市管理类。吹哨71次，占32.9%，环比增长18.3%。主要涉及占道经营。\n"
            "（二）物业管理类。吹哨46次，占21.3%。\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text)]
    assert got == [("71次", "城市管理类"), ("32.9%", "城市管理类"), ("18.3%", "城市管理类"),
                   ("46次", "物业管理类"), ("21.3%", "物业管理类")], got


def test_numbered_headings_of_one_length_are_not_lines_cut_at_a_page_width():
    heads = ["一、把支部建在草场上，让组织“跟着牛羊走”", "二、把联户长选在群众中，让治理“接上地气”",
             "三、把矛盾化解在帐篷前，让牧区“平安祥和”", "四、把服务送到牧户家，让群众“少跑路”",
             "五、把集体经济做在产业上，让治理“有底气”", "六、把规矩立在村规民约里，让乡风“文明向善”"]
    bodies = ["全县组建流动党支部46个。", "按照每10至15户推选1名联户长的办法，全县选出联户长1,286名，其中党员612名。",
              "组建调解队伍112支，全年化解草场纠纷436起。", "在乡镇设立牧区综合服务站11个，配备流动服务车15辆，全年服务牧民2.3万人次。",
              "全县组建股份制合作社64家，入社牧户9,840户，户均增收约4,200元。", "指导111个村（社区）修订村规民约。"]
    text = "“草原红帆”领航　牧区治理焕新颜\n\n" + "".join(f"{h}\n{b}\n" for h, b in zip(heads, bodies))
    assert [n for n, level in _names(text).items() if level == "theme"] == [h[2:] for h in heads]


def test_placeholders_credits_contact_sections_video_tags_and_a_site_s_column_are_furniture():
    text = ("洋县人大网 > 调查研究\n\n关于全县网格化服务管理工作情况的调研报告\n\n一、网格体系建设\n全县划分网格1,016个。\n\n"
            "[图片]\n\n五、监督电话\n对网格服务有意见建议的，可拨打监督电话反映。\n\n"
            "#酉阳 #基层治理 #院坝会\n展开更多回复 >\n设计：政和县融媒体中心　叶晓琳\n")
    names = _names(text)
    assert names == {"网格体系建设": "theme"}, names
    assert [c.quote for c in extract_text(text)] == ["1,016个"]


def test_rows_of_a_ranking_are_not_joined_to_the_sentence_after_them():
    text = ("凤台县党员积分管理情况通报\n\n二、乡镇排名\n按百分制对各乡镇进行综合评分，排名如下：\n"
            "第1名　刘集镇　98.6分\n第2名　岳张集镇　96.2分\n……\n第14名　尚塘镇　82.6分\n"
            "第15名　关店乡　80.3分\n全县平均得分90.2分，较上季度提高3.1分。\n")
    got = {c.quote: c.subject_zh for c in extract_text(text)}
    assert "关店乡" in got["80.3分"] and "全县" not in got["80.3分"], got
    assert not any("关店乡" in p.text and "全县平均得分" in p.text for p in _seg(text).paragraphs)


def test_a_handout_s_tagged_stops_are_themes_named_by_their_slogans():
    text = ("平山县党建引领基层治理现场观摩会\n观摩点位简介\n\n"
            "【点位一】温塘镇温塘村：“党建+网格”织密治理一张网\n温塘村共有村民1,426户，划分网格12个。\n\n"
            "【点位二】西柏坡镇北庄村：“红色积分”激活乡村治理\n北庄村积分超市全年兑换商品3,200件。\n\n"
            "【字幕】平山：党建引领　网格连心\n")
    names = _names(text)
    assert {"“党建+网格”织密治理一张网", "“红色积分”激活乡村治理"} <= set(names), names
    assert not any("网格连心" in n for n in names)  # a script's caption is no heading
    assert _names("【走基层】二道边村：支部“领着干” 荒坡变“金坡”\n\n全村流转荒坡1,200亩。\n") == \
        {"支部“领着干” 荒坡变“金坡”": "programme"}


def test_a_numbered_lead_before_its_items_is_a_measure_too():
    text = ("在中国共产党临城县第十届委员会第八次全体会议上的报告（节选）\n\n"
            "三、坚持党建引领，推动基层治理现代化\n"
            "（一）聚焦组织体系建设，夯实治理根基。一是健全组织链条。全县建立网格党支部126个。"
            "二是建强带头人队伍。选派第一书记62名。\n")
    names = _names(text)
    assert {"聚焦组织体系建设，夯实治理根基", "健全组织链条", "建强带头人队伍"} <= set(names), names
    assert names["聚焦组织体系建设，夯实治理根基"] == "measure"


def test_letterheads_document_numbers_attachments_and_repost_sources_are_furniture():
    report = ("萝北县人民政府文件\n萝政报〔2O25〕3号　　　　签发人：刘志军\n\n"
              "关于2024年度党建引领基层治理工作情况的报告\n\n全县划分网格412个。\n")
    assert _names(report) == {}, _names(report)  # the title says what it is; no letterhead, no number line
    village = ("燕坊村村民委员会\n\n燕坊村2024年度党建引领乡村治理工作总结\n\n全村党员46名。\n\n"
               "附件2\n本文转自：黑山县融媒体中心\n县人大常委会执法检查组\n")
    assert _names(village) == {}, _names(village)
    assert [c.quote for c in extract_text(village)] == ["46名"]


def test_a_series_header_stands_over_the_case_s_own_title():
    text = ("新时代“枫桥经验”典型案例选编（之七）\n瑞安市塘下镇：“三所联动”让矛盾纠纷就地化解\n"
            "发布日期：2025-04-18　信息来源：市委政法委\n\n【基本情况】\n塘下镇常住人口约40万，全年受理纠纷3,126件。\n")
    assert _names(text) == {"“三所联动”让矛盾纠纷就地化解": "programme"}, _names(text)


def test_a_list_of_addressees_is_no_theme():
    text = ("关于修订《江垭镇村规民约》的说明\n\n镇人大主席团、各村（社区）党组织：\n"
            "现将修订情况说明如下。全镇23个村（社区）全部完成修订。\n")
    assert _names(text) == {}  # (nor the formula that opens the text: 现将…说明如下)
    assert [c.quote for c in extract_text(text)] == ["23个"]


def test_whole_province_after_a_word_of_time_is_the_province():
    text = ("让“小网格”撬动“大治理”\n\n天长市在全市推行“邻长制”，选出邻长2,860名。据了解，当前全省已划分城乡网格17.8万个。\n")
    got = {c.quote: c.locality_code for c in extract_text(text)}
    assert got == {"2,860名": "341181", "17.8万个": "340000"}


def test_a_recruitment_notice_states_terms_except_what_already_is():
    text = ("酒泉市肃州区2025年公开招聘社区专职网格员公告\n\n目前，全区已划分城市网格412个，配备专职网格员356名。"
            "本次计划招聘社区专职网格员61名，其中面向社会公开招聘52名。\n\n"
            "应聘人员年龄在35周岁以下，试用期1个月，综合月收入3,200至3,800元。\n")
    assert [c.quote for c in extract_text(text)] == ["412个", "356名"]


def test_a_broadcast_scripts_column_line_and_speakers_and_a_plenums_leads():
    script = ("“寨管家”管出和美新村寨\n\n栏目：《龙里新闻》\n\n【同期声·王德芬】\n"
              "以前寨子里有事没人管，现在我们选了寨管家12名。\n\n全县共选出寨管家386名。\n")
    assert _names(script) == {"“寨管家”管出和美新村寨": "programme"}
    plenum = ("光山县：凝心聚力\n\n全会由县委常委会主持。全会听取了工作报告。\n\n"
              "全会充分肯定县委常委会一年来的工作。全县新建党群服务中心12个。\n")
    assert _names(plenum) == {"凝心聚力": "programme"}


def test_a_markdown_table_reads_its_rule_as_part_of_the_header():
    text = ("榆树台镇2025年工作总结\n\n主要指标完成情况见下表：\n\n| 指标 | 2024年 | 2025年 |\n| --- | --- | --- |\n"
            "| 网格数量 | 118个 | 126个 |\n| 专兼职网格员 | 236名 | 268名 |\n| 群众满意度 | 94.2% | 96.1% |\n")
    assert [(c.quote, c.subject_zh) for c in extract_text(text)] == [
        ("118个", "网格数量"), ("126个", "网格数量"), ("236名", "专兼职网格员"), ("268名", "专兼职网格员"),
        ("94.2%", "群众满意度"), ("96.1%", "群众满意度")]


def test_a_statistical_bulletin_and_a_recruitment_notice_name_no_initiatives():
    bulletin = ("平江县2025年国民经济和社会发展统计公报（节选）\n\n八、基层治理和社会建设\n\n"
                "年末全县共有村（居）委会284个。\n\n九、人口和人民生活\n\n年末全县户籍人口108.6万人。\n")
    assert _names(bulletin) == {}
    assert [c.quote for c in extract_text(bulletin)] == ["284个", "108.6万人"]
    quote = ("龙江：县域治理新图景\n\n“基层治理没有旁观者。”兰西县委书记说。全县组建网格党支部312个。\n\n"
             "修水县民生实事工作领导小组办公室\n")
    assert _names(quote) == {"县域治理新图景": "programme"}


def test_a_letterhead_names_the_issuers_place_before_places_the_text_goes_on_to_name():
    text = ("中共临猗县委组织部\n关于举办2025年全县村（社区）党组织书记示范培训班的通知\n\n临组通〔2025〕18号\n\n"
            "各乡镇党委：\n\n去年全县培训村（社区）党组织书记326人次，组织赴浙江学习考察2批次。\n")
    assert _seg(text).documents[0].locality_code == "140821"


def test_a_ledgers_sentence_cells_are_read_as_text():
    text = ("少先路街道“街道吹哨、部门报到”工作台账（摘录）\n\n日期｜事项｜报到部门｜处置结果\n"
            "7月3日｜友谊社区18号楼化粪池堵塞外溢，涉及住户46户｜区住建局、物业公司｜当日到场，出动抽水泵4台\n"
            "7月9日｜团结社区楼顶私搭阳光房2处｜区城管执法局｜7月16日拆除完毕，清运垃圾约12吨\n")
    got = {c.quote: c.subject_zh for c in extract_text(text)}
    # each within its own cell: not 区住建局 of the next cell
    assert got["46户"] == "住户" and got["4台"].endswith("抽水泵") and got["2处"].endswith("阳光房")


def test_a_notice_of_an_event_rankings_and_issuer_lists():
    notice = ("中共临猗县委组织部\n关于举办2025年全县村（社区）党组织书记示范培训班的通知\n\n各乡镇党委：\n\n"
              "一、培训对象和名额\n\n村（社区）党组织书记120名。\n\n二、培训时间和地点\n\n培训5天，共40学时。\n\n"
              "去年全县已培训村（社区）党组织书记326人次。\n")
    assert _names(notice) == {}
    assert [c.quote for c in extract_text(notice)] == ["326人次"]
    ranking = ("原州区：示范村创建验收\n\n区委农办　区委组织部　区民政局\n\n三、验收结果\n\n"
               "第1名　三营镇金岭村　96.5分\n第2名　头营镇杨郎村　94.8分\n\n四、建强村级组织\n\n全区建成示范村12个。\n")
    assert _names(ranking) == {"示范村创建验收": "programme", "建强村级组织": "theme"}


@pytest.mark.parametrize("kind,example", [(k, e) for k, _, e in FURNITURE], ids=[k for k, _, _ in FURNITURE])
def test_each_kind_of_furniture_is_debris_between_a_title_and_the_text(kind, example):
    seg = _seg(f"某某县：网格撬动治理\n\n{example}\n\n全县划分网格1,200个，配备网格员1,260名。\n")
    kinds = {p.text: p.kind for p in seg.paragraphs}
    assert kinds[example] == "debris", kind
    assert kinds["全县划分网格1,200个，配备网格员1,260名。"] == "body"


def test_a_ranking_row_naming_a_person_left_blank_keeps_its_score_and_minutes_count_their_attendance():
    ranking = "比武结果通报\n\n一等奖名单如下：\n\n第1名　坂仔镇心田村党支部书记　林××　95.6分\n\n编辑：陈××\n"
    assert [c.quote for c in extract_text(ranking)] == ["95.6分"]
    minutes = ("居民议事会会议纪要\n\n主持人：张××（社区党委书记）\n"
               "参会人员：居民议事会成员23名（应到25名，实到23名），辖区单位代表4名\n记录人：李××\n")
    assert [(c.quote, c.subject_zh) for c in extract_text(minutes)][:2] == [("23名", "居民议事会成员"),
                                                                            ("25名", "应到居民议事会成员")]


def test_a_table_whose_cells_keep_a_blank_before_their_unit_and_rows_of_cells_one_a_county():
    text = ("泸州市社会工作部年度考核通报\n\n各县得分如下：\n\n序号　县别　综合得分　等次　网格数\n"
            "1　合江县　94.6 分　好　2,738 个\n2　泸县　92.1 分　好　3,105 个\n\n分项得分：\n"
            "合江县　组织体系 38.2 分　治理效能 28.6 分\n泸县　组织体系 37.5 分　治理效能 27.9 分\n")
    got = [(c.quote, c.locality_code) for c in extract_text(text)]
    assert got == [("94.6 分", "510522"), ("2,738 个", "510522"), ("92.1 分", "510521"), ("3,105 个", "510521"),
                   ("38.2 分", "510522"), ("28.6 分", "510522"), ("37.5 分", "510521"), ("27.9 分", "510521")]
    # a wide blank ends a cell: the next cell is not what is counted
    assert [c.subject_zh for c in extract_text(text)][4:6] == ["组织体系", "治理效能"]


def test_a_city_where_goods_are_sold_is_not_the_place_of_the_report():
    text = ("沙塘镇党委书记2024年度抓基层党建工作述职报告\n\n（一）抓产业促增收。全镇蔬菜种植面积达到3.6万亩，"
            "蔬菜销往西安、兰州等地，村集体经济收入合计236万元。\n")
    assert {c.locality_code for c in extract_text(text)} == {None}
    # nor where its villagers work (在广东、浙江务工的村民), under a letterhead naming its county
    text = ("崇义县横水镇长河村村民委员会\n关于《长河村村规民约》修订情况的说明\n\n各位村民代表、全体村民：\n\n"
            "共征集意见52条。在广东、浙江务工的村民通过视频参加了2场座谈。\n")
    assert {c.locality_code for c in extract_text(text)} == {"360725"}
    # nor where its cadres went to learn (set 51: a county report that never names its county)
    text = ("关于全县村（社区）“两委”队伍建设情况的报告\n\n县委组织部\n\n全县辖16个乡镇。"
            "分两批组织村党组织书记赴浙江、江苏等地跟班学习，每批学习12天。\n")
    assert {c.locality_code for c in extract_text(text)} == {None}


def test_a_speechs_directives_an_agenda_news_of_a_meeting_and_an_issue_of_a_series_name_no_initiatives():
    speech = ("在全县基层治理推进会上的讲话\n\n同志们：\n\n一、要看到成绩，坚定信心\n\n去年全县新建网格1,200个。\n\n"
              "二、要压实责任，狠抓落实\n\n一要抓班子。今年要调整一批村党组织书记。二要抓网格。要把网格建强。\n")
    assert _names(speech) == {}
    minutes = ("人民路社区居民议事会会议纪要\n\n会议议题：\n\n一、讨论润和小区加装电梯费用分摊方案\n\n"
               "润和小区3栋2单元共有住户18户，已有16户签字同意。\n\n二、表决社区“微实事”项目资金使用计划\n\n同意22票。\n")
    assert _names(minutes) == {}
    assert "我县召开党建引领基层治理现场推进会" not in _names(
        "我县召开党建引领基层治理现场推进会\n\n4月8日，全县现场推进会召开，与会人员观摩了12个点位。\n")
    assert "党建引领基层治理经验交流（第12期）" not in _names(
        "党建引领基层治理经验交流（第12期）\n\n虞城县：“小网格”托起“大民生”。全县划分网格2,100个。\n")
    assert "考核结果" not in _names("泸州市考核通报\n\n一、总体情况\n\n全市划分网格9,846个。\n\n二、考核结果\n\n合江县得分94.6分。\n")


def test_addressees_and_attachments_are_furniture_and_name_no_issuer():
    text = ("泸州市委社会工作部\n关于2024年度四县党建引领乡村治理工作考核结果的通报\n\n泸社工〔2025〕6号\n\n"
            "泸县、合江县、叙永县、古蔺县党委社会工作部：\n\n市委社会工作部对四县进行了考核，共走访村（社区）64个。\n\n"
            "相关附件：泸州市网格事项准入清单.pdf\n")
    seg = _seg(text)
    kinds = {p.text: p.kind for p in seg.paragraphs}
    assert kinds["泸县、合江县、叙永县、古蔺县党委社会工作部："] == "debris"
    assert kinds["相关附件：泸州市网格事项准入清单.pdf"] == "debris"
    assert [c.locality_code for c in extract_text(text)] == ["510500"]


def test_a_prefectures_list_of_honoured_units_and_people_places_each_line_in_its_county():
    text = ("关于表彰2024年度全州党建引领基层治理先进集体和先进个人的决定\n\n"
            "2024年，全州4个县（市）全部建立网格化服务管理体系。\n\n一、先进集体\n"
            "阿图什市松他克镇党委：推行“网格+十户联防”，划分网格46个。\n"
            "阿合奇县库兰萨日克乡党委：推行“毡房议事”，全年召开议事会148场。\n\n二、先进个人\n"
            "张丽（女，阿图什市格达良乡网格员）：全年入户走访4,200余户次。\n"
            "吐尔洪·卡德尔（阿合奇县哈拉奇乡人民调解员）：调解纠纷260余起。\n")
    assert [(c.quote, c.locality_code) for c in extract_text(text)] == [
        ("4个", "653000"), ("46个", "653001"), ("148场", "653023"), ("4,200余户次", "653001"), ("260余起", "653023")]


def test_furniture_of_chat_groups_news_apps_and_paper_pages():
    for line in ("溪口镇上塘村“村情通”服务群(498)", "群公告 · 历史记录", "已读 389", "献县融媒 > 本地新闻",
                 "莱西融媒出品  转载请注明来源", "高沙镇人民政府政务公开", "中共略阳县委党校", "正文快照："):
        seg = _seg(f"某某县：网格撬动治理\n\n{line}\n\n全县划分网格1,200个，配备网格员1,260名。\n")
        assert {p.text: p.kind for p in seg.paragraphs}[line] == "debris", line
    for title in ("献县一周要闻（3月10日—3月16日）", "瓮安县人大常委会关于县人民政府党建引领基层治理工作情况报告的审议意见",
                  "党建引领山区县基层治理的实践与思考——以陕西省略阳县为例"):
        assert _names(f"{title}\n\n全县划分网格1,200个，配备网格员1,260名。\n") == {}, title
    assert _names("表彰决定\n\n全州表彰先进集体8个。\n\n希望受表彰的集体和个人珍惜荣誉、再接再厉。\n") == {}


def test_a_table_of_projects_with_padded_names_and_projects_described_one_a_line():
    text = ("积玉桥街道2025年度“书记项目”评审结果公示\n\n"
            "序号　社区　项目名称　书记　得分　等次\n1　临江苑社区　“江滩睦邻”楼栋自治　王　敏　93.6分　一等\n"
            "2　和平里社区　老旧小区“红色物业”提质　陈晓军　91.2分　一等\n\n部分项目简介：\n\n"
            "临江苑社区“江滩睦邻”楼栋自治项目：在42栋楼推选楼栋长42名，组建楼栋议事会。\n")
    names = _names(text)
    # a list of projects under a 项目名称 column is a table, not measures (the labellers of sets 42,
    # 45 and 48 wrote none); a project described after its name is one
    assert "“江滩睦邻”楼栋自治" not in names and "老旧小区“红色物业”提质" not in names
    assert names["临江苑社区“江滩睦邻”楼栋自治项目"] == "measure"
    assert [c.quote for c in extract_text(text)][:2] == ["93.6分", "91.2分"]


def test_a_table_of_tasks_gives_measures_but_not_its_total_row():
    text = ("南明区2025年民生实事推进情况\n\n重点任务名称\u3000\u3000投入资金\u3000\u3000受益户数\n"
            "老旧小区电梯加装\u3000\u300012.6万元\u3000\u30001,860户\n楼道微消防站建设\u3000\u300015.2万元\u3000\u30003,150户\n"
            "合计\u3000\u300027.8万元\u3000\u30005,010户\n")
    measures = [n for n, level in _names(text).items() if level == "measure"]
    assert measures == ["老旧小区电梯加装", "楼道微消防站建设"]


def test_rows_of_a_list_one_a_line_and_a_note_under_them_are_not_one_sentence():
    text = ("扶风县矛盾纠纷调处中心季度数据分析\n\n二、类型分布\n"
            "婚姻家庭纠纷　268件，占23.4%，同比下降5.1%\n邻里纠纷　231件，占20.2%\n"
            "劳资纠纷　142件，占12.4%，环比下降36.9%（春节前集中欠薪问题已基本化解）\n"
            "其他　236件，占20.6%\n注：因四舍五入，各项占比之和不等于100%。\n")
    subjects = [c.subject_zh for c in extract_text(text)]
    assert subjects == ["婚姻家庭纠纷"] * 3 + ["邻里纠纷"] * 2 + ["劳资纠纷"] * 3 + ["其他"] * 2


def test_a_column_of_plans_or_targets_holds_no_metrics():
    text = ("屯昌县2026年民生实事项目票决结果公告\n\n序号　项目名称　赞成票　计划投资\n"
            "1　城乡居民饮水安全巩固提升工程　157票　4,860万元\n2　老年助餐服务点建设　151票　720万元\n\n"
            "序号　任务　年度目标　完成情况\n1　建设红色驿站　40个　建成36个\n2　建设老年食堂　30家　建成27家\n")
    assert [c.quote for c in extract_text(text)] == ["157票", "151票", "36个", "27家"]
    # a row's serial number is no count, even when a measure word opens the next cell
    rows = ("屯昌县2026年民生实事项目票决结果\n\n序号　项目名称　赞成票\n3　老年助餐服务点建设　151票\n"
            "4　镇村卫生院（室）能力提升　148票\n")
    assert [c.quote for c in extract_text(rows)] == ["151票", "148票"]

    # a score sheet's year target (年度指标值) and the weight of a line (分值) are not what was done
    sheet = ("鸠江区2024年度党建引领基层治理专项资金绩效自评报告\n\n"
             "指标名称\t年度指标值\t实际完成值\t分值\t得分\n"
             "议事协商阵地新建数\t≥20个\t21个\t10分\t10分\n群众满意度\t≥90%\t94.2%\t10分\t9.6分\n")
    assert [c.quote for c in extract_text(sheet)] == ["21个", "10分", "94.2%", "9.6分"]


@pytest.mark.parametrize("table, cell, subject", [
    # an item column (项目) names its rows; a comparison column (比上年) is the row's change alone;
    # 比较满意 is an answer, not a comparison
    ("项目\u3000治理前（2022年）\u3000现行指导标准\u30002025年上半年实际\n婚事彩礼\u300015万—20万元\u3000不超过6万元\u3000平均5.2万元\n"
     "婚宴桌数\u300030—40桌\u3000不超过15桌\u3000平均12.6桌\n", "5.2万元", "婚事彩礼2025年上半年实际"),
    ("指标\t2024年\t2023年\t比上年\n专兼职网格员\t1,126 人\t1,052 人\t增长7.0%\n  其中：党员网格员\t618 人\t560 人\t增长10.4%\n",
     "10.4%", "党员网格员"),
    ("项目\u3000满意\u3000比较满意\u3000一般\n网格员服务\u300062.4%\u300025.1%\u30009.8%\n便民服务\u300066.1%\u300023.8%\u30005.4%\n",
     "25.1%", "网格员服务比较满意"),
    # the households of a compound, and its other columns, carry the compound's name
    ("小区名称\t所在街道\t户数\t党员\t物业费收缴率\n华光小区\t车站街道\t1,260户\t87名\t91.4%\n"
     "柳泉花园\t公园街道\t846户\t52名\t88.7%\n", "846户", "柳泉花园户数"),
    ("小区名称\t所在街道\t户数\t党员\t物业费收缴率\n华光小区\t车站街道\t1,260户\t87名\t91.4%\n"
     "柳泉花园\t公园街道\t846户\t52名\t88.7%\n", "91.4%", "华光小区物业费收缴率"),
    # a town's row: labellers wrote the town (set 45) or the column (sets 22, 37, 39); the row has both
    ("街镇\u3000\u3000申报数\u3000\u3000通过数\n古南街道\u3000\u300014个\u3000\u300012个\n"
     "文龙街道\u3000\u300011个\u3000\u30009个\n", "12个", "古南街道通过数"),
    # the column that says it holds names names the row, not the 社区 beside it, without its count aside
    ("序号\t社区\t项目名称\t类别\t预算金额\n1\t岗头\t岗头新村消防通道改造\t工程类\t28.50万元\n"
     "2\t南坑\t小区电动自行车充电棚建设（12处）\t工程类\t22.40万元\n", "22.40万元", "小区电动自行车充电棚建设预算金额"),
    # a date's cell is when, the next one who
    ("日期\u3000领导\u3000接待批次\u3000接待人次\n1月8日\u3000县委副书记\u30005批\u300011人次\n"
     "2月12日\u3000常务副县长\u30003批\u30007人次\n", "11人次", "县委副书记接待人次"),
    # a heading's unit is the cell's unit
    ("街道\u3000报到单位（个）\u3000报到党员（名）\n北城街道\u300061个\u30001,702名\n南城街道\u300054个\u30001,486名\n",
     "1,486名", "南城街道报到党员"),
    # a total's row is named too (set 48 wrote 合计, sets 2 and 37 the column); a county's row
    # says where, which the metric's place already gives
    ("街道\u3000报到单位（个）\u3000报到党员（名）\n北城街道\u300061个\u30001,702名\n南城街道\u300054个\u30001,486名\n"
     "合计\u3000115个\u30003,188名\n", "115个", "合计报到单位"),
    ("县（区）\t网格数\t网格员数\n船山区\t412个\t530名\n射洪市\t605个\t790名\n", "605个", "网格数"),
    # a ledger: the matter names the row before the place; a result column holds sentences
    ("序号｜日期｜村（社区）｜服务事项｜用时｜结果\n07｜2月18日｜雅河乡××村｜审查村集体林地承包合同｜约2小时｜提出修改意见5条\n"
     "19｜3月14日｜雅河乡××村｜解答宅基地确权咨询｜约1小时｜接待群众17人次\n", "约1小时", "解答宅基地确权咨询用时"),
    ("序号｜日期｜村（社区）｜服务事项｜用时｜结果\n07｜2月18日｜雅河乡××村｜审查村集体林地承包合同｜约2小时｜提出修改意见5条\n"
     "19｜3月14日｜雅河乡××村｜解答宅基地确权咨询｜约1小时｜接待群众17人次\n", "17人次", "群众"),
    # a row whose name is masked (××里) names nothing: the column names the cell
    ("小区\u3000\u3000综合得分\u3000居民满意度\n××里\u3000\u300094.2分\u300096.5%\n××花园\u3000\u300091.8分\u300093.1%\n",
     "91.8分", "综合得分"),
], ids=["item column", "comparison column", "answer column", "compound households", "compound rate", "town", "name column", "date then who", "heading unit", "total",
        "county", "ledger matter", "ledger result", "masked row"])
def test_a_table_cell_is_named_by_its_row_and_its_column(table, cell, subject):
    text = "遂宁市基层治理工作情况汇报\n\n一、基本情况\n" + table
    got = {c.quote: c.subject_zh for c in extract_text(text)}
    assert got[cell] == subject, got


@pytest.mark.parametrize("title, programme", [
    # a weekly, a monthly, a record: the kind of document says what it is; the name in quotes is the programme
    ("克什克腾旗“网格+警格”联勤联动工作周报", "网格+警格"),
    ("范县新就业群体“暖新驿站”运营情况月报", "暖新驿站"),
    ("克山县北联镇“夜访夜谈”工作记录", "夜访夜谈"),
    # a column's tag with a plus, then the place and the slogan
    ("新华全媒+｜福建安溪：茶乡网格“管”出和美新图景", "茶乡网格“管”出和美新图景"),
    # a commentary on what a county's named practice teaches
    ("华龙网评｜彭水“民情夜话”的治理启示", "民情夜话"),
])
def test_the_programme_of_a_periodical_s_title_and_of_a_tagged_headline(title, programme):
    text = f"{title}\n\n字体：小 中 大　　分享到：\n\n全县划分网格1,052个，配备网格员1,210名。\n"
    names = _names(text)
    assert [n for n in names if names[n] == "programme"] == [programme], names
    assert "字体：小 中 大　　分享到" not in names


def test_programmes_of_a_brief_a_wechat_page_and_a_document_titled_by_its_kind():
    brief = ("社会工作简报\n第9期（总第27期）\n\n中共万宁市委社会工作部　　2025年6月16日\n\n"
             "万宁市“椰乡驿站”让新就业群体成为基层治理“流动哨”\n\n今年以来，全市建成驿站26个。\n")
    assert _names(brief).get("万宁市“椰乡驿站”让新就业群体成为基层治理“流动哨”") == "programme"
    page = ("通道：侗寨“鼓楼议事”议出和美新气象\n通道融媒　2025-06-12 18:30　发表于湖南\n▲点击上方蓝字 关注我们\n\n"
            "夜幕降临，坪坦乡岩寨村的鼓楼里火塘正旺，全县建成鼓楼议事点126个。\n")
    assert _names(page) == {"侗寨“鼓楼议事”议出和美新气象": "programme"}
    kind = "关于2024年度“百村示范”创建考评结果的通报\n\n全县参评村126个，评出示范村30个。\n"
    assert _names(kind) == {"百村示范": "programme"}
    slogan = "“三联三帮”聚合力　客家山区绘新景\n\n全县组建帮扶队伍126支。\n"
    assert "“三联三帮”聚合力　客家山区绘新景" in _names(slogan)


def test_trends_and_report_parts_are_no_initiatives():
    text = ("扶风县矛盾纠纷数据分析\n\n一、类型分布\n\n婚姻家庭纠纷268件。\n\n二、主要特点\n\n"
            "（一）土地纠纷明显抬头。土地林地纠纷173件。\n\n（二）重复来访减少。重复来访21件。\n\n三、奖惩措施\n\n"
            "（一）建立包案制度。县级领导包案12件。\n")
    assert _names(text) == {"建立包案制度": "measure"}


def test_a_table_whose_columns_are_periods_counts_what_each_row_names():
    text = ("樊相镇2025年第二季度基层治理统计\n\n指标\t本季度\t上季度\t环比\n行政村\t38 个\t38 个\t持平\n"
            "专职网格员\t112 名\t109 名\t增加3名\n")
    assert [c.subject_zh for c in extract_text(text)][:4] == ["行政村", "行政村", "专职网格员", "专职网格员"]


def test_a_past_years_work_is_no_plan_and_a_plans_background_is_what_is():
    report = ("凝聚乡贤力量　共建善治六祖\n——六祖镇乡贤理事会2024年度工作报告\n\n各位乡贤：\n\n"
              "一、2024年主要工作\n\n（一）助力基础设施建设。全年动员乡贤捐资捐物折合1,286万元。\n\n"
              "二、2025年工作安排\n\n（一）继续动员乡贤捐资1,500万元。\n")
    assert [c.quote for c in extract_text(report)] == ["1,286万元"]
    reading = ("《鸠江区社区工作者职业体系建设实施方案》政策解读\n\n一、出台背景\n\n全区现有城市社区62个，社区工作者1,138名。\n\n"
               "二、主要内容\n\n（一）规范薪酬待遇。社区工作者每年参加集中培训不少于40学时，月均补贴提高到2,600元。\n")
    assert [c.quote for c in extract_text(reading)] == ["62个", "1,138名"]


def test_a_charts_figures_by_year_measure_what_its_caption_names():
    text = ("睢宁县党建引领基层治理白皮书\n\n第一章　组织体系\n\n全县共划分综合网格2,186个。\n"
            "图1　2020—2024年全县住宅小区党组织覆盖率（%）\n[图片]\n2020年：47.2%　2021年：58.9%　2022年：70.3%\n"
            "注：覆盖率=已建立党组织的住宅小区数/住宅小区总数。\n")
    assert [c.subject_zh for c in extract_text(text)][1:] == ["住宅小区党组织覆盖率"] * 3


def test_a_white_paper_a_diary_and_a_list_of_honours():
    paper = ("睢宁县党建引领基层治理白皮书（2024）（摘编）\n\n第一章　组织体系：横向到边　纵向到底\n\n全县划分综合网格2,186个。\n\n"
             "第二章　队伍建设：选优配强　激发活力\n\n村党组织书记平均年龄44.3岁。\n")
    assert _names(paper) == {"组织体系：横向到边　纵向到底": "theme", "队伍建设：选优配强　激发活力": "theme"}
    diary = ("苍南县网格员工作日志摘编（2025年第3期）\n\n3月12日　星期三　晴\n\n上午走访独居老人12户。\n\n"
             "3月15日　星期六　阴\n\n排查“飞线”充电3处。\n")
    assert _names(diary) == {}
    honours = ("江华县红黑榜通报\n\n一、红榜\n\n1. 进步明显乡镇（2个）\n\n沱江镇、白芒营镇。\n\n"
               "2. 优秀网格员（20名）\n\n名单见附件。\n")
    names = _names(honours)
    assert "进步明显乡镇（2个）" not in names and "优秀网格员（20名）" not in names


def test_a_numbered_heading_that_names_its_place_names_the_measure_after_it():
    text = ("河北省社会工作部关于党建引领基层治理典型经验的通报\n\n一、邢台市内丘县：书记领办压实责任\n\n"
            "内丘县推行村党组织书记领办制度，领办项目126个。\n\n二、衡水市饶阳县：积分管理激活自治\n\n饶阳县建成积分超市42个。\n")
    names = _names(text)
    assert names.get("书记领办压实责任") == "theme" and names.get("积分管理激活自治") == "theme"


def test_a_video_scripts_on_screen_figures_are_text():
    text = ("林海深处的“红色网格”\n\n【画面】航拍林海。\n\n【解说】全县划分网格486个。\n\n"
            "【屏幕数字】486个网格　1,320名网格员\n")
    assert [c.quote for c in extract_text(text)] == ["486个", "486个", "1,320名"]


def test_a_policy_readings_results_since_it_took_effect_are_what_is():
    text = ("《鸠江区社区工作者职业体系建设实施方案》政策解读\n\n二、主要内容\n\n"
            "（一）规范薪酬待遇。方案实施后，社区工作者人均年收入由6.42万元提高到7.18万元。新入职人员试用期为3个月。\n\n"
            "附：方案实施前后主要指标对比\n指标　　实施前　　实施后\n人均年收入　　6.42万元　　7.18万元\n持证率　　27.4%　　35.9%\n")
    got = [(c.quote, c.subject_zh) for c in extract_text(text)]
    assert got[:2] == [("6.42万元", "社区工作者人均年收入"), ("7.18万元", "社区工作者人均年收入")]
    assert ("3个月", "试用期") not in got
    assert got[-2:] == [("27.4%", "持证率"), ("35.9%", "持证率")]
