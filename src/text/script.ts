/**
 * Traditional → simplified folding, for MATCHING only (header synonyms,
 * labels, role verbs, name endings, surnames). Names and task text are always
 * kept as printed. Data only: one traditional character → one simplified
 * character, so a folded string has the same length and offsets as the
 * original and positions found on the folded text apply to the printed one.
 *
 * The table covers the vocabulary fenjie matches on (headers, labels, role
 * words, unit endings, collectives, surnames, numbering), not all of Chinese.
 */
const PAIRS =
  // labels and headers
  "牽牵頭头單单責责協协辦办領领導导參参與与會会實实擔担負负項项類类門门聯联係系繫系掛挂鉤钩銜衔備备註注續续" +
  // 協調領導 (a supervisors label)
  "調调" +
  // time and manner clauses of a role bracket (持續推進, 分階段實施, 穩步推進, 統籌推進, 紮實推進, 長期堅持, 報送)
  "階阶穩稳籌筹紮扎堅坚報报" +
  "長长區区縣县鎮镇點点進进標标屬属處处職职級级專专塊块輔辅順顺編编號号務务體体內内員员覽览" +
  "為为覺觉識识議议權权優优勢势構构機机關关總总組组織织團团隊队廳厅館馆醫医學学書书選选" +
  // administration and sectors
  "發发開开運运輸输財财經经濟济資资產产業业農农貿贸環环衛卫計计劃划規规設设築筑鄉乡鄰邻" +
  "條条證证網网絡络電电氣气熱热燈灯廣广視视聽听圖图藝艺術术黨党紀纪檢检審审統统稅税銀银" +
  "險险應应災灾鐵铁灣湾當当歷历濱滨僑侨臺台國国際际華华東东島岛園园揮挥監监執执綜综護护" +
  "漁渔糧粮婦妇殘残紅红煙烟郵邮質质藥药療疗綠绿創创數数據据訊讯戰战溝沟範范龍龙歲岁" +
  "壽寿測测繪绘況况積积極极韌韧態态轉转驗验類类風风門门問问間间聞闻閱阅陽阳陰阴隴陇" +
  "強强際际們们個个來来時时後后過过還还說说這这將将從从對对於于讓让協协補补償偿寬宽" +
  // numbering
  "兩两別别" +
  // a web page's chrome (【列印本頁】【關閉窗口】, 網站標識碼, 瀏覽次數, 字體)
  "頁页閉闭碼码瀏浏擊击" +
  // surnames
  "莊庄陳陈張张劉刘黃黄趙赵吳吴鄭郑楊杨許许蘇苏葉叶鍾钟鐘钟蕭萧龔龚譚谭盧卢馮冯鄧邓韓韩" +
  "謝谢羅罗孫孙馬马錢钱顧顾賴赖歐欧萬万嚴严鄒邹餘余蔣蒋韋韦賈贾湯汤陸陆龐庞閆闫閻阎賀贺" +
  "鄔邬聶聂駱骆顏颜鄺邝麥麦鳳凤簡简魯鲁蘆芦廬庐鄒邹薑姜滕滕紀纪劉刘衛卫葛葛嶽岳溫温" +
  "喬乔閔闵遲迟鮑鲍費费畢毕樂乐齊齐貝贝談谈藍蓝婁娄繆缪賁贲諸诸鈕钮榮荣儲储烏乌車车宮宫寧宁" +
  "欒栾鈄钭厲厉薊蓟懷怀藺蔺蒼苍雙双貢贡勞劳酈郦邊边郟郏連连習习魚鱼終终滿满祿禄闕阙師师鞏巩" +
  "厙厍闞阚饒饶養养須须豐丰荊荆蓋盖鬱郁";

export const TRAD_TO_SIMP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const t = chars[i]!;
    const s = chars[i + 1]!;
    if (t !== s) m.set(t, s);
  }
  return m;
})();

/** Any character `TRAD_TO_SIMP` folds (most text has none and is returned as it is). */
const TRADITIONAL = new RegExp(`[${[...TRAD_TO_SIMP.keys()].join("")}]`, "gu");

/** Fold traditional characters to simplified, one character for one (same length). */
export function toSimplified(text: string): string {
  TRADITIONAL.lastIndex = 0;
  if (!TRADITIONAL.test(text)) return text;
  return text.replace(TRADITIONAL, (ch) => TRAD_TO_SIMP.get(ch)!);
}
