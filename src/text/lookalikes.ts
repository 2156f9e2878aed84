/**
 * Look-alike code points and the ideographs they stand for: data only. PDFs
 * (browser print above all) write radicals where the text means ideographs.
 */

/**
 * Kangxi radicals whose NFKC form is not the character a simplified-Chinese
 * text means: Chinese fonts draw 户 with the radical's glyph, so a PDF's text
 * layer (browser print) says ⼾ (U+2F3E), which NFKC makes the traditional 戶.
 */
export const KANGXI_SIMPLIFIED_MAP: Readonly<Record<string, string>> = { "\u2F3E": "户" };

/** Radical code points that NFKC does not fold (CJK Radicals Supplement) mapped to the ideograph they stand for. */
export const CJK_RADICAL_SUPPLEMENT_MAP: Readonly<Record<string, string>> = {
  "⺀": "冫", "⺁": "厂", "⺃": "乚", "⺄": "乙", "⺅": "亻", "⺆": "冂", "⺇": "几", "⺈": "刀", "⺉": "刂",
  "⺊": "卜", "⺋": "卩", "⺌": "小", "⺍": "小", "⺎": "兀", "⺏": "尣", "⺐": "尢", "⺑": "尢", "⺒": "巳",
  "⺓": "幺", "⺔": "彐", "⺕": "彐", "⺖": "忄", "⺗": "心", "⺘": "扌", "⺙": "攵", "⺛": "旡", "⺜": "日",
  "⺝": "月", "⺞": "歺", "⺟": "母", "⺠": "民", "⺡": "氵", "⺢": "氺", "⺣": "灬", "⺤": "爪", "⺥": "爫",
  "⺦": "丬", "⺧": "牛", "⺨": "犭", "⺩": "王", "⺪": "疋", "⺫": "目", "⺬": "示", "⺭": "礻", "⺮": "竹",
  "⺯": "糸", "⺰": "纟", "⺱": "网", "⺲": "罒", "⺳": "网", "⺴": "罒", "⺵": "网", "⺶": "羊", "⺷": "羊",
  "⺸": "羊", "⺹": "老", "⺺": "肀", "⺻": "聿", "⺼": "月", "⺽": "臼", "⺾": "艹", "⺿": "艹", "⻀": "艹",
  "⻁": "虎", "⻂": "衤", "⻃": "西", "⻄": "西", "⻅": "见", "⻆": "角", "⻇": "角", "⻈": "讠", "⻉": "贝",
  "⻊": "足", "⻋": "车", "⻌": "辶", "⻍": "辶", "⻎": "辶", "⻏": "阝", "⻐": "钅", "⻑": "長", "⻒": "镸",
  "⻓": "长", "⻔": "门", "⻕": "阝", "⻖": "阝", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风",
  "⻜": "飞", "⻝": "食", "⻞": "食", "⻟": "食", "⻠": "饣", "⻡": "首", "⻢": "马", "⻣": "骨", "⻤": "鬼",
  "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻫": "齐", "⻬": "齐", "⻭": "齿",
  "⻮": "齿", "⻯": "龙", "⻰": "龙", "⻱": "龟", "⻲": "龟", "⻳": "龟",
};
