/**
 * The name lexicon: data only. Every rule in `classify.ts` and `split.ts` reads
 * these tables; nothing here is specific to one notice.
 */

/** Single-character Chinese surnames (百家姓 and the common modern ones). */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(
  (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎" +
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄" +
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭" +
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚" +
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫" +
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双" +
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容" +
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空" +
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦岳帅缑亢况郈有琴归海墨哈谯笪年爱" +
    "阳佟商牟佘佴伯赏南宫粟练蔺覃揭谌肖佴付仝隋" +
    // common in other provinces' notices (西南, 两广, 华北, 东北)
    "兰苟代迟栗邸漆税展智初战菅郄邝冼麦植禤敬母旷盘银铁依衣呙靖茆郇庹檀寸亓帖" +
    // 粤东、闽西、赣南 (客家)
    "丘"
  ).split(""),
);

/** Two-character (compound) surnames. */
export const DOUBLE_SURNAMES: ReadonlySet<string> = new Set([
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "司空",
  "夏侯", "令狐", "端木", "轩辕", "西门", "南宫", "独孤", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于",
  "太叔", "申屠", "钟离", "闾丘", "东郭", "呼延", "万俟", "拓跋", "百里", "东门", "左丘", "梁丘", "第五",
  // the rest of 《百家姓》's compound surnames
  "赫连", "公羊", "仲孙", "鲜于", "亓官", "司寇", "子车", "颛孙", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良",
  "夹谷", "宰父", "谷梁", "段干", "归海", "羊舌", "微生", "商牟", "伯赏", "南门", "公仪", "公门",
]);

/**
 * Endings that make a string a complete organisation name on their own.
 * Longer endings are listed so that `classify` can report which one matched.
 */
export const UNIT_SUFFIXES_STRONG: readonly string[] = [
  "街道办事处", "办事处", "管委会", "管理委员会", "指挥部", "领导小组", "工作组", "办公室", "委员会",
  "人民政府", "政府", "集团", "公司", "分公司", "中心", "大队", "支队", "中队", "分局", "总局",
  "大学", "学院", "学校", "医院", "卫生院", "研究院", "研究所", "银行", "海关", "法院", "检察院",
  "秘书处", "执委会", "联合会", "协会", "商会", "总会", "学会", "联合社", "联社", "合作社",
  "单位", "部门", "机构", "企业", "监委", "纪委", "党委", "团委",
  "局", "办", "委", "部", "组", "会", "队", "院", "所", "站", "社", "处", "厅", "室", "馆", "署", "科",
  "联", "协", "行", "台", "团", "司", "庭", "校",
];

/**
 * Endings that name a place rather than an organisation: a fragment ending so
 * is complete when it stands alone, but inside a wrapped run it keeps joining
 * until a strong ending (`区古城保护` + `发展指挥部`).
 */
export const UNIT_SUFFIXES_WEAK: readonly string[] = [
  "高新区", "开发区", "园区", "片区", "校区", "新区", "区", "园", "镇", "乡", "街道", "村", "社区", "县", "市", "港", "岛",
  // a section of a county bureau (`用地审批股`): complete alone, but `…控股` + `集团` still joins when wrapped
  "股",
];

/**
 * Words that are never a unit or a person by themselves: when a fragment is
 * just one of these it is the wrapped end of the entity before it
 * (`区行政服务中心` + `管委会`, `各镇镇长、街道办事处` + `主任`).
 */
export const BARE_TAILS: readonly string[] = [
  "管委会", "管理委员会", "办公室", "指挥部", "办事处", "委员会", "领导小组", "工作组", "秘书处",
  "主任", "负责人", "主要负责人", "分管领导", "主要领导", "领导", "镇长", "乡长", "区长", "县长", "市长",
  "书记", "局长", "部长", "组长", "队长", "院长", "所长", "站长", "行长", "处长", "科长", "主席", "经理",
  "董事长", "总经理", "主任委员",
  "单位", "责任单位", "有关单位", "相关单位", "成员单位", "部门", "职能部门",
  "公司", "分公司", "有限公司", "有限责任公司", "股份有限公司", "集团", "中心",
  "人民政府", "政府",
];

/**
 * Bare tails that are also a complete entry alone: a collective reference
 * (`责任单位`, `有关单位`). After a complete name they may end it
 * (`相关项目指挥部责任单位`) or be an entry of their own (`相关项目指挥部`、`责任单位`):
 * joining them is a guess unless something else backs it. The other bare tails
 * (`管委会`, `主任`) name nothing alone, so joining them is no guess.
 */
export const STANDALONE_TAILS: readonly string[] = ["单位", "责任单位", "有关单位", "相关单位", "成员单位", "部门", "职能部门"];

/** Role words: an entry ending with one of these names a role (a person column entry that is not a name). */
export const ROLE_ENDINGS: readonly string[] = [
  "主要负责人", "负责人", "分管领导", "主要领导", "联系领导", "领导", "副市长", "副区长", "副县长", "副镇长",
  "市长", "区长", "县长", "镇长", "乡长", "主任", "书记", "局长", "部长", "组长", "队长", "院长", "所长",
  "站长", "行长", "处长", "科长", "主席", "经理", "董事长", "总经理", "委员", "常委", "党组成员", "人选", "同志", "秘书长", "助理",
];

/** Prefixes that make an entry collective (一 entry for many bodies or people). */
export const COLLECTIVE_PREFIXES: readonly string[] = ["各", "相关", "有关", "其他", "其它", "所属"];

/**
 * The administrative levels a unit's name opens with (`省科技厅`, `市政府督查室`, `区发改局`, `镇人民政府`,
 * `街道办事处`), top down: 省 province; 市 city, 州 autonomous prefecture, 盟 league (a city's level in
 * minority regions); 县 county, 区 district, 旗 banner (the county level); 镇 town, 乡 township, and the
 * two-character 街道 subdistrict. 村 and 社区 are self-governing bodies below the levels, not levels.
 * `LEVEL_CHARS` holds the one-character levels; every "opens with a level" pattern is built from it.
 */
export const LEVEL_CHARS = "省市州盟县区旗镇乡";
/** The one-character levels below a province: the ones that can follow another level in a span (`各市、县（区）人民政府`). */
export const LOWER_LEVEL_CHARS = LEVEL_CHARS.replace("省", "");
/** All levels, the two-character 街道 included. */
export const LEVEL_WORDS: readonly string[] = [...LEVEL_CHARS, "街道"];

const LEVEL_ALTERNATION = `[${LEVEL_CHARS}]|街道`;

/** A name that opens with its level (`区…`, `旗…`, `街道…`): the place a unit belongs to. */
export const LEVEL_OPENING = new RegExp(`^(?:${LEVEL_ALTERNATION})`, "u");

/**
 * How a unit's name opens, as a reader of task text tells a unit from task words: a level or the
 * distributive 各 (`各街道办事处`). The narrow set, for the flat readers (a one-word line after a task:
 * wrapped name or task words?) and the corroboration (a first unit with no level stands out): the other
 * collective words (`有关`, `相关`, `其他`, `其它`, `所属`) open task words as often as names (`相关配套政策`),
 * so they tell nothing there.
 */
export const UNIT_OPENING = new RegExp(`^(?:${LEVEL_ALTERNATION}|各)`, "u");

/**
 * A name of its own, never the rest of the name before it: it opens with a level or a collective word
 * (`COLLECTIVE_PREFIXES`: `各…`, `有关…`, `相关…`, `其他…`, `其它…`, `所属…`). The wide set, for the name
 * splitter, which sees pieces already known to be names (a unit column), not task words.
 */
export const OWN_NAME_OPENING = new RegExp(`^(?:${LEVEL_ALTERNATION}|${COLLECTIVE_PREFIXES.join("|")})`, "u");

/** Scope prefixes of a collective unit (`区直有关单位`, `市直各单位`). */
export const SCOPE_PREFIXES: readonly string[] = ["区直", "市直", "县直", "省直", "省市直", "驻区", "驻市", "区属", "市属", "县属"];

/**
 * Administrative divisions or generic bodies that a distributive `各` ranges
 * over. `各镇（街道）` and `各镇政府、街道办事处` are complete collectives; `各窗口单位`
 * (after `行政服务中心`) is not, so it is never split off a name before it.
 */
export const DIVISION_WORDS: readonly string[] = [
  "镇（街道）", "乡镇（街道）", "镇(街道)", "乡镇", "镇", "乡", "街道", "村", "社区", "村（居）", "村(居)", "县", "区", "市",
  "镇人民政府", "镇政府", "乡政府", "街道办事处", "街道办", "园区", "开发区", "片区",
  "单位", "部门", "有关单位", "相关单位", "职能部门", "成员单位", "责任单位", "行业主管部门", "副区长", "副市长", "副县长",
  // a city's counties written as one class (`各县（市、区）人民政府`), a county's townships (`各乡（镇）`)
  "县（市、区）", "县(市、区)", "县（市）区", "县（区）", "县(区)", "市（县、区）", "县市区", "县区", "乡（镇）", "乡(镇)", "镇（乡）",
  "乡镇（场）", "乡镇人民政府", "人民政府",
];

/**
 * The bodies a collective ranges over that are neither a division nor end as a unit's name does (`各类市场主体`,
 * `各人民团体`, `各民主党派`, `各新闻媒体`, `各沿海镇街`, `各沿海地`): a `各…` collective must end in one of these, a division,
 * a unit's ending or a role's. One that ends in none (`各基础电` | `信企业`) is a name cut by a wrap.
 */
export const COLLECTIVE_BODIES: readonly string[] = [
  "主体", "团体", "党派", "媒体", "组织", "行业", "领域", "镇街", "地", "中小学", "窗口", "网点", "项目", "群体", "人员",
  "系统", "条线", "口", "方面", "级", "类",
];

/**
 * Generic (unscoped) words that continue a `各…` collective after `、`:
 * `各镇政府、街道办事处` and `各镇镇长、街道办事处主任` are one entry each.
 */
export const GENERIC_CONTINUATIONS: readonly string[] = [
  "街道办事处", "街道", "街道办", "乡镇", "镇", "社区", "村", "村（居）", "镇政府", "乡政府", "镇人民政府",
  "街道办事处主任", "主任", "镇长", "乡长", "书记", "负责人", "主要负责人", "有关单位", "相关单位", "单位", "部门",
];

/** A cell (or a piece of one) that says "none": never an entity (`无`, `/`, `—`). */
export const EMPTY_CELL_WORDS: ReadonlySet<string> = new Set(["无", "暂无", "空", "略", "/", "／", "—", "——", "-", "－", "--", "\\"]);

/** Separators that always divide entities inside a cell. */
export const HARD_SEPARATORS = /[，,；;／/|｜\n\r\t]+/;

/**
 * The cores of the usual names of government departments (`人力资源和社会保障`, `住房和城乡建设`): a wrap
 * that falls inside one (`县人力资源和社` | `会保障局`) cut one name, whatever the characters on either
 * side end or start with. General vocabulary of public administration, no place in it.
 */
export const DEPARTMENT_CORES: readonly string[] = [
  "人力资源和社会保障", "人力资源社会保障", "住房和城乡建设", "住房城乡建设", "自然资源和规划", "工业和信息化", "经济和信息化",
  "发展和改革", "文化和旅游", "文化广电和旅游", "文化广电旅游体育", "文化广电体育和旅游", "农业农村", "卫生健康",
  "卫生和计划生育", "市场监督管理", "生态环境", "应急管理", "退役军人事务", "医疗保障", "交通运输", "科学技术",
  "行政审批服务", "政务服务和大数据管理", "政务服务数据管理", "大数据发展管理", "城市管理", "综合行政执法",
  "公共资源交易", "民族宗教事务", "地方金融监督管理", "林业和草原", "机关事务管理", "国有资产监督管理",
  "粮食和物资储备", "乡村振兴", "供销合作", "残疾人联合会", "妇女联合会", "工商业联合会", "科学技术协会",
  "人民防空", "投资促进", "知识产权", "消防救援", "邮政管理", "教育体育", "商务和经济信息化",
  // the short forms a department goes by (`县科技局`, `区住建局`): a wrap inside one cuts one name too
  "科技", "发改", "住建", "人社", "工信", "经信", "卫健", "文旅", "城管", "医保", "市场监管", "自然资源", "统计",
  "财政", "水利", "民政", "司法", "审计", "商务", "公安", "农业", "林业", "应急", "交通",
];
