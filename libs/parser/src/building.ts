import type { Found } from './deadlines';
import type { MarkerKind, Paragraph } from './paragraphs';
import type { CoordinatingRef, Recurrence, SourceRange } from './types';
import type { Mention } from './units';

/**
 * What the directive's reader builds an assignment from, whether it reads paragraphs or a table's
 * rows: the units named, the tasks' text as slices of paragraphs, and what a heading gives them.
 */

/** A task's text: slices of one or more paragraphs (an item and its sub-items). */
export class Composite {
  private readonly segments: { at: number; para: Paragraph; start: number; len: number }[] = [];
  text = '';

  add(para: Paragraph, start: number, end: number): void {
    const piece = para.text.slice(start, end).trim();
    if (!piece) return;
    const lead = para.text.slice(start, end).length - para.text.slice(start, end).trimStart().length;
    if (this.text) this.text += '\n';
    this.segments.push({ at: this.text.length, para, start: start + lead, len: piece.length });
    this.text += piece;
  }

  range(a = 0, b = this.text.length): SourceRange {
    const segmentAt = (offset: number) => {
      let index = 0;
      for (let next = this.segments[1]; next && next.at <= offset; next = this.segments[index + 1]) index++;
      const segment = this.segments[index];
      // A task is read only once it has text, so it has at least one segment.
      if (!segment) throw new Error('Composite.range: no text to place');
      return segment;
    };
    const first = segmentAt(a);
    const last = segmentAt(Math.max(a, b - 1));
    const startOff = Math.min(Math.max(a - first.at, 0), first.len);
    const endOff = Math.min(Math.max(b - last.at, 0), last.len);
    return {
      start: first.para.range(first.start + startOff, first.start + startOff + 1).start,
      end: last.para.range(last.start + Math.max(endOff - 1, 0), last.start + Math.max(endOff, 1)).end,
    };
  }
}

export interface Heading {
  coordinating: CoordinatingRef[];
  deadline: { found: Found & { deadline: string | null }; range: SourceRange } | null;
}

/** A table row's time cell, read. */
export interface TableTime {
  text: string;
  deadline: string | null;
  range: SourceRange;
  recurrence: Recurrence | null;
}

export interface Building {
  mentions: { mention: Mention; text: string; range: SourceRange }[];
  depth: number;
  heading: Heading;
  taskKind: MarkerKind | null;
  tasks: Composite[];
}

/** The names a paragraph gives, each with its text and where it stands in the source. */
export function mentionsIn(paragraph: Paragraph, mentions: Mention[]): Building['mentions'] {
  return mentions.map((mention) => ({
    mention,
    text: paragraph.text.slice(mention.start, mention.end).trim(),
    range: paragraph.range(mention.start, mention.end),
  }));
}

/** An assignment being read: its units at the depth they were named, no task yet. */
export function newBuilding(mentions: Building['mentions'], depth: number): Building {
  return { mentions, depth, heading: { coordinating: [], deadline: null }, taskKind: null, tasks: [] };
}
