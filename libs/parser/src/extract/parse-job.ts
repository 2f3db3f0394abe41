import type { CalendarOverrides, IsoDate } from '@dondoc/calendar';
import type { MessagePort } from 'node:worker_threads';
import type { DirectiveDraft, UnitRef } from '../types';
import type { ExtractLimits, RejectionCode } from './errors';
import type { UploadKind } from './extract-text';
import type { OcrTools } from './ocr';

/** What a clerk sent: pasted text, or an uploaded file. */
export type ParseSource = { kind: 'text'; text: string } | { kind: UploadKind; data: Uint8Array; filename: string };

/** What the parser needs besides the text, as plain data (a WorkingCalendar cannot cross threads). */
export interface ParseContext {
  units: UnitRef[];
  calendar: CalendarOverrides;
  today: IsoDate;
  fallbackDate?: IsoDate;
}

/** One job for the worker thread. */
export interface ParseJob {
  source: ParseSource;
  /** null: only the text is wanted. */
  parse: ParseContext | null;
  limits: ExtractLimits;
  ocr: OcrTools;
  timeoutMs: number;
  ocrTimeoutMs: number;
  progress?: MessagePort;
  testSpinMs?: number;
}

export type WorkerNotice = { type: 'started' } | { type: 'ocr' };

export type ParseJobResult = { ok: true; text: string; draft: DirectiveDraft | null } | { ok: false; code: RejectionCode | 'timeout'; message: string };
