import { describe, expect, it } from 'vitest';
import { buildBulletin } from './generate';
import { chineseNumeral, headingLabel } from './numbering';
import { fixtureBulletinInput } from './test-fixtures';
import type { Block, BulletinDoc } from './types';

const doc = () => buildBulletin(fixtureBulletinInput());

function textOf(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.type === 'table'
        ? `${b.caption}\n${b.rows.map((r) => r.join('|')).join('\n')}`
        : b.type === 'item'
          ? `${b.label}${b.lead ?? ''}${b.text}`
          : b.text,
    )
    .join('\n');
}

function allText(d: BulletinDoc): string {
  return d.sections
    .map((s) => [s.heading, textOf(s.blocks), ...s.subsections.map((x) => `${x.heading}\n${textOf(x.blocks)}`)].join('\n'))
    .join('\n');
}

describe('numbering', () => {
  it('writes Chinese numerals and the four heading levels', () => {
    expect([1, 2, 9, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '二', '九', '十', '十一', '二十', '二十一', '九十九']);
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect([headingLabel(1, 3), headingLabel(2, 3), headingLabel(3, 3), headingLabel(4, 3)]).toEqual(['三、', '（三）', '3.', '（3）']);
  });
});

describe('buildBulletin', () => {
  it('has the title, recipients, the six sections in order, the issuer and the date in words', () => {
    const d = doc();
    expect(d.title).toBe('关于“六抓六比·八大竞赛”运行情况的通报');
    expect(d.opening).toBe('现将2020年1—9月“六抓六比·八大竞赛”运行情况通报如下。');
    expect(d.sections.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、竞赛和专班排名情况',
      '三、弱项指标',
      '四、进度滞后的专班',
      '五、报送及时率',
      '六、下步工作要求',
    ]);
    expect(d.dateLabel).toBe('2020年10月9日');
    expect(d.demoNote).toContain('演示数据');
    expect(buildBulletin(fixtureBulletinInput({ demo: false })).demoNote).toBeNull();
  });

  it('一、总体情况: statuses counted against 序时 and the county standing', () => {
    const text = textOf(doc().sections[0]!.blocks);
    expect(text).toContain('序时进度为75.0%');
    expect(text).toContain('纳入本期评价6项：达到序时3项，占50.0%；略滞后1项；严重滞后1项，占16.7%；未报送1项。');
    expect(text).toContain('比较的3项指标中，本区排名前两位的2项，排名靠后（处于后三分之一）的1项；与上期相比，排名上升的1项，下降的1项。');
  });

  it('二、rankings: the competitions table, 红榜/黄榜 by the campaign rule', () => {
    const s = doc().sections[1]!;
    const text = textOf(s.subsections.flatMap((x) => x.blocks));
    expect(text).toContain(
      '2项竞赛中，得分居前三位的是项目攻坚竞赛（90.9分）和民生实事竞赛（60.0分）。与上期相比，项目攻坚竞赛上升1位；民生实事竞赛下降1位。',
    );
    expect(text).toContain('表1　2020年9月各竞赛得分排名\n第1名|项目攻坚竞赛|区发改局|90.9|上升1位|65.0%|1');
    expect(text).toContain('1.红榜。得分前1名且不低于100分的专班：本期无专班入榜。');
    expect(text).toContain('2.黄榜。得分后1名或低于70分的专班：教育提升专班（第3名，60.0分），共1个。');
  });

  it('三、weak items by competition, with the full list', () => {
    const s = doc().sections[2]!;
    expect(textOf(s.blocks)).toContain('全区共有弱项指标2项，其中严重滞后或节点逾期的1项，全市排名处于后三分之一的1项');
    const text = textOf(s.subsections.flatMap((x) => x.blocks));
    expect(s.subsections.map((x) => x.heading)).toEqual(['（一）进度严重滞后的指标', '（二）全市排名靠后的指标']);
    expect(text).toContain('1.项目攻坚（1项）：实际利用外资（区发改局）。');
    expect(text).toContain('1.项目攻坚（1项）：项目开工率（第5名/6）。');
    expect(text).toContain('1|实际利用外资|招商引资专班|区发改局|严重滞后|—|严重滞后');
  });

  it('三、names shared by several indicators are told apart by their task force', () => {
    const input = fixtureBulletinInput();
    input.structure.indicators = input.structure.indicators.map((i) => (i.id === 103 ? { ...i, name: '实际利用外资' } : i));
    const text = textOf(buildBulletin(input).sections[2]!.subsections.flatMap((x) => x.blocks));
    expect(text).toContain('1.项目攻坚（1项）：实际利用外资（招商引资专班，区发改局）。');
    expect(text).toContain('1.项目攻坚（1项）：实际利用外资（项目前期专班，第5名/6）。');
  });

  it('四、lagging task forces with lead unit and leader, their lagging indicators as （1）', () => {
    const text = textOf(doc().sections[3]!.blocks);
    expect(text).toContain('以下2个专班平均完成率慢于应完成进度5个百分点以上，或得分低于70分');
    expect(text).toContain(
      '1.招商引资专班（牵头单位：区发改局；牵头领导：张三（副区长））。得分86.7分（全区第2名/3）；平均完成率65.0%，慢于序时10.0个百分点；严重滞后指标1项：',
    );
    expect(text).toContain('（1）实际利用外资：完成50.0%，慢于序时25.0个百分点（责任单位：区发改局）。');
    expect(text).toContain('2.教育提升专班（牵头单位：区教育局）。得分60.0分（全区第3名/3）');
  });

  it('五、on-time submission: totals, units below 90%, the table', () => {
    const s = doc().sections[4]!;
    const text = textOf(s.blocks);
    // 5 monthly indicators × 9 months = 45 due (105 has no lag here); 101 late and 103 missing in September
    expect(text).toContain(
      '2020年1—9月，各责任单位应报送指标数据45条，按时报送43条，报送及时率95.6%；其中2020年9月应报送5条，按时报送3条，及时率60.0%。',
    );
    // 区住建局 answers for 103 alone: 8 of 9 on time
    expect(text).toContain('报送及时率低于90%的单位有1个：区住建局（88.9%）。');
    expect(text).toContain('1|区发改局|2|1|50.0%|18|94.4%');
  });

  it('uses every heading level of GB/T 9704', () => {
    const all = allText(doc());
    expect(all).toMatch(/一、/);
    expect(all).toMatch(/（一）/);
    expect(all).toMatch(/\n1\./);
    expect(all).toMatch(/\n（1）/);
  });
});
