export type {
  AssignmentDraft,
  CoordinatingRef,
  DirectiveDraft,
  ParseOptions,
  Recurrence,
  SourceRange,
  TaskDraft,
  UnitKind,
  UnitRef,
} from './types';
export { parseDirective, emptyDraft } from './parse-directive';
export { extractDocxText, UnreadableDocumentError } from './docx';
export { officialCase } from './header';
