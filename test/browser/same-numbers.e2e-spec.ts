import { browserSession } from './support';

/* One vocabulary and one count: the status names the reports use, and late work awaiting review overdue everywhere. */

jest.setTimeout(120_000);

const session = browserSession();
const { pageAs } = session;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

it('leader: reads the statuses by the names the reports use', async () => {
  const page = await pageAs('chutich@dondoc.local');
  await page.goto(`${session.api.baseUrl}/tasks?status=assigned`);
  await expect(page.locator('[data-status="assigned"]').first().innerText()).resolves.toBe('Đã giao');
  await page.goto(`${session.api.baseUrl}/tasks?status=done`);
  await expect(page.locator('[data-status="done"]').first().innerText()).resolves.toBe('Đã hoàn thành');
  await expect(page.getByText('Mới giao').count()).resolves.toBe(0);
});

it("leader: late work awaiting review is overdue on its row, its page and in its directive's count", async () => {
  const head = 'truongphong.gddt@dondoc.local';
  const token = await session.api.h.login(head);
  const [task] = (await session.api.h.http().get('/api/tasks').query({ q: 'nhu cầu bổ sung giáo viên' }).set(auth(token)).expect(200)).body.items;
  expect(task.timeliness).toBe('overdue');
  await session.api.h.http().post(`/api/tasks/${task.id}/updates`).set(auth(token)).send({ status: 'submitted', note: 'Đã tổng hợp xong' }).expect(201);

  const leader = await session.api.h.login('chutich@dondoc.local');
  const overdue = (
    await session.api.h.http().get('/api/tasks').query({ directiveId: task.directive.id, timeliness: 'overdue', pageSize: 100 }).set(auth(leader)).expect(200)
  ).body;
  expect(overdue.items.map((t: { id: string }) => t.id)).toContain(task.id);

  const page = await pageAs('chutich@dondoc.local');
  await page.goto(`${session.api.baseUrl}/tasks?q=${encodeURIComponent('nhu cầu bổ sung giáo viên')}`);
  const row = page.getByRole('row', { name: /nhu cầu bổ sung giáo viên/ });
  await row.locator('[data-timeliness="overdue"]').waitFor();
  await row.locator('[data-status="submitted"]').waitFor();

  await page.goto(`${session.api.baseUrl}/tasks/${task.id}`);
  await page.locator('[data-timeliness="overdue"]').first().waitFor();

  await page.goto(`${session.api.baseUrl}/directives`);
  const count = page.locator(`a[href="/tasks?directiveId=${task.directive.id}&timeliness=overdue"]`);
  await expect(count.innerText()).resolves.toBe(`${overdue.total} quá hạn`);
});
