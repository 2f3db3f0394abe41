import { extname } from 'node:path';

const MB = 1024 * 1024;

/**
 * What one report may carry. Files are stored as they arrive, inside the report's transaction, so
 * the total, not only each file, is bounded: it is what one report can make PostgreSQL hold before
 * it commits. The web app checks the same numbers before sending.
 */
export const ATTACHMENT_LIMITS = { fileBytes: 20 * MB, files: 10, totalBytes: 50 * MB } as const;

/**
 * The files an office sends as evidence of its work: documents, spreadsheets, slides, scans and
 * archives of them. The type a download is served with comes from this list, never from what the
 * uploader's browser claimed, so nothing uploaded can be served as HTML or script.
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
  '.rtf': 'application/rtf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.zip': 'application/zip',
  '.rar': 'application/vnd.rar',
  '.7z': 'application/x-7z-compressed',
};

/** One way a kind of file begins: bytes that must all stand where they are (`at` counts from 0). */
type Signature = readonly { at: number; bytes: Buffer }[];
const starts = (bytes: string | number[]): Signature => [{ at: 0, bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes) }];

const ZIP = starts('PK\x03\x04');
const OLE = starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const JPEG = starts([0xff, 0xd8, 0xff]);
const TIFF = [starts('II*\x00'), starts('MM\x00*')];

/**
 * How each kind of file begins, so that a program renamed to .pdf is refused. Office's own formats
 * and OpenDocument are zip archives, the older Office formats OLE compound files. A PDF is absent:
 * readers accept its header anywhere in the first kilobyte, so it is searched for there. Plain text
 * (.txt, .csv) has no signature to check.
 */
const SIGNATURES: Readonly<Record<string, readonly Signature[]>> = {
  '.doc': [OLE],
  '.xls': [OLE],
  '.ppt': [OLE],
  '.docx': [ZIP],
  '.xlsx': [ZIP],
  '.pptx': [ZIP],
  '.odt': [ZIP],
  '.ods': [ZIP],
  '.odp': [ZIP],
  // An archive with nothing in it is only its end record.
  '.zip': [ZIP, starts('PK\x05\x06')],
  '.rtf': [starts('{\\rtf')],
  '.jpg': [JPEG],
  '.jpeg': [JPEG],
  '.png': [starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  '.webp': [[...starts('RIFF'), { at: 8, bytes: Buffer.from('WEBP') }]],
  '.tif': TIFF,
  '.tiff': TIFF,
  '.rar': [starts('Rar!\x1a\x07')],
  '.7z': [starts([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])],
};
const PDF_HEADER = Buffer.from('%PDF-');
const PDF_HEADER_WITHIN = 1024;

const MAX_NAME_LENGTH = 255;

/** The type to store and serve a file with, or null when its kind is not accepted. */
export function attachmentType(fileName: string): string | null {
  return ATTACHMENT_TYPES[extname(fileName).toLowerCase()] ?? null;
}

/**
 * The name as people will see it: composed Unicode (macOS sends "ệ" as e + two marks), no control
 * characters or path, at most 255 characters with the extension kept. Empty when nothing is left.
 */
export function cleanFileName(raw: string): string {
  const base = raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .split(/[\\/]/)
    .pop()!
    .trim();
  // Counted in characters, as PostgreSQL counts varchar, and never cut inside a surrogate pair.
  const chars = Array.from(base);
  if (chars.length <= MAX_NAME_LENGTH) return base;
  const ext = Array.from(extname(base)).slice(0, 16);
  return chars.slice(0, MAX_NAME_LENGTH - ext.length).join('') + ext.join('');
}

/** Whether a file's first bytes are those of the kind its name says it is. */
export function contentMatchesName(fileName: string, content: Buffer): boolean {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.pdf') return content.subarray(0, PDF_HEADER_WITHIN).includes(PDF_HEADER);
  const signatures = SIGNATURES[ext];
  if (!signatures) return true;
  return signatures.some((marks) => marks.every(({ at, bytes }) => content.subarray(at, at + bytes.length).equals(bytes)));
}
