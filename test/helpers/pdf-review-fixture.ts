/**
 * A small PDF "notice table" made in the test, and the Result a PDF reader would give
 * for it (records carrying source.page and source.bbox), so the review page's PDF part
 * can be tested without the PDF reader. Page 1 holds rows 1–3, page 2 rows 4–5; each
 * row is a light grey band with a black marker square at its left end.
 */
import { createHash } from "node:crypto";
import { ResultSchema, type Result, type Task } from "../../src/model/schema.js";
import { taskId } from "../../src/model/ids.js";
import { miniPdf, type MiniPage } from "./minipdf.js";

export const PAGE = { width: 400, height: 300 } as const;
/** row boxes [x0, top, x1, bottom], top-left origin, by page */
export const ROW_BOXES: Record<number, [number, number, number, number][]> = {
  1: [
    [40, 60, 360, 100],
    [40, 110, 360, 150],
    [40, 160, 360, 200],
  ],
  2: [
    [40, 60, 360, 100],
    [40, 110, 360, 150],
  ],
};
/** the black marker square inside each row band */
export const MARKER = { dx: 5, size: 20 } as const;

export function fixturePdf(): Uint8Array {
  const pages: MiniPage[] = [1, 2].map((n) => ({
    ...PAGE,
    rects: ROW_BOXES[n]!.flatMap(([x0, top, x1, bottom]) => [
      { box: [x0, top, x1, bottom] as [number, number, number, number], gray: 0.85 },
      { box: [x0 + MARKER.dx, top + 10, x0 + MARKER.dx + MARKER.size, top + 10 + MARKER.size] as [number, number, number, number], gray: 0 },
    ]),
    texts: [{ x: 40, y: 40, text: `Page ${n}`, size: 14 }],
  }));
  return miniPdf(pages);
}

function task(seq: number, page: number, index: number, extra: Partial<Task> = {}): Task {
  return {
    id: taskId("ae".padEnd(64, "0"), 0, seq),
    table: 0,
    seq,
    section: seq <= 3 ? ["一、扩大有效投资"] : ["二、推进科技创新"],
    task: `第${seq}项任务的文字`,
    leadUnits: [`牵头局${seq}`],
    units: seq === 2 ? ["区发改局", "区财政局"] : [`责任局${seq}`],
    coUnits: [],
    leaders: seq === 2 ? ["王伟", "李娜"] : [`张${seq}`],
    supervisors: ["陈明"],
    inherited: [],
    review: [],
    source: { page, bbox: ROW_BOXES[page]![index]! },
    ...extra,
  };
}

export function fixtureResult(pdf: Uint8Array): Result {
  const result: Result = {
    source: { file: "fixture.pdf", format: "pdf", sha256: createHash("sha256").update(pdf).digest("hex"), encoding: null, pages: 2 },
    notice: { docNumber: "测政办〔2024〕1号", title: "测试区人民政府办公室关于2024年区政府工作报告目标任务责任分解的通知", issuer: "测试区人民政府办公室", date: "2024-02-01", year: 2024 },
    tables: [
      {
        index: 0,
        title: "附件：2024年区政府工作报告目标任务责任分解表",
        headers: [
          { text: "序号", field: "seq" },
          { text: "项目", field: "section" },
          { text: "具体任务", field: "task" },
          { text: "牵头单位", field: "leadUnits" },
          { text: "责任单位", field: "units" },
          { text: "责任领导", field: "leaders" },
          { text: "分管区领导", field: "supervisors" },
        ],
        firstSeq: 1,
        lastSeq: 5,
        rowCount: 5,
        layout: "lattice",
      },
    ],
    tasks: [
      task(1, 1, 0),
      task(2, 1, 1),
      task(3, 1, 2, { units: ["责任局2"], leaders: ["张2"], inherited: ["units", "leaders"] }),
      task(4, 2, 0, { leadUnits: [] }),
      task(5, 2, 1),
    ],
    diagnostics: [
      { level: "info", code: "SEQ_LATE_START", message: "表 1 提示：仅为测试。", table: 0, seq: 1, page: 1 },
      { level: "warning", code: "LEADER_COUNT_MISMATCH", message: "第 2 项单位与责任人数量不符，请核对原文。", table: 0, seq: 2, page: 1 },
      { level: "error", code: "NO_UNIT", message: "第 4 项没有牵头单位，请核对原文。", table: 0, seq: 4, page: 2 },
      { level: "warning", code: "UNPLACED_TEXT", message: "第 2 页有一段文字未归入任何行。", page: 2 },
    ],
  };
  return ResultSchema.parse(result);
}
