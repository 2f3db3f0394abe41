import mammoth from 'mammoth';

/** The upload is not a Word (.docx) document, or one too damaged to read. */
export class UnreadableDocumentError extends Error {
  constructor(message = 'Không đọc được tệp: chỉ nhận văn bản Word (.docx)', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnreadableDocumentError';
  }
}

/** The text of a .docx, one paragraph per line, as the parser expects. */
export async function extractDocxText(buf: Buffer): Promise<string> {
  // A .docx is a zip archive: anything else is refused before mammoth sees it.
  if (!Buffer.isBuffer(buf) || buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) throw new UnreadableDocumentError();
  try {
    const { value } = await mammoth.extractRawText({ buffer: buf });
    return value;
  } catch (cause) {
    throw new UnreadableDocumentError(undefined, { cause });
  }
}
