import { describe, expect, it } from 'vitest';
import { NewCampaignInput, STRUCTURE_ROW_SCHEMAS } from './structure';

const campaign = { name: '六抓六比', year: '2021', regionName: '柯城区', regionCode: '330802' };
const message = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message ?? '';

describe('structure text fields follow the one input rule', () => {
  it('refuses NUL in a new campaign name with the Chinese advice', () => {
    const r = NewCampaignInput.safeParse({ ...campaign, name: 'a\u0000b' });
    expect(r.success).toBe(false);
    expect(message(r)).toContain('活动名称中含有空字符');
  });

  it('removes bidi overrides and zero-width marks from names', () => {
    const r = NewCampaignInput.parse({ ...campaign, name: '\u202E六抓\u200B六比 ' });
    expect(r.name).toBe('六抓六比');
    const row = STRUCTURE_ROW_SCHEMAS.competitions.parse({
      name: 'a\u202Eb',
      shortName: '\u2066x',
      description: null,
      leadPerson: null,
      leadUnit: null,
    });
    expect(row.name).toBe('ab');
    expect(row.shortName).toBe('x');
  });

  it('refuses NUL in every sheet’s text cell', () => {
    const r = STRUCTURE_ROW_SCHEMAS.people.safeParse({ name: '张三', title: '区长\u0000', unit: null });
    expect(r.success).toBe(false);
    expect(message(r)).toContain('职务中含有空字符');
  });

  it('still says what is missing or too long, after cleaning', () => {
    expect(message(NewCampaignInput.safeParse({ ...campaign, name: '\u202E \u200B' }))).toBe('活动名称不能为空，请填写');
    expect(message(NewCampaignInput.safeParse({ ...campaign, name: '字'.repeat(51) }))).toBe('活动名称最多 50 个字，请缩短');
  });

  it('keeps member units split on line breaks', () => {
    const row = STRUCTURE_ROW_SCHEMAS.taskForces.parse({
      name: '专班',
      competition: '竞赛',
      goal: '目标',
      leadPerson: null,
      leadUnit: null,
      members: '区发改局\n区财政局、\u202E区商务局',
    });
    expect(row.members).toEqual(['区发改局', '区财政局', '区商务局']);
  });
});
