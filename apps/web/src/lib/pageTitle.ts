const APP_NAME = 'Đôn đốc';

/** How much of a task's text names its tab: enough to tell tasks apart, short enough for the tab. */
const SUBJECT_LENGTH = 60;

/**
 * The window title: what the screen shows first, the app last, so a tab, a bookmark or a screen
 * reader announcing the page starts with what differs (WCAG 2.4.2). Blank parts are left out.
 */
export function pageTitle(...parts: Array<string | null | undefined>): string {
  return [...parts.map((p) => p?.trim()).filter(Boolean), APP_NAME].join(' — ');
}

/** A long text cut at a word, with an ellipsis, for a title. */
export function titleSubject(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SUBJECT_LENGTH) return flat;
  const cut = flat.slice(0, SUBJECT_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUBJECT_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, SUBJECT_LENGTH)).replace(/[\s,;:.–-]+$/, '')}…`;
}
