import { addCalendarDays } from '@dondoc/calendar';
import { browserSession } from './support';

/* The work on a task as the unit and the leader see it: reports, returned work, extensions. */

jest.setTimeout(120_000);

const session = browserSession();
const { pageAs } = session;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The demo task whose text contains `q`, as its unit's head sees it. */
async function demoTask(q: string, head: string): Promise<{ id: string; version: number; status: string; progress: number; deadline: string }> {
  const token = await session.api.h.login(head);
  const res = await session.api.h.http().get('/api/tasks').query({ q }).set(auth(token)).expect(200);
  expect(res.body.items).toHaveLength(1);
  return res.body.items[0];
}

beforeEach(() => session.api.h.clock.set(new Date()));

it('unit head: work sent back shows that it was and why where the bar was, not a full green bar', async () => {
  const head = 'truongphong.gddt@dondoc.local';
  const task = await demoTask('nhu cầu bổ sung giáo viên', head);
  const reason = 'Thiếu số liệu của hai trường THCS Lê Thiện và Bắc Sơn';
  await session.api.h
    .http()
    .post(`/api/tasks/${task.id}/updates`)
    .set(auth(await session.api.h.login(head)))
    .send({ status: 'submitted', note: 'Đã tổng hợp xong' })
    .expect(201);
  await session.api.h
    .http()
    .post(`/api/tasks/${task.id}/return`)
    .set(auth(await session.api.h.login('chutich@dondoc.local')))
    .send({ reason })
    .expect(200);

  const page = await pageAs(head);
  await page.goto(`${session.api.baseUrl}/tasks/${task.id}`);
  const returned = page.locator('[data-section="returned"]');
  await returned.getByText(`Lý do: ${reason}`).waitFor();
  await returned.getByText(/Kết quả đã bị trả lại bởi Phạm Việt Hùng/).waitFor();
  await page.locator('[data-status="in_progress"]').first().waitFor();
  await page.getByText('Quá hạn', { exact: true }).first().waitFor();
  expect(await page.locator('.ant-progress').count()).toBe(0);

  // In the list the full bar of work still open is not the green of accepted work.
  await page.goto(`${session.api.baseUrl}/tasks?q=${encodeURIComponent('nhu cầu bổ sung giáo viên')}`);
  const bar = page.getByRole('progressbar', { name: 'Tiến độ' }).first();
  await bar.waitFor();
  expect(await bar.getAttribute('aria-valuenow')).toBe('100');
  expect(await bar.locator(':scope > div > div').getAttribute('style')).toContain('background: rgb(22, 119, 255)');

  // Reported anew, the percent is news again and shows beside the return.
  await page.goto(`${session.api.baseUrl}/tasks/${task.id}`);
  await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
  const report = page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
  await report.getByRole('spinbutton', { name: 'Tiến độ (%)' }).fill('80');
  await report.getByLabel('Nội dung báo cáo').fill('Đã nhận số liệu của trường THCS Lê Thiện.');
  await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await report.waitFor({ state: 'hidden' });
  await page.locator('.ant-progress').getByText('80%').waitFor();
  await returned.getByText(`Lý do: ${reason}`).waitFor();
  expect(await page.locator('.ant-progress-status-success').count()).toBe(0);
});

it('unit head: an empty progress report is refused with the reason and changes nothing', async () => {
  const head = 'truongphong.noivu@dondoc.local';
  const task = await demoTask('kỷ luật, kỷ cương hành chính', head);
  expect(task.status).toBe('assigned');
  const page = await pageAs(head);
  await page.goto(`${session.api.baseUrl}/tasks/${task.id}`);
  await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
  const report = page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
  await report.getByLabel('Nội dung báo cáo').fill('   ');
  await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByText('Báo cáo chưa có nội dung: hãy thay đổi tiến độ, nhập nội dung báo cáo hoặc đính kèm tệp.').waitFor();
  // The dialog stays open for the person to add what was missing.
  await report.getByRole('button', { name: 'Gửi báo cáo' }).waitFor();
  await report.getByRole('button', { name: 'Hủy bỏ' }).click();
  await page.locator('[data-status="assigned"]').first().waitFor();
  const stored = (
    await session.api.h
      .http()
      .get(`/api/tasks/${task.id}`)
      .set(auth(await session.api.h.login(head)))
      .expect(200)
  ).body;
  expect(stored).toMatchObject({ status: 'assigned', version: task.version, updates: [] });
});

/** `2026-12-02` as people type it. */
const typed = (iso: string) => iso.split('-').reverse().join('/');

it('unit head asks for an extension, a past date explained; the leader grants another date; both stand in the timeline', async () => {
  const head = 'truongphong.tckh@dondoc.local';
  const task = await demoTask('phân bổ kinh phí sửa chữa trường học', head);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const asked = addCalendarDays(task.deadline, 20);
  const granted = addCalendarDays(task.deadline, 10);

  const unit = await pageAs(head);
  await unit.goto(`${session.api.baseUrl}/tasks/${task.id}`);
  await unit.getByRole('button', { name: 'Xin gia hạn' }).click();
  const request = unit.getByRole('dialog', { name: 'Xin gia hạn' });
  const date = request.getByLabel('Hạn mới đề nghị');
  await date.click();
  await date.fill(typed(addCalendarDays(today, -1)));
  await date.press('Enter');
  await request.getByText('Hạn mới không thể ở trong quá khứ.').waitFor();
  expect(await date.inputValue()).toBe(typed(addCalendarDays(today, -1)));
  await date.fill(typed(asked));
  await date.press('Enter');
  await request.getByText('Hạn mới không thể ở trong quá khứ.').waitFor({ state: 'detached' });
  await request.getByLabel('Lý do').fill('Chờ Sở Tài chính hướng dẫn định mức sửa chữa.');
  await request.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await unit.getByText('Đã gửi đề nghị gia hạn.').waitFor();
  const asking = unit.locator('[data-extension="request"]');
  await asking.getByText(`Xin gia hạn đến ${typed(asked)}`).waitFor();
  await asking.getByText('Chờ Sở Tài chính hướng dẫn định mức sửa chữa.').waitFor();

  const leader = await pageAs('chutich@dondoc.local');
  await leader.goto(`${session.api.baseUrl}/tasks/${task.id}`);
  await leader.getByRole('button', { name: 'Duyệt' }).click();
  const approve = leader.getByRole('dialog', { name: 'Duyệt gia hạn' });
  const grant = approve.getByLabel('Gia hạn đến');
  expect(await grant.inputValue()).toBe(typed(asked));
  await grant.click();
  await grant.fill(typed(granted));
  await grant.press('Enter');
  await approve.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await leader.getByText('Đã duyệt gia hạn.').waitFor();
  await leader
    .locator('[data-extension="decision"]')
    .getByText(`Duyệt gia hạn đến ${typed(granted)} (đơn vị xin đến ${typed(asked)})`)
    .waitFor();
  await leader
    .locator('[data-extension="request"]')
    .getByText(`Xin gia hạn đến ${typed(asked)}`)
    .waitFor();

  const stored = (
    await session.api.h
      .http()
      .get(`/api/tasks/${task.id}`)
      .set(auth(await session.api.h.login(head)))
      .expect(200)
  ).body;
  expect(stored).toMatchObject({ deadline: granted, extensionCount: 1 });
});
