import { startApi, type ApiHarness } from './support/api-harness';

// A refused request tells the person, in Vietnamese, which field is wrong and why.
let h: ApiHarness;
let admin: string;
let leader: string;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  h = await startApi({ now: '2026-11-26T03:00:00Z' });
  [admin, leader] = await Promise.all([h.login('admin@dondoc.local'), h.login('chutich@dondoc.local')]);
});
afterAll(() => h.close());

describe('validation errors', () => {
  it.each([
    ['a page size over the limit (max)', { pageSize: '1000' }, { field: 'pageSize', message: 'pageSize không được lớn hơn 200' }],
    ['a page under 1 (min)', { page: '0' }, { field: 'page', message: 'page không được nhỏ hơn 1' }],
    ['a page that is no whole number (isInt)', { page: '1.5' }, { field: 'page', message: 'page phải là số nguyên' }],
    [
      'an unknown status (isIn)',
      { status: 'finished' },
      {
        field: 'status',
        message: 'status phải là một trong các giá trị: assigned, in_progress, submitted, done, cancelled',
      },
    ],
    ['a unit id that is no UUID (isUUID)', { unitId: '12' }, { field: 'unitId', message: 'unitId phải là mã định danh (UUID) hợp lệ' }],
    ['a query parameter the list does not take (whitelist)', { role: 'admin' }, { field: 'role', message: 'Trường role không được phép' }],
  ])('names the field of %s', async (_case, query, error) => {
    const res = await h.http().get('/api/tasks').query(query).set(auth(leader)).expect(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: [error.message], errors: [error] });
  });

  it('says in Vietnamese that an id in the path is no UUID', async () => {
    const res = await h.http().get('/api/tasks/not-a-task').set(auth(leader)).expect(400);
    expect(res.body).toMatchObject({
      message: 'Mã trong đường dẫn không hợp lệ: cần một mã định danh (UUID)',
      errors: [{ field: 'id', message: 'id phải là mã định danh (UUID) hợp lệ' }],
    });
    expect(JSON.stringify(res.body)).not.toMatch(/Validation failed|uuid is expected/);
  });

  it('says every problem of a body, the length of a text and a field that is not taken included', async () => {
    const res = await h
      .http()
      .post('/api/users')
      .set(auth(admin))
      .send({ email: 'moi@dondoc.local', name: '', role: 'clerk', password: 'short', isAdmin: true })
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'isAdmin', message: 'Trường isAdmin không được phép' },
      { field: 'name', message: 'name phải dài từ 1 đến 255 ký tự' },
      { field: 'password', message: 'password phải dài từ 10 đến 200 ký tự' },
    ]);
  });

  it('says which element of a list is wrong, and keeps the messages a DTO words itself', async () => {
    const policy = (await h.http().get('/api/reminder-policy').set(auth(admin)).expect(200)).body;
    const { beforeDays, dueDay, overdueAfter, overdueRepeatEvery, notifyClerk, escalateAfter, escalateRepeatEvery, chairmanAfter, sendWindow, weeklySummary } =
      policy;
    const valid = {
      beforeDays,
      dueDay,
      overdueAfter,
      overdueRepeatEvery,
      notifyClerk,
      escalateAfter,
      escalateRepeatEvery,
      chairmanAfter,
      sendWindow,
      weeklySummary,
    };
    const res = await h
      .http()
      .put('/api/reminder-policy')
      .set(auth(admin))
      .send({ ...valid, beforeDays: [0], dueDay: 'yes' })
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'beforeDays', message: 'Mỗi phần tử của beforeDays không được nhỏ hơn 1' },
      { field: 'dueDay', message: 'dueDay phải là true hoặc false' },
    ]);
    const day = await h.http().post('/api/calendar/days').set(auth(admin)).send({ date: '2026-02-30', kind: 'day_off', name: 'Nghỉ' }).expect(400);
    expect(day.body.errors).toEqual([{ field: 'date', message: 'date không phải là ngày có thật' }]);
  });
});
