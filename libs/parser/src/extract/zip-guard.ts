import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DocumentRejectedError, rejections } from './errors';

/** The zip could not be read at all (not a zip, truncated, damaged). */
export class UnreadableZipError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('not a readable zip archive', options);
    this.name = 'UnreadableZipError';
  }
}

/**
 * Refuses a zip bomb before anything inflates it for real: the central directory's entry count
 * and declared sizes first (cheap, no inflating), then every entry inflated once into nothing,
 * counting the bytes, because declared sizes are written by whoever made the file. yauzl also
 * fails an entry whose stream yields more than it declared, so the count can never run past the
 * declared total, which is already known to be within the limit.
 */
export async function assertSafeZip(buf: Buffer, limits: { maxBytes: number; maxEntries: number }, filename?: string): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (cause) {
    throw new UnreadableZipError({ cause });
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw rejections.zipTooManyEntries(zip.entryCount, limits.maxEntries, filename);
    const entries = await listEntries(zip);
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > limits.maxBytes) throw rejections.zipTooLarge(declared, limits.maxBytes, filename);
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      let stream;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch (cause) {
        throw new UnreadableZipError({ cause });
      }
      try {
        for await (const chunk of stream) {
          inflated += (chunk as Buffer).length;
          if (inflated > limits.maxBytes) throw rejections.zipBomb(limits.maxBytes, filename);
        }
      } catch (cause) {
        stream.destroy();
        if (cause instanceof DocumentRejectedError) throw cause;
        // yauzl's size checks ("too many bytes in the stream") mean the sizes lied: a bomb, not damage.
        if (/bytes in the stream|expected \d+ bytes/i.test(String((cause as Error)?.message))) throw rejections.zipBomb(limits.maxBytes, filename, cause);
        throw new UnreadableZipError({ cause });
      }
    }
  } finally {
    zip.close();
  }
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', (cause) => reject(new UnreadableZipError({ cause })));
    zip.readEntry();
  });
}
