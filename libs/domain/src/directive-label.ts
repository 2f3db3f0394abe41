import { formatDate } from './dates';

/** What a directive is named by, in mails and on screens alike. */
export interface DirectiveNaming {
  docType?: string | null;
  number: string | null;
  symbol: string | null;
  /** ISO date. */
  date?: string | null;
}

/** `15/TB-UBND`, as a document writes its `Số:` line; whichever of the two it has, or ''. */
export function numberAndSymbol(directive: DirectiveNaming): string {
  return [directive.number, directive.symbol].filter(Boolean).join('/');
}

/**
 * `Thông báo số 15/TB-UBND`: its type, then its number and symbol as the document writes them.
 * With no type it is a `Văn bản`, and with neither number nor symbol the type alone names it.
 */
export function directiveName(directive: DirectiveNaming): string {
  const number = numberAndSymbol(directive);
  return `${directive.docType || 'Văn bản'}${number ? ` số ${number}` : ''}`;
}

/**
 * `Thông báo số 15/TB-UBND ngày 20/11/2026`: the name and, where it has one, the date. Mails and
 * screens both name a directive by it, so a mail and the page it links to agree.
 */
export function directiveLabel(directive: DirectiveNaming): string {
  const name = directiveName(directive);
  return directive.date ? `${name} ngày ${formatDate(directive.date)}` : name;
}
