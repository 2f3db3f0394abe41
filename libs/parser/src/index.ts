export type { AssignmentDraft, CoordinatingRef, Doubt, DirectiveDraft, ParseOptions, Recurrence, SourceRange, TaskDraft, UnitKind, UnitRef } from './types';
export { parseDirective, emptyDraft } from './parse-directive';
export { extractDocxText, UnreadableDocumentError } from './docx';
export { officialCase } from './header';
export { DEFAULT_EXTRACT_LIMITS, DocumentRejectedError, type ExtractLimits, type RejectionCode } from './extract/errors';
export { SUPPORTED_UPLOADS, capText, extractUploadText, uploadKind, type UploadKind } from './extract/extract-text';
export { DEFAULT_OCR_TOOLS, ocrAvailable, type OcrTools } from './extract/ocr';
export { ParseBusyError, ParsePool, ParseTimeoutError, type ParsePoolOptions } from './extract/parse-pool';
export type { ParseContext, ParseSource } from './extract/parse-job';
