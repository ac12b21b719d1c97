/**
 * Issue 15 item 7: every page of the portal, the kiosk/hall screens, the back office and /api/docs
 * runs under the server's Content-Security-Policy without a single violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { login } from './helpers';

const PUBLIC_PAGES = ['/', '/items', '/guide', '/login', '/register', '/progress', '/verify', '/decisions', '/open-data', '/appointments', '/hall', '/kiosk', '/board', '/rate', '/api/docs'];
const STAFF_PAGES: Record<string, string[]> = {
  director1: ['/admin', '/admin/director', '/admin/cases', '/admin/projects', '/admin/meetings', '/admin/licences', '/admin/hall', '/admin/analytics', '/admin/assessment', '/admin/audit'],
  admin: ['/admin/org', '/admin/calendar', '/admin/users', '/admin/api-keys', '/admin/exchange', '/admin/templates', '/admin/catalog', '/admin/batches'],
  editor1: ['/admin/catalog', '/admin/catalog/new', '/admin/review'],
  clerk1: ['/admin/window', '/admin/window/apply', '/admin/hall/window', '/admin/my-assessment'],
  kancha1: ['/admin/inspections', '/admin/inspections/tasks'],
  expertadmin1: ['/admin/experts'],
  agencylead1: ['/admin/agency'],
};

/** Collect CSP violations the page reports (the event) and the console's CSP errors. */
async function watch(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__cspViolation', (s: string) => seen.push(s));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (s: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} at ${location.pathname}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.push(`${m.text()} at ${page.url()}`);
  });
  return seen;
}

async function visit(page: Page, paths: string[]) {
  for (const p of paths) {
    const res = await page.goto(p);
    expect(res?.headers()['content-security-policy'], p).toContain("frame-ancestors 'none'");
    await page.waitForLoadState('networkidle');
    if (p === '/admin/analytics') await page.screenshot({ path: 'tmp/e2e-results/csp-analytics.png', fullPage: true });
  }
}

test('the public pages and /api/docs raise no CSP violation', async ({ page }) => {
  const seen = await watch(page);
  await visit(page, PUBLIC_PAGES);
  await expect(page.locator('section.swagger-ui')).toBeVisible();
  await page.screenshot({ path: 'tmp/e2e-results/csp-api-docs.png' });
  expect(seen).toEqual([]);
});

test('the back office pages raise no CSP violation', async ({ page }) => {
  const seen = await watch(page);
  for (const [user, paths] of Object.entries(STAFF_PAGES)) {
    await login(page, user);
    await visit(page, paths);
  }
  expect(seen).toEqual([]);
});
