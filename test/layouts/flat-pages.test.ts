import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";

// a stream-order dump (`pdftotext -raw`) of a table whose row 2 is cut by a page break: the
// second page prints, in column order, the lines of the cells that did not fit on the first
const HEADER = "序号 具体目标任务 牵头单位 责任人 协办单位 区分管或联系领导";
const rows = (row2: string[]): string => [
  HEADER,
  "1 培育发展建材、汽车、花卉等专业市场。 商务局 肖银河 市场监管局 柯明好",
  ...row2,
  "3 启动西部旅游公路建设。 交通局 郑明炎 自然资源局 陈相成",
  "4 做好第七次全国人口普查工作。 统计局 林永骏 财政局 陈剑锋",
].join("\n");

describe("a row cut by a page break: the next page goes on with the cells that filled the first", () => {
  it("lays each name after the break onto the column whose cell filled every line of the first page", async () => {
    const text = rows([
      "2 创建文创培训、美食、服装、夜市等特色街区。 城管局",
      "文体旅游局",
      "自然资源局",
      "程进强",
      "刘冰",
      "林昀瑜",
      "文旅开发公司",
      "陈相成",
      "陈清拥",
      "黄少伟",
      "— 1 —",
      HEADER,
      "商务局 肖银河 柯明好",
    ]);
    const r = await parseText(text, { layout: "flat" });
    const t = r.tasks.find((x) => x.seq === 2)!;
    // 协办单位 (one line) was whole on the first page; the lead units, people and leaders were cut
    expect(t).toMatchObject({
      leadUnits: ["城管局", "文体旅游局", "自然资源局", "商务局"],
      leaders: ["程进强", "刘冰", "林昀瑜", "肖银河"],
      coUnits: ["文旅开发公司"],
      supervisors: ["陈相成", "陈清拥", "黄少伟", "柯明好"],
    });
    expect(r.diagnostics.filter((d) => d.seq === 2 && d.level !== "info")).toEqual([]);
    expect(r.diagnostics.find((d) => d.code === "FLAT_ROW_ACROSS_PAGES")?.seq).toBe(2);
  });

  it("counter-example: a unit after the break goes to the 协办单位 when only that cell was cut", async () => {
    const text = rows([
      "2 创建文创培训、美食、服装、夜市等特色街区。 城管局 程进强 文旅开发公司",
      "相关镇（街道）",
      "文体旅游局",
      "陈清拥",
      "— 1 —",
      HEADER,
      "住建局",
    ]);
    const r = await parseText(text, { layout: "flat" });
    const t = r.tasks.find((x) => x.seq === 2)!;
    expect(t).toMatchObject({
      leadUnits: ["城管局"],
      leaders: ["程进强"],
      coUnits: ["文旅开发公司", "相关镇（街道）", "文体旅游局", "住建局"],
      supervisors: ["陈清拥"],
    });
  });

  it("counter-example: a row not cut by the break keeps its names in text order", async () => {
    const text = rows(["2 创建文创培训、美食、服装、夜市等特色街区。", "城管局", "程进强", "文旅开发公司", "陈清拥", "— 1 —", HEADER]);
    const r = await parseText(text, { layout: "flat" });
    expect(r.tasks.find((x) => x.seq === 2)).toMatchObject({ leadUnits: ["城管局"], leaders: ["程进强"], coUnits: ["文旅开发公司"], supervisors: ["陈清拥"] });
    expect(r.diagnostics.some((d) => d.code === "FLAT_ROW_ACROSS_PAGES")).toBe(false);
  });
});

describe("a cut row whose two people columns are printed side by side", () => {
  const H = "序号 目标任务 责任单位 责任领导 分管市领导";
  const text = (row2: string[]) =>
    [H, "1 推进知识产权保护。 市场监管局 叶荣聪 李自力", ...row2, "3 打造人才服务体系。 人才办 黄建华 张汉杰", "4 盘活存量用地。 自然资源局 谢永彬 庄天怀"].join("\n");
  it("cuts the first page's people by the units they pair with, and lays the next page's on each side", async () => {
    const r = await parseText(
      text(["2 建设知识产权快速维权中心，健全知识产权保护体系。", "市场监管局", "财政局", "人社局", "叶荣聪", "肖金树", "柯发音", "李自力", "吴忠刘", "张汉杰", "— 1 —", H, "工信局", "编办", "林永红", "杨春雷", "庄天怀"]),
      { layout: "flat" },
    );
    expect(r.tasks.find((t) => t.seq === 2)).toMatchObject({
      units: ["市场监管局", "财政局", "人社局", "工信局", "编办"],
      leaders: ["叶荣聪", "肖金树", "柯发音", "林永红", "杨春雷"],
      supervisors: ["李自力", "吴忠刘", "张汉杰", "庄天怀"],
    });
  });
  it("counter-example: when only the supervisors' cell was cut, the next page's person is a supervisor", async () => {
    const r = await parseText(
      text(["2 建设知识产权快速维权中心，健全知识产权保护体系。", "市场监管局", "叶荣聪", "李自力", "吴忠刘", "— 1 —", H, "张汉杰"]),
      { layout: "flat" },
    );
    expect(r.tasks.find((t) => t.seq === 2)).toMatchObject({ units: ["市场监管局"], leaders: ["叶荣聪"], supervisors: ["李自力", "吴忠刘", "张汉杰"] });
  });
});

describe("a task cut by a page break, its last line printed with the names of the cells cut with it", () => {
  it("takes the sentence's end into the task and the names after it into their columns", async () => {
    const text = rows([
      "2 完成儿童福利院建设，顺利通过2020年“两纲”终期考 民政局 刘开南 庄一鸣",
      "— 10 —",
      HEADER,
      "核。 妇联 叶彬彬 陈清拥",
    ]);
    const r = await parseText(text, { layout: "flat" });
    expect(r.tasks.find((t) => t.seq === 2)).toMatchObject({
      task: "完成儿童福利院建设，顺利通过2020年“两纲”终期考核。",
      leadUnits: ["民政局", "妇联"],
      leaders: ["刘开南", "叶彬彬"],
      supervisors: ["庄一鸣", "陈清拥"],
    });
  });
  it("counter-example: the same line amid the names on one page is not a page's continuation, and is flagged", async () => {
    const text = rows(["2 完成儿童福利院建设，顺利通过2020年“两纲”终期考 民政局 刘开南 庄一鸣", "核。 妇联 叶彬彬 陈清拥"]);
    const r = await parseText(text, { layout: "flat" });
    // not a page's continuation: read as lines interleaved in reading order, and flagged
    expect(r.diagnostics.some((d) => d.code === "FLAT_ROW_ACROSS_PAGES")).toBe(false);
    expect(r.tasks.find((t) => t.seq === 2)!.review.length).toBeGreaterThan(0);
  });
});

describe("page furniture and glued row numbers in a copied text", async () => {
  const { gluedNextRow, isPrintFurniture } = await import("../../src/layouts/flat/segment.js");
  it("a browser's print header and footer are page furniture", () => {
    expect(isPrintFurniture("11/22/26, 9:27 AM")).toBe(true);
    expect(isPrintFurniture("file:///tmp/report/header-footer.html 1/4")).toBe(true);
    expect(isPrintFurniture("https://www.example.gov.cn/zwgk/2021/t123.html 2/14")).toBe(true);
  });
  it("counter-example: a task or name with a date or a ratio is not", () => {
    expect(isPrintFurniture("2021年12月30日")).toBe(false);
    expect(isPrintFurniture("完成 1/4 的改造任务。")).toBe(false);
    expect(isPrintFurniture("详见 https://www.example.gov.cn 公布的名单。")).toBe(false);
  });
  it("the next row's number glued to the last name opens the next row", () => {
    expect(gluedNextRow("施茂春 各镇（街道） 陈清拥20 打造7个文体旅游融合试点村。", 20)).toEqual({ before: "施茂春 各镇（街道） 陈清拥", task: "打造7个文体旅游融合试点村。" });
  });
  it("counter-example: a number inside the task, or not the next one, is not a row", () => {
    expect(gluedNextRow("推进片区建设2 个项目落地。", 2)).toBeNull();
    expect(gluedNextRow("施茂春 陈清拥21 打造7个文体旅游融合试点村。", 20)).toBeNull();
    expect(gluedNextRow("施茂春 陈清拥20 刘冰", 20)).toBeNull();
    expect(gluedNextRow("修编村庄规划并完成30 个村庄的分类工作。", 30)).toBeNull();
    expect(gluedNextRow("（四）深化乡村 治理试点111 深入开展全国乡村治理试点示范。", 111)).toEqual({ before: "（四）深化乡村 治理试点", task: "深入开展全国乡村治理试点示范。" });
  });
  it("end to end: the glued row and the furniture between pages", async () => {
    const text = [
      HEADER,
      "1 培育发展建材、汽车、花卉等专业市场。 商务局 肖银河 市场监管局 柯明好",
      "2 创建文创培训、美食、服装、夜市等特色街区。",
      "城管局",
      "程进强 文旅开发公司 陈清拥3 启动西部旅游公路建设。",
      "交通局 郑明炎 自然资源局 陈相成",
      "11/22/26, 9:27 AM",
      "file:///tmp/report/table.html 1/4",
      HEADER,
      "4 做好第七次全国人口普查工作。 统计局 林永骏 财政局 陈剑锋",
    ].join("\n");
    const r = await parseText(text, { layout: "flat" });
    expect(r.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4]);
    expect(r.tasks.find((t) => t.seq === 2)).toMatchObject({ task: "创建文创培训、美食、服装、夜市等特色街区。", supervisors: ["陈清拥"] });
    expect(r.tasks.find((t) => t.seq === 3)).toMatchObject({ task: "启动西部旅游公路建设。", leadUnits: ["交通局"], supervisors: ["陈相成"] });
  });
});

describe("two person columns before the task, nothing to cut them by", () => {
  const table = (header: string[], rows: string[][]) =>
    ["2024年区政府工作报告重点任务责任分解表", "", ...header, ...rows.flat()].join("\n") + "\n";
  it("the split of 分管领导 | 责任领导 is flagged when no unit count or other row decides it", async () => {
    const r = await parseText(table(["序号", "分管领导", "责任领导", "目标任务", "责任单位"], [["3", "王春生", "王伟", "推进城乡供水一体化工程，", "完成投资3亿元。", "区城市建设投资集团有限公司"], ["4", "李明", "张华", "推进水利工程建设。", "区水利局"]]));
    expect(r.tasks.map((t) => [t.seq, t.review.map((x) => x.code)])).toEqual([[3, ["FLAT_PERSON_COLUMNS_GUESSED"]], [4, ["FLAT_PERSON_COLUMNS_GUESSED"]]]);
  });
  it("counter-example: one person column has nothing to split", async () => {
    const r = await parseText(table(["序号", "责任领导", "目标任务", "责任单位"], [["3", "王伟", "推进城乡供水一体化工程，", "完成投资3亿元。", "区城市建设投资集团有限公司"], ["4", "张华", "推进水利工程建设。", "区水利局"]]));
    expect(r.tasks.map((t) => [t.seq, t.leaders, t.review])).toEqual([[3, ["王伟"], []], [4, ["张华"], []]]);
  });
});
