import { foldVietnamese } from '@dondoc/domain';
import { isUpperText } from './header';
import { anyOf } from './phrases';
import furniture from '../data/page-furniture.json';
import words from '../data/directive-words.json';

/**
 * The parts of a document, or of the web page it was copied from, that assign nothing: the
 * closing and the signature, a clause that only says to do what was asked, the page's own lines,
 * an article's reporting, captions and bylines.
 */

const FURNITURE: readonly string[] = furniture.lineStarts;

/** A person's name alone on a line: two to five capitalised words. */
export const BYLINE = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;
/** A photo's caption: "Ảnh: ...", "(Ảnh: ...)", or a sentence that ends with one. */
export const CAPTION = /^(?:Ảnh|Nguồn\s+ảnh|Hình\s+ảnh)\s*:|\((?:Ảnh|Nguồn)\s*:[^)]*\)\.?$|[.!?]\s+Ảnh\s*:\s*[^:]{1,40}$/u;

const SIGNATURE_TITLE = /^(?:TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.|Q\.\s)/u;
export const SIGNATURE_WORDS = new RegExp(`(?:${anyOf(words.signatureTitles.phrases, false)})`, 'u');

/**
 * Where the closing mark "./." (spaces allowed: ". / .") that ends a document starts, or -1. Read
 * from the end: a regex anchored at the end would be tried from every full stop of a long paragraph.
 */
export function closingMarkAt(text: string): number {
  let at = text.length - 1;
  const skipSpaces = () => {
    while (at >= 0 && /\s/u.test(text.charAt(at))) at--;
  };
  skipSpaces();
  if (text[at] !== '.') return -1;
  at--;
  skipSpaces();
  if (text[at] !== '/') return -1;
  at--;
  skipSpaces();
  if (text[at] !== '.') return -1;
  at--;
  skipSpaces();
  return at + 1;
}

export function isSignatureTitle(text: string): boolean {
  return SIGNATURE_TITLE.test(text) || (text.length < 80 && isUpperText(text) && SIGNATURE_WORDS.test(text));
}

const CLOSING_HINT = /^(?:Nơi|Thừa|Trên|Trong|Nhận|Vậy|Văn|VP|UBND|Ủy|Uỷ|Sở|Phòng)|\/\.\s*$|hiệu\s+lực|thi\s+hành/iu;

const CLOSING_OPENINGS: readonly string[] = words.closingOpenings.phrases;
const CLOSING_CLAUSES: readonly string[] = words.closingClauses.phrases;
const CLOSING_REQUESTS: readonly string[] = words.closingRequests.phrases;
const BARE_EXECUTION = new RegExp(`^(?:(?:${anyOf(words.bareExecution.phrases, false)})(?: |$))+$`);

/** "Thực hiện nghiêm túc.", "Biết và thực hiện.": a clause that only says to do what was already asked. */
export function isBareExecution(text: string): boolean {
  if (text.length > 120) return false;
  const said = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return said === '' || BARE_EXECUTION.test(said);
}

export function isClosing(text: string): boolean {
  if (!CLOSING_HINT.test(text.slice(0, 20)) && !CLOSING_HINT.test(text.slice(-200))) return false;
  const folded = foldVietnamese(text.length > 600 ? `${text.slice(0, 300)} ${text.slice(-300)}` : text);
  if (CLOSING_OPENINGS.some((w) => folded.startsWith(w))) return true;
  // "Quyết định này có hiệu lực ...", "Điều 3. Chánh Văn phòng ... chịu trách nhiệm thi hành Quyết định này."
  if (CLOSING_CLAUSES.some((w) => folded.includes(w))) return true;
  if (/^(?:van phong|ubnd|uy ban|so|phong)[^.]{0,120}thong bao (?:de|den|cho)\b/.test(folded)) return true;
  if (closingMarkAt(text) >= 0 && !/^(?:giao|de nghi|yeu cau [^ ]+ (?:phong|so|ubnd|van phong|trung tam))/.test(folded)) {
    const asked = folded.replace(/,/g, '');
    const closingAt = Math.max(...CLOSING_REQUESTS.map((w) => asked.lastIndexOf(w)));
    return closingAt >= 0 && !asksWork(asked.slice(0, closingAt));
  }
  return false;
}

/** Words a closing may have between its request and its last closing words: who is asked, "quan tâm, phối hợp". */
const CLOSING_ASK_WORDS = 35;

/**
 * Whether a last paragraph that closes as a closing does ("... biết, thực hiện./.") first asks for
 * work of its own: "đề nghị thủ trưởng các cơ quan, đơn vị chỉ đạo tổ chức tổng vệ sinh tại trụ sở
 * ... và thông báo để ... biết, thực hiện./." says more between its request and its closing words
 * than the names of those asked take. `beforeClosing` is the folded text up to the last closing words.
 */
function asksWork(beforeClosing: string): boolean {
  const cue = Math.max(beforeClosing.lastIndexOf('de nghi '), beforeClosing.lastIndexOf('yeu cau '));
  if (cue < 0) return false;
  return (
    beforeClosing
      .slice(cue)
      .split(' ')
      .filter((w) => /[a-z]/.test(w)).length > CLOSING_ASK_WORDS
  );
}

/** A web page's own line ("Tin liên quan", "Xem chi tiết tại đây"), not the document's. */
export function isFurniture(line: string): boolean {
  // A site may put its furniture in a list ("• Từ khóa"); a weather box shows a temperature ("15oC").
  if (line.length < 80 && /\d\s*(?:°|o)C(?!\p{L})/u.test(line)) return true;
  // ">> Rạch Từ Hổ bị bức tử": a link to another article.
  if (line.length < 160 && /^(?:>>|»)/u.test(line)) return true;
  const text = line.replace(/^[-–+•·▪►*]\s*/u, '');
  if (text.length > 80 || !/^\p{L}/u.test(text)) return false;
  const folded = foldVietnamese(text).trim();
  return FURNITURE.some((w) => folded.startsWith(w));
}

const REPORT_OPENING = new RegExp(`^(?:${anyOf(words.reportOpenings.phrases, false)})(?![a-z])`);
/** "đã", "vừa" before a word; "đạt", "tăng", "giảm" before a figure. */
const REPORT_MARKER = new RegExp(
  `(?<![a-z])(?:(?:${anyOf(
    words.reportMarkers.phrases.filter((w) => w === 'da' || w === 'vua'),
    false,
  )}) [a-z]|(?:${anyOf(
    words.reportMarkers.phrases.filter((w) => w !== 'da' && w !== 'vua'),
    false,
  )})(?: [a-z]+){0,2} \\d)`,
);
const DIRECTION_WORD = new RegExp(`(?<![a-z])(?:${anyOf(words.directionWords.phrases, false)})(?![a-z])`);

/**
 * Whether a paragraph after an article's direction reports rather than directs: it opens as a
 * report does, or tells of what has been done or reached and asks nothing.
 */
export function reports(body: string): boolean {
  const folded = foldVietnamese(body.slice(0, 300));
  if (REPORT_OPENING.test(folded)) return true;
  return REPORT_MARKER.test(folded) && !DIRECTION_WORD.test(folded);
}
