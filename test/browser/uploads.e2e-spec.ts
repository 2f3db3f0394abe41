import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import type { Page } from 'playwright-core';
import { browserSession } from './support';

/*
 * A clerk uploads the documents offices receive (a signed PDF, a Word file with a table of tasks),
 * reviews what the parser found, with its doubts listed first, and publishes each as tasks.
 */

jest.setTimeout(120_000);

const session = browserSession();

async function clerkPage(): Promise<Page> {
  const page = await session.pageAs('vanphong@dondoc.local');
  return page;
}

/** Uploads the file, parses it, publishes the draft; returns the new directive's tasks. */
async function uploadAndPublish(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, assignments: number) {
  await page.goto(`${session.api.baseUrl}/directives/new`);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Phân tích' }).click();
  await page.getByText(`Mục ${assignments}`, { exact: true }).waitFor();
  expect(await page.getByText(/^Mục \d+$/).count()).toBe(assignments);
  const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/directives');
  await page.getByRole('button', { name: 'Ban hành' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click();
  const directiveId = (await (await created).json()).id;
  await page.getByText(/Đã ban hành, tạo \d+ nhiệm vụ/).waitFor();
  const clerk = await session.api.h.login('vanphong@dondoc.local');
  const res = await session.api.h
    .http()
    .get('/api/tasks')
    .query({ directiveId, pageSize: 200 })
    .set({ Authorization: `Bearer ${clerk}` })
    .expect(200);
  // The deadline the document gives; the one in force moves off a day off (docs/domain.md), checked where it matters.
  return (res.body.items as { text: string; statedDeadline: string | null; deadline: string | null; leadUnit: { name: string } }[])
    .map((t) => ({ unit: t.leadUnit.name, text: t.text, deadline: t.statedDeadline, ...(t.deadline !== t.statedDeadline ? { inForce: t.deadline } : {}) }))
    .sort((a, b) => a.text.localeCompare(b.text));
}

it('clerk: uploads a signed PDF with a table of tasks and publishes it', async () => {
  const page = await clerkPage();
  const pdf = readFileSync(join(__dirname, '../fixtures/uploads/thong-bao-co-bang.pdf'));
  const tasks = await uploadAndPublish(page, { name: 'thong-bao-co-bang.pdf', mimeType: 'application/pdf', buffer: pdf }, 3);
  expect(tasks).toEqual(
    [
      { unit: 'Phòng Nội vụ', text: 'Cập nhật quy chế làm việc', deadline: '2023-11-15' },
      { unit: 'Phòng Nội vụ', text: 'Rà soát thủ tục hành chính', deadline: '2023-10-30' },
      { unit: 'Phòng Tài chính - Kế hoạch', text: 'Rà soát kinh phí thực hiện, báo cáo Ủy ban nhân dân huyện trước ngày 31/10/2023.', deadline: '2023-10-31' },
      { unit: 'Phòng Nội vụ', text: 'Tham mưu kiện toàn Ban Chỉ đạo cải cách hành chính huyện trước ngày 20/10/2023.', deadline: '2023-10-20' },
    ].sort((a, b) => a.text.localeCompare(b.text)),
  );
});

it('clerk: uploads a Word file whose table carries a merged unit cell, sees the doubtful task first, and publishes', async () => {
  const cell = (text: string, verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType]) =>
    new TableCell({ children: [new Paragraph(text)], verticalMerge });
  const table = new Table({
    rows: [
      new TableRow({ children: ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'].map((t) => cell(t)) }),
      new TableRow({
        children: [
          cell('1'),
          cell('Tổng hợp báo cáo cải cách hành chính quý IV'),
          cell('Phòng Nội vụ', VerticalMergeType.RESTART),
          cell('Văn phòng HĐND và UBND'),
          cell('15/12/2023'),
        ],
      }),
      new TableRow({
        children: [cell('2'), cell('Kiểm tra công vụ tại các xã'), cell('', VerticalMergeType.CONTINUE), cell('Thanh tra huyện'), cell('20/12/2023')],
      }),
      new TableRow({ children: [cell('3'), cell('Rà soát dự toán ngân sách năm 2024'), cell('Phòng Tài chính - Kế hoạch'), cell(''), cell('Tháng 12/2023')] }),
    ],
  });
  const lines = [
    'ỦY BAN NHÂN DÂN HUYỆN AN DƯƠNG',
    'Số: 301/KH-UBND',
    'An Dương, ngày 01 tháng 12 năm 2023',
    'KẾ HOẠCH',
    'Cải cách hành chính tháng 12 năm 2023',
    'Giao Phòng Giáo dục và Đào tạo theo dõi việc thực hiện ở các trường.',
  ];
  const doc = new Document({ sections: [{ children: [...lines.map((l) => new Paragraph(l)), table] }] });
  const buffer = await Packer.toBuffer(doc);

  const page = await clerkPage();
  await page.goto(`${session.api.baseUrl}/directives/new`);
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'ke-hoach-cchc.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
  await page.getByRole('button', { name: 'Phân tích' }).click();
  const review = page.getByRole('list', { name: 'Cần xem lại' });
  await review.waitFor();
  expect(await review.locator('li').allTextContents()).toEqual(['Mục 1, nhiệm vụ 1: không rõ thời hạn']);

  const tasks = await uploadAndPublish(
    page,
    { name: 'ke-hoach-cchc.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer },
    3,
  );
  expect(tasks).toEqual([
    { unit: 'Phòng Nội vụ', text: 'Kiểm tra công vụ tại các xã', deadline: '2023-12-20' },
    // Sunday 31/12/2023, then Tết Dương lịch: in force on Tuesday 02/01/2024.
    { unit: 'Phòng Tài chính - Kế hoạch', text: 'Rà soát dự toán ngân sách năm 2024', deadline: '2023-12-31', inForce: '2024-01-02' },
    { unit: 'Phòng Giáo dục và Đào tạo', text: 'Theo dõi việc thực hiện ở các trường.', deadline: null },
    { unit: 'Phòng Nội vụ', text: 'Tổng hợp báo cáo cải cách hành chính quý IV', deadline: '2023-12-15' },
  ]);
});
