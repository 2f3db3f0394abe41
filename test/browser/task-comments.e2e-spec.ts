import { browserSession } from './support';

/* Comments on a task page: the leader's direction, the lead unit's answer. */

jest.setTimeout(120_000);

const session = browserSession();
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

it("leader gives a direction on the task page; the lead unit's head reads it, is mailed, and answers", async () => {
  const { h, baseUrl } = session.api;
  const head = 'truongphong.noivu@dondoc.local';
  const [task] = (
    await h
      .http()
      .get('/api/tasks')
      .query({ q: 'kỷ luật, kỷ cương hành chính' })
      .set(auth(await h.login(head)))
      .expect(200)
  ).body.items;
  const direction = 'Đề nghị Phòng Nội vụ kiểm tra đột xuất tại các trường, báo cáo kết quả trong tháng.';

  const leader = await session.pageAs('chutich@dondoc.local');
  await leader.goto(`${baseUrl}/tasks/${task.id}`);
  const comments = leader.locator('[data-section="comments"]');
  await comments.getByText('Chưa có ý kiến nào').waitFor();
  await comments.getByRole('button', { name: 'Gửi ý kiến chỉ đạo' }).click();
  await comments.getByText('Vui lòng nhập nội dung ý kiến.').waitFor();
  await comments.getByLabel('Ý kiến chỉ đạo').fill(direction);
  await comments.getByRole('button', { name: 'Gửi ý kiến chỉ đạo' }).click();
  await comments.locator('[data-comment-role="leader"]').getByText(direction).waitFor();
  await comments.getByText('Ý kiến trao đổi (1)').waitFor();

  const mailed = await h.app
    .get((await import('typeorm')).DataSource)
    .query(`SELECT recipient_email FROM notifications WHERE kind = 'leader_comment' AND items @> $1::jsonb`, [JSON.stringify([{ taskId: task.id }])]);
  expect(mailed).toEqual([{ recipient_email: head }]);

  const unit = await session.pageAs(head);
  await unit.goto(`${baseUrl}/tasks/${task.id}`);
  const theirs = unit.locator('[data-section="comments"]');
  const given = theirs.locator('[data-comment-role="leader"]');
  await given.getByText('Ý kiến chỉ đạo', { exact: true }).waitFor();
  await given.getByText(direction).waitFor();
  await theirs.getByLabel('Ý kiến của đơn vị').fill('Phòng Nội vụ tiếp thu, sẽ kiểm tra trong tuần tới.');
  await theirs.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await theirs.locator('[data-comment-role="unit_head"]').getByText('Phòng Nội vụ tiếp thu, sẽ kiểm tra trong tuần tới.').waitFor();
  // The answer is a comment, not a report: the task is still only assigned.
  await unit.locator('[data-status="assigned"]').first().waitFor();
});
