/**
 * Shared Playwright fixtures. `page` is logged in as demo-leader (read-all) once accounts land;
 * `as(role)` gives a page in its own browser context logged in as that demo role.
 */
export { test, expect } from '@playwright/test';
