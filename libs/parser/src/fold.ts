const charCache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = charCache.get(char);
  if (folded === undefined) {
    if (char === '&') folded = ' va ';
    else {
      folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd');
    }
    charCache.set(char, folded);
  }
  return folded;
}

/** Folds NFC text keeping, for each folded character, the index of the character it came from. */
export function foldWithMap(text: string): { text: string; map: Int32Array } {
  let folded = '';
  // Nearly every character folds to one; the map grows only for those that fold to more ("&").
  let map = new Int32Array(text.length + 8);
  let written = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const char = wide ? text.slice(i, i + 2) : text.charAt(i);
    const piece = code < 0x80 && code !== 38 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char) : foldChar(char);
    if (written + piece.length >= map.length) {
      const grown = new Int32Array(map.length * 2 + piece.length);
      grown.set(map);
      map = grown;
    }
    for (let count = 0; count < piece.length; count++) map[written++] = i;
    folded += piece;
    if (wide) i++;
  }
  map[written] = text.length;
  return { text: folded, map: map.subarray(0, written + 1) };
}
