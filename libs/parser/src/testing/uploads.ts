import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import yazl from 'yazl';

/**
 * Whether this machine reads scans: Debian's tesseract-ocr with its Vietnamese data, and
 * poppler-utils (.ci/run installs them). Synchronous, because it decides which tests exist.
 */
export function hasOcr(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).split(/\s+/).includes('vie');
  } catch {
    return false;
  }
}

/**
 * A .docx-shaped zip (content types, a tiny document) with one more entry of `zeroBytes` zeros,
 * streamed so a zip bomb of hundreds of megabytes never sits in memory, and `extraEntries` tiny
 * parts. Sizes given up front put them in the central directory even for a streamed entry.
 */
export async function docxShapedZip(zeroBytes: number, options: { entry?: string; extraEntries?: number } = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), '[Content_Types].xml');
  zip.addBuffer(Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'), 'word/document.xml');
  const chunk = Buffer.alloc(1024 * 1024);
  let left = zeroBytes;
  const zeros = new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(chunk.subarray(0, size));
    },
  });
  zip.addReadStream(zeros, options.entry ?? 'word/media/image1.bin', { size: zeroBytes, compressionLevel: 9 } as never);
  for (let i = 0; i < (options.extraEntries ?? 0); i++) zip.addBuffer(Buffer.from('x'), `word/parts/p${i}.xml`);
  zip.end();
  const parts: Buffer[] = [];
  for await (const part of zip.outputStream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}
