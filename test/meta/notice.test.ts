import { describe, expect, it } from "vitest";
import { extractNotice, isDateLine, parseDate } from "../../src/meta/notice.js";

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

describe("extractNotice: web pages and reposts", () => {
  it("drops the label of a site's information table from the 文号 and the title", () => {
    const n = extractNotice(
      lines(["索 引 号 MB1534522/2023-05475 发文日期 2023-01-03", "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号", "名称: 区人民政府办公室关于印发2023年重点任务分解方案的通知"].join("\n")),
      null,
      null,
    );
    expect([n.docNumber, n.title]).toEqual(["蔡政办〔2023〕1号", "区人民政府办公室关于印发2023年重点任务分解方案的通知"]);
    // counter-example: a 文号 without a label keeps its issuer prefix
    expect(extractNotice(lines("蔡政办〔2023〕1号"), null, null).docNumber).toBe("蔡政办〔2023〕1号");
  });

  it("takes the labelled publication date when the signature date is garbled", () => {
    const n = extractNotice(lines(["发布日期:2022-01-21", "某区人民政府办公室", "2022121日"].join("\n")), null, null);
    expect([n.date, n.year]).toEqual(["2022-01-21", 2022]);
    // counter-example: a readable signature date wins over the page's date
    expect(extractNotice(lines(["时间 : 2021-05-14 22:01:43", "发布日期：2021-05-14", "某省人民政府", "2021年3月21日"].join("\n")), null, null).date).toBe("2021-03-21");
  });

  it("finds the year in the 文号, a headline or the page's timestamp when nothing else gives it", () => {
    expect(extractNotice(lines(["某某关于落实《政府工作报告》重点工作部门分工的意见", "国发〔2020〕6号"].join("\n")), null, null).year).toBe(2020);
    expect(extractNotice(lines(["省政府印发2020年政府工作报告重点工作责任分解通知", "编辑: admin 时间: 4年前"].join("\n")), null, null).year).toBe(2020);
    expect(extractNotice(lines(["陕西《政府工作报告》部门分工确定", "13.03.2015  07:51"].join("\n")), null, null)).toMatchObject({ year: 2015, date: null });
    // counter-example: a year in the title wins over the page's timestamp
    expect(extractNotice(lines(["某区人民政府关于2023年重点工作任务分解的通知", "2022-12-30 10:00"].join("\n")), null, null).year).toBe(2023);
    // counter-example: a line that merely mentions a year is no subject line
    expect(extractNotice(lines(["2019年我区经济运行平稳"].join("\n")), null, null).year).toBeNull();
  });
});

describe("extractNotice: a signature after the table", () => {
  const body = "关于印发2024年县政府工作报告重点任务责任分解的通知\n各乡镇：\n现印发给你们。\n序号\t任务\t牵头单位\n1\t实施重点项目。\t县发改局\n";
  it("the issuer above the closing date is the issuer", () => {
    const n = extractNotice(lines(body + "\n某县人民政府办公室\n2024年2月20日"), 4, null);
    expect(n.issuer).toBe("某县人民政府办公室");
    expect(n.date).toBe("2024-02-20");
  });
  it("counter-example: a unit line above a deadline inside the table, or a labelled line, is no issuer", () => {
    expect(extractNotice(lines(body + "2\t推进改革。\t县政府办公室\n2024年12月31日\n3\t抓好民生。\t县民政局\n4\t抓好教育。\t县教育局\n5\t抓好卫生。\t县卫健局"), 4, null).issuer).toBeNull();
    expect(extractNotice(lines(body + "\n联系单位：县政府办公室\n2024年2月20日"), 4, null).issuer).toBeNull();
  });
});

describe("extractNotice: a news report's sentence that the issuer issued the notice on a day", () => {
  const report = (lead: string) =>
    lines(["某县2025年政府工作报告任务分解出炉", "来源：某县人民政府网  发布时间：2025-02-18 09:32  浏览次数：", "", lead, "", "一、稳增长", "1、地区生产总值增长6%。", "【牵头单位】县发改局"].join("\n"));
  it("the day before the issuer's 印发《…》 is the notice's date (not the page's publication time), the office its issuer", () => {
    const n = extractNotice(report("　　2025年2月14日，某县人民政府办公室印发《某县2025年〈政府工作报告〉目标任务责任分解》（某政办发〔2025〕3号）。"), 6, null);
    expect([n.date, n.issuer, n.docNumber]).toEqual(["2025-02-14", "某县人民政府办公室", "某政办发〔2025〕3号"]);
  });
  it("counter-example: a meeting on a day issues nothing, and the page's publication date stands", () => {
    const n = extractNotice(report("　　2025年1月6日，县十八届人大四次会议审议通过《政府工作报告》，确定了全年目标任务。"), 6, null);
    expect([n.date, n.issuer]).toEqual(["2025-02-18", null]);
  });
});

describe("isDateLine", () => {
  it.each(["2026年1月20日", "2026 年 1 月 20 日", "二〇二六年一月二十日", "二○二六年十二月三日", "２０２６年１月２０日"])("%s is a date line", (t) => {
    expect(isDateLine(t)).toBe(true);
  });
  it.each([
    // counter-examples: a date inside a line, a month without a day, a deadline
    "2026年1月20日前完成",
    "于2026年1月20日召开",
    "2026年1月",
    "2026年底前",
    "青溪县人民政府办公室",
  ])("%s is not", (t) => {
    expect(isDateLine(t)).toBe(false);
  });
});
