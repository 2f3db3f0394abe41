import { Document, Packer, Paragraph } from 'docx';
import { WorkingCalendar } from '@dondoc/calendar';
import { extractDocxText, UnreadableDocumentError } from './docx';
import { parseDirective } from './parse-directive';
import { seedUnits } from './testing/units';

describe('extractDocxText', () => {
  it('reads a Word document paragraph by paragraph', async () => {
    const lines = ['Số: 12/TB-UBND', 'An Dương, ngày 02 tháng 10 năm 2023', 'THÔNG BÁO', 'Kết luận về công tác cải cách hành chính', '1. Giao Phòng Nội vụ:', '- Tham mưu kiện toàn Ban Chỉ đạo trước ngày 20/10/2023.'];
    const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
    const buf = await Packer.toBuffer(doc);
    const text = await extractDocxText(buf);
    for (const line of lines) expect(text).toContain(line);
    const draft = parseDirective(text, { units: seedUnits(), calendar: new WorkingCalendar(), today: '2023-10-02' });
    expect(draft.assignments[0].tasks[0].deadline).toBe('2023-10-20');
  });

  it('refuses what is not a .docx', async () => {
    await expect(extractDocxText(Buffer.from('%PDF-1.7 not a word file'))).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(extractDocxText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(extractDocxText(Buffer.alloc(0))).rejects.toBeInstanceOf(UnreadableDocumentError);
  });
});
