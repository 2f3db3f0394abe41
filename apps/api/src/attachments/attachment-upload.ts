import { extname } from 'node:path';
import { finished } from 'node:stream/promises';
import { BadRequestException } from '@nestjs/common';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { megabytes, multipartError } from '../common/multipart-error';
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES, attachmentType, cleanFileName, contentMatchesName } from './attachment-rules';

/** A file as received, checked against the rules, not yet stored. */
export interface UploadedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

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
 * ATTACHMENT_LIMITS. `beforeFiles` runs once, when the first file begins, so a person who may not
 * attach is refused before a byte of it is kept. After a refusal the rest of the body is still read
 * and dropped: the client sends it anyway, and stopping mid-stream would leave it a reset
 * connection instead of the answer.
 */
export async function readUploadForm(req: FastifyRequest, beforeFiles: () => Promise<void>): Promise<UploadForm> {
  const fields = new Map<string, string>();
  const files: UploadedFile[] = [];
  let refusal: Error | null = null;
  let total = 0;
  let checked = false;
  const parts = req.parts({
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
        const file = await readFile(part);
        total += file.content.length;
        if (total > ATTACHMENT_LIMITS.totalBytes) {
          throw new BadRequestException(`Tổng dung lượng tệp quá lớn: tối đa ${megabytes(ATTACHMENT_LIMITS.totalBytes)} mỗi lần gửi`);
        }
        files.push(file);
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

async function readFile(part: MultipartFile): Promise<UploadedFile> {
  if (part.fieldname !== FILE_FIELD) throw new BadRequestException(`Tệp phải gửi trong trường "${FILE_FIELD}", không phải "${part.fieldname}"`);
  const fileName = cleanFileName(part.filename);
  if (!fileName) throw new BadRequestException('Có tệp không có tên');
  const contentType = attachmentType(fileName);
  if (!contentType) throw new BadRequestException(`Không nhận tệp "${fileName}": chỉ nhận ${ACCEPTED}`);
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (err) {
    throw multipartError(err, ATTACHMENT_LIMITS);
  }
  if (!content.length) throw new BadRequestException(`Tệp "${fileName}" rỗng`);
  if (!contentMatchesName(fileName, content)) {
    throw new BadRequestException(`Không nhận tệp "${fileName}": nội dung không phải tệp ${extname(fileName).slice(1).toUpperCase()} như tên tệp cho biết`);
  }
  return { fileName, contentType, content };
}

/** Reads a part to its end and drops it, so the parser moves on to the next. */
async function discard(part: MultipartFile): Promise<void> {
  part.file.resume();
  await finished(part.file).catch(() => undefined);
}
