import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { accessibilityViolations, describeViolations } from './axe';
import { browserSession, DESKTOP, PHONE } from './support';

/*
 * Every main screen, as each role that works on it sees it, at 1366 px and on a 390 px phone, and
 * the dialogs and menus opened from them: axe-core finds no serious or critical WCAG 2.1 AA
 * violation (contrast, names of controls and fields, keyboard reach of scrolled areas), no
 * placeholder is fainter than 4.5:1, nothing clickable is out of the keyboard's reach, and the
 * window title names the screen. One test per role and
 * width checks all of its screens and reports everything it found, not only the first screen's.
 */

jest.setTimeout(240_000);

const session = browserSession();
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const NOTICE = readFileSync(join(__dirname, '../fixtures/directives/an-duong-2023-tb-ket-luan-giao-duc.txt'), 'utf8');

/** A task or directive a screen opens, and the window title that names it. */
interface Opened {
  id: string;
  title: string | RegExp;
}

interface Screen {
  name: string;
  path: string;
  title: string | RegExp;
  /** What the person does on the screen before it is checked, beyond waiting for it to load. */
  act?: (page: Page) => Promise<void>;
  /** Only where the layout has it: the menu drawer is a phone's. */
  phoneOnly?: boolean;
}

interface Ids {
  directive: Opened;
  task: Opened;
  headTask: Opened;
  headDirective: Opened;
}

const openDialog =
  (button: string, dialog = button) =>
  async (page: Page) => {
    await page.getByRole('button', { name: button }).first().click();
    await page.getByRole('dialog', { name: dialog }).waitFor();
  };

function screens(role: string, ids: Ids): Screen[] {
  const screen = (name: string, path: string, title: string | RegExp, more: Partial<Screen> = {}): Screen => ({ name, path, title, ...more });
  const tasks = screen('task list', '/tasks', 'Nhiệm vụ — Đôn đốc');
  const directives = screen('directive list', '/directives', 'Văn bản chỉ đạo — Đôn đốc');
  const dashboard = screen('dashboard and reports', '/dashboard', 'Tổng hợp tình hình thực hiện — Đôn đốc');
  const task = (opened: Opened, more: Partial<Screen> = {}) => screen('task detail', `/tasks/${opened.id}`, opened.title, more);
  const directive = (opened: Opened) => screen('directive detail', `/directives/${opened.id}`, opened.title);
  const menu = screen('menu drawer', '/tasks', 'Nhiệm vụ — Đôn đốc', {
    phoneOnly: true,
    act: async (page) => {
      await page.getByRole('button', { name: 'Mở menu' }).click();
      await page.getByRole('dialog').getByRole('menu').waitFor();
    },
  });
  switch (role) {
    case 'clerk':
      return [
        directives,
        directive(ids.directive),
        screen('parse and review', '/directives/new', 'Nhập văn bản chỉ đạo — Đôn đốc', {
          act: async (page) => {
            await page.getByRole('textbox', { name: 'Nội dung văn bản' }).fill(NOTICE);
            await page.getByRole('button', { name: 'Phân tích' }).click();
            await page.getByText('Mục 5', { exact: true }).waitFor();
          },
        }),
        tasks,
        task(ids.task),
        dashboard,
        menu,
      ];
    case 'leader':
      return [dashboard, tasks, task(ids.task), directives, directive(ids.directive)];
    case 'unit head':
      return [
        tasks,
        task(ids.headTask),
        task(ids.headTask, { name: 'progress report dialog', act: openDialog('Báo cáo tiến độ') }),
        task(ids.headTask, { name: 'extension request dialog', act: openDialog('Xin gia hạn') }),
        directives,
        directive(ids.headDirective),
        menu,
      ];
    default:
      return [
        ...[
          ['units', 'Đơn vị'],
          ['users', 'Người dùng'],
          ['holidays', 'Lịch nghỉ'],
          ['policy', 'Chính sách nhắc việc'],
          ['failed', 'Thư lỗi'],
          ['mail', 'Hộp thư thử'],
          ['queues', 'Hàng đợi'],
          ['audit', 'Nhật ký thay đổi'],
        ].map(([tab, label]) => screen(`admin: ${label}`, `/admin?tab=${tab}`, `${label} — Quản trị — Đôn đốc`)),
        screen('new user dialog', '/admin?tab=users', 'Người dùng — Quản trị — Đôn đốc', { act: openDialog('Thêm người dùng') }),
        screen('new unit dialog', '/admin?tab=units', 'Đơn vị — Quản trị — Đôn đốc', { act: openDialog('Thêm đơn vị') }),
        dashboard,
        directives,
      ];
  }
}

interface Listed {
  id: string;
  text: string;
  status: string;
  deadline: string | null;
  directive: { id: string } | null;
}

/** A task's window title begins with its text (the app cuts a long one). */
const taskOpened = (t: Listed): Opened => ({
  id: t.id,
  title: new RegExp(
    `^Nhiệm vụ: ${t.text
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 20)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* — Đôn đốc$`,
  ),
});

let ids: Ids;

beforeAll(async () => {
  const { h } = session.api;
  const clerk = await h.login('vanphong@dondoc.local');
  const head = await h.login('truongphong.noivu@dondoc.local');
  const directiveOpened = async (id: string): Promise<Opened> => {
    const d = (await h.http().get(`/api/directives/${id}`).set(auth(clerk)).expect(200)).body;
    const number = [d.number, d.symbol].filter(Boolean).join('/');
    return { id, title: `${d.docType ?? 'Văn bản'}${number ? ` số ${number}` : ''} — Đôn đốc` };
  };
  const directives = (await h.http().get('/api/directives').set(auth(clerk)).expect(200)).body.items as { id: string; status: string }[];
  const task = (await h.http().get('/api/tasks').query({ pageSize: 1 }).set(auth(clerk)).expect(200)).body.items[0] as Listed;
  const headTasks = (await h.http().get('/api/tasks').query({ pageSize: 100 }).set(auth(head)).expect(200)).body.items as Listed[];
  // Open, from a directive, with a deadline: its head may report on it and ask for more time.
  const headTask = headTasks.find((t) => (t.status === 'assigned' || t.status === 'in_progress') && t.directive && t.deadline)!;
  ids = {
    directive: await directiveOpened(directives.find((d) => d.status === 'published')!.id),
    task: taskOpened(task),
    headTask: taskOpened(headTask),
    headDirective: await directiveOpened(headTask.directive!.id),
  };
});

const SIZES: [string, BrowserContextOptions][] = [
  ['1366 px', DESKTOP],
  ['390 px', PHONE],
];

it.each(SIZES)('sign-in screen at %s, and its errors: no serious WCAG 2.1 AA violation, a title naming it', async (_size, options) => {
  const page = await session.newPage(options);
  await page.goto(`${session.api.baseUrl}/login`);
  await page.getByLabel('Email').waitFor();
  expect(await page.title()).toBe('Đăng nhập — Đôn đốc');
  const empty = await accessibilityViolations(page);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Vui lòng nhập email.').waitFor();
  const refused = await accessibilityViolations(page);
  if (empty.length || refused.length) throw new Error(`sign-in:\n${describeViolations([...empty, ...refused])}`);
});

const ROLES: [string, string][] = [
  ['clerk', 'vanphong@dondoc.local'],
  ['leader', 'chutich@dondoc.local'],
  ['unit head', 'truongphong.noivu@dondoc.local'],
  ['admin', 'admin@dondoc.local'],
];

describe.each(ROLES)('%s', (role, email) => {
  it.each(SIZES)('every screen at %s: no serious WCAG 2.1 AA violation, a title naming it', async (size, options) => {
    const page = await session.pageAs(email, options);
    const problems: string[] = [];
    for (const screen of screens(role, ids).filter((s) => !s.phoneOnly || options === PHONE)) {
      await page.goto(`${session.api.baseUrl}${screen.path}`);
      await screen.act?.(page);
      // Checked once the screen has settled: a detail's title names what it has loaded.
      const violations = await accessibilityViolations(page);
      if (violations.length) problems.push(`${screen.name} (${screen.path}):\n${describeViolations(violations)}`);
      const title = await page.title();
      const titled = typeof screen.title === 'string' ? title === screen.title : screen.title.test(title);
      if (!titled) problems.push(`${screen.name} (${screen.path}): the window title is "${title}", expected ${String(screen.title)}`);
    }
    if (problems.length) throw new Error(`${role} at ${size}:\n${problems.join('\n')}`);
  });
});
