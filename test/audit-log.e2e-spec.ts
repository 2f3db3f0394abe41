import { startApi, type ApiHarness } from './support/api-harness';

let h: ApiHarness;
let admin: string, clerk: string;
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

beforeAll(async () => {
  h = await startApi({ now: '2026-11-26T03:00:00Z' });
  [admin, clerk] = await Promise.all([h.login('admin@dondoc.local'), h.login('vanphong@dondoc.local')]);
});
afterAll(() => h.close());

describe('the audit log', () => {
  it('shows admins who changed what and when, filtered by record, person and day', async () => {
    const units = (await h.http().get('/api/units').set(auth(admin)).expect(200)).body as { id: string; code: string; name: string }[];
    const nv = units.find((u) => u.code === 'NV')!;
    await h.http().patch(`/api/units/${nv.id}`).set(auth(admin)).send({ name: 'Phòng Nội vụ huyện' }).expect(200);
    const me = (await h.http().get('/api/auth/me').set(auth(admin)).expect(200)).body;

    const page = (await h.http().get('/api/audit-log').query({ entity: 'unit', entityId: nv.id }).set(auth(admin)).expect(200)).body;
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(page.items[0]).toMatchObject({
      action: 'unit.update',
      entity: 'unit',
      entityId: nv.id,
      actor: { id: me.id, email: 'admin@dondoc.local' },
      before: expect.objectContaining({ name: nv.name }),
      after: expect.objectContaining({ name: 'Phòng Nội vụ huyện' }),
    });
    expect((await h.http().get('/api/audit-log').query({ actorId: me.id, entity: 'unit' }).set(auth(admin)).expect(200)).body.total).toBe(1);
    // The change was made on 26/11/2026, local time.
    expect(
      (await h.http().get('/api/audit-log').query({ entity: 'unit', from: '2026-11-26', to: '2026-11-26' }).set(auth(admin)).expect(200)).body.total,
    ).toBeGreaterThan(0);
    expect((await h.http().get('/api/audit-log').query({ entity: 'unit', from: '2026-11-27' }).set(auth(admin)).expect(200)).body.total).toBe(0);
  });

  it('keeps each change of the reminder policy with the policy before and after, which reports as of a past day read back', async () => {
    const { effectiveWindow: _window, updatedAt: _at, ...policy } = (await h.http().get('/api/reminder-policy').set(auth(admin)).expect(200)).body;
    await h
      .http()
      .put('/api/reminder-policy')
      .set(auth(admin))
      .send({ ...policy, dueSoonWorkingDays: 5 })
      .expect(200);
    await h
      .http()
      .put('/api/reminder-policy')
      .set(auth(admin))
      .send({ ...policy, dueSoonWorkingDays: 2 })
      .expect(200);
    const page = (await h.http().get('/api/audit-log').query({ entity: 'reminder_policy' }).set(auth(admin)).expect(200)).body;
    expect(page.items).toEqual([
      expect.objectContaining({
        action: 'reminder_policy.update',
        entityId: '1',
        before: expect.objectContaining({ dueSoonWorkingDays: 5 }),
        after: expect.objectContaining({ dueSoonWorkingDays: 2 }),
      }),
      // The first change replaced no saved policy: the defaults.
      expect.objectContaining({ action: 'reminder_policy.update', entityId: '1', before: null, after: expect.objectContaining({ dueSoonWorkingDays: 5 }) }),
    ]);
  });

  it('is for admins only', async () => {
    await h.http().get('/api/audit-log').set(auth(clerk)).expect(403);
  });
});
