/**
 * The document's text as the name splitter searches it: "is this name
 * written whole somewhere in the document?" asked once per wrapped fragment.
 * A long document is indexed by character pairs so that each question costs
 * the occurrences of its rarest pair, not a scan of the whole text (a plain
 * `includes` per fragment made long notices quadratic).
 */

/** What the splitter asks of the document's text (a string answers it too). */
export interface TextSearch {
  includes(s: string): boolean;
}

/** Below this many characters a plain scan is as fast as an index. */
export const INDEX_FROM_CHARS = 64 * 1024;

/**
 * The document's lines as one text in which whitespace is the only boundary:
 * names written whole in the cover letter or in other cells, never two cells
 * printed side by side read as one name.
 */
export function documentText(lines: ReadonlyArray<{ text: string }>): string {
  return lines.map((l) => l.text.trim()).join("\n").replace(/\s+/g, "\n");
}

const pair = (text: string, i: number): number => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

/** A searchable text: the string itself when short, else a character-pair index over it. */
export function searchable(text: string): TextSearch {
  if (text.length < INDEX_FROM_CHARS) return text;
  const at = new Map<number, number[]>();
  for (let i = 0; i + 1 < text.length; i++) {
    const k = pair(text, i);
    const list = at.get(k);
    if (list) list.push(i);
    else at.set(k, [i]);
  }
  const answers = new Map<string, boolean>();
  return {
    includes(s: string): boolean {
      if (s.length < 2) return text.includes(s);
      const known = answers.get(s);
      if (known !== undefined) return known;
      // the rarest pair of `s` says where it can start
      let best: number[] | undefined;
      let offset = 0;
      for (let k = 0; k + 1 < s.length; k++) {
        const list = at.get(pair(s, k));
        if (!list) {
          answers.set(s, false);
          return false;
        }
        if (!best || list.length < best.length) {
          best = list;
          offset = k;
        }
      }
      const found = best!.some((p) => p - offset >= 0 && text.startsWith(s, p - offset));
      answers.set(s, found);
      return found;
    },
  };
}
