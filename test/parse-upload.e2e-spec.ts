import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { docxShapedZip, hasOcr } from '../libs/parser/src/testing/uploads';
import { startApi, type ApiHarness } from './support/api-harness';

const NOTICE = readFileSync(join(__dirname, 'fixtures/directives/an-duong-2023-tb-ket-luan-giao-duc.txt'), 'utf8');
const UPLOADS = join(__dirname, 'fixtures/uploads');

let h: ApiHarness;
let clerk: string;
beforeAll(async () => {
  // A short time limit, so the test of it is quick; real notices parse in milliseconds.
  h = await startApi({ env: { PARSE_TIMEOUT_SECONDS: '3' } });
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

  it('reads a .docx table row by row, a merged unit cell continued as an empty cell', async () => {
    const cell = (text: string, verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]) =>
      new TableCell({ children: [new Paragraph(text)], verticalMerge });
    const table = new Table({
      rows: [
        new TableRow({ children: ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'].map((t) => cell(t)) }),
        new TableRow({
          children: [
            cell('1'),
            cell('Rà soát thủ tục hành chính'),
            cell('Phòng Nội vụ', VerticalMergeType.RESTART),
            cell('Văn phòng HĐND và UBND'),
            cell('30/10/2023'),
          ],
        }),
        new TableRow({
          children: [cell('2'), cell('Cập nhật quy chế làm việc'), cell('', VerticalMergeType.CONTINUE), cell('Thanh tra huyện'), cell('15/11/2023')],
        }),
      ],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph('THÔNG BÁO'), table] }] });
    const draft = (await upload(Buffer.from(await Packer.toBuffer(doc)), 'ke-hoach.docx', '2023-10-02').expect(200)).body;
    expect(draft.sourceText.split('\n')).toEqual(
      expect.arrayContaining([
        'STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành',
        '1\tRà soát thủ tục hành chính\tPhòng Nội vụ\tVăn phòng HĐND và UBND\t30/10/2023',
        '2\tCập nhật quy chế làm việc\t\tThanh tra huyện\t15/11/2023',
      ]),
    );
  });

  it('reads a PDF with a text layer: lines in reading order, table cells separated by tabs', async () => {
    const draft = (await upload(readFileSync(join(UPLOADS, 'thong-bao-co-bang.pdf')), 'thong-bao-co-bang.pdf').expect(200)).body;
    const lines: string[] = draft.sourceText.split('\n');
    expect(lines[0]).toBe('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('1\tRà soát thủ tục hành chính\tPhòng Nội vụ\tVăn phòng HĐND\t30/10/2023');
    expect(draft.date).toBe('2023-10-02');
    const tasks = draft.assignments.flatMap((a: { tasks: { deadline: string | null }[] }) => a.tasks);
    expect(tasks.map((t: { deadline: string | null }) => t.deadline)).toContain('2023-10-20');
  });

  (hasOcr() ? it : it.skip)('reads a scanned PDF by OCR', async () => {
    const draft = (await upload(readFileSync(join(UPLOADS, 'thong-bao-ban-quet.pdf')), 'thong-bao-ban-quet.pdf').expect(200)).body;
    expect(draft.sourceText).toMatch(/Giao Phòng Y tế báo cáo kết quả tiêm chủng mở rộng trước ngày 15\/11\/2023/);
    const tasks = draft.assignments.flatMap((a: { tasks: { deadline: string | null }[] }) => a.tasks);
    expect(tasks.map((t: { deadline: string | null }) => t.deadline)).toEqual(expect.arrayContaining(['2023-10-25', '2023-11-15']));
  });

  it.each([
    ['an unsupported file type', Buffer.from('{\\rtf1}'), 'thong-bao.rtf', /\.docx, \.pdf hoặc \.txt/],
    ['a .docx that is not one', Buffer.from('plain text pretending'), 'gia.docx', /Word/],
    ['a .pdf that is not one', Buffer.from('%PDF-1.7 and nothing else'), 'gia.pdf', /không phải tệp PDF đọc được/],
    ['an empty text file', Buffer.from('   \n'), 'trong.txt', /trống/],
    ['a file over 10 MB', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), 'lon.txt', /10 MB/],
    ['a text file over a million characters', Buffer.alloc(1_000_001, 'a'), 'dai.txt', /quá dài.*tối đa 1\.000\.000 ký tự/],
  ])('refuses %s with a clear 400', async (_name, buf, filename, message) => {
    const res = await upload(buf, filename).expect(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(message) });
  });

  it('refuses a zip bomb quickly, saving nothing', async () => {
    const db = h.app.get(DataSource);
    const before = (await db.query('SELECT count(*)::int AS n FROM directives'))[0].n;
    const bomb = await docxShapedZip(300 * 1024 * 1024, { entry: 'word/document2.xml' });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    const res = await upload(bomb, 'bom-nen.docx').expect(400);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(res.body.message).toMatch(/"bom-nen\.docx" khi giải nén lên tới 300 MB, vượt giới hạn 50 MB/);
    expect((await db.query('SELECT count(*)::int AS n FROM directives'))[0].n).toBe(before);
  });

  it('refuses pasted text over a million characters', async () => {
    const res = await h
      .http()
      .post('/api/directives/parse')
      .set('Authorization', `Bearer ${clerk}`)
      .send({ text: 'a'.repeat(1_000_001) })
      .expect(400);
    expect(res.body.message).toMatch(/quá dài.*tối đa 1\.000\.000 ký tự/);
  });

  it('refuses a JSON body with unknown fields', async () => {
    await h.http().post('/api/directives/parse').set('Authorization', `Bearer ${clerk}`).send({ text: 'x', extra: 1 }).expect(400);
  });
});

describe('parsing off the event loop, with a time limit', () => {
  it('answers /api/health promptly while a slow parse runs, then stops that parse at its limit', async () => {
    const started = Date.now();
    const slow = h
      .http()
      .post('/api/directives/parse')
      .set('Authorization', `Bearer ${clerk}`)
      .set('x-dondoc-test-spin-ms', '20000')
      .send({ text: NOTICE })
      .then((res) => res);
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      await h.http().get('/api/health').expect(200);
      expect(Date.now() - t).toBeLessThan(500);
      await new Promise((r) => setTimeout(r, 200));
    }
    const res = await slow;
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/quá 3 giây nên đã dừng/);
    // Stopped at the limit (plus the worker's start), long before the 20 s it would have taken.
    expect(Date.now() - started).toBeLessThan(12_000);
    // The pool replaced the stopped worker: the next notice parses.
    const draft = (await h.http().post('/api/directives/parse').set('Authorization', `Bearer ${clerk}`).send({ text: NOTICE }).expect(200)).body;
    expect(draft.assignments).toHaveLength(5);
  });
});

describe('a scanned PDF on a server without OCR', () => {
  let bare: ApiHarness;
  beforeAll(async () => {
    bare = await startApi({ env: { OCR_TESSERACT: '/nonexistent/tesseract' } });
  });
  afterAll(() => bare?.close());

  it('is refused with a 400 saying it is a scan and how to enable OCR, or to paste the text', async () => {
    const token = await bare.login('vanphong@dondoc.local');
    const res = await bare
      .http()
      .post('/api/directives/parse')
      .set('Authorization', `Bearer ${token}`)
      .attach('file', readFileSync(join(UPLOADS, 'thong-bao-ban-quet.pdf')), 'thong-bao-ban-quet.pdf')
      .expect(400);
    expect(res.body.message).toMatch(/"thong-bao-ban-quet\.pdf" là bản quét/);
    expect(res.body.message).toMatch(/tesseract-ocr-vie/);
    expect(res.body.message).toMatch(/poppler-utils/);
    expect(res.body.message).toMatch(/dán nội dung văn bản/);
  });
});
