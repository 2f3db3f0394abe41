/**
 * Why an upload cannot be turned into text. `message` is what the clerk reads (Vietnamese);
 * `code` lets callers (and the worker thread boundary, which keeps no class) tell the cases apart.
 */
export type RejectionCode =
  | 'unsupported'
  | 'not-text'
  | 'unreadable-docx'
  | 'zip-too-large'
  | 'zip-too-many-entries'
  | 'zip-bomb'
  | 'unreadable-pdf'
  | 'pdf-encrypted'
  | 'pdf-scan-no-ocr'
  | 'pdf-too-many-pages'
  | 'ocr-failed'
  | 'too-long'
  | 'empty';

export class DocumentRejectedError extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DocumentRejectedError';
  }
}

/** Caps on what one upload may cost to read; the defaults suit a notice of a few dozen pages. */
export interface ExtractLimits {
  /** Uncompressed bytes a .docx may hold in all (declared and actually inflated). */
  maxZipBytes: number;
  /** Entries a .docx may hold; real ones have a few dozen. */
  maxZipEntries: number;
  /** Characters of text taken from any upload or body. */
  maxTextChars: number;
  /** Pages of a scanned PDF sent to OCR. */
  maxOcrPages: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxZipBytes: 50 * 1024 * 1024,
  maxZipEntries: 1000,
  maxTextChars: 1_000_000,
  maxOcrPages: 20,
});

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const quoted = (filename?: string) => (filename ? ` "${filename.normalize('NFC')}"` : '');

/** The clerk's messages, in one place so the API and the CLI say the same thing. */
export const rejections = {
  tooLong: (chars: number, max: number, filename?: string) =>
    new DocumentRejectedError(
      'too-long',
      `Văn bản${quoted(filename)} quá dài (${chars.toLocaleString('vi-VN')} ký tự): tối đa ${max.toLocaleString('vi-VN')} ký tự mỗi lần phân tích. Hãy tách văn bản thành nhiều phần.`,
    ),
  zipTooLarge: (declared: number, max: number, filename?: string) =>
    new DocumentRejectedError(
      'zip-too-large',
      `Tệp${quoted(filename)} khi giải nén lên tới ${mb(declared)}, vượt giới hạn ${mb(max)}: không phải văn bản Word thông thường nên không được đọc.`,
    ),
  zipTooManyEntries: (entries: number, max: number, filename?: string) =>
    new DocumentRejectedError(
      'zip-too-many-entries',
      `Tệp${quoted(filename)} chứa ${entries.toLocaleString('vi-VN')} tệp con, vượt giới hạn ${max.toLocaleString('vi-VN')}: không phải văn bản Word thông thường nên không được đọc.`,
    ),
  zipBomb: (max: number, filename?: string, cause?: unknown) =>
    new DocumentRejectedError(
      'zip-bomb',
      `Tệp${quoted(filename)} có nội dung nén bất thường (kích thước khai báo sai hoặc giải nén vượt ${mb(max)}) nên không được đọc.`,
      { cause },
    ),
};
