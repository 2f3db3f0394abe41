import { browserSession } from './support';

/* Groups of units as people see them: a group's progress on the directive, the education office following its schools. */

jest.setTimeout(120_000);

const session = browserSession();

it("clerk: the notice's page sums the school group whole, 9 of the 12 schools done", async () => {
  const { h, baseUrl } = session.api;
  const db = h.app.get((await import('typeorm')).DataSource);
  const [{ id: notice }] = await db.query(`SELECT id FROM directives WHERE source_text IS NOT NULL AND status = 'published'`);
  const [group] = await db.query(`SELECT id, unit_text FROM assignments WHERE directive_id = $1 AND is_group ORDER BY position LIMIT 1`, [notice]);
  await db.query(
    `UPDATE tasks t SET status = 'done', progress = 100, submitted_on = CURRENT_DATE, completed_at = now()
       FROM assignment_items i WHERE i.id = t.assignment_item_id AND i.assignment_id = $1
        AND t.lead_unit_id IN (SELECT u.id FROM units u JOIN units p ON p.id = u.parent_id WHERE p.code = 'GDDT' ORDER BY u.code LIMIT 9)`,
    [group.id],
  );

  const page = await session.pageAs('vanphong@dondoc.local');
  await page.goto(`${baseUrl}/directives/${notice}`);
  const groups = page.locator('[data-section="groups"]');
  await groups.getByText('9/12 trường đã hoàn thành').waitFor();
  await groups.getByText(group.unit_text).waitFor();
});

it("education office head: follows the schools' tasks from the list, read-only", async () => {
  const { baseUrl } = session.api;
  const page = await session.pageAs('truongphong.gddt@dondoc.local');
  await page.goto(`${baseUrl}/tasks`);
  // antd's segmented control hides its radio inputs behind their labels.
  await page.getByText('Đơn vị trực thuộc (theo dõi)', { exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('scope') === 'subordinates');
  const firstSchoolTask = page
    .getByRole('row')
    .filter({ hasText: /Trường (Mầm non|Tiểu học|THCS)/i })
    .first();
  await firstSchoolTask.waitFor();
  await firstSchoolTask.getByRole('link').first().click();
  await page.locator('[data-section="following"]').getByText('đơn vị của bạn chỉ theo dõi', { exact: false }).waitFor();
  await page.locator('[data-section="comments"]').waitFor();
  expect(await page.getByRole('button', { name: 'Báo cáo tiến độ' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Gửi ý kiến' }).count()).toBe(0);
});

it('education office head: reads a directive that gives only his schools tasks, from the directive list, read-only', async () => {
  const { h, baseUrl } = session.api;
  const clerk = await h.login('vanphong@dondoc.local');
  const units = (
    await h
      .http()
      .get('/api/units')
      .set({ Authorization: `Bearer ${clerk}` })
      .expect(200)
  ).body as { id: string; code: string; parentId: string | null }[];
  const gddt = units.find((u) => u.code === 'GDDT')!.id;
  const schools = units
    .filter((u) => u.parentId === gddt)
    .slice(0, 2)
    .map((u) => u.id);
  const { id } = (
    await h
      .http()
      .post('/api/directives')
      .set({ Authorization: `Bearer ${clerk}` })
      .send({
        number: '77',
        symbol: 'TB-UBND',
        docType: 'Thông báo',
        title: 'Kết luận về an toàn thực phẩm bếp ăn trường học',
        assignments: [
          {
            unitText: 'Hai trường thí điểm',
            unitIds: schools,
            group: true,
            coordinating: [],
            tasks: [{ text: 'Kiểm tra bếp ăn bán trú', deadline: '2027-03-19', deadlineText: null, coordinating: [], recurrence: null }],
          },
        ],
      })
      .expect(201)
  ).body;
  await h
    .http()
    .post(`/api/directives/${id}/publish`)
    .set({ Authorization: `Bearer ${clerk}` })
    .expect(200);

  const page = await session.pageAs('truongphong.gddt@dondoc.local');
  await page.goto(`${baseUrl}/directives`);
  await page
    .getByRole('link', { name: /an toàn thực phẩm bếp ăn trường học/ })
    .first()
    .click();
  await page.getByRole('heading', { name: 'Thông báo số 77/TB-UBND' }).waitFor();
  await page.getByText('Kiểm tra bếp ăn bán trú').first().waitFor();
  expect(await page.getByRole('button', { name: 'Đính chính văn bản' }).count()).toBe(0);
});
