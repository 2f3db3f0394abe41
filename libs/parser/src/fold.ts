const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = charCache.get(ch);
  if (folded === undefined) {
    if (ch === '&') folded = ' va ';
    else {
      folded = ch
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/đ/g, 'd');
    }
    charCache.set(ch, folded);
  }
  return folded;
}

/** Folds NFC text keeping, for each folded character, the index of the character it came from. */
export function foldWithMap(s: string): { text: string; map: Int32Array } {
  let folded = '';
  // Nearly every character folds to one; the map grows only for those that fold to more ("&").
  let map = new Int32Array(s.length + 8);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < s.length;
    const ch = wide ? s.slice(i, i + 2) : s.charAt(i);
    const piece = code < 0x80 && code !== 38 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch) : foldChar(ch);
    if (n + piece.length >= map.length) {
      const grown = new Int32Array(map.length * 2 + piece.length);
      grown.set(map);
      map = grown;
    }
    for (let count = 0; count < piece.length; count++) map[n++] = i;
    folded += piece;
    if (wide) i++;
  }
  map[n] = s.length;
  return { text: folded, map: map.subarray(0, n + 1) };
}
