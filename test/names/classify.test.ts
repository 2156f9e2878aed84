import { describe, expect, it } from "vitest";
import { classify, isPersonName, isRole, isStandaloneCollective, surnameOf } from "../../src/names/classify.js";
import { cleanName, cleanText, stripMarkup } from "../../src/text/hygiene.js";

describe("isPersonName", () => {
  it.each(["王伟", "庄垂生", "蔡晖", "欧阳修", "司马光明", "黄金奖", "江岚", "施茂春"])("%s is a person", (n) => {
    expect(isPersonName(n)).toBe(true);
  });
  it.each([
    "编办", "妇联", "侨办", "残联", "科协", // 2-character units
    "金融办", "史志室", "商务局", "文明办", "关工委", "宣传部", "司法局", // surname-led units
    "后龙镇", "峰尾镇", "涂岭镇", // towns, surname-led
    "海关", "各副区长", "区发改局", "王", "王小二三四",
  ])("%s is not a person", (n) => {
    expect(isPersonName(n)).toBe(false);
  });
});

describe("classify", () => {
  it.each([
    ["石化安控区指挥部办公室", "unit"],
    ["区发改局（区重点办）", "unit"],
    ["高新区管委会", "unit"],
    ["各镇（街道）", "collective"],
    ["区直有关单位", "collective"],
    ["相关项目责任单位", "collective"],
    ["各镇镇长、街道办事处主任", "role"],
    ["市政府工作部门主要负责人", "role"],
    ["各副区长", "role"],
    ["黄金奖（镇长人选）", "person"],
    ["区古城保护", "fragment"],
    ["爱国路周边片", "fragment"],
  ])("%s → %s", (s, kind) => {
    expect(classify(s)).toBe(kind);
  });
});

describe("lexicon helpers", () => {
  it("prefers double surnames", () => {
    expect(surnameOf("欧阳修")).toBe("欧阳");
    expect(surnameOf("欧文")).toBe("欧");
  });
  it("knows roles", () => {
    expect(isRole("集成改革各专项小组负责人")).toBe(true);
    expect(isRole("王伟")).toBe(false);
  });
  it("knows standalone collectives", () => {
    expect(isStandaloneCollective("各镇（街道）")).toBe(true);
    expect(isStandaloneCollective("各街道办事处")).toBe(true);
    expect(isStandaloneCollective("各窗口单位")).toBe(false);
    expect(isStandaloneCollective("各职能组")).toBe(false);
    // a doubled prefix scopes the same divisions; a doubled prefix before a non-division does not
    expect(isStandaloneCollective("各相关镇（街道）")).toBe(true);
    expect(isStandaloneCollective("各有关乡镇")).toBe(true);
    expect(isStandaloneCollective("各相关职能组")).toBe(false);
  });
});

describe("hygiene", () => {
  it("folds Kangxi radicals, CJK radicals supplement and compatibility ideographs in names", () => {
    expect(cleanName("⻩少伟")).toBe("黄少伟");
    expect(cleanName("⼀办")).toBe("一办");
    expect(cleanName("区⻓")).toBe("区长");
  });
  it("folds full-width letters and digits in names, keeps parentheses full-width", () => {
    expect(cleanName("ＳＭ商圈(１号)")).toBe("SM商圈（1号）");
  });
  it("removes zero-width characters, NBSP and every space inside a name", () => {
    expect(cleanName("王\u200B\u00A0伟 ")).toBe("王伟");
    expect(cleanName("王　伟")).toBe("王伟");
  });
  it("keeps full-width punctuation in task text but drops spaces between CJK characters", () => {
    expect(cleanText("提高城市管理水 平，增长 20% 以上。")).toBe("提高城市管理水平，增长 20% 以上。");
    // markup is the text layouts' business (stripMarkup where the input is markup), not cleanText's
    expect(cleanText("<b>(一) 聚力转型攻坚</b>")).toBe("<b>(一) 聚力转型攻坚</b>");
    expect(cleanText(stripMarkup("<b>(一) 聚力转型攻坚</b>"))).toBe("(一) 聚力转型攻坚");
  });
});

describe("joinLines", () => {
  it("joins wrapped lines without inventing spaces, except inside Latin text", async () => {
    const { joinLines } = await import("../../src/text/hygiene.js");
    expect(joinLines(["培育数字化车间", "6 个，打造"])).toBe("培育数字化车间6 个，打造");
    expect(joinLines(["推动 SAP", "Business 平台"])).toBe("推动 SAP Business 平台");
    expect(joinLines(["  ", "任务。"])).toBe("任务。");
  });
  it("a number cut by the wrap of a Chinese line that filled its cell is one number", async () => {
    const { joinLines } = await import("../../src/text/hygiene.js");
    expect(joinLines(["推进老旧小区改造，覆盖率达到 9", "5%"])).toBe("推进老旧小区改造，覆盖率达到 95%");
    expect(joinLines(["新建城市道路提升工程，全年完成 1", "2亿元以上投资任务。"])).toBe("新建城市道路提升工程，全年完成 12亿元以上投资任务。");
    // counter-examples: an English phrase wrapped between words, even on a full line
    expect(joinLines(["引进国际知名会展品牌 Smart", "City 博览会落户"])).toBe("引进国际知名会展品牌 Smart City 博览会落户");
    // a Chinese line ending short of its cell's width ended there (the next number is another one)
    expect(joinLines(["建成 5G 基站 300", "5 个乡镇实现千兆光网全覆盖，农村宽带接入能力明显提升。"])).toBe(
      "建成 5G 基站 300 5 个乡镇实现千兆光网全覆盖，农村宽带接入能力明显提升。",
    );
    // Latin text with no Chinese: numbers wrapped at a space stay apart
    expect(joinLines(["Phase 2", "3 modules"])).toBe("Phase 2 3 modules");
  });
  it("learnSpacing counts one space or none between Chinese and a digit; a run of spaces pads columns", async () => {
    const { learnSpacing } = await import("../../src/text/hygiene.js");
    // `8%` then column padding then a unit: no spacing of the text
    expect(learnSpacing(["1   同比增长8%    区发改局", "2   新增30个     区商务局"])).toEqual({ beforeAscii: false, afterAscii: false });
    // counter-example: the text spaces digits off Chinese with one space
    expect(learnSpacing(["增长 8% 左右", "新增 30 个"])).toEqual({ beforeAscii: true, afterAscii: true });
  });
});

describe("a collective's prefix and one character", () => {
  it("is a name cut by a wrap when the character is no division (`各园` | `区管委会`), and the splitter joins it", async () => {
    expect(["各园", "各部", "有关部"].map(classify)).toEqual(["fragment", "fragment", "fragment"]);
    const { splitEntities } = await import("../../src/names/split.js");
    expect(splitEntities([{ text: "统计局、各园" }, { text: "区管委会" }], "unit")).toEqual(["统计局", "各园区管委会"]);
  });
  it("counter-example: a division after the prefix, or a longer body, is a collective", () => {
    expect(["各镇", "各县", "各区", "相关镇", "各园区", "各单位", "其他"].map(classify)).toEqual(Array(7).fill("collective"));
  });
});
