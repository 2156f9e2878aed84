import { describe, expect, it } from "vitest";
import { countUnnumberedRows, moveCentredStarts, printsNumber, repeatedLines, taskStarts } from "../../src/layouts/flat/blocks.js";
import { flatToRecords } from "../../src/layouts/flat.js";
import { isInterleaved, untangleRow, untangleRows } from "../../src/layouts/flat/interleave.js";
import type { FlatLine, RowBlock, Segmentation } from "../../src/layouts/flat/segment.js";
import { isNameLine, isTaskLine, splitTaskLine, taskEnds } from "../../src/layouts/flat/tasklines.js";
import type { Diagnostic } from "../../src/model/schema.js";

/** lines of a block; a leading `¶` marks a blank line before the line */
const lines = (...texts: string[]): FlatLine[] =>
  texts.map((t, i) => ({ text: t.replace(/^¶/, ""), line: i + 10, afterBreak: false, ...(t.startsWith("¶") ? { blankBefore: true } : {}) }));
const block = (seq: number, ...texts: string[]): RowBlock => ({ seq, line: seq * 100, lines: lines(...texts) });
const seg = (rows: RowBlock[], leading: FlatLine[] = []): Segmentation => ({ rows, leading, endLine: null });
const texts = (b: RowBlock) => b.lines.map((l) => l.text);

describe("task lines of a reading-order dump", () => {
  it("reads long unpunctuated text as task text, a list of unit names as names", () => {
    expect(isTaskLine("建设鞋服（食品）国家级知识产权快速维权中")).toBe(true);
    expect(isTaskLine("大力实施“重龙头、强品牌、铸链条”行")).toBe(true);
    // counter-examples: a cell of names, a heading piece with quotes
    expect(isTaskLine("各镇政府、街道办事处")).toBe(false);
    expect(isTaskLine("“4341”")).toBe(false);
    expect(isTaskLine("区古城保护发展指挥部")).toBe(false);
    expect(isTaskLine("各镇（街道）、区直有关单位、区农业农村局（区重点办）")).toBe(false);
  });
  it("sets aside a heading piece before and whole names glued after a task line", () => {
    expect(splitTaskLine("推动规上企业研发投 市场监管局 林永红")).toEqual({ heading: null, task: "推动规上企业研发投", names: ["市场监管局", "林永红"] });
    expect(splitTaskLine("一、狠抓科技创 深化成果转化“百城百园”行动计划，加强职业 科技局")).toEqual({
      heading: "一、狠抓科技创",
      task: "深化成果转化“百城百园”行动计划，加强职业",
      names: ["科技局"],
    });
  });
  it("keeps in the task what is no whole unit beside it", () => {
    // a figure and its unit (`381 万平方米`: 万 is also a surname), a piece of prose, a person alone
    expect(splitTaskLine("施工面积 381 万平方").names).toEqual([]);
    expect(splitTaskLine("筛选众益太阳能、七星电气等 9 家明星梯队").names).toEqual([]);
    expect(splitTaskLine("推进龙头企业培优扶强工程，力争省工业 龙头企业达到").names).toEqual([]);
    expect(splitTaskLine("落实政策，确保完成 王伟").names).toEqual([]);
  });
  it("sets aside pieces of a wrapped name only where the dump is known to interleave its rows", () => {
    expect(splitTaskLine("争设集成电路、鞋服 泉州半导体高", undefined, true).names).toEqual(["泉州半导体高"]);
    // counter-examples: read by the lexicon alone the piece stays; a space after a figure is the figure's
    expect(splitTaskLine("争设集成电路、鞋服 泉州半导体高").names).toEqual([]);
    expect(splitTaskLine("推动 SAP 创新中心嵌入", undefined, true).names).toEqual([]);
  });
  it("judges a sentence end on the task text, names aside", () => {
    expect(taskEnds("启动公安基础设施建设工程。 公安分局 郑依森")).toBe(true);
    expect(taskEnds("推动规上企业研发投 科技局")).toBe(false);
  });
  it("reads a line of short whole names as names, a long run as none", () => {
    expect(isNameLine("市场监管局 林永红")).toBe(true);
    expect(isNameLine("诊医技综合楼建设和妇幼保健院")).toBe(false);
  });
});

describe("taskStarts / countUnnumberedRows: rows whose 序号 was printed apart", () => {
  it("finds a new task after a sentence end and a paragraph break or names", () => {
    const b = lines("大力培育高新技术企业，认定 100家。", "科技局", "落实科技创新优惠政策，推动研发。", "¶支持龙头企业联合高校组建联合体。");
    expect(taskStarts(b)).toEqual([2, 3]);
  });
  it("does not cut a task whose second sentence starts on the next line (counter-example)", () => {
    const b = lines("规范发展南环路汽车贸易走廊，提升集聚辐射功能。", "提质做优新天城市广场等商业综合体。", "区商务局");
    expect(taskStarts(b)).toEqual([]);
  });
  it("cuts a block when it holds exactly as many task starts as numbers are missing, and says so", () => {
    const s = seg([
      block(4, "更加注重企业家梯队建设。", "科技局", "¶加速落子布点，推进项目建设。", "发改局", "¶促成中试熟化平台启动运营。", "工信局"),
      block(7, "深化成果转化行动计划。", "科技局"),
    ]);
    const r = countUnnumberedRows(s);
    expect(r.segmentation.rows.map((b) => b.seq)).toEqual([4, 5, 6, 7]);
    expect(texts(r.segmentation.rows[1]!)).toEqual(["加速落子布点，推进项目建设。", "发改局"]);
    expect(r.counted.map((c) => c.seq)).toEqual([5, 6]);
  });
  it("keeps the block whole when the counts disagree (counter-example)", () => {
    const s = seg([block(4, "更加注重企业家梯队建设。", "科技局", "¶加速落子布点，推进项目建设。", "发改局"), block(7, "深化成果转化行动计划。")]);
    const r = countUnnumberedRows(s);
    expect(r.segmentation.rows.map((b) => b.seq)).toEqual([4, 7]);
    expect(r.counted).toEqual([]);
  });
  it("does not count rows whose numbers are printed in the block (missed by the segmentation)", () => {
    expect(printsNumber("治理试点111 深入开展试点示范", 111)).toBe(true);
    expect(printsNumber("盘活土地 1110亩", 111)).toBe(false);
    const s = seg([block(4, "更加注重企业家梯队建设。", "科技局", "¶5 加速落子布点，推进项目建设。", "发改局"), block(6, "深化成果转化行动计划。")]);
    expect(countUnnumberedRows(s).segmentation.rows.map((b) => b.seq)).toEqual([4, 6]);
  });
  it("numbers the rows before the first number printed", () => {
    const s = seg([block(3, "支持龙头企业组建创新联合体。", "科技局")], lines("大力培育高新技术企业。", "科技局", "¶落实科技创新优惠政策。", "工信局"));
    const r = countUnnumberedRows(s);
    expect(r.segmentation.rows.map((b) => b.seq)).toEqual([1, 2, 3]);
    expect(r.segmentation.leading).toEqual([]);
  });
});

describe("moveCentredStarts: a 序号 printed halfway down its row", () => {
  it("moves the first lines of a row from the end of the row above", () => {
    const s = seg([
      block(8, "金，推动科技基金高效运作。", "财政局", "建设国家级知识产权快速维权中"),
      block(9, "心，健全知识产权保护体系。", "工信局"),
    ]);
    const r = moveCentredStarts(s);
    expect(texts(r.segmentation.rows[0]!)).toEqual(["金，推动科技基金高效运作。", "财政局"]);
    expect(texts(r.segmentation.rows[1]!)).toEqual(["建设国家级知识产权快速维权中", "心，健全知识产权保护体系。", "工信局"]);
    expect(r.moved.map((m) => m.seq)).toEqual([9, 8]);
  });
  it("moves nothing when the row above ends its sentence, or ends with names after it (counter-examples)", () => {
    const done = seg([block(8, "推动科技基金高效运作。", "财政局"), block(9, "健全知识产权保护体系。")]);
    expect(moveCentredStarts(done).moved).toEqual([]);
    const named = seg([block(70, "开展专项行动；", "启动公安基础设施建设工程。 公安分局 郑依森"), block(71, "不断完善社会治安防控体系。")]);
    expect(moveCentredStarts(named).moved).toEqual([]);
  });
  it("never moves a running title printed on every page (counter-example)", () => {
    const title = "泉港区2020年政府工作报告目标任务责任分解";
    const s = seg([block(15, "推动生活性服务业升级。", "商务局", title), block(16, "培育发展专业市场。", "商务局", title), block(17, "打造试点村。")]);
    expect(repeatedLines(s.rows.flatMap((r) => r.lines)).has(title)).toBe(true);
    expect(moveCentredStarts(s).moved).toEqual([]);
  });
});

describe("untangleRow: a row printed interleaved with its names", () => {
  const row = block(
    2,
    "落实科技创新优惠政策，推动规上企业研发投 科技局",
    "蒋家兴 张汉杰",
    "入、研发机构、发明专利“三个覆盖”，规上企 工信局",
    "业研发活动覆盖率达 20%，带动全社会研发投 市场监管局 林永红",
    "庄天怀",
    "叶荣聪",
    "一、狠抓科技创 入增长 20%以上。",
    "新",
  );
  it("takes the task back whole, the heading pieces first, the names in the order printed", () => {
    expect(isInterleaved(row.lines)).toBe(true);
    expect(texts(untangleRow(row)!)).toEqual([
      "一、狠抓科技创",
      "新",
      "落实科技创新优惠政策，推动规上企业研发投",
      "入、研发机构、发明专利“三个覆盖”，规上企",
      "业研发活动覆盖率达 20%，带动全社会研发投",
      "入增长 20%以上。",
      "科技局",
      "蒋家兴 张汉杰",
      "工信局",
      "市场监管局 林永红",
      "庄天怀",
      "叶荣聪",
    ]);
  });
  it("takes back a heading piece printed before a line of the open task", () => {
    const b = block(3, "支持龙头企业联合高校、科研机构组建创新联合", "（一）培育企业 体，新增企业新型研发机构 5家以上。", "工信局", "林永红 庄天怀", "创新主体");
    expect(texts(untangleRow(b)!)).toEqual([
      "（一）培育企业",
      "支持龙头企业联合高校、科研机构组建创新联合",
      "体，新增企业新型研发机构 5家以上。",
      "工信局",
      "林永红 庄天怀",
      "创新主体",
    ]);
  });
  it("leaves a flattened row (task, then names) as it is (counter-example)", () => {
    const flat = block(1, "大力培育高新技术企业，认定国家高新技术企业", "100家以上，确保总数突破 300家。", "科技局", "工信局", "蒋家兴", "庄天怀");
    expect(isInterleaved(flat.lines)).toBe(false);
    expect(untangleRow(flat)).toBeNull();
  });
  it("keeps a long wrapped piece of the task in the task, not among the names", () => {
    const b = block(84, "推进泉港医院病房大楼2#楼、门 卫健委", "诊医技综合楼建设和妇幼保健院", "迁址重建等补短板项目。", "施文勇");
    expect(texts(untangleRow(b)!)).toEqual(["推进泉港医院病房大楼2#楼、门", "诊医技综合楼建设和妇幼保健院", "迁址重建等补短板项目。", "卫健委", "施文勇"]);
  });
  it("untangles only in a dump that interleaves its rows, not a stream-order dump with one cut row (counter-example)", () => {
    const plain = (seq: number) => block(seq, "推动科技基金高效运作。", "财政局", "肖金树");
    const few = seg([row, plain(3), plain(4), plain(5), plain(6)]);
    const d: Diagnostic[] = [];
    expect(untangleRows(few, 0, d)).toBe(few);
    expect(d).toEqual([]);
    const many = seg([row, plain(3)]);
    const out = untangleRows(many, 0, d);
    expect(texts(out.rows[0]!)[2]).toBe("落实科技创新优惠政策，推动规上企业研发投");
    expect(d.map((x) => [x.code, x.seq])).toEqual([["FLAT_ROW_INTERLEAVED", 2]]);
  });
});

describe("flatToRecords on a dump whose 序号 column was printed apart", () => {
  it("rebuilds the rows by counting and flags each counted row", () => {
    const doc = [
      "序号 目标任务 责任单位 责任领导",
      "1",
      "大力培育高新技术企业，认定 100家以上。",
      "科技局",
      "蒋家兴",
      "",
      "落实科技创新优惠政策，推动研发投入增长。",
      "工信局",
      "林永红",
      "",
      "支持龙头企业组建创新联合体。",
      "市场监管局",
      "叶荣聪",
      "4",
      "更加注重企业家梯队建设。",
      "人才办",
      "黄建华",
    ].map((text, i) => ({ text, line: i + 1 }));
    const r = flatToRecords({ source: { file: "x.txt", format: "txt" }, lines: doc } as never);
    expect(r.records.map((x) => [x.seq, x.task.join("")])).toEqual([
      [1, "大力培育高新技术企业，认定 100家以上。"],
      [2, "落实科技创新优惠政策，推动研发投入增长。"],
      [3, "支持龙头企业组建创新联合体。"],
      [4, "更加注重企业家梯队建设。"],
    ]);
    expect(r.records.map((x) => x.cells.units?.map((c) => c.text))).toEqual([["科技局"], ["工信局"], ["市场监管局"], ["人才办"]]);
    expect(r.diagnostics.filter((d) => d.code === "FLAT_SEQ_COUNTED").map((d) => d.seq)).toEqual([2, 3]);
  });
});
