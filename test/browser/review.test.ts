// The review page in a real browser: playwright-core driving Debian's chromium
// (installed by scripts/setup-test-deps.sh, never downloaded by Playwright).
// Checks that the table renders, the filter works, a flagged row shows its reason,
// the page loads nothing from outside, and (PDF) a row click outlines its box on the page.
// Screenshots go to test-artifacts/ (gitignored).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { buildReview } from "../../src/write/review/index.js";
import { fixturePdf, fixtureResult } from "../helpers/pdf-review-fixture.js";

const CHROMIUM = process.env.FENJIE_CHROMIUM ?? "/usr/bin/chromium";
const ARTIFACTS = resolve("test-artifacts");
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium && process.env.CI) {
  throw new Error(
    `浏览器测试需要 Debian 的 chromium，但 ${CHROMIUM} 不存在。请先运行 scripts/setup-test-deps.sh（apt-get install chromium）。` +
      ` / The browser test needs Debian's chromium at ${CHROMIUM}: run scripts/setup-test-deps.sh first.`,
  );
}

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function seqsOf(rows: Locator): Promise<(string | null)[]> {
  const seqs: (string | null)[] = [];
  for (const row of await rows.all()) seqs.push(await row.getAttribute("data-seq"));
  return seqs;
}

describe.skipIf(!haveChromium)("review page in chromium", () => {
  let context: BrowserContext;
  let profile: string;
  let outside: string[];

  async function open(html: string, name: string): Promise<Page> {
    const file = join(ARTIFACTS, name);
    writeFileSync(file, html);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), "fenjie-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1400, height: 900 },
    });
    outside = [];
    context.on("request", (r) => {
      if (!/^(file|data):/.test(r.url())) outside.push(r.url());
    });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("renders a seed's table, filters to flagged rows and shows the reason", async () => {
    // seed 003 as if its three people/unit count notes were doubts (as they are where cells are inferred):
    // a table the clerk knows, with three rows to check
    const parsed = await parse("seeds/003_b3fb5684e6b0e697.txt");
    const doubts = parsed.diagnostics.filter((d) => d.code === "LEADER_COUNT_MISMATCH");
    expect(doubts.map((d) => d.seq)).toEqual([16, 33, 80]);
    const result = {
      ...parsed,
      diagnostics: parsed.diagnostics.map((d) => (d.code === "LEADER_COUNT_MISMATCH" ? { ...d, level: "warning" as const } : d)),
      tasks: parsed.tasks.map((t) => ({ ...t, review: doubts.filter((d) => d.seq === t.seq).map((d) => ({ code: d.code, message: d.message })) })),
    };
    const page = await open(await buildReview(result, null), "review-003.html");

    await expect(page.locator("h1").textContent()).resolves.toBe(result.notice.title);
    const rows = page.locator("tr.row");
    expect(await rows.count()).toBe(128);
    expect(await page.locator("table.tasks thead th").allTextContents()).toEqual(["序号", "具体目标任务", "牵头单位", "责任人", "协办单位", "区分管或联系领导", "备注"]);
    expect(await page.locator("#shown-count").textContent()).toBe("显示 128 行");
    // the first row as rebuilt, multi-valued cells one entry per line
    const first = rows.first();
    expect(await first.locator("td.f-leadUnits .v").allTextContents()).toEqual(["城管局", "文体旅游局", "自然资源局", "商务局"]);

    await page.locator("#only-flagged").check();
    const visible = page.locator("tr.row:visible");
    expect(await visible.count()).toBe(3);
    expect(await seqsOf(visible)).toEqual(["16", "33", "80"]);
    expect(await page.locator("#shown-count").textContent()).toBe("显示 3 行");

    const flagged = page.locator('tr.row[data-seq="16"]');
    await expect(flagged.locator("td.f-remark").innerText()).resolves.toContain("第 16 项原文列有 1 个单位、2 位责任人");
    expect(await flagged.locator("td.f-remark .badge").textContent()).toBe("警告");
    const bg = await flagged.locator("td.f-task").evaluate((td) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(td).backgroundColor);
    expect(bg).toBe("rgb(255, 242, 204)");
    await page.screenshot({ path: join(ARTIFACTS, "review.png") });

    await page.locator("#only-flagged").uncheck();
    expect(await page.locator("tr.row:visible").count()).toBe(128);
    // 下一处 / 上一处 walk through the flagged rows, wrapping around
    const activeSeq = () => page.locator("tr.row.active").getAttribute("data-seq");
    await page.locator("#next-flagged").click();
    expect(await activeSeq()).toBe("16");
    await page.locator("#next-flagged").click();
    expect(await activeSeq()).toBe("33");
    await page.locator("#prev-flagged").click();
    await page.locator("#prev-flagged").click();
    expect(await activeSeq()).toBe("80");
    // from an unflagged row, 下一处 goes to the next flagged row below it
    await page.locator('tr.row[data-seq="40"]').click();
    expect(await activeSeq()).toBe("40");
    await page.locator("#next-flagged").click();
    expect(await activeSeq()).toBe("80");
    expect(await page.locator("tr.row.active").count()).toBe(1);
    expect(outside).toEqual([]);
    await page.close();
  });

  it("PDF input: a row click outlines the row's box on its page image", async () => {
    const pdf = fixturePdf();
    const result = fixtureResult(pdf);
    const page = await open(await buildReview(result, pdf), "review-pdf.html");

    expect(await page.locator("aside.pages figure.page img").count()).toBe(2);
    await page.locator("#only-flagged").check();
    expect(await seqsOf(page.locator("tr.row:visible"))).toEqual(["2", "4"]);
    const errorRow = page.locator('tr.row[data-seq="4"]');
    await expect(errorRow.locator("td.f-remark").innerText()).resolves.toContain("第 4 项没有牵头单位");
    expect(await page.locator("#general-diagnostics summary").innerText()).toBe("整体诊断 1 条（不属于某一行）");
    expect(await page.locator("#general-diagnostics li").innerText()).toContain("第 2 页有一段文字未归入任何行");
    expect(await page.locator("#general-diagnostics li a.page-link").getAttribute("href")).toBe("#page-2");

    await errorRow.locator("a.page-link").click();
    const box = page.locator("#box-r1-4-3");
    await expect(box.getAttribute("class")).resolves.toBe("box flagged active");
    expect(await page.locator(".box.active").count()).toBe(1);
    // the outline sits where the row is on the page: [40, 60, 360, 100] of 400 × 300 points
    const img = (await page.locator("#page-2 img").boundingBox())!;
    const b = (await box.boundingBox())!;
    expect(b.x - img.x).toBeCloseTo(img.width * 0.1, 0);
    expect(b.y - img.y).toBeCloseTo(img.height * 0.2, 0);
    expect(b.width).toBeCloseTo(img.width * 0.8, 0);
    expect(b.height).toBeCloseTo(img.height * (40 / 300), 0);
    expect(await errorRow.getAttribute("class")).toContain("active");
    await page.screenshot({ path: join(ARTIFACTS, "review-pdf.png") });
    expect(outside).toEqual([]);
    await page.close();
  });
});
