import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'superagent';
import { DataSource } from 'typeorm';
import { startApi, type ApiHarness } from './support/api-harness';
import { present } from './support/present';

let h: ApiHarness;
let db: DataSource;
let clerk: string, leader: string, tckh: string, gddt: string, gddtStaff: string;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

interface TaskRef {
  id: string;
  version: number;
  status: string;
  leadUnit: { id: string };
}
interface FileView {
  id: string;
  updateId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: { id: string; name: string };
}

beforeAll(async () => {
  h = await startApi({ now: '2026-11-26T03:00:00Z' });
  db = h.app.get(DataSource);
  [clerk, leader, tckh, gddt, gddtStaff] = await Promise.all([
    h.login('vanphong@dondoc.local'),
    h.login('chutich@dondoc.local'),
    h.login('truongphong.tckh@dondoc.local'),
    h.login('truongphong.gddt@dondoc.local'),
    h.login('chuyenvien.gddt@dondoc.local'),
  ]);
});
afterAll(() => h.close());

const gddtUnit = async () =>
  ((await h.http().get('/api/units').set(auth(clerk)).expect(200)).body as { id: string; code: string }[]).find((u) => u.code === 'GDDT')!.id;

/** The lead unit's open tasks, one per test, so no test sees another's files. */
const taken = new Set<string>();
async function openTask(token: string, filter: (t: TaskRef) => boolean): Promise<TaskRef> {
  const items: TaskRef[] = (await h.http().get('/api/tasks').query({ pageSize: 200 }).set(auth(token)).expect(200)).body.items;
  const task = items.find((t) => ['assigned', 'in_progress'].includes(t.status) && !taken.has(t.id) && filter(t));
  if (!task) throw new Error('no open task left for this test');
  taken.add(task.id);
  return task;
}
const ownTask = async () => {
  const unit = await gddtUnit();
  return openTask(gddt, (t) => t.leadUnit.id === unit);
};
// Refused writes leave nothing, and each test compares before and after, so they may share a task.
let shared: Promise<TaskRef> | undefined;
const sharedTask = () => (shared ??= ownTask());

const detail = async (id: string, token = gddt) => (await h.http().get(`/api/tasks/${id}`).set(auth(token)).expect(200)).body;

function binary(res: Response, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
const download = (taskId: string, fileId: string, token: string) =>
  h.http().get(`/api/tasks/${taskId}/attachments/${fileId}`).set(auth(token)).buffer(true).parse(binary);

type Upload = [name: string, content: Buffer];
function report(taskId: string, token: string, fields: Record<string, string | number>, files: Upload[], field = 'files') {
  const req = h.http().post(`/api/tasks/${taskId}/updates`).set(auth(token));
  for (const [k, v] of Object.entries(fields)) req.field(k, String(v));
  for (const [name, content] of files) req.attach(field, content, name);
  return req;
}

/** What a refused upload must not have left: no file, no report, no audit entry, the same version. */
async function written(taskId: string) {
  const [row] = await db.query(
    `SELECT (SELECT count(*)::int FROM attachments WHERE task_id = $1) AS files,
            (SELECT count(*)::int FROM task_updates WHERE task_id = $1) AS updates,
            (SELECT count(*)::int FROM audit_log WHERE entity = 'task' AND entity_id = $1::text) AS audits,
            (SELECT version FROM tasks WHERE id = $1) AS version`,
    [taskId],
  );
  return row as { files: number; updates: number; audits: number; version: number };
}

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Báo cáo kết quả, số liệu quý IV\n'), Buffer.alloc(2048, 7)]);
const zip = (size: number, fill: number) => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(size - 4, fill)]);
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('a progress report with files', () => {
  let task: TaskRef;
  let files: FileView[];
  const pdfName = 'Báo cáo tiến độ Quý IV — Phòng GD&ĐT.pdf';

  beforeAll(async () => {
    task = await ownTask();
    // A Mac sends decomposed letters ("ộ" as o + two marks); the name is kept composed.
    const res = await report(task.id, gddt, { progress: 40, note: 'Đã tổng hợp số liệu', version: task.version }, [
      [pdfName.normalize('NFD'), pdf],
      ['ảnh hiện trường.PNG', png],
    ]).expect(201);
    expect(res.body).toMatchObject({ id: task.id, status: 'in_progress', progress: 40, version: task.version + 1 });
    files = (await detail(task.id)).attachments;
  });

  it('lists the files in the task, each under the report it came with, never with their bytes', async () => {
    const d = await detail(task.id);
    const reportRow = d.updates.at(-1);
    expect(reportRow).toMatchObject({ progress: 40, note: 'Đã tổng hợp số liệu' });
    expect(d.attachments).toEqual(
      [
        expect.objectContaining({
          name: pdfName,
          contentType: 'application/pdf',
          size: pdf.length,
          sha256: sha(pdf),
          updateId: reportRow.id,
          uploadedBy: { id: expect.any(String), name: 'Vũ Minh Đức' },
          createdAt: expect.any(String),
        }),
        expect.objectContaining({ name: 'ảnh hiện trường.PNG', contentType: 'image/png', size: png.length, updateId: reportRow.id }),
      ].sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
    expect(reportRow.attachments).toEqual(d.attachments);
    expect(d.updates.slice(0, -1).every((u: { attachments: unknown[] }) => u.attachments.length === 0)).toBe(true);
    expect(d.permissions.attach).toBe(true);
    expect(JSON.stringify(d)).not.toMatch(/"content"|JVBERi|%PDF/);
  });

  it('gives each file back byte for byte, with its type, its Vietnamese name and nosniff', async () => {
    const file = files.find((f) => f.name === pdfName)!;
    const res = await download(task.id, file.id, gddtStaff).expect(200);
    expect(Buffer.compare(res.body, pdf)).toBe(0);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-length']).toBe(String(pdf.length));
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const disposition = present(res.headers['content-disposition'], 'a Content-Disposition header');
    expect(disposition).toMatch(/^attachment; filename="Bao cao tien do Quy IV _ Phong GD&DT.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(present(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1], 'a UTF-8 file name'))).toBe(pdfName);
    const image = await download(task.id, files.find((f) => f.contentType === 'image/png')!.id, gddt).expect(200);
    expect(Buffer.compare(image.body, png)).toBe(0);
  });

  it('lets the leader and the clerk download too', async () => {
    const file = present(files[0], 'a file of the report');
    for (const token of [leader, clerk]) {
      const res = await download(task.id, file.id, token).expect(200);
      expect(sha(res.body)).toBe(file.sha256);
    }
  });

  it('audits every file with who, which task and which report', async () => {
    const rows: { actor_id: string; entity_id: string; after: Record<string, unknown> }[] = await db.query(
      `SELECT actor_id, entity_id, after FROM audit_log WHERE action = 'attachment.upload' AND after->>'taskId' = $1 ORDER BY id`,
      [task.id],
    );
    expect(rows.map((r) => r.entity_id).sort()).toEqual(files.map((f) => f.id).sort());
    const file = present(files[0], 'a file of the report');
    for (const r of rows) {
      expect(r.actor_id).toBe(file.uploadedBy.id);
      expect(r.after).toMatchObject({ taskId: task.id, taskUpdateId: file.updateId, size: expect.any(Number), sha256: expect.any(String) });
      expect(r.after).not.toHaveProperty('content');
    }
  });

  it('answers 404 for a file asked for under another task', async () => {
    const other = await sharedTask();
    const file = present(files[0], 'a file of the report');
    const res = await download(other.id, file.id, gddt).expect(404);
    expect(res.body.toString()).not.toContain(file.sha256);
  });
});

describe('a submission with files', () => {
  it('submits with the files, and the unit may still add a forgotten appendix while it awaits acceptance', async () => {
    const task = await ownTask();
    await report(task.id, gddtStaff, { status: 'submitted', progress: 100, note: 'Đã hoàn thành, gửi kèm kế hoạch', version: task.version }, [
      ['Kế hoạch số 12-KH.docx', Buffer.from('PK\u0003\u0004 word')],
    ]).expect(201);
    const appendix = Buffer.from('STT,Trường,Số học sinh\n1,Trường Tiểu học An Dương,512\n');
    const res = await report(task.id, gddt, {}, [['Phụ lục số liệu.csv', appendix]]).expect(201);
    expect(res.body.status).toBe('submitted');

    const d = await detail(task.id, leader);
    const submitted = d.updates.find((u: { toStatus: string }) => u.toStatus === 'submitted');
    expect(submitted.attachments.map((f: FileView) => f.name)).toEqual(['Kế hoạch số 12-KH.docx']);
    expect(d.updates.at(-1)).toMatchObject({ kind: 'note', note: null, attachments: [expect.objectContaining({ name: 'Phụ lục số liệu.csv' })] });
    const csv = await download(task.id, d.updates.at(-1).attachments[0].id, leader).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.toString('utf8')).toBe(appendix.toString('utf8'));
    const [audit] = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'task.attach' AND entity_id = $1`, [task.id]);
    expect(audit.n).toBe(1);

    await h.http().post(`/api/tasks/${task.id}/accept`).set(auth(leader)).send({}).expect(200);
    const before = await written(task.id);
    await report(task.id, gddt, {}, [['muộn.pdf', pdf]]).expect(409);
    expect(await written(task.id)).toEqual(before);
  });

  it("takes a file over the API's 12 MB JSON body limit", async () => {
    const task = await ownTask();
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(15 * 1024 * 1024, 1)]);
    await report(task.id, gddt, { progress: 20 }, [['bản quét.pdf', big]]).expect(201);
    const file = (await detail(task.id)).attachments[0];
    const res = await download(task.id, file.id, gddt).expect(200);
    expect(res.body.length).toBe(big.length);
    expect(sha(res.body)).toBe(sha(big));
  });
});

describe('files whose bytes are what their names say', () => {
  it('takes a real PDF, one whose header follows a few stray bytes, an old Word file, an empty zip and plain text', async () => {
    const task = await ownTask();
    const real = readFileSync(join(__dirname, 'fixtures/uploads/thong-bao-co-bang.pdf'));
    const files: Upload[] = [
      ['Thông báo.pdf', real],
      ['bản in.pdf', Buffer.concat([Buffer.from('\r\n\r\n'), pdf])],
      ['Công văn cũ.doc', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)])],
      ['trống.zip', Buffer.concat([Buffer.from('PK\u0005\u0006'), Buffer.alloc(18)])],
      ['ghi chú.txt', Buffer.from('MZ không phải chương trình, chỉ là chữ')],
    ];
    await report(task.id, gddt, { progress: 35 }, files).expect(201);
    const stored: FileView[] = (await detail(task.id)).attachments;
    expect(stored.map((f) => [f.name, f.sha256]).sort()).toEqual(files.map(([name, content]) => [name, sha(content)]).sort());
  });
});

describe('limits: a clear 400 and nothing written', () => {
  const MB = 1024 * 1024;
  const cases: [string, () => { fields: Record<string, string | number>; files: Upload[]; field?: string }, RegExp][] = [
    ['a file over 20 MB', () => ({ fields: { progress: 30 }, files: [['lớn.pdf', Buffer.alloc(20 * MB + 1, 1)]] }), /"lớn\.pdf" quá lớn: tối đa 20 MB/],
    [
      'more than 10 files',
      () => ({ fields: { progress: 30 }, files: Array.from({ length: 11 }, (_, i): Upload => [`tệp ${i}.txt`, Buffer.from(`số ${i}`)]) }),
      /tối đa 10 tệp/,
    ],
    ['more than 50 MB in all', () => ({ fields: { progress: 30 }, files: [1, 2, 3].map((i): Upload => [`phần ${i}.zip`, zip(18 * MB, i)]) }), /tối đa 50 MB/],
    ['a program', () => ({ fields: { progress: 30 }, files: [['cài đặt.exe', Buffer.from('MZ')]] }), /Không nhận tệp "cài đặt\.exe": chỉ nhận \.pdf/],
    ['a web page', () => ({ fields: { progress: 30 }, files: [['trang.html', Buffer.from('<script>alert(1)</script>')]] }), /Không nhận tệp "trang\.html"/],
    ['an empty file', () => ({ fields: { progress: 30 }, files: [['trống.pdf', Buffer.alloc(0)]] }), /"trống\.pdf" rỗng/],
    [
      'a zip archive named .pdf',
      () => ({ fields: { progress: 30 }, files: [['Báo cáo quý IV.pdf', zip(4096, 1)]] }),
      /Không nhận tệp "Báo cáo quý IV\.pdf": nội dung không phải tệp PDF/,
    ],
    [
      'a program named .docx',
      () => ({ fields: { progress: 30 }, files: [['Kế hoạch.docx', exe]] }),
      /Không nhận tệp "Kế hoạch\.docx": nội dung không phải tệp DOCX/,
    ],
    [
      'a PDF named .png among good files',
      () => ({
        fields: { progress: 30 },
        files: [
          ['ảnh.png', png],
          ['ảnh giả.png', pdf],
        ],
      }),
      /Không nhận tệp "ảnh giả\.png"/,
    ],
    [
      'a web page named .jpg',
      () => ({ fields: { progress: 30 }, files: [['ảnh.jpg', Buffer.from('<html><script>alert(1)</script>')]] }),
      /Không nhận tệp "ảnh\.jpg"/,
    ],
    ['a PDF named .xls', () => ({ fields: { progress: 30 }, files: [['số liệu.xls', pdf]] }), /Không nhận tệp "số liệu\.xls"/],
    ['files in another field', () => ({ fields: { progress: 30 }, files: [['a.pdf', pdf]], field: 'file' }), /trường "files"/],
    ['a bad progress', () => ({ fields: { progress: 101 }, files: [['a.pdf', pdf]] }), /progress/],
    ['an unknown field', () => ({ fields: { progress: 30, leadUnitId: 'x' }, files: [['a.pdf', pdf]] }), /leadUnitId/],
    ['a field sent twice', () => ({ fields: { progress: 30 }, files: [['a.pdf', pdf]] }), /"progress" được gửi nhiều lần/],
  ];

  it.each(cases)('refuses %s', async (name, make, message) => {
    const task = await sharedTask();
    const before = await written(task.id);
    const { fields, files, field } = make();
    const req = report(task.id, gddt, fields, files, field);
    if (name === 'a field sent twice') req.field('progress', '35');
    const res = await req.expect(400);
    // A field the DTO refuses is also named in `errors`; the upload's own refusals have none.
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.anything(), ...('errors' in res.body && { errors: expect.any(Array) }) });
    expect([res.body.message].flat().join('; ')).toMatch(message);
    expect(await written(task.id)).toEqual(before);
  });

  it('keeps the JSON report working as before', async () => {
    const task = await sharedTask();
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddt)).send({ progress: 10 }).expect(201);
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddt)).send({}).expect(400);
  });
});

describe('who may attach', () => {
  it("refuses another unit's head with 403, none of the task's data and nothing written", async () => {
    const task = await sharedTask();
    const before = await written(task.id);
    const res = await report(task.id, tckh, { progress: 50 }, [['a.pdf', pdf]]).expect(403);
    expect(Object.keys(res.body).sort()).toEqual(['error', 'message', 'statusCode']);
    expect(JSON.stringify(res.body)).not.toContain(task.id);
    expect(await written(task.id)).toEqual(before);
  });

  it("refuses another unit's head a download, with none of the bytes", async () => {
    const task = await ownTask();
    await report(task.id, gddt, { progress: 10 }, [['mật.pdf', pdf]]).expect(201);
    const file = (await detail(task.id)).attachments[0];
    const res = await download(task.id, file.id, tckh).expect(403);
    expect(res.body.includes(pdf.subarray(0, 9))).toBe(false);
    expect(JSON.parse(res.body.toString())).toEqual({ statusCode: 403, error: 'Forbidden', message: expect.any(String) });
  });

  it("lets a coordinating unit note without files, refuses it files, and lets it download the lead unit's", async () => {
    const coordinatedRows: { id: string; head: string }[] = await db.query(
      `SELECT t.id, u.email AS head FROM tasks t JOIN users u ON u.unit_id = t.lead_unit_id AND u.role = 'unit_head'
        WHERE $1 = ANY(t.coordinating_unit_ids) AND t.status IN ('assigned', 'in_progress') ORDER BY t.id LIMIT 1`,
      [await gddtUnit()],
    );
    const coordinated = present(coordinatedRows[0], 'an open task the education office coordinates');
    taken.add(coordinated.id);
    const before = await written(coordinated.id);
    await report(coordinated.id, gddt, { note: 'Gửi số liệu các trường' }, [['số liệu.xlsx', Buffer.from('PK')]]).expect(403);
    expect(await written(coordinated.id)).toEqual(before);
    await report(coordinated.id, gddt, { note: 'Phòng GD&ĐT đã gửi số liệu qua email' }, []).expect(201);
    expect((await detail(coordinated.id)).permissions.attach).toBe(false);

    await report(coordinated.id, await h.login(coordinated.head), { progress: 60 }, [['kết quả.pdf', pdf]]).expect(201);
    const file = (await detail(coordinated.id, gddt)).attachments[0];
    expect(sha((await download(coordinated.id, file.id, gddt).expect(200)).body)).toBe(sha(pdf));
  });

  it.each([
    ['the leader', () => leader],
    ['the clerk', () => clerk],
  ])('refuses %s files (notes only)', async (_who, token) => {
    const task = await sharedTask();
    const before = await written(task.id);
    await report(task.id, token(), { note: 'Đề nghị bổ sung' }, [['góp ý.docx', Buffer.from('PK')]]).expect(403);
    expect(await written(task.id)).toEqual(before);
  });

  it('gives 409 for a stale version and leaves no file behind', async () => {
    const task = await detail((await sharedTask()).id);
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddtStaff)).send({ progress: 15, version: task.version }).expect(201);
    const before = await written(task.id);
    const res = await report(task.id, gddt, { progress: 25, version: task.version }, [['cũ.pdf', pdf]]).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(await written(task.id)).toEqual(before);
  });
});

describe('OpenAPI', () => {
  it('documents the multipart report and the download', async () => {
    const doc = (await h.http().get('/api/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths['/api/tasks/{id}/updates'].post.requestBody.content)).toEqual(['application/json', 'multipart/form-data']);
    expect(doc.paths['/api/tasks/{id}/updates'].post.requestBody.content['multipart/form-data'].schema.properties.files).toMatchObject({ type: 'array' });
    expect(doc.paths['/api/tasks/{id}/attachments/{attachmentId}'].get).toBeDefined();
  });
});
