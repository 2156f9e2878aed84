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

describe("every header synonym read in traditional script too", () => {
  // written by hand in traditional script (not derived from the fold table): each label of HEADER_RULES
  it.each([
    ["領銜領導", "supervisors"],
    ["牽頭縣領導", "leaders"],
    ["分管副區長", "supervisors"],
    ["聯繫領導", "supervisors"],
    ["單位負責人", "leaders"],
    ["牽頭責任單位", "leadUnits"],
    ["協辦部門", "coUnits"],
    ["責任單位及責任人", "units"],
  ])("%s → %s", (header, field) => {
    expect(mapHeader(header)).toBe(field);
  });

  it("folds only what the table lists: 銜 inside a task header is not a leader column", () => {
    expect(mapHeader("領銜項目")).not.toBe("supervisors");
    expect(mapHeader("備註")).toBe("other");
    expect(mapHeader("備用")).toBe("other");
  });
});
