/** A meeting with the village, project and 督办 slides, made through the meeting editor. */
import { expect, type Page } from '@playwright/test';

export const PLACE_SLIDES = ['村庄经营比较', '村庄故事', '重点项目', '督办事项'] as const;
export const STORY_VILLAGE = '双溪村（石梁镇）';
export const PROJECT = '实达实衢州智能制造服务平台';

/** Creates the meeting on /meetings/new (period 2020-09): the four slide kinds added one by one, the village and project chosen; returns its id. */
export async function createPlaceMeeting(page: Page, title: string): Promise<number> {
  await page.goto('/meetings/new');
  const form = page.getByRole('form', { name: '新建会议' });
  await form.getByLabel('会议名称').fill(title);
  await form.getByLabel('统计期').selectOption('2020-09');
  for (const kind of PLACE_SLIDES) {
    await form.getByLabel('新增幻灯片类型').selectOption({ label: kind });
    await form.getByRole('button', { name: '添加幻灯片' }).click();
  }
  await form.getByLabel('第2张 村').selectOption({ label: STORY_VILLAGE });
  await form.getByLabel('第3张 项目').selectOption({ label: PROJECT });
  await form.getByRole('button', { name: '创建会议' }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** The first element of the shown slide that sticks out of the canvas ('' when none), and whether the page scrolls. */
export async function slideFit(page: Page): Promise<{ outside: string; scrolls: boolean }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="deck-canvas"]')!.getBoundingClientRect();
    const slide = document.querySelector('[data-testid="slide"]:not([hidden])')!;
    let outside = '';
    for (const el of slide.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < canvas.left - 1 || r.top < canvas.top - 1 || r.right > canvas.right + 1 || r.bottom > canvas.bottom + 1)
        outside ||= `${el.tagName} ${(el.textContent ?? '').slice(0, 30)}`;
    }
    const root = document.documentElement;
    return { outside, scrolls: root.scrollWidth > innerWidth || root.scrollHeight > innerHeight };
  });
}
