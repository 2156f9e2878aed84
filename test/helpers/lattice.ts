// Hand-made PDF geometry for the lattice (ruled-table) tests: rules, text runs and the tables they draw.
import type { Rule, TextRun } from "../../src/model/intermediate.js";
import { cellsToTables, closeOpenEnds, intersections, intersectionsToCells, rulesToEdges } from "../../src/layouts/lattice.js";

/** A horizontal rule at `y` from `x0` to `x1`. */
export const h = (y: number, x0: number, x1: number): Rule => ({ orientation: "h", box: [x0, y - 0.25, x1, y + 0.25] });
/** A vertical rule at `x` from `y0` to `y1`. */
export const v = (x: number, y0: number, y1: number): Rule => ({ orientation: "v", box: [x - 0.25, y0, x + 0.25, y1] });
/** A run of text at (x, top), one em per character. */
export const run = (text: string, x: number, top: number, size = 10): TextRun => ({ text, box: [x, top, x + [...text].length * size, top + size], fontSize: size });
/** The tables the rules draw (tolerance 3). */
export const tablesOf = (rules: Rule[]) => {
  const edges = closeOpenEnds(rulesToEdges(rules), 3);
  return cellsToTables(intersectionsToCells(intersections(edges, 3), edges, 3));
};
