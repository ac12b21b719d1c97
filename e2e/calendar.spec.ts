import fs from 'node:fs';
import { expect, request, test, type Page } from '@playwright/test';
import { login, PASSWORD } from './helpers';

const SHOTS = 'tmp/calendar-shots';
fs.mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

interface Year {
  year: number;
  source: string;
  festivals: { name: string; days: string[]; makeUp: string[] }[];
}

test('the administrator sees the provisional holidays of a year without its notice, enters the notice (refused while a statutory day is missing), and removes it again', async ({ page, baseURL }) => {
  const admin = await request.newContext({ baseURL });
  expect((await admin.post('/api/v1/auth/login', { data: { username: 'admin', password: PASSWORD } })).status()).toBe(200);
  const { today } = (await (await admin.get('/api/v1/calendar/notices')).json()) as { today: string };
  const thisYear = Number(today.slice(0, 4));
  // the first of the years the notice card offers that has no arrangement yet
  let target: Year | null = null;
  for (const y of [thisYear, thisYear + 1, thisYear + 2]) {
    const year = (await (await admin.get(`/api/v1/calendar/years/${y}`)).json()) as Year;
    if (year.source === 'statutory') {
      target = year;
      break;
    }
  }
  expect(target, 'a year without its notice among the next ones').not.toBeNull();
  const T = target?.year ?? 0;
  const spring = target?.festivals.find((f) => f.name === '春节');
  const eve = spring?.days[0] ?? '';

  await login(page, 'admin');
  await page.goto('/admin/calendar');
  await expect(page.getByTestId('calendar-banners')).toHaveAttribute('data-today', today);
  // from December on, next year's state is shown either way
  if (today.slice(5, 7) === '12') await expect(page.getByTestId('calendar-next-year')).toHaveAttribute('data-state', T === thisYear + 1 ? 'provisional' : 'entered');
  else await expect(page.getByTestId('calendar-next-year')).toHaveCount(0);
  if (T === thisYear) await expect(page.getByTestId('calendar-this-year')).toHaveAttribute('data-state', 'provisional');

  // the month of 春节 in that year: 除夕 is a provisional holiday
  const month = page.getByTestId('calendar-month');
  for (let i = 0; i < 40 && (await month.getAttribute('data-month')) !== eve.slice(0, 7); i++) await page.getByTestId('calendar-next').click();
  await expect(month).toHaveAttribute('data-month', eve.slice(0, 7));
  const eveCell = month.locator(`[data-testid="calendar-day"][data-date="${eve}"]`);
  await expect(eveCell).toHaveAttribute('data-provisional', 'true');
  await expect(eveCell).toHaveAttribute('data-working', 'false');
  await expect(eveCell).toHaveAttribute('title', /法定节假日（调休安排未公布）/);
  await shot(page, '1-provisional');

  // the notice card, on that year
  await page.getByTestId('notice-year').click();
  await page.locator(`.ant-select-item-option[title="${T} 年"]`).click();
  await expect(page.getByTestId('notice-source')).toHaveAttribute('data-source', 'statutory');
  await page.getByTestId('notice-fill').click();
  await expect(page.getByTestId('notice-row')).toHaveCount(7);
  await page.getByTestId('notice-document').fill(`国务院办公厅关于${T}年部分节假日安排的通知（国办发明电〔${T - 1}〕1号）`);
  // without 国庆节 (the last row) the server refuses, naming the missing days
  await page.getByTestId('notice-row').last().getByTestId('notice-row-delete').click();
  await expect(page.getByTestId('notice-row')).toHaveCount(6);
  await page.getByTestId('notice-save').click();
  await expect(page.getByTestId('api-error')).toContainText('CALENDAR.NOTICE_INVALID');
  await expect(page.getByTestId('notice-errors')).toContainText('缺少法定节假日');
  await expect(page.getByTestId('notice-errors')).toContainText(`${T}-10-01（国庆节）`);
  await shot(page, '2-refused');

  // all of them: saved, the year is no longer provisional
  await page.getByTestId('notice-fill').click();
  await expect(page.getByTestId('notice-row')).toHaveCount(7);
  await page.getByTestId('notice-save').click();
  await expect(page.getByText(`已保存 ${T} 年放假安排`)).toBeVisible();
  await expect(page.getByTestId('notice-source')).toHaveAttribute('data-source', 'notice');
  await expect(eveCell).toHaveAttribute('data-provisional', 'false');
  await expect(eveCell).toHaveAttribute('data-working', 'false');
  if (today.slice(5, 7) === '12' && T === thisYear + 1) await expect(page.getByTestId('calendar-next-year')).toHaveAttribute('data-state', 'entered');
  await shot(page, '3-entered');
  const trail = await (await admin.get('/api/v1/audit?action=calendar.notice_put')).json();
  expect(trail.items[0]).toMatchObject({ actorName: 'admin', targetId: String(T) });

  // removed: provisional again
  await page.getByTestId('notice-delete').click();
  await page.getByTestId('notice-delete-confirm').click();
  await expect(page.getByTestId('notice-source')).toHaveAttribute('data-source', 'statutory');
  await expect(eveCell).toHaveAttribute('data-provisional', 'true');
});
