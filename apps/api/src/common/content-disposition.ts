import { create } from 'content-disposition';

/**
 * `attachment` with the name twice: `filename*` carries it in UTF-8 for every current browser,
 * `filename` an ASCII spelling for older clients ("Báo cáo quý 3.pdf" → "Bao cao quy 3.pdf"), so no
 * client shows mojibake or loses the extension. The library only knows to replace what is not
 * ASCII with "?": the Vietnamese spelling without marks is ours.
 */
export function contentDisposition(fileName: string): string {
  return create(fileName, { fallback: asciiFallback(fileName) });
}

function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}
