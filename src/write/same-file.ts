/** Whether two paths name one file (any spelling: ./x, ../d/x, a symlink, a hard link). */
import { stat } from "node:fs/promises";

export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // one of them does not exist: it cannot be the other
  }
}
