import type { Recurrence } from '@dondoc/domain';
import { DirectiveDraftsService } from '../apps/api/src/directives/directive-drafts.service';
import { SeriesService } from '../apps/worker/src/series.service';
import { startReminders, type RemindersHarness, vietnamTime } from './reminders-harness';
import { present } from './support/present';

/*
 * Recurring duties: a monthly report "trước ngày 20 hằng tháng" published in January 2026 is one
 * task per month, each made a week before its month opens by the worker's job (the clock set, never
 * waited for), due on the 20th or the next working day, until the series' end or until it is stopped.
 */

const at = (date: string, local = '08:00') => vietnamTime(date, local);
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

let h: RemindersHarness;
let clerk: string, gddt: string;
beforeAll(async () => {
  h = await startReminders({ now: at('2026-01-05') });
  [clerk, gddt] = await Promise.all([h.api.login('vanphong@dondoc.local'), h.api.login('truongphong.gddt@dondoc.local')]);
});
afterAll(() => h.close());

const makePeriods = () => h.worker().get(SeriesService).run();

/** Publishes one recurring duty of a unit; returns its series and its first task. */
async function publishDuty(text: string, unit: string, recurrence: Recurrence, recurrenceDay: number | null, recurrenceEndsOn: string | null) {
  const directives = h.api.app.get(DirectiveDraftsService);
  const created = await directives.create(
    {
      number: '7',
      symbol: 'TB-UBND',
      docType: 'Thông báo',
      issuer: 'UBND huyện',
      date: '2026-01-05',
      title: 'Chế độ báo cáo định kỳ',
      signer: null,
      recipients: [],
      leaderInChargeId: h.people.leader.id,
      clerkId: h.people.clerk.id,
      assignments: [
        {
          unitText: unit,
          unitIds: [h.units[unit]],
          group: false,
          coordinating: [],
          tasks: [
            {
              text,
              deadline: null,
              deadlineText: 'trước ngày 20 hằng tháng',
              coordinating: [],
              recurrence,
              recurrenceText: 'hằng tháng',
              recurrenceDay,
              recurrenceEndsOn,
            },
          ],
        },
      ],
    } as never,
    h.people.clerk,
  );
  await directives.publish(created.id, h.people.clerk);
  const rows: { seriesId: string; taskId: string }[] = await h.db.query(`SELECT series_id AS "seriesId", id AS "taskId" FROM tasks WHERE directive_id = $1`, [
    created.id,
  ]);
  return present(rows[0], "the duty's first task");
}

/** Each period's task of the series: its period, deadlines and status. */
async function instances(seriesId: string): Promise<{ period: string; stated: string; deadline: string; status: string }[]> {
  return h.db.query(
    `SELECT to_char(period_start, 'YYYY-MM') AS period, to_char(stated_deadline, 'YYYY-MM-DD') AS stated,
            to_char(deadline, 'YYYY-MM-DD') AS deadline, status
       FROM tasks WHERE series_id = $1 ORDER BY period_start`,
    [seriesId],
  );
}

it('makes one task per month before each month opens, due on the 20th or the next working day, none after the end date', async () => {
  const { seriesId, taskId } = await publishDuty('Báo cáo định kỳ tiến độ số hóa học bạ', 'GDDT', 'monthly', 20, '2026-04-30');
  expect(await instances(seriesId)).toEqual([{ period: '2026-01', stated: '2026-01-20', deadline: '2026-01-20', status: 'assigned' }]);

  // More than a week before February opens: nothing yet.
  h.clock.set(at('2026-01-20'));
  await makePeriods();
  expect(await instances(seriesId)).toHaveLength(1);

  // A week before: February's task, due Friday 20/02/2026, a day of the Tết holiday: in force Monday 23/02.
  h.clock.set(at('2026-01-25'));
  await makePeriods();
  const february = (await instances(seriesId))[1];
  expect(february).toEqual({ period: '2026-02', stated: '2026-02-20', deadline: '2026-02-23', status: 'assigned' });

  // The job run again, and two runs at once, make nothing twice.
  await makePeriods();
  await Promise.all([makePeriods(), makePeriods()]);
  expect((await instances(seriesId)).map((i) => i.period)).toEqual(['2026-01', '2026-02']);

  // The new task's reminders are planned like any task's: it is on the reminder schedule.
  const februaryTasks: { id: string }[] = await h.db.query(`SELECT id FROM tasks WHERE series_id = $1 AND period_start = '2026-02-01'`, [seriesId]);
  const febId = present(februaryTasks[0], "February's task").id;
  const schedule: { next: string }[] = await h.db.query(`SELECT to_char(next_on, 'YYYY-MM-DD') AS next FROM reminder_schedule WHERE task_id = $1`, [febId]);
  expect(schedule).toHaveLength(1);

  // A worker down through March: the missed periods are made once each, and nothing after the end date (30/04/2026).
  h.clock.set(at('2026-06-10'));
  await makePeriods();
  await makePeriods();
  expect(await instances(seriesId)).toEqual([
    { period: '2026-01', stated: '2026-01-20', deadline: '2026-01-20', status: 'assigned' },
    { period: '2026-02', stated: '2026-02-20', deadline: '2026-02-23', status: 'assigned' },
    { period: '2026-03', stated: '2026-03-20', deadline: '2026-03-20', status: 'assigned' },
    { period: '2026-04', stated: '2026-04-20', deadline: '2026-04-20', status: 'assigned' },
  ]);

  // The task page shows the series and each period's record; the unit reads it too, without stopping it.
  const page = (await h.api.http().get(`/api/tasks/${taskId}`).set(auth(gddt)).expect(200)).body;
  expect(page.series).toMatchObject({ id: seriesId, recurrence: 'monthly', dueDay: 20, endsOn: '2026-04-30', nextPeriodStart: null, stoppedAt: null });
  expect(page.series.instances.map((i: { deadline: string; timeliness: string }) => [i.deadline, i.timeliness])).toEqual([
    ['2026-01-20', 'overdue'],
    ['2026-02-23', 'overdue'],
    ['2026-03-20', 'overdue'],
    ['2026-04-20', 'overdue'],
  ]);
  expect(page.permissions.stopSeries).toBe(false);

  // The list and the statistics count each period's task.
  const list = (await h.api.http().get('/api/tasks').query({ q: 'tiến độ số hóa học bạ' }).set(auth(clerk)).expect(200)).body;
  expect(list.total).toBe(4);
});

it('makes nothing once the clerk stops the series, and cancels the task made ahead for a month not yet open', async () => {
  h.clock.set(at('2026-06-10'));
  const { seriesId, taskId } = await publishDuty('Báo cáo công tác cải cách hành chính', 'NV', 'monthly', null, null);
  expect(await instances(seriesId)).toEqual([{ period: '2026-06', stated: '2026-06-30', deadline: '2026-06-30', status: 'assigned' }]);

  h.clock.set(at('2026-06-25'));
  await makePeriods();
  expect((await instances(seriesId)).map((i) => i.period)).toEqual(['2026-06', '2026-07']);

  const page = (await h.api.http().get(`/api/tasks/${taskId}`).set(auth(clerk)).expect(200)).body;
  expect(page.permissions.stopSeries).toBe(true);
  await h.api.http().post(`/api/series/${seriesId}/stop`).set(auth(gddt)).expect(403);
  // A leader who is not in charge of it (the deputy; the chairman is) may not stop it either.
  const deputy = await h.api.login('phochutich@dondoc.local');
  const refused = await h.api.http().post(`/api/series/${seriesId}/stop`).set(auth(deputy)).expect(403);
  expect(refused.body.message).toBe('Chỉ lãnh đạo phụ trách, Chủ tịch hoặc chuyên viên theo dõi nhiệm vụ mới dừng được nhiệm vụ định kỳ');
  const stopped = (await h.api.http().post(`/api/series/${seriesId}/stop`).set(auth(clerk)).expect(200)).body;
  expect(stopped.cancelledTaskIds).toHaveLength(1);
  const again = await h.api.http().post(`/api/series/${seriesId}/stop`).set(auth(clerk)).expect(409);
  expect(again.body.message).toBe('Nhiệm vụ định kỳ này đã dừng');

  h.clock.set(at('2026-09-10'));
  await makePeriods();
  expect(await instances(seriesId)).toEqual([
    { period: '2026-06', stated: '2026-06-30', deadline: '2026-06-30', status: 'assigned' },
    { period: '2026-07', stated: '2026-07-31', deadline: '2026-07-31', status: 'cancelled' },
  ]);
  const after = (await h.api.http().get(`/api/tasks/${taskId}`).set(auth(clerk)).expect(200)).body;
  expect(after.series.stoppedBy).toEqual({ id: h.people.clerk.id, name: h.people.clerk.name });
  expect(after.permissions.stopSeries).toBe(false);
});

it('keeps a yearly duty\'s due month: "trước ngày 31/3 hằng năm" falls due in March, "trước ngày 15/12" in December', async () => {
  h.clock.set(at('2026-09-10'));
  const yearly = (text: string, recurrenceDay: number, recurrenceMonth: number) => ({
    text,
    deadline: null,
    deadlineText: null,
    coordinating: [],
    recurrence: 'yearly',
    recurrenceText: 'hằng năm',
    recurrenceDay,
    recurrenceMonth,
  });
  const { body: created } = await h.api
    .http()
    .post('/api/directives')
    .set(auth(clerk))
    .send({
      number: '8',
      symbol: 'TB-UBND',
      docType: 'Thông báo',
      issuer: 'UBND huyện',
      date: '2026-09-10',
      title: 'Chế độ báo cáo năm',
      signer: null,
      recipients: [],
      assignments: [
        {
          unitText: 'Phòng Tài chính - Kế hoạch',
          unitIds: [h.units.TCKH],
          group: false,
          coordinating: [],
          tasks: [yearly('Báo cáo quyết toán ngân sách năm trước', 31, 3), yearly('Báo cáo tổng kết công tác năm', 15, 12)],
        },
      ],
    })
    .expect(201);
  expect(created.assignments[0].tasks.map((t: { recurrenceMonth: number }) => t.recurrenceMonth)).toEqual([3, 12]);
  await h.api.http().post(`/api/directives/${created.id}/publish`).set(auth(clerk)).expect(200);
  const series: { seriesId: string; text: string; taskId: string }[] = await h.db.query(
    `SELECT series_id AS "seriesId", text, id AS "taskId" FROM tasks WHERE directive_id = $1 ORDER BY text`,
    [created.id],
  );
  const [march, december] = [series.find((s) => s.text.includes('quyết toán'))!, series.find((s) => s.text.includes('tổng kết'))!];
  // 31/03/2026 has passed on 10/09/2026: the first period is 2027's. 15/12/2026 is still ahead: this year's.
  expect(await instances(march.seriesId)).toEqual([{ period: '2027-01', stated: '2027-03-31', deadline: '2027-03-31', status: 'assigned' }]);
  expect(await instances(december.seriesId)).toEqual([{ period: '2026-01', stated: '2026-12-15', deadline: '2026-12-15', status: 'assigned' }]);

  // A leader put in charge by a correction meanwhile: the periods made after it are his too.
  await h.api.http().patch(`/api/directives/${created.id}/header`).set(auth(clerk)).send({ leaderInChargeId: h.people.leader.id }).expect(200);
  // The worker makes the next year's task a week before the year opens, on the series' own month.
  h.clock.set(at('2027-12-26'));
  await makePeriods();
  expect((await instances(march.seriesId)).map((i) => i.stated)).toEqual(['2027-03-31', '2028-03-31']);
  const leaders: { leader: string | null }[] = await h.db.query(`SELECT leader_in_charge_id AS leader FROM tasks WHERE series_id = $1`, [march.seriesId]);
  expect(leaders.map((row) => row.leader)).toEqual([h.people.leader.id, h.people.leader.id]);
  expect((await instances(december.seriesId)).map((i) => i.stated)).toEqual(['2026-12-15', '2027-12-15', '2028-12-15']);
  const page = (await h.api.http().get(`/api/tasks/${march.taskId}`).set(auth(clerk)).expect(200)).body;
  expect(page.series).toMatchObject({ recurrence: 'yearly', dueDay: 31, dueMonth: 3 });
});

it('refuses a weekly duty whose due day is no day of the week, in Vietnamese', async () => {
  await expect(publishDuty('Báo cáo tuần', 'TCKH', 'weekly', 9, null)).rejects.toThrow('từ 1 (thứ Hai) đến 7 (Chủ nhật)');
});

it("runs as the worker's job scheduler on the reminders queue", async () => {
  h.clock.set(at('2026-09-10'));
  const { seriesId } = await publishDuty('Báo cáo tuần công tác phòng chống dịch', 'YT', 'weekly', 5, null);
  // Thursday 10/09: publishing makes this week's task (due Friday 11/09); the next weeks are the job's.
  expect((await instances(seriesId)).map((i) => i.deadline)).toEqual(['2026-09-11']);
  h.clock.set(at('2026-09-14'));
  await h.startWorker({ schedule: true });
  await h.waitFor(async () => (await instances(seriesId)).length >= 3, 'the scheduled job to make the next weeks');
  expect((await instances(seriesId)).map((i) => i.deadline)).toEqual(['2026-09-11', '2026-09-18', '2026-09-25']);
});
