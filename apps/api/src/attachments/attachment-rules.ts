import { extname } from 'node:path';

const MB = 1024 * 1024;

/**
 * What one report may carry. Every file is held in memory until the report is written, so the
 * total, not only each file, is bounded; the web app checks the same numbers before sending.
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
  const base = raw.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').split(/[\\/]/).pop()!.trim();
  // Counted in characters, as PostgreSQL counts varchar, and never cut inside a surrogate pair.
  const chars = Array.from(base);
  if (chars.length <= MAX_NAME_LENGTH) return base;
  const ext = Array.from(extname(base)).slice(0, 16);
  return chars.slice(0, MAX_NAME_LENGTH - ext.length).join('') + ext.join('');
}
