import { BadRequestException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { extractDocxText, UnreadableDocumentError } from '@dondoc/parser';
import { ParseRequestDto } from './directive-draft.dto';
import { validated } from '../common/validated';
import { multipartError } from '../common/multipart-error';

const SUPPORTED = 'chỉ nhận tệp .docx hoặc .txt';

/** The notice's text and optional date from a multipart upload (field `file`, field `date`). */
export async function readUpload(req: FastifyRequest): Promise<{ text: string; date?: string }> {
  let part;
  try {
    part = await req.file();
  } catch (err) {
    throw uploadError(err);
  }
  if (!part) throw new BadRequestException(`Chưa có tệp văn bản (trường "file"): ${SUPPORTED}`);
  const name = part.filename.toLowerCase();
  const kind = name.endsWith('.docx') ? 'docx' : name.endsWith('.txt') ? 'txt' : null;
  if (!kind) throw new BadRequestException(`Không hỗ trợ tệp "${part.filename}": ${SUPPORTED}`);
  let buf: Buffer;
  try {
    buf = await part.toBuffer();
  } catch (err) {
    throw uploadError(err);
  }
  const dateField = part.fields.date as { value?: unknown } | undefined;
  const { date } = await validated(ParseRequestDto, { text: '', ...(dateField?.value ? { date: String(dateField.value) } : {}) });
  if (kind === 'txt') {
    const text = buf.toString('utf8');
    if (text.includes('\u0000')) throw new BadRequestException(`Tệp "${part.filename}" không phải văn bản thuần (.txt)`);
    return { text, date };
  }
  try {
    return { text: await extractDocxText(buf), date };
  } catch (err) {
    if (err instanceof UnreadableDocumentError) throw new BadRequestException(`Tệp "${part.filename}" không phải văn bản Word (.docx) đọc được`);
    throw err;
  }
}

// The defaults bootstrap registers @fastify/multipart with (MAX_UPLOAD_BYTES); importing them from there would be circular.
const uploadError = (err: unknown) => multipartError(err, { fileBytes: 10 * 1024 * 1024, files: 1 });
