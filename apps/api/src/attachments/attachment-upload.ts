import { extname } from 'node:path';
import { finished } from 'node:stream/promises';
import { BadRequestException } from '@nestjs/common';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ATTACHMENT_CHUNK_BYTES, type StoredContent } from '@dondoc/database';
import { megabytes, multipartError } from '../common/multipart-error';
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES, attachmentType, cleanFileName, contentMatchesName } from './attachment-rules';

/** A file as received and checked against the rules; its bytes are stored already, not yet the report it came with. */
export interface UploadedFile {
  fileName: string;
  contentType: string;
  content: StoredContent;
}

/** Keeps a file's bytes as they are read (in the transaction the report will be written in). */
export type StoreContent = (chunks: AsyncIterable<Buffer>) => Promise<StoredContent>;

export interface UploadForm {
  /** The text fields, as sent; the caller validates them like a JSON body. */
  fields: Record<string, string>;
  files: UploadedFile[];
}

const FILE_FIELD = 'files';
const ACCEPTED = Object.keys(ATTACHMENT_TYPES).join(', ');
// A report has four text fields; a note is at most 5,000 characters (up to 4 bytes each in UTF-8).
const FIELD_LIMITS = { fields: 10, fieldSize: 32 * 1024 };

/**
 * Reads a multipart report: its text fields and the files in the field `files`, within
 * ATTACHMENT_LIMITS, each file handed to `store` piece by piece as it arrives (never whole in
 * memory), its first piece checked against its name before anything is stored. `beforeFiles` runs
 * once, when the first file begins, so a person who may not attach is refused before a byte of it
 * is kept. After a refusal the rest of the body is still read and dropped: the client sends it
 * anyway, and stopping mid-stream would leave it a reset connection instead of the answer. What was
 * stored before a refusal goes when the caller's transaction rolls back on the error thrown here.
 */
export async function readUploadForm(request: FastifyRequest, beforeFiles: () => Promise<void>, store: StoreContent): Promise<UploadForm> {
  const fields = new Map<string, string>();
  const files: UploadedFile[] = [];
  let refusal: Error | null = null;
  const budget = { left: ATTACHMENT_LIMITS.totalBytes };
  let checked = false;
  const parts = request.parts({
    limits: { ...FIELD_LIMITS, fileSize: ATTACHMENT_LIMITS.fileBytes, files: ATTACHMENT_LIMITS.files, parts: ATTACHMENT_LIMITS.files + FIELD_LIMITS.fields },
  });
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (fields.has(part.fieldname)) refusal ??= new BadRequestException(`Trường "${part.fieldname}" được gửi nhiều lần`);
        if (part.valueTruncated) refusal ??= new BadRequestException(`Trường "${part.fieldname}" quá dài`);
        fields.set(part.fieldname, String(part.value));
        continue;
      }
      if (refusal) {
        await discard(part);
        continue;
      }
      try {
        if (!checked) {
          checked = true;
          await beforeFiles();
        }
        files.push(await readFile(part, store, budget));
      } catch (err) {
        refusal = err instanceof Error ? err : new Error(String(err));
        await discard(part);
      }
    }
  } catch (err) {
    // The parser ends with the first limit it hit; a refusal found earlier says more.
    throw refusal ?? multipartError(err, ATTACHMENT_LIMITS);
  }
  if (refusal) throw refusal;
  return { fields: Object.fromEntries(fields), files };
}

async function readFile(part: MultipartFile, store: StoreContent, budget: { left: number }): Promise<UploadedFile> {
  if (part.fieldname !== FILE_FIELD) throw new BadRequestException(`Tệp phải gửi trong trường "${FILE_FIELD}", không phải "${part.fieldname}"`);
  const fileName = cleanFileName(part.filename);
  if (!fileName) throw new BadRequestException('Có tệp không có tên');
  const contentType = attachmentType(fileName);
  if (!contentType) throw new BadRequestException(`Không nhận tệp "${fileName}": chỉ nhận ${ACCEPTED}`);
  const content = await store(checkedPieces(part, fileName, budget));
  return { fileName, contentType, content };
}

/**
 * A file's bytes in pieces of ATTACHMENT_CHUNK_BYTES, the first checked against the file's name
 * before it is handed on. A file that breaks a rule is read to its end without another piece
 * handed on, and then refused, a file too large before one of the wrong kind (what the size says
 * is known for certain only at the end).
 */
async function* checkedPieces(part: MultipartFile, fileName: string, budget: { left: number }): AsyncGenerator<Buffer> {
  let problem: Error | null = null;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let first = true;
  const check = (piece: Buffer) => {
    if (first && !contentMatchesName(fileName, piece)) {
      problem = new BadRequestException(
        `Không nhận tệp "${fileName}": nội dung không phải tệp ${extname(fileName).slice(1).toUpperCase()} như tên tệp cho biết`,
      );
    }
    first = false;
    return !problem;
  };
  for await (const data of part.file as AsyncIterable<Buffer>) {
    if (problem) continue;
    budget.left -= data.length;
    if (budget.left < 0) {
      problem = new BadRequestException(`Tổng dung lượng tệp quá lớn: tối đa ${megabytes(ATTACHMENT_LIMITS.totalBytes)} mỗi lần gửi`);
      continue;
    }
    pending.push(data);
    pendingBytes += data.length;
    while (pendingBytes >= ATTACHMENT_CHUNK_BYTES && !problem) {
      const all = Buffer.concat(pending);
      const rest = all.subarray(ATTACHMENT_CHUNK_BYTES);
      pending = rest.length ? [rest] : [];
      pendingBytes = rest.length;
      const piece = all.subarray(0, ATTACHMENT_CHUNK_BYTES);
      if (check(piece)) yield piece;
    }
  }
  if (part.file.truncated) throw multipartError({ code: 'FST_REQ_FILE_TOO_LARGE', part }, ATTACHMENT_LIMITS);
  if (problem) throw problem;
  if (first && !pendingBytes) throw new BadRequestException(`Tệp "${fileName}" rỗng`);
  if (pendingBytes) {
    const piece = Buffer.concat(pending);
    if (!check(piece)) throw problem!;
    yield piece;
  }
}

/** Reads a part to its end and drops it, so the parser moves on to the next. */
async function discard(part: MultipartFile): Promise<void> {
  part.file.resume();
  await finished(part.file).catch(() => undefined);
}
