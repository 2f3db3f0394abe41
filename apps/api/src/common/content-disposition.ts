/**
 * `attachment` with the name twice: `filename*` (RFC 5987/6266) carries it in UTF-8 for every
 * current browser, `filename` an ASCII spelling for older clients ("Báo cáo quý 3.pdf" →
 * "Bao cao quy 3.pdf"), so no client ever sees mojibake or loses the extension.
 */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

// encodeURIComponent leaves ' ( ) * as they are, but they are not attr-chars in RFC 5987.
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
