import { describe, expect, it } from "vitest";
import { extractNotice, parseDate } from "../../src/meta/notice.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1 }));

describe("parseDate", () => {
  it.each([
    ["2021年 1月 13日", "2021-01-13"],
    ["2021 年 12 月 30 日", "2021-12-30"],
    ["二〇二一年一月十三日", "2021-01-13"],
    ["二〇二〇年十二月三十日", "2020-12-30"],
    ["没有日期", null],
  ])("%s → %s", (s, d) => {
    expect(parseDate(s)).toBe(d);
  });
});

describe("extractNotice", () => {
  it("reads 文号, wrapped title, issuer, date and the task year", () => {
    const doc = lines(
      [" 晋政文〔2021〕16号", "", "晋江市人民政府关于 2021 年", "《政府工作报告》目标任务责任分解的通知", "", "各镇人民政府：", "正文……", "晋江市人民政府", "", "2021年 1月 13日", "（此件主动公开）", "序号 项目 目标任务"].join("\n"),
    );
    expect(extractNotice(doc, 12, null)).toEqual({
      docNumber: "晋政文〔2021〕16号",
      title: "晋江市人民政府关于2021年《政府工作报告》目标任务责任分解的通知",
      issuer: "晋江市人民政府",
      date: "2021-01-13",
      year: 2021,
    });
  });
  it("takes the task year from the title, not the issue date", () => {
    const doc = lines(["某某区人民政府办公室关于2022年区政府工作报告目标任务责任分解的通知", "某某区人民政府办公室", "2021年12月30日"].join("\n"));
    const n = extractNotice(doc, null, null);
    expect(n.year).toBe(2022);
    expect(n.date).toBe("2021-12-30");
  });
  it("returns nulls when nothing is found", () => {
    expect(extractNotice(lines("随便一段文字"), null, null)).toEqual({ docNumber: null, title: null, issuer: null, date: null, year: null });
  });
});
