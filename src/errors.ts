/**
 * Errors fenjie reports to users: each has a stable code, an exit code and a
 * Chinese message that says what went wrong, where, and what to do.
 */

/** Process exit codes (documented in the README). */
export const EXIT = {
  ok: 0,
  /** `--strict` and the output carries warnings or errors */
  warnings: 1,
  /** bad command line */
  usage: 2,
  /** the input could not be read or decoded (missing, empty, binary, damaged) */
  unreadable: 3,
  /** the input was read but holds no 责任分解表 */
  noTable: 4,
  /** `fenjie batch`: at least one input failed (no table, unreadable, failed); see summary.json */
  batchFailures: 5,
  /** a bug in fenjie */
  internal: 70,
} as const;

export type ErrorCode =
  | "FILE_NOT_FOUND"
  | "FILE_IS_DIRECTORY"
  | "FILE_UNREADABLE"
  | "EMPTY_INPUT"
  | "INPUT_TOO_LARGE"
  | "BINARY_INPUT"
  | "UNDECODABLE_TEXT"
  | "PDF_DAMAGED"
  | "PDF_ENCRYPTED"
  | "PDF_NO_TEXT"
  | "PDF_UNSUPPORTED"
  | "DOCUMENT_ENCRYPTED"
  | "UNSUPPORTED_FORMAT"
  | "LIBREOFFICE_MISSING"
  | "CONVERSION_FAILED"
  | "OFD_NO_TEXT"
  | "TIMEOUT"
  | "NO_TABLE"
  | "OUTPUT_IS_INPUT"
  | "OUTPUT_UNWRITABLE"
  | "USAGE";

const EXIT_OF: Record<ErrorCode, number> = {
  FILE_NOT_FOUND: EXIT.unreadable,
  FILE_IS_DIRECTORY: EXIT.unreadable,
  FILE_UNREADABLE: EXIT.unreadable,
  EMPTY_INPUT: EXIT.unreadable,
  INPUT_TOO_LARGE: EXIT.unreadable,
  BINARY_INPUT: EXIT.unreadable,
  UNDECODABLE_TEXT: EXIT.unreadable,
  PDF_DAMAGED: EXIT.unreadable,
  PDF_ENCRYPTED: EXIT.unreadable,
  PDF_NO_TEXT: EXIT.unreadable,
  PDF_UNSUPPORTED: EXIT.unreadable,
  DOCUMENT_ENCRYPTED: EXIT.unreadable,
  UNSUPPORTED_FORMAT: EXIT.unreadable,
  LIBREOFFICE_MISSING: EXIT.unreadable,
  CONVERSION_FAILED: EXIT.unreadable,
  OFD_NO_TEXT: EXIT.unreadable,
  TIMEOUT: EXIT.unreadable,
  NO_TABLE: EXIT.noTable,
  OUTPUT_IS_INPUT: EXIT.usage,
  OUTPUT_UNWRITABLE: EXIT.usage,
  USAGE: EXIT.usage,
};

export class FenjieError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, file?: string) {
    super(message);
    this.name = "FenjieError";
    this.code = code;
    this.exitCode = EXIT_OF[code];
    this.file = file;
  }
}
