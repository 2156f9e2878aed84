// Hand-made notices for diff tests: small, schema-valid Results written out in full.
import type { Result, Task } from "../../src/model/schema.js";
import { createHash } from "node:crypto";
import { taskId } from "../../src/model/ids.js";

type TaskInput = Partial<Task> & { seq: number; task: string };

export function task(t: TaskInput): Task {
  return {
    id: taskId("d1ff".padEnd(64, "0"), t.table ?? 0, t.seq),
    table: 0,
    section: [],
    leadUnits: [],
    units: [],
    coUnits: [],
    leaders: [],
    supervisors: [],
    inherited: [],
    review: [],
    source: { line: t.seq + 10 },
    ...t,
  };
}

export function notice(file: string, year: number, tasks: Task[]): Result {
  return {
    // distinct files are distinct notices (stats counts the same bytes once)
    source: { file, format: "txt", sha256: createHash("sha256").update(file).digest("hex"), encoding: "utf-8" },
    notice: { docNumber: `某政办〔${year - 1}〕1号`, title: null, issuer: "某县人民政府办公室", date: null, year },
    tables: [{ index: 0, title: null, headers: [], firstSeq: 1, lastSeq: tasks.length, rowCount: tasks.length, layout: "tsv" }],
    tasks,
    diagnostics: [],
  };
}

/** Year 1: four tasks. */
export const OLD = notice("2021.txt", 2021, [
  task({ seq: 1, task: "地区生产总值增长 8%左右。", units: ["县发改局"], supervisors: ["张三"] }),
  task({ seq: 2, task: "新启动 100 个老旧小区改造，有效整治南俊北拓、二郎巷等内涝点。", leadUnits: ["县住建局"], units: ["各乡镇"] }),
  task({ seq: 3, task: "实施“产业链招商”行动，落实“5个1”招商举措，绘制产业招商地图。", leadUnits: ["县商务局"] }),
  task({ seq: 4, task: "落实粮食安全行政首长责任制。", units: ["县农业农村局"] }),
]);

/**
 * Year 2: #1 carried over (number edited, supervisor changed), #2 reworded with one more unit,
 * #3 new (related topic to old #4 but a different task), #4 reworded with another lead unit;
 * old #4 dropped.
 */
export const NEW = notice("2022.txt", 2022, [
  task({ seq: 1, task: "地区生产总值增长 7%左右。", units: ["县发改局"], supervisors: ["李四"] }),
  task({ seq: 2, task: "新启动 80 个老旧小区改造，持续整治城区内涝点。", leadUnits: ["县住建局"], units: ["各乡镇", "县城管局"] }),
  task({ seq: 3, task: "保障食品和粮食安全。", units: ["县市场监管局"] }),
  task({ seq: 4, task: "深化“产业链招商”行动，绘制产业招商地图，争取签约项目超 50 个。", leadUnits: ["县投资促进中心"] }),
]);
