/**
 * Small built-in word lists for generated notices: unit names, people, task sentences and
 * headings. Realistic Chinese values composed from parts, never copied from one notice.
 * Kept independent of fenjie's own lexicons (src/names/lexicon.ts), so a generated name
 * is not "known" to the parser by construction.
 */

/** Government level of a notice: the prefix of its units and of its supervising-leader header. */
export const LEVELS = ["区", "县", "市"] as const;
export type Level = (typeof LEVELS)[number];

/** Unit stems; a unit is LEVEL + stem (`区发改局`). */
export const UNIT_STEMS = [
  "发改局",
  "财政局",
  "工信局",
  "住建局",
  "教育局",
  "卫健局",
  "自然资源局",
  "生态环境局",
  "交通运输局",
  "农业农村局",
  "商务局",
  "文旅局",
  "市场监管局",
  "人社局",
  "民政局",
  "城管局",
  "统计局",
  "应急管理局",
  "水利局",
  "科技局",
  "税务局",
  "公安分局",
  "数据管理局",
  "医保局",
  "司法局",
  "退役军人事务局",
  "林业局",
  "信访局",
] as const;

/** Long stems that a narrow table cell wraps (`区城市建设投资` + `集团有限公司`). */
export const LONG_UNIT_STEMS = ["城市建设投资集团有限公司", "工业园区管理委员会", "重点项目建设服务中心", "融媒体中心"] as const;

/** Units whose name is a collective, written without the level prefix. */
export const COLLECTIVES = ["各镇（街道）", "各乡镇人民政府", "各街道办事处"] as const;
/** Collectives written with the level prefix. */
export const LEVEL_COLLECTIVES = ["直有关单位", "直各部门"] as const;

/** Annotations kept with the unit before them (`区发改局（区重点办）`). */
export const ANNOTATIONS = ["重点办", "金融办", "前期办"] as const;

export const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "林", "郭", "何", "高", "罗", "郑", "梁", "谢", "许", "韩", "冯", "邓", "曹", "彭", "曾", "蔡", "潘", "蒋"] as const;
export const GIVEN = ["伟", "芳", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "华", "平", "刚", "建国", "海峰", "志强", "丽娟", "晓东", "文斌", "雪梅", "振宇", "国栋", "秀英", "春生", "立新", "永红", "思远"] as const;

/** Task sentences: VERB + OBJECT + a target with a number, ending with 。 */
export const VERBS = ["推进", "实施", "加快", "完善", "新建", "开展", "支持", "深化", "培育", "提升", "建成", "改造"] as const;
export const OBJECTS = [
  "城乡供水一体化工程",
  "老旧小区改造",
  "中小学校扩容提质",
  "县域商业体系建设",
  "数字乡村试点",
  "智能制造示范工厂",
  "全民健身场地设施",
  "农村公路提档升级",
  "职业技能培训",
  "养老服务中心建设",
  "污水管网改造",
  "高标准农田建设",
  "专精特新企业梯队",
  "城市公共停车场",
  "社区嵌入式托育服务",
  "重点项目集中开工",
] as const;
export const TARGETS = [
  "，完成投资{n}亿元",
  "，新增{n}个",
  "，覆盖率达到{n}%",
  "，惠及群众{n}万人",
  "，年内完成{n}处",
  "，力争增长{n}%以上",
] as const;

/** Heading topics: level 1 (`一、…`), level 2 (`（一）…`), level 3 (un-numbered). */
export const HEADING_1 = ["坚持创新驱动，加快产业转型升级", "扩大有效需求，推动经济稳中向好", "持续改善民生，增进人民福祉", "深化改革开放，激发发展活力"] as const;
export const HEADING_2 = ["做强先进制造业", "培育创新主体", "扩大有效投资", "提振消费市场", "办好人民满意教育", "健全社会保障体系"] as const;
export const HEADING_3 = ["重点项目", "民生实事", "改革任务", "城乡建设"] as const;

/** Chinese numerals for `一、` and `（一）` numbering. */
export const CN_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六"] as const;

/**
 * Simplified → traditional for every character of the lists above, labels and headers that
 * has a different traditional form: enough to write a whole generated notice in traditional
 * script. Written here rather than taken from src/text/script.ts, so the generator does not
 * share the parser's blind spots.
 */
const S2T_PAIRS =
  "区區县縣市市发發改改财財务務门門单單位位头頭责責协協办辦领領导導参參与與配配合合负負实實施施" +
  "项項类類联聯挂掛钩鉤长長镇鎮点點进進标標属屬处處职職级級专專块塊体體员員为為议議权權优優" +
  "构構机機关關总總组組织織团團队隊厅廳馆館医醫学學书書选選开開运運输輸经經济濟资資产產业業农農" +
  "贸貿环環卫衛计計划劃规規设設筑築乡鄉条條证證网網络絡电電气氣热熱广廣视視图圖艺藝术術检檢审審" +
  "统統税稅银銀险險应應灾災铁鐵当當滨濱侨僑国國际際华華东東岛島园園挥揮监監执執综綜护護渔漁" +
  "粮糧妇婦残殘红紅质質药藥疗療绿綠创創数數据據战戰范範龙龍岁歲态態转轉验驗风風间間闻聞阳陽强強" +
  "们們个個来來时時后後过過还還说說这這将將从從对對于於让讓补補宽寬两兩别別庄莊陈陳张張刘劉黄黃" +
  "赵趙吴吳郑鄭杨楊许許苏蘇叶葉钟鍾萧蕭谭譚卢盧冯馮邓鄧韩韓谢謝罗羅孙孫马馬钱錢顾顧赖賴欧歐万萬" +
  "严嚴邹鄒蒋蔣韦韋贾賈汤湯陆陸庞龐闫閆贺賀颜顏凤鳳简簡鲁魯纪紀温溫" +
  "务務农農社社监監管管旅旅游遊态態兴興励勵优優质質设設备備扩擴扩擴办辦乐樂养養儿兒动動场場" +
  "网網车車库庫层層厂廠费費价價级級线線约約积積极極测測绘繪况況韧韌讯訊战戰沟溝岛島龙龍寿壽" +
  "军軍涛濤磊磊丽麗娟娟伟偉艳艷敏敏静靜华華刚剛平平芳芳杰傑超超国國栋棟秀秀英英春春生生立立新新" +
  "红紅思思远遠东東海海峰峰志志强強晓曉斌斌雪雪梅梅振振宇宇永永彭彭曾曾蔡蔡潘潘蒋蔣" +
  "建建设設投投集集有有限限公公司司园園区區管管理理委委员員会會重重点點项項目目服服务務中中心心融融媒媒" +
  "推推进進加加快快完完善善新新开開展展支支持持深深化化培培育育提提升升成成造造城城乡鄉供供水水一一" +
  "小小旧舊改改校校扩擴容容商商数數字字试試智智能能制製示示范範工工厂廠全全民民健健身身地地" +
  "施施农農村村公公路路档檔级級职職技技训訓练練养養老老管管网網高高标標准準田田精精特特企企" +
  "梯梯队隊共共停停车車场場社社嵌嵌入入式式托托完完成成投投资資亿億元元新新个個覆覆盖蓋率率达達到到" +
  "惠惠及及群群众眾万萬人人年年内內处處力力争爭增增长長以以上上坚堅创創驱驅动動转轉型型升升级級" +
  "扩擴大大效效需需求求稳穩向向好好续續善善民民生生福福祉祉革革放放激激活活力力强強先先制製造造" +
  "主主体體资資消消费費市市场場办辦人人满滿意意教教育育健健全全障障规規范範劳勞" +
  "报報号號现現给給请請认認筹籌调調访訪岭嶺云雲衔銜编編门門牵牽";

export const S2T: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...S2T_PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) if (chars[i] !== chars[i + 1]) m.set(chars[i]!, chars[i + 1]!);
  return m;
})();

/** Write a text in traditional script (characters without a traditional form stay). */
export function toTraditional(text: string): string {
  return [...text].map((c) => S2T.get(c) ?? c).join("");
}
