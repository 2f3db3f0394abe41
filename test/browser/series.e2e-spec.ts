import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { addCalendarDays, localDate } from '@dondoc/calendar';
import { CalendarRepository, SeriesRepository } from '@dondoc/database';
import { firstPeriod, nextPeriod } from '@dondoc/domain';
import { SeriesService } from '../../apps/worker/src/series.service';
import { present } from '../support/present';
import { browserSession } from './support';

/* A recurring duty on its task page: the series, each period's record, and the clerk stopping it. */

jest.setTimeout(120_000);

const session = browserSession();
const { pageAs } = session;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const shown = (iso: string) => iso.split('-').reverse().join('/');
const monthLabel = (iso: string) => `Tháng ${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

it("clerk: sees each month's task of a monthly report and stops the series after confirming; the unit reads it without the button", async () => {
  const { h, baseUrl } = session.api;
  const clerk = await h.login('vanphong@dondoc.local');
  const units = (await h.http().get('/api/units').set(auth(clerk)).expect(200)).body as { id: string; code: string }[];
  const text = 'Báo cáo định kỳ kết quả tuyển sinh và sĩ số học sinh';
  const created = (
    await h
      .http()
      .post('/api/directives')
      .set(auth(clerk))
      .send({
        title: 'Chế độ báo cáo định kỳ ngành giáo dục',
        docType: 'Thông báo',
        assignments: [
          {
            unitText: 'Phòng Giáo dục và Đào tạo',
            unitIds: [units.find((u) => u.code === 'GDDT')!.id],
            group: false,
            coordinating: [],
            tasks: [
              {
                text,
                deadline: null,
                deadlineText: 'trước ngày 20 hằng tháng',
                coordinating: [],
                recurrence: 'monthly',
                recurrenceText: 'hằng tháng',
                recurrenceDay: 20,
              },
            ],
          },
        ],
      })
      .expect(201)
  ).body;
  await h.http().post(`/api/directives/${created.id}/publish`).set(auth(clerk)).expect(200);
  const seriesTasks: { id: string }[] = await h.app
    .get<DataSource>(getDataSourceToken())
    .query('SELECT t.id FROM tasks t JOIN task_series s ON s.id = t.series_id WHERE s.directive_id = $1', [created.id]);
  const taskId = present(seriesTasks[0], "the series' first task").id;

  // The worker's job, three days before next month opens, makes that month's task.
  const config = h.app.get<AppConfig>(APP_CONFIG);
  const first = firstPeriod({ recurrence: 'monthly', dueDay: 20, endsOn: null }, localDate(new Date(), config.timezone))!;
  const next = nextPeriod('monthly', first);
  const lateInMonth = { now: () => new Date(`${addCalendarDays(next.start, -3)}T03:00:00Z`) };
  await new SeriesService(h.app.get(getDataSourceToken()), h.app.get(SeriesRepository), h.app.get(CalendarRepository), lateInMonth, config).run();
  const series = (await h.http().get(`/api/tasks/${taskId}`).set(auth(clerk)).expect(200)).body.series;
  expect(series.instances).toHaveLength(2);

  const page = await pageAs('vanphong@dondoc.local');
  await page.goto(`${baseUrl}/tasks/${taskId}`);
  const card = page.locator('[data-section="series"]');
  await card.getByText('Nhiệm vụ định kỳ: hằng tháng').waitFor();
  await card.getByText('ngày 20 hằng tháng').waitFor();
  await card.getByText('khi dừng').waitFor();
  await card.getByRole('cell', { name: monthLabel(first.start) }).waitFor();
  await card.getByRole('cell', { name: shown(series.instances[0].deadline) }).waitFor();
  const nextLink = card.getByRole('link', { name: monthLabel(next.start) });
  await nextLink.waitFor();
  await card.getByRole('cell', { name: shown(series.instances[1].deadline) }).waitFor();

  // Stopping asks first; "Không" leaves it running.
  await card.getByRole('button', { name: 'Dừng định kỳ' }).click();
  let dialog = page.getByRole('dialog', { name: 'Dừng nhiệm vụ định kỳ này?' });
  await dialog.getByText('Sẽ không tạo nhiệm vụ cho các kỳ tiếp theo.', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Không' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect((await h.http().get(`/api/tasks/${taskId}`).set(auth(clerk)).expect(200)).body.series.stoppedAt).toBeNull();

  await card.getByRole('button', { name: 'Dừng định kỳ' }).click();
  dialog = page.getByRole('dialog', { name: 'Dừng nhiệm vụ định kỳ này?' });
  await dialog.getByRole('button', { name: 'Dừng định kỳ' }).click();
  await page.getByText('Đã dừng nhiệm vụ định kỳ').waitFor();
  await card.getByText(/^Đã dừng ngày \d{2}\/\d{2}\/\d{4} \(/).waitFor();
  await card.getByRole('button', { name: 'Dừng định kỳ' }).waitFor({ state: 'detached' });
  // Next month's task, made ahead, is cancelled with the series.
  await card.locator('[data-status="cancelled"]').first().waitFor();

  // The unit sees the series and its periods, with no button to stop it.
  const unit = await pageAs('truongphong.gddt@dondoc.local');
  await unit.goto(`${baseUrl}/tasks/${taskId}`);
  const unitCard = unit.locator('[data-section="series"]');
  await unitCard.getByRole('cell', { name: monthLabel(first.start) }).waitFor();
  expect(await unitCard.getByRole('button', { name: 'Dừng định kỳ' }).count()).toBe(0);
});

it("clerk: sets a monthly duty's due day and end date in the review, and clearing the recurrence clears them", async () => {
  const { h, baseUrl } = session.api;
  const clerk = await h.login('vanphong@dondoc.local');
  const units = (await h.http().get('/api/units').set(auth(clerk)).expect(200)).body as { id: string; code: string }[];
  const draft = (
    await h
      .http()
      .post('/api/directives')
      .set(auth(clerk))
      .send({
        title: 'Chế độ báo cáo thống kê hằng tháng',
        docType: 'Thông báo',
        assignments: [
          {
            unitText: 'Phòng Tài chính - Kế hoạch',
            unitIds: [units.find((u) => u.code === 'TCKH')!.id],
            group: false,
            coordinating: [],
            tasks: [
              {
                text: 'Báo cáo tình hình giải ngân vốn đầu tư công',
                deadline: null,
                deadlineText: null,
                coordinating: [],
                recurrence: 'monthly',
                recurrenceText: 'hằng tháng',
              },
            ],
          },
        ],
      })
      .expect(201)
  ).body;
  const stored = async () => (await h.http().get(`/api/directives/${draft.id}`).set(auth(clerk)).expect(200)).body.assignments[0].tasks[0];

  const page = await pageAs('vanphong@dondoc.local');
  await page.goto(`${baseUrl}/directives/${draft.id}`);
  await page.getByLabel('Hạn mỗi kỳ (ngày của tháng cuối kỳ)').fill('20');
  const ends = page.getByLabel('Kết thúc định kỳ');
  await ends.click();
  await ends.fill('31/12/2027');
  await ends.press('Enter');
  await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
  await page.getByText('Đã lưu nháp.').waitFor();
  expect(await stored()).toMatchObject({ recurrence: 'monthly', recurrenceDay: 20, recurrenceEndsOn: '2027-12-31' });

  // "Lặp lại" back to none: the due day and the end date go with it.
  await page.getByRole('combobox', { name: 'Lặp lại' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Không lặp lại' }).first().click();
  await page.getByLabel('Kết thúc định kỳ').waitFor({ state: 'detached' });
  await page.getByText('Đã lưu nháp.').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
  await page.getByText('Đã lưu nháp.').waitFor();
  const cleared = await stored();
  expect(cleared.recurrence).toBeNull();
  expect(cleared).not.toHaveProperty('recurrenceDay');
  expect(cleared).not.toHaveProperty('recurrenceEndsOn');
});

it('clerk: sets a yearly duty\'s due day and month in the review: "trước ngày 31/3 hằng năm"', async () => {
  const { h, baseUrl } = session.api;
  const clerk = await h.login('vanphong@dondoc.local');
  const units = (await h.http().get('/api/units').set(auth(clerk)).expect(200)).body as { id: string; code: string }[];
  const draft = (
    await h
      .http()
      .post('/api/directives')
      .set(auth(clerk))
      .send({
        title: 'Chế độ báo cáo quyết toán năm',
        docType: 'Thông báo',
        assignments: [
          {
            unitText: 'Phòng Tài chính - Kế hoạch',
            unitIds: [units.find((u) => u.code === 'TCKH')!.id],
            group: false,
            coordinating: [],
            tasks: [
              {
                text: 'Báo cáo quyết toán ngân sách năm trước',
                deadline: null,
                deadlineText: null,
                coordinating: [],
                recurrence: 'yearly',
                recurrenceText: 'hằng năm',
              },
            ],
          },
        ],
      })
      .expect(201)
  ).body;
  const stored = async () => (await h.http().get(`/api/directives/${draft.id}`).set(auth(clerk)).expect(200)).body.assignments[0].tasks[0];

  const page = await pageAs('vanphong@dondoc.local');
  await page.goto(`${baseUrl}/directives/${draft.id}`);
  await page.getByLabel('Hạn mỗi năm (ngày)').fill('31');
  await page.getByLabel('Tháng đến hạn').fill('3');
  await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
  await page.getByText('Đã lưu nháp.').waitFor();
  expect(await stored()).toMatchObject({ recurrence: 'yearly', recurrenceDay: 31, recurrenceMonth: 3 });
});
