import { browserSession, horizontalOverflow, PHONE, screenshot } from './support';

/*
 * The chairman opens the dashboard on a 390 px phone: what waits for his decision comes first, each
 * item opening its task, and the units follow as cards, the most overdue first, with nothing to
 * scroll sideways.
 */

jest.setTimeout(120_000);

const session = browserSession();

const HEAD = 'truongphong.noivu@dondoc.local';
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

interface ListedTask {
  id: string;
  text: string;
  status: string;
  deadline: string | null;
  leadUnit: { name: string };
}

beforeEach(() => session.api.h.clock.set(new Date()));

it('chairman on a phone: submissions and extensions waiting for him on top, units by overdue, no sideways scroll', async () => {
  const head = await session.api.h.login(HEAD);
  const listed = (await session.api.h.http().get('/api/tasks').query({ pageSize: 200 }).set(auth(head)).expect(200)).body.items as ListedTask[];
  const open = listed.filter((t) => t.leadUnit.name === 'Phòng Nội vụ' && (t.status === 'assigned' || t.status === 'in_progress'));
  // An extension moves a deadline, so it is asked for on a task that has one.
  const toExtend = open.find((t) => t.deadline)!;
  const toSubmit = open.find((t) => t !== toExtend)!;
  expect(toExtend && toSubmit).toBeTruthy();
  await session.api.h
    .http()
    .post(`/api/tasks/${toSubmit.id}/updates`)
    .set(auth(head))
    .send({ status: 'submitted', progress: 100, note: 'Đã hoàn thành, gửi báo cáo' })
    .expect(201);
  const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  await session.api.h
    .http()
    .post(`/api/tasks/${toExtend.id}/extension-requests`)
    .set(auth(head))
    .send({ deadline: later, reason: 'Chờ số liệu của Sở Nội vụ' })
    .expect(201);

  const page = await session.pageAs('chutich@dondoc.local', PHONE);
  await page.goto(`${session.api.baseUrl}/`);
  const waiting = page.getByRole('region', { name: 'Việc chờ đồng chí quyết định' });
  const submissions = waiting.locator('[data-section="submissions-waiting"]');
  const extensions = waiting.locator('[data-section="extensions-waiting"]');
  await submissions.locator(`a[href="/tasks/${toSubmit.id}"]`).waitFor();
  await extensions.locator(`a[href="/tasks/${toExtend.id}"]`).waitFor();
  await expect(extensions.getByText('Chờ số liệu của Sở Nội vụ', { exact: false }).count()).resolves.toBe(1);

  // The block is the first thing under the page title, above the totals and the units.
  const units = page.getByRole('list', { name: 'Nhiệm vụ theo đơn vị', exact: true });
  await units.getByRole('listitem').first().waitFor();
  const waitingTop = (await waiting.boundingBox())!.y;
  expect(waitingTop).toBeLessThan((await units.boundingBox())!.y);
  expect(waitingTop).toBeLessThan((await page.getByText('Tổng số nhiệm vụ').boundingBox())!.y);

  // Each unit card shows overdue, due soon and done on time; the most overdue units come first.
  const cards = await units.getByRole('listitem').all();
  const overdue: number[] = [];
  for (const card of cards) {
    for (const t of ['overdue', 'due_soon', 'done_on_time']) await card.locator(`[data-timeliness="${t}"]`).waitFor();
    overdue.push(Number(await card.locator('[data-timeliness="overdue"] div').first().innerText()));
  }
  expect(new Set(overdue).size).toBeGreaterThan(1);
  expect(overdue).toEqual([...overdue].sort((a, b) => b - a));

  await page.getByRole('list', { name: 'Biểu đồ nhiệm vụ theo đơn vị' }).waitFor();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'phone-dashboard');

  await submissions.locator(`a[href="/tasks/${toSubmit.id}"]`).click();
  await page.waitForURL(`**/tasks/${toSubmit.id}`);
});
