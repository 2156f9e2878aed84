import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse.js";
import { dealPersonBlocks, personBlocks } from "../../src/layouts/flat/personblocks.js";
import type { RawRecord } from "../../src/model/intermediate.js";

const at = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));
const COLUMNS = ["seq", "task", "leadUnits", "units", "supervisors"] as const;

describe("a person column printed as one block after its label (reading order)", () => {
  it("reads the people after the label; blank lines between cells and units of a tall row among them do not end it", () => {
    const blocks = personBlocks(at(["分管领导", "庄垂生", "", "各街道办事处", "", "吴小纲", "江南街道办事处 王垦福", "序号"]), [...COLUMNS]);
    expect(blocks).toEqual([
      {
        field: "supervisors",
        label: 1,
        names: [
          { name: "庄垂生", line: 2 },
          { name: "吴小纲", line: 6 },
          { name: "王垦福", line: 7 },
        ],
      },
    ]);
  });

  it("counter-example: a label followed by a unit, or by task text, opens no block; nor does a column the header lacks", () => {
    expect(personBlocks(at(["分管领导", "工信局", "林永红", "庄天怀"]), [...COLUMNS])).toEqual([]);
    expect(personBlocks(at(["分管领导", "推动规上企业研发投入增长。", "林永红", "庄天怀"]), [...COLUMNS])).toEqual([]);
    expect(personBlocks(at(["责任人", "林永红", "庄天怀"]), [...COLUMNS])).toEqual([]);
  });
});

const rec = (seq: number, line: number, supervisors: string[]): RawRecord => ({
  table: 0,
  seq,
  section: [],
  task: ["任务。"],
  cells: { supervisors: supervisors.map((text) => ({ text })) },
  source: { line },
});

describe("dealing a block to its page's rows", () => {
  const block = (names: string[], label = 50) => ({ field: "supervisors" as const, label, names: names.map((name, k) => ({ name, line: label + 1 + k })) });

  it("gives each row of the page one name, in order, when the names are as many as the rows", () => {
    const records = [rec(1, 10, []), rec(2, 20, []), rec(3, 30, ["庄垂生", "吴小纲", "李超端"]), rec(4, 60, ["王伟"])];
    const r = dealPersonBlocks(records, [block(["庄垂生", "吴小纲", "李超端"])]);
    expect(r.records.map((x) => x.cells.supervisors!.map((c) => c.text))).toEqual([["庄垂生"], ["吴小纲"], ["李超端"], ["王伟"]]);
    expect(r.dealt.map((d) => d.seq)).toEqual([1, 2, 3]);
  });

  it("counter-example: a block one name longer (a row with two) is left where it was", () => {
    const records = [rec(1, 10, []), rec(2, 20, []), rec(3, 30, ["庄垂生", "吴小纲", "李超端", "王伟"])];
    const r = dealPersonBlocks(records, [block(["庄垂生", "吴小纲", "李超端", "王伟"])]);
    expect(r.records).toEqual(records);
    expect(r.dealt).toEqual([]);
  });

  it("a second block of the same column deals only the rows after the first", () => {
    const records = [rec(1, 10, []), rec(2, 20, ["甲一", "乙二"]), rec(3, 60, []), rec(4, 70, ["丙三", "丁四"])];
    const r = dealPersonBlocks(records, [block(["甲一", "乙二"], 50), block(["丙三", "丁四"], 80)]);
    expect(r.records.map((x) => x.cells.supervisors!.map((c) => c.text))).toEqual([["甲一"], ["乙二"], ["丙三"], ["丁四"]]);
  });

  it("counter-example: a block that is only the rest of a column printed partly beside its rows is not dealt", () => {
    // row 1 was read with its own supervisor printed beside it: the block's two names are not the page's whole column
    const records = [rec(1, 10, ["王伟"]), rec(2, 20, ["庄垂生", "吴小纲"])];
    const r = dealPersonBlocks(records, [block(["庄垂生", "吴小纲"])]);
    expect(r.records).toEqual(records);
  });
});

// `pdftotext` default mode on a Chromium-printed table: the 分管领导 column as a block after its label
const page = (supervisors: string[]): string =>
  [
    "泉鲤政办〔2021〕70号",
    "",
    "泉州市鲤城区人民政府办公室关于2022年区政府工作报告目标任务责任分解的通知",
    "各有关单位：",
    "现将责任分解表印发给你们，请认真贯彻落实。",
    "",
    "2022 年度区《政府工作报告》目标任务责任分解表",
    "序号",
    "具体任务",
    "1 地区生产总值增长 8%左右。",
    "牵头单位",
    "区发改局",
    "2 工业增加值增长 7%。",
    "区工信局",
    "3 第三产业增加值增长 8.5%。",
    "(一) 聚力转型攻坚，推动提质力促提级",
    "区发改局",
    "4 固定资产投资增长 15%。",
    "区发改局",
    "",
    "责任单位",
    "各街道办事处",
    "各街道办事处",
    "各街道办事处",
    "各街道办事处",
    "",
    "分管领导",
    ...supervisors,
  ].join("\n");

describe("a page whose 分管领导 column is printed as one block (pdftotext default, Chromium)", () => {
  it("deals one supervisor per row, flags every row dealt, and reads the heading row after a task as the next rows' section", async () => {
    const r = await parseText(page(["庄垂生", "", "吴小纲", "庄垂生", "王垦福"]), { layout: "flat" });
    expect(r.tasks.map((t) => [t.seq, t.supervisors])).toEqual([
      [1, ["庄垂生"]],
      [2, ["吴小纲"]],
      [3, ["庄垂生"]],
      [4, ["王垦福"]],
    ]);
    expect(r.tasks.map((t) => t.section)).toEqual([[], [], [], ["(一) 聚力转型攻坚，推动提质力促提级"]]);
    expect(r.tasks[2]!.task).toBe("第三产业增加值增长 8.5%。");
    for (const t of r.tasks) expect(t.review.map((x) => x.code)).toContain("FLAT_PERSON_BLOCK_DEALT");
  });

  it("counter-example: five names for four rows are not dealt (kept in the page's last row), and no row claims a dealt name", async () => {
    const r = await parseText(page(["庄垂生", "吴小纲", "庄垂生", "王垦福", "李超端"]), { layout: "flat" });
    expect(r.tasks.slice(0, 3).map((t) => t.supervisors)).toEqual([[], [], []]);
    expect(r.tasks[3]!.supervisors).toEqual(["庄垂生", "吴小纲", "庄垂生", "王垦福", "李超端"]);
    expect(r.diagnostics.some((d) => d.code === "FLAT_PERSON_BLOCK_DEALT")).toBe(false);
  });

  it("counter-example: a marker line continuing a task that has not ended is task text, not a heading", async () => {
    const text = page(["庄垂生", "吴小纲", "庄垂生", "王垦福"]).replace("3 第三产业增加值增长 8.5%。", "3 第三产业增加值增长 8.5%，重点推进");
    const r = await parseText(text, { layout: "flat" });
    expect(r.tasks[2]!.task).toContain("(一) 聚力转型攻坚");
    expect(r.tasks[3]!.section).toEqual([]);
  });
});
