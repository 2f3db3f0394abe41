import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { WorkingCalendar } from '@dondoc/calendar';
import { extractDocxText, UnreadableDocumentError } from './docx';
import { DocumentRejectedError } from './extract/errors';
import { parseDirective } from './parse-directive';
import { docxShapedZip } from './testing/uploads';
import { seedUnits } from './testing/units';

describe('extractDocxText', () => {
  it('reads a Word document paragraph by paragraph', async () => {
    const lines = [
      'Số: 12/TB-UBND',
      'An Dương, ngày 02 tháng 10 năm 2023',
      'THÔNG BÁO',
      'Kết luận về công tác cải cách hành chính',
      '1. Giao Phòng Nội vụ:',
      '- Tham mưu kiện toàn Ban Chỉ đạo trước ngày 20/10/2023.',
    ];
    const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
    const buf = await Packer.toBuffer(doc);
    const text = await extractDocxText(buf);
    for (const line of lines) expect(text).toContain(line);
    const draft = parseDirective(text, { units: seedUnits(), calendar: new WorkingCalendar(), today: '2023-10-02' });
    expect(draft.assignments[0]?.tasks[0]?.deadline).toBe('2023-10-20');
  });

  it('refuses what is not a .docx', async () => {
    await expect(extractDocxText(Buffer.from('%PDF-1.7 not a word file'))).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(extractDocxText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(extractDocxText(Buffer.alloc(0))).rejects.toBeInstanceOf(UnreadableDocumentError);
  });
});

describe('extractDocxText with tables', () => {
  const cell = (text: string | string[], verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]) =>
    new TableCell({ children: (Array.isArray(text) ? text : [text]).map((t) => new Paragraph(t)), verticalMerge });

  it('gives one line per row, cells separated by a tab, a merged cell continued as an empty cell', async () => {
    const table = new Table({
      rows: [
        new TableRow({ children: ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'].map((t) => cell(t)) }),
        new TableRow({
          children: [
            cell('1'),
            cell(['Rà soát thủ tục', 'hành chính cấp huyện']),
            cell('Phòng Nội vụ', VerticalMergeType.RESTART),
            cell('Văn phòng HĐND và UBND'),
            cell('30/10/2023'),
          ],
        }),
        new TableRow({
          children: [cell('2'), cell('Cập nhật quy chế làm việc'), cell('', VerticalMergeType.CONTINUE), cell('Thanh tra huyện'), cell('15/11/2023')],
        }),
        new TableRow({ children: [cell('3'), cell('Báo cáo kết quả'), cell('Phòng Tư pháp'), cell(''), cell('Tháng 12/2023')] }),
      ],
    });
    const doc = new Document({ sections: [{ children: [new Paragraph('THÔNG BÁO'), table, new Paragraph('Nơi nhận:')] }] });
    const text = await extractDocxText(Buffer.from(await Packer.toBuffer(doc)));
    expect(text.split('\n')).toEqual([
      'THÔNG BÁO',
      '',
      'STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành',
      '1\tRà soát thủ tục hành chính cấp huyện\tPhòng Nội vụ\tVăn phòng HĐND và UBND\t30/10/2023',
      '2\tCập nhật quy chế làm việc\t\tThanh tra huyện\t15/11/2023',
      '3\tBáo cáo kết quả\tPhòng Tư pháp\t\tTháng 12/2023',
      '',
      'Nơi nhận:',
      '',
      '',
    ]);
  });

  it('keeps a merged cell that spans columns as one empty cell in the rows it continues into', async () => {
    const wide = (text: string, verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]) =>
      new TableCell({ children: [new Paragraph(text)], columnSpan: 2, verticalMerge });
    const table = new Table({
      rows: [
        new TableRow({ children: [cell('a'), wide('chung', VerticalMergeType.RESTART), cell('b')] }),
        new TableRow({ children: [cell('c'), wide('', VerticalMergeType.CONTINUE), cell('d')] }),
      ],
    });
    const text = await extractDocxText(Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }))));
    expect(text.split('\n').slice(0, 2)).toEqual(['a\tchung\tb', 'c\t\td']);
  });
});

describe('extractDocxText against zip bombs', () => {
  const limits = { maxZipBytes: 50 * 1024 * 1024, maxZipEntries: 1000 };

  it('refuses a zip whose entries declare more than the limit, before inflating anything', async () => {
    const bomb = await docxShapedZip(200 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const err = await extractDocxText(bomb, { limits, filename: 'bom.docx' }).catch((e) => e);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(err).toBeInstanceOf(DocumentRejectedError);
    expect(err).toMatchObject({ code: 'zip-too-large', message: expect.stringMatching(/"bom\.docx".*200 MB.*50 MB/) });
  });

  it('refuses a zip whose sizes lie, when inflating runs past what was declared', async () => {
    const bomb = await docxShapedZip(60 * 1024 * 1024);
    // Rewrite the big entry's declared size (central directory) to 1 KB, as a forged bomb would.
    const name = Buffer.from('word/media/image1.bin');
    for (let at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (bomb.subarray(at + 46, at + 46 + name.length).equals(name)) bomb.writeUInt32LE(1024, at + 24);
    }
    const err = await extractDocxText(bomb, { limits, filename: 'gia.docx' }).catch((e) => e);
    expect(err).toMatchObject({ code: 'zip-bomb', message: expect.stringMatching(/bất thường/) });
  });

  it('refuses a zip with too many entries', async () => {
    const many = await docxShapedZip(10, { extraEntries: 1200 });
    const err = await extractDocxText(many, { limits, filename: 'nhieu.docx' }).catch((e) => e);
    expect(err).toMatchObject({ code: 'zip-too-many-entries', message: expect.stringMatching(/1\.20\d tệp con/) });
  });
});
