import { extractDocxText } from '../docx';
import { DEFAULT_EXTRACT_LIMITS, DocumentRejectedError, rejections, type ExtractLimits } from './errors';
import { DEFAULT_OCR_TOOLS, type OcrTools } from './ocr';
import { extractPdfText } from './pdf';

export type UploadKind = 'txt' | 'docx' | 'pdf';

export const SUPPORTED_UPLOADS = 'chỉ nhận tệp .docx, .pdf hoặc .txt';

/** The kind of an uploaded notice from its name, or null for one that is not read. */
export function uploadKind(filename: string): UploadKind | null {
  const name = filename.toLowerCase();
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.pdf')) return 'pdf';
  if (name.endsWith('.txt')) return 'txt';
  return null;
}

export interface ExtractOptions {
  filename?: string;
  limits?: Partial<ExtractLimits>;
  ocr?: Partial<OcrTools>;
  /** Epoch ms by which OCR must be done (its child processes are killed then). */
  deadline?: number;
  /** Told before a scanned PDF goes to OCR; may answer a later deadline for it. */
  onOcr?: () => Promise<number | void> | number | void;
}

/** The text of an uploaded notice, capped at `maxTextChars`. */
export async function extractUploadText(kind: UploadKind, data: Uint8Array, options: ExtractOptions = {}): Promise<string> {
  const limits = { ...DEFAULT_EXTRACT_LIMITS, ...options.limits };
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let text: string;
  switch (kind) {
    case 'txt':
      text = buf.toString('utf8').replace(/^\uFEFF/, '');
      if (text.includes('\u0000')) throw new DocumentRejectedError('not-text', `Tệp${quoted(options.filename)} không phải văn bản thuần (.txt)`);
      break;
    case 'docx':
      text = await extractDocxText(buf, { limits, filename: options.filename });
      break;
    case 'pdf':
      text = await extractPdfText(buf, {
        filename: options.filename,
        ocr: { ...DEFAULT_OCR_TOOLS, ...options.ocr },
        maxOcrPages: limits.maxOcrPages,
        deadline: options.deadline ?? Date.now() + 60_000,
        onOcr: options.onOcr,
      });
      break;
    default:
      throw new DocumentRejectedError('unsupported', `Không hỗ trợ tệp${quoted(options.filename)}: ${SUPPORTED_UPLOADS}`);
  }
  return capText(text, limits.maxTextChars, options.filename);
}

/** Refuses text longer than the parser is asked to read in one go. */
export function capText(text: string, maxChars: number = DEFAULT_EXTRACT_LIMITS.maxTextChars, filename?: string): string {
  if (text.length > maxChars) throw rejections.tooLong(text.length, maxChars, filename);
  return text;
}

const quoted = (filename?: string) => (filename ? ` "${filename.normalize('NFC')}"` : '');
