import { describe, expect, it } from 'vitest';
import { buildAgenda } from './agenda';
import type { Deck, SlideData } from './types';

const slide = (kind: string, title: string): SlideData => ({ kind, title, number: 0, notes: '', summary: '' }) as unknown as SlideData;
const deck = (title: string, slides: SlideData[]): Deck => ({
  title,
  dateLabel: '2020年10月9日',
  period: '2020-09',
  periodLabel: '2020年9月',
  demo: true,
  slides,
});

describe('buildAgenda', () => {
  it('opens with cover and overview, runs every report in order, then 红黄榜, 弱项, the 通报 and the end; renumbered', () => {
    const meeting = deck('推进会', [
      slide('cover', '封面'),
      slide('overview', '总体'),
      slide('competition', '竞赛一'),
      slide('competition', '竞赛二'),
      slide('honour', '红黄榜'),
      slide('weak', '弱项'),
      slide('closing', '谢谢'),
    ]);
    const a = deck('推进会 · 一', [slide('report-cover', '一汇报'), slide('report-next', '一下步')]);
    const b = deck('推进会 · 二', [slide('report-cover', '二汇报')]);
    const bulletin = [slide('bulletin', '通报'), slide('bulletin', '通报续')];
    const agenda = buildAgenda(meeting, [a, b], bulletin);
    expect(agenda.title).toBe('推进会');
    expect(agenda.slides.map((s) => s.title)).toEqual([
      '封面',
      '总体',
      '一汇报',
      '一下步',
      '二汇报',
      '红黄榜',
      '弱项',
      '通报',
      '通报续',
      '谢谢',
    ]);
    expect(agenda.slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
