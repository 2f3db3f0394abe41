/**
 * Vietnamese text reduced to what a person means when they type without tone marks: lower case,
 * no diacritics, đ → d, "&" read as "và", runs of spaces collapsed. "Phòng GD&ĐT", "phong gd va dt"
 * and "Văn hoá"/"Văn hóa" (either tone-mark placement) fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s*&\s*/g, ' va ')
    .replace(/\s+/g, ' ')
    .trim();
}
