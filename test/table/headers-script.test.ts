import { describe, expect, it } from "vitest";
import { mapHeader } from "../../src/table/headers.js";

describe("header synonyms in traditional script", () => {
  it.each([
    ["牽頭單位", "leadUnits"],
    ["牽頭部門", "leadUnits"],
    ["主辦單位", "leadUnits"],
    ["責任單位", "units"],
    ["責任部門", "units"],
    ["承辦單位", "units"],
    ["配合單位", "coUnits"],
    ["協辦單位", "coUnits"],
    ["參與單位", "coUnits"],
    ["協同單位", "coUnits"],
    ["責任領導", "leaders"],
    ["責任人", "leaders"],
    ["分管領導", "supervisors"],
    ["分管區領導", "supervisors"],
    ["聯繫領導", "supervisors"],
    ["掛鉤領導", "supervisors"],
    ["序號", "seq"],
    ["目標任務", "task"],
    ["具體任務", "task"],
    ["重點任務", "task"],
    ["項目", "section"],
  ])("%s → %s", (header, field) => {
    expect(mapHeader(header)).toBe(field);
  });

  it("reads an indicator column as the task", () => {
    expect(mapHeader("主要指标")).toBe("task");
    expect(mapHeader("指标")).toBe("task");
  });
});
