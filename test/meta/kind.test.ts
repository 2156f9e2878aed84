import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeDocument } from "../../src/meta/kind.js";

describe("describeDocument", () => {
  it("recognises a work report", () => {
    expect(describeDocument("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会作工作报告。")).toContain("政府工作报告");
  });
  it("recognises a newspaper page by its narrow columns", () => {
    expect(describeDocument(readFileSync("seeds/004_8be8280e27aee29f.txt", "utf8"))).toContain("报纸版面");
  });
  it("does not call a notice with a 文号 a newspaper", () => {
    const notice = ["某政办〔2023〕1号", "关于印发某某的通知", "各单位：", "现印发给你们。"].join("\n");
    expect(describeDocument(notice)).toContain("通知");
    expect(describeDocument(notice)).not.toContain("报纸");
  });
});
