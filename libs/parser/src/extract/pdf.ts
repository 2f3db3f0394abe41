import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DocumentRejectedError } from './errors';
import { ocrAvailable, ocrPdf, OcrTimeoutError, type OcrTools } from './ocr';
import { joinPages, layoutPage, type PositionedText } from './pdf-layout';

/** A PDF's text layer: the text laid out in lines, its page count and how many letters it has. */
export interface PdfTextLayer {
  text: string;
  pages: number;
  letters: number;
}

// A page of a real notice has a thousand letters or more; a scan has none, or a few from a stamp
// or a scanner's footer. Below this many per page the PDF is read as a scan.
const SCAN_LETTERS_PER_PAGE = 40;

export class PdfTimeoutError extends Error {
  constructor() {
    super('PDF reading ran out of time');
    this.name = 'PdfTimeoutError';
  }
}

/** pdf.js ships ES modules only; Node 20.19+ loads them from CommonJS, which the bundle and ts-node both are. */
async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** Where pdf.js's own data lives (character maps, standard fonts), for PDFs that lean on them. */
function pdfjsData(): { cMapUrl?: string; standardFontDataUrl?: string } {
  try {
    const root = dirname(createRequire(__filename).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
  } catch {
    return {};
  }
}

export async function readPdfTextLayer(buf: Uint8Array, filename?: string): Promise<PdfTextLayer> {
  const { getDocument } = await pdfjs();
  const task = getDocument({
    // pdf.js may take the bytes over (transfer them): it gets a copy.
    data: new Uint8Array(buf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapPacked: true,
    ...pdfjsData(),
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (cause) {
    await task.destroy().catch(() => undefined);
    const name = (cause as { name?: string })?.name;
    if (name === 'PasswordException') {
      throw new DocumentRejectedError('pdf-encrypted', `Tệp PDF${quoted(filename)} có mật khẩu: hãy gỡ mật khẩu rồi tải lên lại, hoặc dán nội dung văn bản.`, {
        cause,
      });
    }
    throw unreadablePdf(filename, cause);
  }
  try {
    const pages: string[] = [];
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      const page = await doc.getPage(pageNumber);
      const content = await page.getTextContent();
      pages.push(layoutPage(content.items.filter((i): i is PositionedText & typeof i => 'str' in i)));
      page.cleanup();
    }
    const text = joinPages(pages).normalize('NFC');
    return { text, pages: doc.numPages, letters: (text.match(/\p{L}/gu) ?? []).length };
  } catch (cause) {
    throw unreadablePdf(filename, cause);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

export interface PdfExtractOptions {
  filename?: string;
  ocr: OcrTools;
  maxOcrPages: number;
  /** Epoch ms by which OCR must be done. */
  deadline: number;
  /** Told before OCR starts, so the caller can allow it the longer time it takes. */
  onOcr?: () => Promise<number | void> | number | void;
}

/**
 * The text of a PDF: its text layer when it has one; a scan (no text layer, or almost none) is
 * read by OCR when this server has tesseract with Vietnamese data and pdftoppm, and refused with
 * what to install (or to paste the text) when it has not.
 */
export async function extractPdfText(buf: Uint8Array, options: PdfExtractOptions): Promise<string> {
  if (buf.length < 5 || Buffer.from(buf.subarray(0, 1024)).indexOf('%PDF-') < 0) throw unreadablePdf(options.filename);
  const layer = await readPdfTextLayer(buf, options.filename);
  if (layer.letters >= SCAN_LETTERS_PER_PAGE * layer.pages) return layer.text;
  if (!(await ocrAvailable(options.ocr))) {
    throw new DocumentRejectedError(
      'pdf-scan-no-ocr',
      `Tệp PDF${quoted(options.filename)} là bản quét (ảnh chụp), không có lớp chữ để đọc, và máy chủ chưa cài nhận dạng chữ (OCR). ` +
        'Để đọc được bản quét, người quản trị cần cài các gói tesseract-ocr, tesseract-ocr-vie và poppler-utils ' +
        '(apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils). Trong lúc chờ, hãy dán nội dung văn bản vào ô nhập hoặc tải lên tệp .docx.',
    );
  }
  if (layer.pages > options.maxOcrPages) {
    throw new DocumentRejectedError(
      'pdf-too-many-pages',
      `Tệp PDF${quoted(options.filename)} là bản quét dài ${layer.pages} trang: chỉ nhận dạng chữ (OCR) tối đa ${options.maxOcrPages} trang mỗi lần. Hãy tách tệp, hoặc dán nội dung văn bản.`,
    );
  }
  const deadline = (await options.onOcr?.()) || options.deadline;
  let text: string;
  try {
    text = await ocrPdf(buf, layer.pages, deadline, options.ocr);
  } catch (cause) {
    if (cause instanceof OcrTimeoutError) throw new PdfTimeoutError();
    throw new DocumentRejectedError('ocr-failed', `Không nhận dạng được chữ trong bản quét${quoted(options.filename)}: hãy dán nội dung văn bản.`, { cause });
  }
  return text.normalize('NFC');
}

function unreadablePdf(filename?: string, cause?: unknown) {
  return new DocumentRejectedError('unreadable-pdf', `Tệp${quoted(filename)} không phải tệp PDF đọc được`, { cause });
}

const quoted = (filename?: string) => (filename ? ` "${filename.normalize('NFC')}"` : '');
