import { BadRequestException } from '@nestjs/common';

export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * A clear 400 for what @fastify/multipart refuses (its own errors are 413s that name no limit),
 * quoting the limits the route read the upload with.
 */
export function multipartError(err: unknown, limits: { fileBytes: number; files: number }): BadRequestException {
  const { code, part } = err as { code?: string; part?: { filename?: string } };
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new BadRequestException(`Tệp${part?.filename ? ` "${part.filename.normalize('NFC')}"` : ''} quá lớn: tối đa ${megabytes(limits.fileBytes)}`);
    case 'FST_FILES_LIMIT':
      return new BadRequestException(`Quá nhiều tệp: tối đa ${limits.files} tệp mỗi lần gửi`);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new BadRequestException('Biểu mẫu tải lên có quá nhiều trường');
    default:
      return new BadRequestException(`Không đọc được tệp tải lên: ${(err as Error).message}`);
  }
}
