import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { startApi, type ApiHarness } from './support/api-harness';

const NOTICE = readFileSync(join(__dirname, 'fixtures/directives/an-duong-2023-tb-ket-luan-giao-duc.txt'), 'utf8');

let h: ApiHarness;
let clerk: string;
beforeAll(async () => {
  h = await startApi();
  clerk = await h.login('vanphong@dondoc.local');
});
afterAll(() => h.close());

const upload = (buf: Buffer, filename: string, date?: string) => {
  const req = h.http().post('/api/directives/parse').set('Authorization', `Bearer ${clerk}`);
  if (date) req.field('date', date);
  return req.attach('file', buf, filename);
};

describe('POST /api/directives/parse with an uploaded notice', () => {
  it('reads a .txt upload like pasted text', async () => {
    const pasted = (await h.http().post('/api/directives/parse').set('Authorization', `Bearer ${clerk}`).send({ text: NOTICE }).expect(200)).body;
    const uploaded = (await upload(Buffer.from(NOTICE), 'thong-bao.txt').expect(200)).body;
    expect(uploaded).toEqual(pasted);
  });

  it('reads a .docx upload paragraph by paragraph', async () => {
    const doc = new Document({ sections: [{ children: NOTICE.split('\n').map((line) => new Paragraph(line)) }] });
    const buf = await Packer.toBuffer(doc);
    const draft = (await upload(Buffer.from(buf), 'thong-bao.docx', '2023-09-25').expect(200)).body;
    expect(draft.assignments).toHaveLength(5);
    expect(draft.assignments.flatMap((a: { tasks: unknown[] }) => a.tasks)).toHaveLength(15);
  });

  it.each([
    ['an unsupported file type', Buffer.from('%PDF-1.7'), 'thong-bao.pdf', /\.docx hoặc \.txt/],
    ['a .docx that is not one', Buffer.from('plain text pretending'), 'gia.docx', /Word/],
    ['an empty text file', Buffer.from('   \n'), 'trong.txt', /trống/],
    ['a file over 10 MB', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), 'lon.txt', /10 MB/],
  ])('refuses %s with a clear 400', async (_name, buf, filename, message) => {
    const res = await upload(buf, filename).expect(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(message) });
  });

  it('refuses a JSON body with unknown fields', async () => {
    await h.http().post('/api/directives/parse').set('Authorization', `Bearer ${clerk}`).send({ text: 'x', extra: 1 }).expect(400);
  });
});
