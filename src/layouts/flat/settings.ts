/**
 * Tolerances of the flat (one-fragment-per-line) layout, in one place with
 * named defaults. Nothing here is specific to one notice.
 */
export interface FlatSettings {
  /** a heading fragment of a merged 项目 cell is at most this many characters (`一、狠抓`, `现代产业`) */
  headingFragmentMaxChars: number;
  /** a heading line that starts with its marker (`一、狠抓科技创新`) is at most this long */
  headingLineMaxChars: number;
  /** a unit or person token is at most this long; longer text is prose */
  entityMaxChars: number;
  /** a bare number line may skip this many 序号 (a gap in the numbering) and still start a row */
  maxSeqGap: number;
  /** cost of each unit of difference between the leader count and the paired unit count */
  countWeight: number;
  /** cost of putting a name on the side the rest of the document does not put it */
  roleWeight: number;
}

export const FLAT_DEFAULTS: Readonly<FlatSettings> = {
  headingFragmentMaxChars: 8,
  headingLineMaxChars: 30,
  entityMaxChars: 24,
  maxSeqGap: 5,
  countWeight: 1,
  roleWeight: 2,
};
