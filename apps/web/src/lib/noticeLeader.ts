import type { DirectiveDraft, Id, User } from '../api/types';
import { foldVietnamese } from './vietnamese';

/** The leader a notice's conclusions are said to be from, as the notice says it and as matched to a user. */
export interface NoticeLeader {
  /** The words after "Kết luận của đồng chí", e.g. "Phó Chủ tịch UBND huyện"; null when the notice names no one. */
  said: string | null;
  /** The one leader those words fit, or null: a guess is never made between several. */
  leaderId: Id | null;
}

// "Kết luận của đồng chí Phó Chủ tịch UBND huyện tại Hội nghị ...", "Ý kiến chỉ đạo của đ/c ..."; up to where the occasion starts.
const WHOSE = /(?:kết luận|ý kiến chỉ đạo|ý kiến kết luận)\s+của\s+(?:(?:đồng chí|đ\/c)\s+)?([^\n.;:,()]+?)(?=\s+(?:tại|về|trong|khi|ngày)\s|[\n.;:,()]|$)/iu;
// An office ends where the body it belongs to begins: "phó chủ tịch thường trực | UBND huyện".
const BODY = / (?:uy ban|ubnd|hdnd|hoi dong|huyen|tinh|thanh pho|thi xa|xa|phuong|quan)(?: |$)/;

// Words ending in a person's name in Title Case: "... UBND huyện Nguyễn Văn Bình".
const ENDS_IN_NAME = /(?:\s\p{Lu}[\p{Ll}\p{M}]*){2,}$/u;

/** The office without its body, folded: "Phó Chủ tịch Thường trực UBND huyện" → "pho chu tich thuong truc". */
function rank(office: string): string {
  const [beforeBody = ''] = foldVietnamese(office).split(BODY);
  return beforeBody.trim();
}

/** The same office, or a narrower one of it ("phó chủ tịch thường trực" is a "phó chủ tịch"). */
const fits = (said: string, held: string) => held === said || held.startsWith(`${said} `);

function only<T>(found: T[]): T | null {
  const [first] = found;
  return found.length === 1 && first !== undefined ? first : null;
}

/**
 * Reads whose conclusions a notice records and finds that leader: by a name in those words, else
 * by the name the notice itself gives the office ("đồng chí Lương Thế Quý - Phó Chủ tịch ..."),
 * else by the office each leader holds.
 */
export function noticeLeader(draft: Pick<DirectiveDraft, 'title' | 'sourceText'>, leaders: readonly User[]): NoticeLeader {
  const whose = [draft.title, draft.sourceText].map((text) => text?.normalize('NFC').match(WHOSE)?.[1]).find(Boolean);
  if (!whose) return { said: null, leaderId: null };
  const said = whose.replace(/\s+/g, ' ').trim();
  const folded = foldVietnamese(said);
  const office = rank(said);

  const named = only(leaders.filter((u) => folded.includes(foldVietnamese(u.name))));
  if (named) return { said, leaderId: named.id };
  // Someone named who is not among the leaders: another holder of the office would be a wrong guess.
  if (ENDS_IN_NAME.test(said)) return { said, leaderId: null };

  const source = foldVietnamese(draft.sourceText ?? '');
  const introduced = only(
    leaders.filter((leader) => {
      const name = foldVietnamese(leader.name);
      for (let at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) {
        const after = source.slice(at + name.length, at + name.length + 80).replace(/^[\s\-–,:(]+/, '');
        if (office && fits(office, rank(after))) return true;
      }
      return false;
    }),
  );
  if (introduced) return { said, leaderId: introduced.id };

  const holder = only(leaders.filter((u) => office && u.title && fits(office, rank(u.title))));
  return { said, leaderId: holder?.id ?? null };
}

/** How a leader is listed: the name, then the office when known. */
export function leaderLabel(leader: Pick<User, 'name' | 'title'>): string {
  return leader.title ? `${leader.name} — ${leader.title}` : leader.name;
}
