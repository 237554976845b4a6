/** A run of text on one side of a comparison; `changed` runs are what the other side lacks. */
export interface DiffSegment {
  readonly text: string;
  readonly changed: boolean;
}

export interface WordDiff {
  /** The old text, with removed words marked. */
  readonly before: DiffSegment[];
  /** The new text, with added words marked. */
  readonly after: DiffSegment[];
  /** False when the texts were too long to compare word by word: the differing middle is marked whole. */
  readonly exact: boolean;
}

/**
 * Longest-common-subsequence table cells we allow (words × words, after the common prefix and
 * suffix are set aside): 1.5 M cells of 2 bytes keep a review page fast and small in memory.
 */
export const MAX_DIFF_CELLS = 1_500_000;

/** Words and the whitespace between them, so joining the tokens gives the text back exactly. */
export function tokenize(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

/**
 * A word-level diff of two texts: common words stay plain, removed words are marked on the
 * old side and added words on the new side. Whitespace changes alone are not reported.
 */
export function wordDiff(before: string, after: string, maxCells = MAX_DIFF_CELLS): WordDiff {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && same(a[start], b[start])) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && same(a[endA - 1], b[endB - 1])) {
    endA -= 1;
    endB -= 1;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const left = new Builder();
  const right = new Builder();
  left.push(a.slice(0, start).join(''), false);
  right.push(b.slice(0, start).join(''), false);

  let exact = true;
  if ((midA.length + 1) * (midB.length + 1) > maxCells) {
    exact = false;
    left.push(midA.join(''), true);
    right.push(midB.join(''), true);
  } else {
    for (const op of lcsOps(midA, midB)) {
      if (op.kind === 'same') {
        left.push(midA[op.i], false);
        right.push(midB[op.j], false);
      } else if (op.kind === 'removed') {
        left.push(midA[op.i], !isSpace(midA[op.i]));
      } else {
        right.push(midB[op.j], !isSpace(midB[op.j]));
      }
    }
  }
  left.push(a.slice(endA).join(''), false);
  right.push(b.slice(endB).join(''), false);
  return { before: left.done(), after: right.done(), exact };
}

type Op =
  | { kind: 'same'; i: number; j: number }
  | { kind: 'removed'; i: number }
  | { kind: 'added'; j: number };

/** Classic LCS table (suffix lengths), then one walk from the start to list the operations. */
function lcsOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // Uint16 is enough: a cell holds at most min(n, m), and min(n, m)² stays under the cap.
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * width + j] = same(a[i], b[j])
        ? table[(i + 1) * width + j + 1] + 1
        : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i], b[j])) {
      ops.push({ kind: 'same', i, j });
      i += 1;
      j += 1;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
      ops.push({ kind: 'removed', i });
      i += 1;
    } else {
      ops.push({ kind: 'added', j });
      j += 1;
    }
  }
  for (; i < n; i += 1) ops.push({ kind: 'removed', i });
  for (; j < m; j += 1) ops.push({ kind: 'added', j });
  return ops;
}

/** Any two runs of whitespace are the same token: reflowing a paragraph is not a change. */
function same(x: string, y: string): boolean {
  return x === y || (isSpace(x) && isSpace(y));
}

function isSpace(token: string): boolean {
  return /^\s+$/.test(token);
}

/** Joins neighbouring tokens of the same kind; a space between two changed words stays marked. */
class Builder {
  private readonly segments: { text: string; changed: boolean }[] = [];

  push(text: string, changed: boolean): void {
    if (text === '') return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.changed === changed) last.text += text;
    else this.segments.push({ text, changed });
  }

  done(): DiffSegment[] {
    // Whitespace alone between two changed runs joins them: "new words" reads as one change.
    const out: { text: string; changed: boolean }[] = [];
    for (let k = 0; k < this.segments.length; k += 1) {
      const segment = this.segments[k];
      const previous = out[out.length - 1];
      const next = this.segments[k + 1];
      if (!segment.changed && isSpace(segment.text) && previous?.changed && next?.changed) {
        previous.text += segment.text + next.text;
        k += 1;
      } else if (previous && previous.changed === segment.changed) {
        previous.text += segment.text;
      } else {
        out.push({ ...segment });
      }
    }
    return out;
  }
}
