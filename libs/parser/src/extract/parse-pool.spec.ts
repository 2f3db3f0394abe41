import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentRejectedError } from './errors';
import { ParseBusyError, ParsePool, ParseTimeoutError } from './parse-pool';
import { hasOcr } from '../testing/uploads';

const FIXTURES = join(__dirname, '../../../../test/fixtures/uploads');
const fixture = (name: string) => ({ kind: 'pdf' as const, data: readFileSync(join(FIXTURES, name)), filename: name });

describe('ParsePool', () => {
  let pool: ParsePool;
  beforeAll(() => {
    pool = new ParsePool({ timeoutMs: 5000, ocrTimeoutMs: 60_000, maxThreads: 2, testHooks: true });
  });
  afterAll(() => pool.close());

  it('reads a PDF text layer in reading order, table rows on one line with tabs between cells', async () => {
    const { text } = await pool.run(fixture('thong-bao-co-bang.pdf'), null);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN AN DƯƠNG\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 315/TB-UBND\tAn Dương, ngày 02 tháng 10 năm 2023',
    ]);
    expect(lines).toContain('1\tRà soát thủ tục hành chính\tPhòng Nội vụ\tVăn phòng HĐND\t30/10/2023');
    expect(lines).toContain('2\tCập nhật quy chế làm việc\tThanh tra huyện\t15/11/2023');
    // Paragraphs are set apart by a blank line; lines of one paragraph are not.
    expect(text).toContain('\n\n1. Giao Phòng Nội vụ:\n\n- Tham mưu kiện toàn Ban Chỉ đạo cải cách hành chính huyện trước ngày\n20/10/2023.\n\n');
  });

  (hasOcr() ? it : it.skip)('reads a scanned PDF with Tesseract (Vietnamese)', async () => {
    const { text } = await pool.run(fixture('thong-bao-ban-quet.pdf'), null);
    expect(text).toContain('THÔNG BÁO');
    expect(text).toMatch(/Giao Phòng Y tế báo cáo kết quả tiêm chủng mở rộng trước ngày 15\/11\/2023/);
    expect(text).toMatch(/Phòng Văn hóa và Thông tin/);
  });

  it('refuses a scan with what to install when this server has no OCR', async () => {
    const noOcr = new ParsePool({ timeoutMs: 5000, maxThreads: 1, ocr: { tesseract: '/nonexistent/tesseract' } });
    try {
      const err = await noOcr.run(fixture('thong-bao-ban-quet.pdf'), null).catch((e) => e);
      expect(err).toBeInstanceOf(DocumentRejectedError);
      expect(err.code).toBe('pdf-scan-no-ocr');
      expect(err.message).toMatch(/bản quét/);
      expect(err.message).toMatch(/tesseract-ocr-vie/);
      expect(err.message).toMatch(/poppler-utils/);
      expect(err.message).toMatch(/dán nội dung/);
    } finally {
      await noOcr.close();
    }
  });

  it('refuses what is not a PDF, and text over the cap', async () => {
    await expect(pool.run({ kind: 'pdf', data: Buffer.from('%PDF-1.7 truncated'), filename: 'hong.pdf' }, null)).rejects.toMatchObject({
      code: 'unreadable-pdf',
    });
    await expect(pool.run({ kind: 'text', text: 'a'.repeat(1_000_001) }, null)).rejects.toMatchObject({
      code: 'too-long',
      message: expect.stringMatching(/quá dài/),
    });
  });

  it('stops a job past its time limit, terminating its worker, and keeps serving', async () => {
    const quick = new ParsePool({ timeoutMs: 1000, maxThreads: 1, testHooks: true });
    // A worker starts from source under ts-node, which on a busy machine can take longer than the
    // wait the pool allows for a free worker: a job refused as busy while its worker starts is tried
    // again, a few times.
    const small = async (): Promise<{ text: string }> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await quick.run({ kind: 'text', text: 'Văn bản' }, null);
        } catch (err) {
          if (!(err instanceof ParseBusyError) || attempt === 5) throw err;
        }
      }
    };
    try {
      // The worker is started first, so only the spinning job is timed.
      await small();
      const started = Date.now();
      const err = await quick.run({ kind: 'text', text: 'Văn bản' }, null, { testSpinMs: 30_000 }).catch((e) => e);
      expect(err).toBeInstanceOf(ParseTimeoutError);
      expect(err.message).toMatch(/quá 1 giây/);
      expect(Date.now() - started).toBeLessThan(10_000);
      // The terminated worker is replaced.
      await expect(small()).resolves.toMatchObject({ text: 'Văn bản' });
    } finally {
      await quick.close();
    }
  });
});
