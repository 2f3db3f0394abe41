import { DataSource } from 'typeorm';
import { browserSession } from './support';

/*
 * The admin reads a caught mail under Quản trị → Hộp thư thử as it was written: its own styles
 * show, served by the API under a policy of their own, and its scripts never run.
 */

jest.setTimeout(120_000);

const session = browserSession();

it('admin: a caught mail shows with its own colours, and its script does not run', async () => {
  const db = session.api.h.app.get(DataSource);
  await db.query(`INSERT INTO caught_mails ("to", "from", subject, html, text) VALUES ($1, $2, $3, $4, $5)`, [
    ['truongphong@dondoc.local'],
    'dondoc@dondoc.local',
    'Thư có kiểu chữ riêng',
    '<p id="late" style="color: rgb(185, 28, 28)">Quá hạn 2 ngày</p><script>document.body.dataset.ran = "yes"</script>',
    'Quá hạn 2 ngày',
  ]);
  const page = await session.pageAs('admin@dondoc.local');
  await page.goto(`${session.api.baseUrl}/admin?tab=mail`);
  await page.getByRole('button', { name: /Thư có kiểu chữ riêng/ }).click();
  const frame = page.frameLocator('iframe[title="Nội dung thư"]');
  const late = frame.locator('#late');
  await late.waitFor();
  expect(await late.textContent()).toBe('Quá hạn 2 ngày');
  // The server's TypeScript settings know no DOM: the frame's window is reached through the element.
  expect(
    await late.evaluate((el) => (el.ownerDocument.defaultView as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(el).color),
  ).toBe('rgb(185, 28, 28)');
  expect(await frame.locator('body').getAttribute('data-ran')).toBeNull();
});
