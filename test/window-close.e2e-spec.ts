import { RuntimeService, startReminders, type RemindersHarness, vietnamTime } from './reminders-harness';

/*
 * The morning window closes (11:30 by default): a digest not sent by then waits for the next
 * working morning instead of arriving in the afternoon or at night.
 */

const at = (date: string, local = '07:30') => vietnamTime(date, local);

let h: RemindersHarness;
beforeAll(async () => {
  h = await startReminders({ now: at('2026-11-20', '10:00') });
});
afterAll(() => h.close());

const digests = () =>
  h.db.query(`SELECT id, status, send_after FROM notifications WHERE kind = 'digest' ORDER BY key`) as Promise<
    { id: string; status: string; send_after: Date | null }[]
  >;

it('holds a digest planned in the window but not sent before it closed, and sends it on the next working morning', async () => {
  await h.publish([{ unit: 'GDDT', text: 'Báo cáo tình hình tuyển sinh', deadline: '2026-12-04' }]);
  await h.waitFor(
    async () => Number((await h.db.query(`SELECT count(*) AS n FROM notifications WHERE status IN ('pending', 'sending')`))[0].n) === 0,
    'the new-task mail',
  );
  // The worker that would deliver is down: Friday's digest is planned at 11:00 and waits in the queue.
  await h.worker().get(RuntimeService).crash();
  h.clock.set(at('2026-11-27', '11:00'));
  const planned = (await h.sweep()).mails;
  expect(planned).toBeGreaterThan(0);
  // A worker comes back at 11:45, after the window closed.
  h.clock.set(at('2026-11-27', '11:45'));
  await h.startWorker({ name: 'late' });
  const monday = new Date(at('2026-11-30', '07:30'));
  await h.waitFor(
    async () => (await digests()).every((d) => d.status === 'pending' && d.send_after?.getTime() === monday.getTime()),
    'the digest held for Monday',
  );
  expect(h.sink.received.filter((m) => /sắp đến hạn/.test(m.subject))).toEqual([]);
  // A sweep in the closed window plans nothing and releases nothing.
  expect(await h.sweep(h.worker(1))).toMatchObject({ windowOpen: false, mails: 0 });
  h.clock.set(at('2026-11-30', '07:30'));
  await h.sweep(h.worker(1));
  await h.waitFor(async () => (await digests()).every((d) => d.status === 'sent'), 'the digest sent on Monday morning');
  expect(h.sink.received.filter((m) => /sắp đến hạn/.test(m.subject))).toHaveLength(planned);
});
