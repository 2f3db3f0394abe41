import { startReminders, type RemindersHarness, vietnamTime } from './reminders-harness';

/*
 * While an extension request waits for a decision, the escalation to leaders pauses (the leader
 * has the request in hand); the unit's own overdue reminders go on. It resumes the day after a refusal.
 */

const at = (date: string, local = '07:30') => vietnamTime(date, local);
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

let h: RemindersHarness;
let leader: string, gddt: string;
beforeAll(async () => {
  h = await startReminders({ now: at('2026-11-20', '10:00') });
  [leader, gddt] = await Promise.all([h.api.login('chutich@dondoc.local'), h.api.login('truongphong.gddt@dondoc.local')]);
});
afterAll(() => h.close());

const settled = () =>
  h.waitFor(
    async () => Number((await h.db.query(`SELECT count(*) AS n FROM notifications WHERE status IN ('pending', 'sending')`))[0].n) === 0,
    'the outbox to drain',
  );
/** The reminder steps recorded for the task, by track. */
async function steps(taskId: string, track: string): Promise<string[]> {
  const rows: { step: string }[] = await h.db.query(`SELECT step FROM reminder_steps WHERE task_id = $1 AND track = $2 ORDER BY created_at, step`, [
    taskId,
    track,
  ]);
  return rows.map((r) => r.step);
}

it("holds the leader's escalation while a request waits and on the day it is refused, not the unit's reminders", async () => {
  // Due Friday 04/12/2026: escalation to the leader in charge at 3 working days overdue, Wednesday 09/12.
  const [taskId] = await h.publish([{ unit: 'GDDT', text: 'Báo cáo kết quả kiểm tra cơ sở vật chất', deadline: '2026-12-04' }]);
  await settled();
  h.clock.set(at('2026-12-08', '10:00'));
  const request = (
    await h.api.http().post(`/api/tasks/${taskId}/extension-requests`).set(auth(gddt)).send({ deadline: '2026-12-18', reason: 'Chờ số liệu' }).expect(201)
  ).body;

  h.clock.set(at('2026-12-09'));
  await h.sweep();
  await settled();
  expect(await steps(taskId, 'leader')).toEqual([]);
  expect((await steps(taskId, 'unit')).length).toBeGreaterThan(0);

  h.clock.set(at('2026-12-09', '09:00'));
  await h.api.http().post(`/api/extension-requests/${request.id}/decision`).set(auth(leader)).send({ approve: false, note: 'Không đồng ý' }).expect(200);
  h.clock.set(at('2026-12-09', '09:30'));
  await h.sweep();
  await settled();
  expect(await steps(taskId, 'leader')).toEqual([]);

  // The next day it resumes, with the step due then (no burst of the ones held).
  h.clock.set(at('2026-12-10'));
  await h.sweep();
  await settled();
  expect(await steps(taskId, 'leader')).toEqual(['escalate-3']);
});
