/**
 * Tolerances of the flat (one-fragment-per-line) layout: defined with the
 * other settings in `model/settings.ts`.
 */
import { DEFAULT_SETTINGS, type FlatSettings } from "../../model/settings.js";

export type { FlatSettings };
export const FLAT_DEFAULTS: Readonly<FlatSettings> = DEFAULT_SETTINGS.flat;
