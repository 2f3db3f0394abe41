import { BadRequestException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { SUPPORTED_UPLOADS, uploadKind, type ParseSource } from '@dondoc/parser';
import { ParseRequestDto } from './directive-draft.dto';
import { validated } from '../common/validated';
import { multipartError } from '../common/multipart-error';

/**
 * The uploaded notice (field `file`) and the optional date (field `date`) of a multipart request.
 * Only the bytes are read here: turning them into text (unzipping a .docx, reading a PDF, OCR)
 * happens on a worker thread, with the limits that guard against zip bombs and huge texts.
 */
export async function readUpload(req: FastifyRequest): Promise<{ source: ParseSource; date?: string }> {
  let part;
  try {
    part = await req.file();
  } catch (err) {
    throw uploadError(err);
  }
  if (!part) throw new BadRequestException(`Chưa có tệp văn bản (trường "file"): ${SUPPORTED_UPLOADS}`);
  const filename = part.filename.normalize('NFC');
  const kind = uploadKind(filename);
  if (!kind) throw new BadRequestException(`Không hỗ trợ tệp "${filename}": ${SUPPORTED_UPLOADS}`);
  let buf: Buffer;
  try {
    buf = await part.toBuffer();
  } catch (err) {
    throw uploadError(err);
  }
  const dateField = part.fields.date as { value?: unknown } | undefined;
  const { date } = await validated(ParseRequestDto, {
    text: '',
    ...(typeof dateField?.value === 'string' && dateField.value ? { date: dateField.value } : {}),
  });
  return { source: { kind, data: buf, filename }, date };
}

// The defaults bootstrap registers @fastify/multipart with (MAX_UPLOAD_BYTES); importing them from there would be circular.
const uploadError = (err: unknown) => multipartError(err, { fileBytes: 10 * 1024 * 1024, files: 1 });
