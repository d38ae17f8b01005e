import { test as setup, expect } from '@playwright/test';
import { DEMO_ROLES, statePath } from './env';

/** Logs in once per demo role through the real form and keeps each browser state for the tests. */
for (const role of DEMO_ROLES) {
  setup(`log in as demo-${role}`, async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill(`demo-${role}`);
    await page.getByLabel('密码').fill('Kecheng@2020');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL(/\/$|\/\?/);
    await page.context().storageState({ path: statePath(role) });
  });
}
