/**
 * The public contract of fenjie's output, defined once with zod.
 * TypeScript types and the JSON Schema (`fenjie schema`) are derived from here.
 */
import { z } from "zod";
// One process checks one result (or a few): compiling zod's fast validators costs more than
// it saves there (measured with farm-bench on seed 000, 10 pairs: −4.4 % CPU; a 10k-row
// table: no change, same output).
z.config({ jitless: true });
import { TASK_ID_PATTERN } from "./ids.js";

/** Fields that can be filled down from the row above (the responsibility cells): units, then people. */
export const RESPONSIBILITY_FIELDS = ["leadUnits", "units", "coUnits", "leaders", "supervisors"] as const;
export const FIELD_NAMES = ["task", ...RESPONSIBILITY_FIELDS] as const;
export type ResponsibilityField = (typeof RESPONSIBILITY_FIELDS)[number];

export const BoxSchema = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .describe("[x0, top, x1, bottom] in PDF points, origin top-left of the page");

export const TaskSourceSchema = z
  .object({
    line: z.number().int().positive().optional().describe("1-based line in the decoded text where the row starts"),
    page: z.number().int().positive().optional().describe("1-based page where the row starts (PDF, or text with page marks)"),
    bbox: BoxSchema.optional(),
  })
  .describe("Where the record was found in the input");

export const AssignmentSchema = z
  .object({
    unit: z.string().min(1).describe("a unit of the paired unit column"),
    leader: z.string().min(1).describe("the person or role paired with it, same position"),
  })
  .describe("One unit with its responsible person, when a table pairs them one to one");

export const ReviewReasonSchema = z
  .object({
    code: z.string().describe("stable machine-readable code of the doubt, e.g. CELL_BOUNDARY_GUESSED"),
    message: z.string().describe("what was guessed and what to check, in Chinese"),
  })
  .strict()
  .describe("One reason why a record rests on a guess and should be checked against the source");

export const TaskSchema = z
  .object({
    id: z
      .string()
      .regex(TASK_ID_PATTERN)
      .describe("stable id: first 16 hex digits of the notice's SHA-256, table index, 序号 (`a81ff61cc22d0274-0-14`; `.2` for a repeated 序号)"),
    table: z.number().int().nonnegative().describe("index of the table in `tables` this row belongs to"),
    seq: z.number().int().nonnegative().describe("the 序号 of the row"),
    section: z.array(z.string().min(1)).describe("heading path that applies to the row, outermost first"),
    task: z.string().describe("the task text, wrapped lines joined"),
    leadUnits: z.array(z.string().min(1)).describe("units under a lead-unit header (牵头单位 …)"),
    units: z.array(z.string().min(1)).describe("units under a responsible-unit header (责任单位 …)"),
    coUnits: z.array(z.string().min(1)).describe("units under a co-unit header (协办单位 …)"),
    leaders: z.array(z.string().min(1)).describe("people under 责任领导 / 责任人, in order"),
    supervisors: z.array(z.string().min(1)).describe("people under a supervising-leader header (分管领导 …)"),
    inherited: z
      .array(z.enum(RESPONSIBILITY_FIELDS))
      .describe("fields filled down from the row above because this row's responsibility cells were all blank"),
    assignments: z
      .array(AssignmentSchema)
      .optional()
      .describe("unit↔leader pairs, present when the leader column pairs with a unit column and the counts agree"),
    review: z
      .array(ReviewReasonSchema)
      .describe("why this record should be checked against the source (empty when nothing in it rests on a guess)"),
    source: TaskSourceSchema,
  })
  .strict()
  .describe("One numbered task of a 责任分解表");

export const HeaderSchema = z.object({
  text: z.string().describe("the header as printed"),
  field: z
    .enum(["seq", "section", ...FIELD_NAMES, "other"])
    .describe("the canonical field the header maps to; `other` for a column fenjie does not interpret"),
});

export const TableSchema = z
  .object({
    index: z.number().int().nonnegative(),
    title: z.string().nullable().describe("the table title printed above it (e.g. 附件2 …责任分解表), null if none"),
    headers: z.array(HeaderSchema),
    firstSeq: z.number().int().nullable(),
    lastSeq: z.number().int().nullable(),
    rowCount: z.number().int().nonnegative(),
    layout: z.string().describe("how the rows were rebuilt: tsv, csv, markdown, box, aligned, html, flat, lattice, stream, list"),
  })
  .strict();

export const DiagnosticSchema = z
  .object({
    level: z.enum(["error", "warning", "info"]),
    code: z.string().describe("stable machine-readable code, e.g. SEQ_GAP"),
    message: z.string().describe("what is wrong and what to do, in Chinese"),
    table: z.number().int().nonnegative().optional(),
    seq: z.number().int().optional(),
    line: z.number().int().positive().optional(),
    page: z.number().int().positive().optional(),
  })
  .strict();

export const SourceInfoSchema = z
  .object({
    file: z.string().describe("path as given, or `-` for standard input"),
    format: z
      .enum(["txt", "pdf", "docx", "doc", "odt", "html", "xlsx", "xls", "ods", "ofd"])
      .describe("what the input was, detected from its bytes: text, PDF, Word (docx; doc/wps read through LibreOffice), OpenDocument text, web page (html, mhtml), spreadsheet (xlsx; xls/et through LibreOffice), OFD"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string().nullable().describe("text encoding detected (utf-8, utf-16le, utf-16be, gb18030, big5); null for PDF"),
    pages: z.number().int().nonnegative().optional().describe("page count for PDF input"),
  })
  .strict();

export const NoticeSchema = z
  .object({
    docNumber: z.string().nullable().describe("文号, e.g. 泉鲤政办〔2021〕70号"),
    title: z.string().nullable(),
    issuer: z.string().nullable().describe("the issuing body as signed"),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe("issue date, ISO 8601"),
    year: z.number().int().nullable().describe("the year the tasks are for"),
  })
  .strict();

export const ProducerSchema = z
  .object({
    fenjie: z.string().describe("version of fenjie that made the result"),
    options: z
      .record(z.string(), z.union([z.string(), z.boolean(), z.number(), z.null()]))
      .describe("the options that change the output (layout, whether a password was given, a hash of the alias table)"),
  })
  .strict()
  .describe("what made this result; written by `fenjie batch`, whose re-runs reuse a result only when version and options match exactly");

export const ResultSchema = z
  .object({
    source: SourceInfoSchema,
    notice: NoticeSchema,
    tables: z.array(TableSchema),
    tasks: z.array(TaskSchema),
    diagnostics: z.array(DiagnosticSchema),
    producer: ProducerSchema.optional(),
  })
  .strict()
  .describe("fenjie parse output");

export type Task = z.infer<typeof TaskSchema>;
export type TableInfo = z.infer<typeof TableSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type SourceInfo = z.infer<typeof SourceInfoSchema>;
export type Notice = z.infer<typeof NoticeSchema>;
export type Result = z.infer<typeof ResultSchema>;
export type Producer = z.infer<typeof ProducerSchema>;
export type Header = z.infer<typeof HeaderSchema>;
export type CanonicalField = Header["field"];
export type Assignment = z.infer<typeof AssignmentSchema>;
export type ReviewReason = z.infer<typeof ReviewReasonSchema>;

/** JSON Schema of the output, derived from the zod schema. */
export function resultJsonSchema(): unknown {
  return z.toJSONSchema(ResultSchema, { target: "draft-2020-12" });
}
