// Pure parts of the batch: content sniffing, discovery, output names, progress text, summary table.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverInputs, displayPath, sniffKind } from "../../src/batch/discover.js";
import { baseName, outputNames } from "../../src/batch/naming.js";
import { fitName, formatBar, formatDuration, formatLine, ProgressReporter } from "../../src/batch/progress.js";
import { batchLocale, batchMessages } from "../../src/batch/messages.js";
import { FAILED_STATUSES, statusOfError } from "../../src/batch/status.js";
import { displayWidth, renderTable } from "../../src/batch/summary.js";
import { toDatasetCsv, type DatasetRow } from "../../src/batch/dataset.js";
import { makeInputFolder } from "./helpers.js";

describe("sniffKind", () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  it("detects by content", () => {
    expect(sniffKind(new Uint8Array())).toBe("empty");
    expect(sniffKind(enc("%PDF-1.7\n..."))).toBe("pdf");
    expect(sniffKind(enc("序号\t目标任务\t责任单位\n"))).toBe("text");
    expect(sniffKind(new Uint8Array(Buffer.from("序号\r\n", "utf16le")))).toBe("text");
    expect(sniffKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3]))).toBe("binary");
  });
});

describe("discoverInputs", () => {
  let root: string;
  beforeAll(() => {
    root = makeInputFolder();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("walks folders, skips hidden files, ignores non-text by content, sorts by path", async () => {
    const d = await discoverInputs(["in"], { cwd: root });
    expect(d.inputs.map((i) => i.file)).toEqual([
      "in/000_89d412a27e51e6a9.txt",
      "in/001_607276811f1fd8da.txt",
      "in/002_a81ff61cc22d0274.txt",
      "in/003_b3fb5684e6b0e697.txt",
      "in/004_8be8280e27aee29f.txt",
      "in/corrupt.txt",
      "in/sub/empty.txt",
      "in/sub/readme",
      "in/sub/scan.pdf",
    ]);
    expect(d.ignored.map((i) => i.file)).toEqual(["in/photo.jpg"]);
  });

  it("expands globs, keeps explicit files and missing paths, de-duplicates, excludes the output folder", async () => {
    const d = await discoverInputs(["in/sub/*", "in/sub/empty.txt", "in/missing.txt", "nothing/*.pdf", "in"], { cwd: root, exclude: ["in/sub"] });
    expect(d.inputs.map((i) => i.file)).toEqual([
      "in/000_89d412a27e51e6a9.txt",
      "in/001_607276811f1fd8da.txt",
      "in/002_a81ff61cc22d0274.txt",
      "in/003_b3fb5684e6b0e697.txt",
      "in/004_8be8280e27aee29f.txt",
      "in/corrupt.txt",
      "in/missing.txt",
      "in/sub/empty.txt",
    ]);
    expect(d.unmatched).toEqual(["in/sub/*", "nothing/*.pdf"]);
  });

  it("shows paths relative to the working folder, absolute outside it", () => {
    expect(displayPath(join("/data", "a", "b.txt"), "/data")).toBe("a/b.txt");
    expect(displayPath("/elsewhere/b.txt", "/data")).toBe("/elsewhere/b.txt");
  });
});

describe("output names", () => {
  it("derive from the path and stay unique", () => {
    expect(baseName("2021/晋江/通知.txt")).toBe("2021__晋江__通知.txt");
    expect(baseName("../x/a:b?.pdf")).toBe("up__x__a_b_.pdf");
    expect(baseName("/abs/a.txt")).toBe("abs__a.txt");
    const names = outputNames(["a/b.txt", "a__b.txt", "c.txt"]);
    expect(names[2]).toBe("c.txt.json");
    expect(names[0]).toMatch(/^a__b\.txt-[0-9a-f]{8}\.json$/);
    expect(names[1]).toMatch(/^a__b\.txt-[0-9a-f]{8}\.json$/);
    expect(names[0]).not.toBe(names[1]);
    // independent of order
    expect(outputNames(["a__b.txt", "a/b.txt"])).toEqual([names[1], names[0]]);
  });
});

describe("status mapping", () => {
  it("maps error codes to statuses", () => {
    expect(statusOfError("NO_TABLE")).toBe("no_table");
    expect(statusOfError("NO_TABLE", true)).toBe("skipped");
    expect(FAILED_STATUSES.has("skipped")).toBe(false);
    expect(FAILED_STATUSES.has("no_table")).toBe(true);
    expect(statusOfError("EMPTY_INPUT")).toBe("unreadable");
    expect(statusOfError("PDF_UNSUPPORTED")).toBe("unreadable");
    expect(statusOfError("TIMEOUT")).toBe("failed");
    expect(statusOfError("INTERNAL")).toBe("failed");
    expect(statusOfError("CANCELLED")).toBe("not_run");
  });
});

describe("progress", () => {
  it("formats bar and plain line, in Chinese or English, with the file being parsed", () => {
    const p = { done: 12, total: 40, failures: 2, elapsedMs: 4000, current: "2021/晋江.pdf" };
    expect(formatBar(p, 10, batchMessages("zh"))).toBe("[###-------] 12/40  3.0 个/秒  预计剩余 0:09  失败 2  正在处理 2021/晋江.pdf");
    expect(formatLine(p, batchMessages("zh"))).toBe("fenjie batch：12/40 个文件（30%），3.0 个/秒，预计剩余 0:09，失败 2 个，正在处理 2021/晋江.pdf");
    expect(formatBar(p, 10, batchMessages("en"))).toBe("[###-------] 12/40  3.0 files/s  ETA 0:09  2 failed  now 2021/晋江.pdf");
    const { current: _, ...over } = p;
    expect(formatLine(over, batchMessages("en"))).toBe("fenjie batch: 12/40 files (30%), 3.0 files/s, ETA 0:09, 2 failed");
    // a long name keeps its end (the file name), cut by display width
    const long = `${"很长的文件夹/".repeat(10)}晋江.pdf`;
    expect(fitName(long, 20)).toBe("…长的文件夹/晋江.pdf"); // 1 + 10 + 1 + 4 + 4 columns
    expect(fitName("a.pdf", 20)).toBe("a.pdf");
  });

  it("follows the locale: English for en_*, Chinese otherwise", () => {
    expect(batchLocale({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(batchLocale({ LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh");
    expect(batchLocale({ LC_MESSAGES: "en", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(batchLocale({ LANG: "C.UTF-8" })).toBe("zh");
    expect(batchLocale({ LANG: "eng_X" })).toBe("zh"); // not an English tag
    expect(batchLocale({})).toBe("zh");
  });

  it("formats durations", () => {
    expect(formatDuration(3725)).toBe("1:02:05");
    expect(formatDuration(Infinity)).toBe("--:--");
  });

  it("writes plain lines at most once per interval and the final state once", () => {
    const out: string[] = [];
    const r = new ProgressReporter({ write: (s: string) => out.push(s) }, "lines", 5000);
    r.update({ done: 0, total: 3, failures: 0, elapsedMs: 0 });
    r.update({ done: 1, total: 3, failures: 0, elapsedMs: 1000 });
    r.update({ done: 2, total: 3, failures: 1, elapsedMs: 6000 });
    r.update({ done: 3, total: 3, failures: 1, elapsedMs: 6100 });
    r.update({ done: 3, total: 3, failures: 1, elapsedMs: 6200 }, true);
    expect(out.map((l) => l.match(/\d+\/3/)![0])).toEqual(["0/3", "2/3", "3/3"]);
  });
});

describe("summary table and dataset CSV", () => {
  it("aligns CJK text by display width", () => {
    expect(displayWidth("晋江a")).toBe(5);
    expect(renderTable(["名", "n"], [["晋江", "1"], ["ab", "10"]], [false, true])).toBe("名     n\n----  --\n晋江   1\nab    10\n");
  });

  it("writes BOM, ASCII headers, joined multi-valued cells, the section path with ' / ', review messages, and quotes when needed", async () => {
    const sha = "ab".repeat(32);
    const row: DatasetRow = {
      id: "abababababababab-0-3", sourceFile: "a.txt", sha256: sha, docNumber: null, issuer: "某县人民政府", title: "关于印发的通知", date: "2021-02-03", year: 2021, table: 0, seq: 3,
      section: ["一、总体", "（一）小节"], task: "任务, 带逗号", leadUnits: ["县发改局"], units: ["甲", "乙"],
      coUnits: [], leaders: [], supervisors: ["张三"], inherited: ["units"], line: 9, page: null, remark: "",
      review: [{ code: "A", message: "单元格边界是猜的" }, { code: "B", message: "请核对单位" }],
    };
    const csv = await toDatasetCsv([row]);
    expect(csv).toBe(
      "\uFEFFid,sourceFile,sha256,docNumber,issuer,title,date,year,table,seq,section,task,leadUnits,units,coUnits,leaders,supervisors,inherited,line,page,remark,review\r\n" +
        `abababababababab-0-3,a.txt,${sha},,某县人民政府,关于印发的通知,2021-02-03,2021,0,3,一、总体 / （一）小节,"任务, 带逗号",县发改局,甲；乙,,,张三,units,9,,,单元格边界是猜的；请核对单位\r\n`,
    );
  });
});
