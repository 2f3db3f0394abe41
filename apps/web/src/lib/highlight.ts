/** A marked part of a source text: offsets as the parser gives them, end exclusive. */
export interface Mark<K extends string = string> {
  start: number;
  end: number;
  kind: K;
  /** Lets the UI link a mark to the part of the draft it came from. */
  key: string;
}

export interface Segment<K extends string = string> {
  start: number;
  end: number;
  text: string;
  /** The innermost mark covering this piece of text, if any. */
  mark: Mark<K> | null;
  /** Every mark covering it, outermost first. */
  marks: Mark<K>[];
}

/**
 * Cuts `text` at every mark boundary so nested marks (a task inside its assignment, a deadline
 * inside its task) can be drawn with plain spans. Marks out of bounds are clipped; empty ones dropped.
 */
export function segmentText<K extends string>(text: string, marks: ReadonlyArray<Mark<K>>): Segment<K>[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)) }))
    .filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end) && m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const mark of valid) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<K>[] = [];
  for (const [index, start] of points.entries()) {
    const end = points[index + 1];
    if (end === undefined || end <= start) continue;
    const covering = valid.filter((m) => m.start <= start && m.end >= end).sort((a, b) => b.end - b.start - (a.end - a.start));
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      mark: covering.at(-1) ?? null,
      marks: covering,
    });
  }
  return segments;
}
