/**
 * Automatic numbering as printed: Word, OpenDocument and web pages number
 * list paragraphs and 序号 cells themselves (the number is not in the text),
 * so the readers write it back. Formats by name, shared by the readers.
 */

export type NumberFormat =
  | "decimal"
  | "decimalZero"
  | "decimalFullWidth"
  | "decimalEnclosedCircle"
  | "chineseCounting"
  | "chineseCountingThousand"
  | "ideographTraditional"
  | "upperLetter"
  | "lowerLetter"
  | "upperRoman"
  | "lowerRoman"
  | "bullet"
  | "none";

const CN_DIGIT = "〇一二三四五六七八九";
const TIANGAN = "甲乙丙丁戊己庚辛壬癸";

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (the way Chinese lists count). */
export function chineseNumber(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ["", "十", "百", "千"];
  const digits = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += (d === 1 && unit === "十" && out === "" ? "" : CN_DIGIT[d]) + unit;
  });
  return out;
}

function letters(n: number, upper: boolean): string {
  // Word repeats the letter past z: aa, bbb …
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** A counter value written in a numbering format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "ideographDigital":
      return chineseNumber(n);
    case "ideographTraditional":
      return n >= 1 && n <= 10 ? TIANGAN[n - 1]! : String(n);
    case "upperLetter":
      return letters(n, true);
    case "lowerLetter":
      return letters(n, false);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "bullet":
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** An OpenDocument / HTML list format letter (`1`, `a`, `A`, `i`, `I`, `一`, `①`) as a format name. */
export function formatFromLetter(letter: string | undefined): NumberFormat {
  switch (letter) {
    case "a":
      return "lowerLetter";
    case "A":
      return "upperLetter";
    case "i":
      return "lowerRoman";
    case "I":
      return "upperRoman";
    case "一, 二, 三, ...":
    case "一":
      return "chineseCounting";
    case "①, ②, ③, ...":
    case "①":
      return "decimalEnclosedCircle";
    case "":
      return "none";
    default:
      return "decimal";
  }
}
