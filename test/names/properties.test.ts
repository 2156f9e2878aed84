// Property tests (fast-check, fixed seed, bounded runs) for the name normaliser.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanName } from "../../src/text/hygiene.js";
import { splitEntities } from "../../src/names/split.js";

const PARAMS = { seed: 20260101, numRuns: Number(process.env.FUZZ_RUNS ?? 300) };
const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红斌鹏辉建国志文海波宁"];
const UNITS = ["区发改局", "区财政局", "市场监管局", "高新区管委会", "各街道办事处", "区直有关单位", "江南城建集团", "区古城保护发展指挥部", "鲤城文投集团", "交警大队", "区委宣传部"];

const person = fc.tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 })).map(([s, g]) => s + g.join(""));
const unit = fc.constantFrom(...UNITS);
const spaces = fc.constantFrom(" ", "　", "\u00A0", "  ");

/** Insert whitespace at random positions inside a name. */
const spaced = (name: string) =>
  fc.array(fc.tuple(fc.nat(name.length), spaces), { maxLength: 3 }).map((ins) => {
    const chars = [...name];
    for (const [pos, sp] of ins.sort((a, b) => b[0] - a[0])) chars.splice(Math.min(pos, chars.length), 0, sp);
    return chars.join("");
  });

describe("name normalisation properties", () => {
  it("cleanName is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (s) => cleanName(cleanName(s)) === cleanName(s)), PARAMS);
  });

  it("splitting a list of people twice equals splitting once", () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 6 }), (names) => {
        const once = splitEntities([names.join(" ")], "person");
        expect(splitEntities(once, "person")).toEqual(once);
      }),
      PARAMS,
    );
  });

  it("splitting never loses a character of a name", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(unit, person), { minLength: 1, maxLength: 6 }), (names) => {
        const out = splitEntities([names.join(" ")], "unit");
        expect(out.join("")).toBe(names.join(""));
      }),
      PARAMS,
    );
  });

  it("whitespace placed inside a person's name never changes the result", () => {
    fc.assert(
      fc.property(
        person.chain((p) => fc.tuple(fc.constant(p), spaced(p))),
        ([plain, withSpaces]) => {
          expect(splitEntities([withSpaces], "person")).toEqual([plain]);
        },
      ),
      PARAMS,
    );
  });

  it("a unit list separated by 、 or spaces splits the same way", () => {
    fc.assert(
      fc.property(fc.uniqueArray(unit, { minLength: 1, maxLength: 5 }), (units) => {
        expect(splitEntities([units.join("、")], "unit")).toEqual(splitEntities([units.join(" ")], "unit"));
      }),
      PARAMS,
    );
  });
});
