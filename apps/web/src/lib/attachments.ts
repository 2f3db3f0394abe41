const MB = 1024 * 1024;
const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/**
 * What one report may carry, as the API enforces it (apps/api/src/attachments/attachment-rules.ts);
 * checked here too so a person hears it when choosing files, not after a long upload.
 */
export const ATTACHMENT_LIMITS = { fileBytes: 20 * MB, files: 10, totalBytes: 50 * MB } as const;

export const ACCEPTED_EXTENSIONS = [
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  '.rtf',
  '.txt',
  '.csv',
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.tif',
  '.tiff',
  '.zip',
  '.rar',
  '.7z',
] as const;

/** For the file picker's `accept`. */
export const ACCEPT = ACCEPTED_EXTENSIONS.join(',');

export const ATTACHMENT_HINT =
  `Tối đa ${ATTACHMENT_LIMITS.files} tệp, mỗi tệp ${formatFileSize(ATTACHMENT_LIMITS.fileBytes)}, tổng ${formatFileSize(ATTACHMENT_LIMITS.totalBytes)}: ` +
  'văn bản (PDF, Word, Excel, PowerPoint), ảnh chụp, tệp nén.';

/** "512 B", "1,5 KB", "20 MB": sizes the way Vietnamese readers write decimals. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / MB)} MB`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/**
 * The files of a report that keep within the limits, in the order chosen, and why each other one
 * was left out. A file the API would refuse is dropped here with the same reason.
 */
export function screenFiles<T extends { name: string; size?: number }>(files: T[]): { accepted: T[]; problems: string[] } {
  const accepted: T[] = [];
  const problems: string[] = [];
  let total = 0;
  for (const file of files) {
    const size = file.size ?? 0;
    let problem: string | null = null;
    if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) {
      problem = `Không nhận tệp "${file.name}": chỉ nhận văn bản, bảng tính, ảnh chụp và tệp nén.`;
    } else if (size === 0) {
      problem = `Tệp "${file.name}" rỗng.`;
    } else if (size > ATTACHMENT_LIMITS.fileBytes) {
      problem = `Tệp "${file.name}" quá lớn (${formatFileSize(size)}): tối đa ${formatFileSize(ATTACHMENT_LIMITS.fileBytes)} mỗi tệp.`;
    } else if (accepted.length === ATTACHMENT_LIMITS.files) {
      problem = `Không thêm "${file.name}": tối đa ${ATTACHMENT_LIMITS.files} tệp mỗi lần gửi.`;
    } else if (total + size > ATTACHMENT_LIMITS.totalBytes) {
      problem = `Không thêm "${file.name}": tổng dung lượng tối đa ${formatFileSize(ATTACHMENT_LIMITS.totalBytes)} mỗi lần gửi.`;
    }
    if (problem) {
      problems.push(problem);
    } else {
      accepted.push(file);
      total += size;
    }
  }
  return { accepted, problems };
}
