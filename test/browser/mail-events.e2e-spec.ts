import { getDataSourceToken } from '@nestjs/typeorm';

import type { DataSource } from 'typeorm';
import { browserSession } from './support';

/* The mails about a task are named for the event they report, on the task's timeline and in the admin's failed mail. */

jest.setTimeout(120_000);

const session = browserSession();
const { pageAs } = session;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

it('the timeline says which mail went out: the new task, a granted extension, returned work, not "đã đôn đốc"', async () => {
  const head = 'truongphong.gddt@dondoc.local';
  const token = await session.api.h.login(head);
  const leader = await session.api.h.login('chutich@dondoc.local');
  const [task] = (await session.api.h.http().get('/api/tasks').query({ q: 'nhu cầu bổ sung giáo viên' }).set(auth(token)).expect(200)).body.items;
  const deadline = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const request = await session.api.h
    .http()
    .post(`/api/tasks/${task.id}/extension-requests`)
    .set(auth(token))
    .send({ deadline, reason: 'Chờ số liệu' })
    .expect(201);
  await session.api.h.http().post(`/api/extension-requests/${request.body.id}/decision`).set(auth(leader)).send({ approve: true }).expect(200);
  await session.api.h.http().post(`/api/tasks/${task.id}/updates`).set(auth(token)).send({ status: 'submitted', note: 'Đã tổng hợp xong' }).expect(201);
  await session.api.h.http().post(`/api/tasks/${task.id}/return`).set(auth(leader)).send({ reason: 'Thiếu số liệu' }).expect(200);

  // No worker runs here: the mails are marked as the worker would once they went out, one of them failed.
  const db = session.api.h.app.get<DataSource>(getDataSourceToken());
  const mails: { id: string; kind: string }[] = await db.query(
    `SELECT n.id, n.kind FROM notifications n JOIN reminder_steps r ON n.id = ANY(r.notification_ids) WHERE r.task_id = $1`,
    [task.id],
  );
  // The leader heard of the request and, with the clerk, of the submission; the unit of the decision and the return.
  expect(mails.map((m) => m.kind).sort()).toEqual([
    'extension_approved',
    'extension_requested',
    'task_published',
    'work_returned',
    'work_submitted',
    'work_submitted',
  ]);
  await db.query(`UPDATE notifications SET status = 'sent', sent_at = now() WHERE kind IN ('task_published', 'extension_approved') AND id = ANY($1::uuid[])`, [
    mails.map((m) => m.id),
  ]);
  await db.query(
    `UPDATE notifications SET status = 'failed', last_error = 'SMTP 550: mailbox unavailable' WHERE kind = 'work_returned' AND id = ANY($1::uuid[])`,
    [mails.map((m) => m.id)],
  );

  const page = await pageAs(head);
  await page.goto(`${session.api.baseUrl}/tasks/${task.id}`);
  await page.locator('[data-notification-kind="task_published"]').getByText('Đã giao nhiệm vụ', { exact: true }).waitFor();
  const approved = page.locator('[data-notification-kind="extension_approved"]');
  await approved.getByText('Đã duyệt gia hạn', { exact: true }).waitFor();
  await expect(approved.innerText()).resolves.toMatch(/thư gửi lúc .* tới/);
  await page.locator('[data-notification-kind="work_returned"]').getByText('Trả lại kết quả', { exact: true }).waitFor();
  await expect(page.getByText(/Đã đôn đốc/).count()).resolves.toBe(0);

  const admin = await pageAs('admin@dondoc.local');
  await admin.goto(`${session.api.baseUrl}/admin?tab=failed`);
  const row = admin.getByRole('row', { name: /SMTP 550/ });
  await row.getByRole('cell', { name: 'Trả lại kết quả', exact: true }).waitFor();
});
