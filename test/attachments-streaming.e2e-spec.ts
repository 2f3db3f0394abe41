import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'superagent';
import { DataSource } from 'typeorm';
import { ATTACHMENT_CHUNK_BYTES } from '@dondoc/database';
import { UploadSlots } from '../apps/api/src/attachments/upload-slots';
import { startApi, type ApiHarness } from './support/api-harness';
import { present } from './support/present';

/*
 * Files go to PostgreSQL in pieces as they are read and come back the same way; a cap on the
 * uploads read at once keeps slow ones from taking the connection pool. UPLOADS_AT_ONCE is 1 here,
 * so the tests that upload run one after another.
 */
let h: ApiHarness;
let db: DataSource;
let gddt: string;
let base: string;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const MB = 1024 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface TaskRef {
  id: string;
  version: number;
  status: string;
  leadUnit: { code: string };
}

beforeAll(async () => {
  h = await startApi({ now: '2026-11-26T03:00:00Z', env: { UPLOADS_AT_ONCE: '1' } });
  db = h.app.get(DataSource);
  gddt = await h.login('truongphong.gddt@dondoc.local');
  await h.app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${(h.app.getHttpServer().address() as AddressInfo).port}`;
});
afterAll(() => h.close());

const taken = new Set<string>();
async function ownTask(): Promise<TaskRef> {
  const items: TaskRef[] = (await h.http().get('/api/tasks').query({ pageSize: 200 }).set(auth(gddt)).expect(200)).body.items;
  // A task the office leads: a coordinating unit adds notes without files.
  const task = items.find((t) => t.leadUnit.code === 'GDDT' && ['assigned', 'in_progress'].includes(t.status) && !taken.has(t.id));
  if (!task) throw new Error('no open task left for this test');
  taken.add(task.id);
  return task;
}

function binary(res: Response, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
const download = (taskId: string, fileId: string) => h.http().get(`/api/tasks/${taskId}/attachments/${fileId}`).set(auth(gddt)).buffer(true).parse(binary);
const filesOf = async (taskId: string): Promise<{ id: string; name: string; size: number; sha256: string }[]> =>
  (await h.http().get(`/api/tasks/${taskId}`).set(auth(gddt)).expect(200)).body.attachments;

/** Lets the event loop turn until `done` holds: the server's side of a request runs in this process. */
async function until(done: () => boolean): Promise<void> {
  for (let turns = 0; !done(); turns++) {
    if (turns > 100_000) throw new Error('the condition never came true');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('a file of several megabytes', () => {
  // Random bytes behind a PDF header, not a multiple of the piece size: the last piece is short.
  const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(7 * MB + 12_345)]);

  it('is stored in pieces as it arrives and comes back byte for byte', async () => {
    const task = await ownTask();
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddt)).field('progress', '60').attach('files', big, 'Hồ sơ lớn.pdf').expect(201);
    const file = present((await filesOf(task.id))[0], 'the uploaded file');
    expect(file).toMatchObject({ name: 'Hồ sơ lớn.pdf', size: big.length, sha256: sha(big) });
    const [pieces] = await db.query(`SELECT count(*)::int AS n, max(octet_length(data))::int AS largest FROM attachment_chunks WHERE attachment_id = $1`, [
      file.id,
    ]);
    expect(pieces).toEqual({ n: Math.ceil(big.length / ATTACHMENT_CHUNK_BYTES), largest: ATTACHMENT_CHUNK_BYTES });
    const res = await download(task.id, file.id).expect(200);
    expect(res.headers['content-length']).toBe(String(big.length));
    expect((res.body as Buffer).equals(big)).toBe(true);
  });
});

describe('uploads at once', () => {
  const boundary = 'dondoc-test-boundary';

  /** A report whose file is still on its way: the head of the body is sent, the rest waits for `finish`. */
  function slowUpload(taskId: string, file: Buffer): { req: ClientRequest; response: Promise<{ status: number; body: string }>; finish: () => void } {
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="chậm.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const req = httpRequest(`${base}/api/tasks/${taskId}/updates`, {
      method: 'POST',
      headers: { ...auth(gddt), 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + file.length + tail.length },
    });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res: IncomingMessage) => {
        let body = '';
        res
          .setEncoding('utf8')
          .on('data', (c: string) => (body += c))
          .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
    });
    const half = file.length / 2;
    req.write(Buffer.concat([head, file.subarray(0, half)]));
    return { req, response, finish: () => req.end(Buffer.concat([file.subarray(half), tail])) };
  }

  it('refuses a report past the cap with 503, a Vietnamese reason and Retry-After, and takes it once the slot is free', async () => {
    const slots = h.app.get(UploadSlots);
    const [first, second] = [await ownTask(), await ownTask()];
    const slowFile = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(MB)]);
    const slow = slowUpload(first.id, slowFile);
    await until(() => slots.busy === 1);

    const quick = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1000)]);
    const refused = await h.http().post(`/api/tasks/${second.id}/updates`).set(auth(gddt)).attach('files', quick, 'nhanh.pdf').expect(503);
    expect(refused.body.message).toMatch(/quá nhiều tệp tải lên cùng lúc.*gửi lại/);
    expect(refused.headers['retry-after']).toBe('30');
    expect(await filesOf(second.id)).toEqual([]);

    slow.finish();
    expect((await slow.response).status).toBe(201);
    expect(slots.busy).toBe(0);
    const [stored] = await filesOf(first.id);
    expect(stored).toMatchObject({ name: 'chậm.pdf', size: slowFile.length, sha256: sha(slowFile) });

    await h.http().post(`/api/tasks/${second.id}/updates`).set(auth(gddt)).attach('files', quick, 'nhanh.pdf').expect(201);
    expect((await filesOf(second.id)).map((f) => f.sha256)).toEqual([sha(quick)]);
  });

  it('frees the slot when an upload is refused', async () => {
    const slots = h.app.get(UploadSlots);
    const task = await ownTask();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddt)).attach('files', exe, 'chương trình.pdf').expect(400);
    expect(slots.busy).toBe(0);
    const [left] = await db.query(`SELECT count(*)::int AS n FROM attachment_chunks c LEFT JOIN attachments a ON a.id = c.attachment_id WHERE a.id IS NULL`);
    expect(left.n).toBe(0);
  });
});

describe('files stored before the pieces', () => {
  it('are moved into pieces by the migration and downloaded as they were', async () => {
    const task = await ownTask();
    const small = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(1000)]);
    await h.http().post(`/api/tasks/${task.id}/updates`).set(auth(gddt)).attach('files', small, 'nhỏ.pdf').expect(201);
    const [update] = await db.query(`SELECT id, author_id FROM task_updates WHERE task_id = $1 ORDER BY created_at DESC LIMIT 1`, [task.id]);

    // Back to the schema before the pieces (undoing it joins the stored file back into its row, and
    // the migrations after it go first), then an old-style file beside it.
    let undone = 0;
    for (let last = ''; last !== 'AttachmentChunks1796219847917'; undone++) {
      const [latest] = await db.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      last = present(latest, 'an executed migration').name;
      await db.undoLastMigration();
    }
    const old = Buffer.concat([Buffer.from('%PDF-1.5\n'), randomBytes(600 * 1024)]);
    await db.query(
      `INSERT INTO attachments (task_id, task_update_id, file_name, content_type, size, sha256, content, uploaded_by_id)
       VALUES ($1, $2, 'cũ.pdf', 'application/pdf', $3, $4, $5, $6)`,
      [task.id, update.id, old.length, sha(old), old, update.author_id],
    );
    expect(await db.runMigrations()).toHaveLength(undone);

    const files = await filesOf(task.id);
    for (const [name, bytes] of [
      ['nhỏ.pdf', small],
      ['cũ.pdf', old],
    ] as const) {
      const file = files.find((f) => f.name === name)!;
      expect((await download(task.id, file.id).expect(200)).body.equals(bytes)).toBe(true);
    }
  });
});
