import { browserSession } from './support';

/* The reminder policy screen: every setting under a Vietnamese label, and what is saved is what comes back. */

jest.setTimeout(120_000);

const session = browserSession();

/** Each setting of the policy, as the admin reads it beside its control. */
const LABELS = [
  'Nhắc trước hạn',
  'Tính là “sắp đến hạn” khi còn',
  'Báo quá hạn lần đầu, sau hạn',
  'Nhắc lại khi quá hạn, mỗi',
  'Báo lãnh đạo phụ trách khi quá hạn',
  'Nhắc lại lãnh đạo, mỗi',
  'Báo Chủ tịch khi quá hạn',
  'Nhắc vào sáng ngày đến hạn',
  'Báo chuyên viên theo dõi ở lần báo quá hạn đầu tiên',
  'Gửi tổng hợp tuần cho lãnh đạo',
  'Chuyên viên theo dõi được chấp nhận hoặc trả lại kết quả thay lãnh đạo phụ trách',
  'Gửi thư ngay khi đến mốc, không chờ khung giờ buổi sáng',
  'Gửi ngay thư báo trả lại kết quả và từ chối gia hạn',
  'Giờ gửi thư buổi sáng',
  'Giờ đóng khung gửi thư',
];

/** The policy's field names in the API, none of which a person should read on the screen. */
const KEYS =
  /\b(beforeDays|dueDay|overdueAfter|overdueRepeatEvery|notifyClerk|escalateAfter|escalateRepeatEvery|chairmanAfter|sendWindow|sendWindowEnd|weeklySummary|dueSoonWorkingDays|clerkDecidesWork|urgentEventsAtOnce|effectiveWindow|updatedAt|any|null|true|false)\b/;

it('admin: reads every reminder setting under a Vietnamese label, changes two, saves, and finds them kept after a reload', async () => {
  const page = await session.pageAs('admin@dondoc.local');
  await page.goto(`${session.api.baseUrl}/admin`);
  await page.getByRole('tab', { name: 'Chính sách nhắc việc' }).click();
  await page.waitForURL(/\/admin\?tab=policy$/);
  const panel = page.getByRole('tabpanel', { name: 'Chính sách nhắc việc' });
  await panel.getByRole('button', { name: 'Lưu' }).waitFor();

  // Each label names its control, so a screen reader (and this test) finds the control by it.
  for (const label of LABELS) await expect(panel.getByLabel(label).count()).resolves.toBe(1);
  await expect(panel.innerText()).resolves.not.toMatch(KEYS);

  const dueSoon = panel.getByLabel('Tính là “sắp đến hạn” khi còn');
  const windowEnd = panel.getByLabel('Giờ đóng khung gửi thư');
  await expect(dueSoon.inputValue()).resolves.toBe('3');
  await expect(windowEnd.inputValue()).resolves.toBe('11:30');
  await dueSoon.fill('5');
  await windowEnd.fill('11:00');
  await panel.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã lưu chính sách nhắc việc.').waitFor();

  await page.reload();
  await panel.getByRole('button', { name: 'Lưu' }).waitFor();
  await expect(panel.getByLabel('Tính là “sắp đến hạn” khi còn').inputValue()).resolves.toBe('5');
  await expect(panel.getByLabel('Giờ đóng khung gửi thư').inputValue()).resolves.toBe('11:00');
  await expect(panel.innerText()).resolves.toMatch(/Lưu lần cuối: /);
  await expect(panel.innerText()).resolves.not.toMatch(KEYS);
  // Sending at once is a switch, not a word to type; it sets the morning hour aside until switched off.
  const atOnce = panel.getByLabel('Gửi thư ngay khi đến mốc');
  const morning = panel.getByLabel('Giờ gửi thư buổi sáng');
  await expect(atOnce.isChecked()).resolves.toBe(false);
  await atOnce.click();
  await expect(morning.isDisabled()).resolves.toBe(true);
  await panel.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(morning.isDisabled()).resolves.toBe(false);

  const saved = (
    await session.api.h
      .http()
      .get('/api/reminder-policy')
      .set({ Authorization: `Bearer ${await session.api.h.login('admin@dondoc.local')}` })
      .expect(200)
  ).body;
  expect(saved).toMatchObject({ dueSoonWorkingDays: 5, sendWindowEnd: '11:00' });
});
