import type { IsoDate, WorkingCalendar } from '@dondoc/calendar';

export type UnitKind =
  'committee' | 'office' | 'department' | 'public_service' | 'preschool' | 'primary_school' | 'lower_secondary_school' | 'commune' | 'other';

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  aliases: string[];
}

export interface ParseOptions {
  /** The deployment's units: names are resolved to these. */
  units: UnitRef[];
  /**
   * Whether the standard names of government bodies (data/unit-names.json) lie under `units`, so
   * that a name missing from them is still cut where it ends. On unless set to false.
   */
  standardNames?: boolean;
  calendar: WorkingCalendar;
  /** The date a clerk gives when the document's own date is blank. */
  fallbackDate?: IsoDate;
  today: IsoDate;
}

/** Character offsets into the original input text, `end` exclusive. */
export interface SourceRange {
  start: number;
  end: number;
}

export interface CoordinatingRef {
  text: string;
  unitId: string | null;
}

export type Recurrence = 'weekly' | 'monthly' | 'quarterly' | 'yearly';

/**
 * How sure the parser is of a part of the draft (0 to 1) and, where it guessed, why, in words a
 * clerk reads: the review lists the least sure parts first.
 */
export interface Doubt {
  confidence: number;
  reasons: string[];
}

export interface TaskDraft extends Doubt {
  text: string;
  deadline: IsoDate | null;
  deadlineText: string | null;
  coordinating: CoordinatingRef[];
  recurrence: Recurrence | null;
  recurrenceText: string | null;
  /** The day within each period a recurring duty is due (weekday 1-7 for a weekly one), when the text says. */
  recurrenceDay?: number | null;
  /** A yearly duty's month of its due day ("trước ngày 31/3 hằng năm": 3), when the text names one. */
  recurrenceMonth?: number | null;
  /** When a recurring duty's series ends ("đến hết năm 2025"), when the text says. */
  recurrenceEndsOn?: IsoDate | null;
  range: SourceRange;
  deadlineRange?: SourceRange;
}

export interface AssignmentDraft extends Doubt {
  unitText: string;
  unitIds: string[];
  group: boolean;
  suggestions: { unitId: string; name: string }[];
  /** Coordinating units named in the section heading, for the whole section. */
  coordinating: CoordinatingRef[];
  range: SourceRange;
  tasks: TaskDraft[];
}

export interface DirectiveDraft {
  number: string | null;
  symbol: string | null;
  docType: string | null;
  issuer: string | null;
  date: IsoDate | null;
  dateText: string | null;
  title: string | null;
  signer: string | null;
  recipients: string[];
  assignments: AssignmentDraft[];
  ranges: { number?: SourceRange; date?: SourceRange; title?: SourceRange; signer?: SourceRange };
}
