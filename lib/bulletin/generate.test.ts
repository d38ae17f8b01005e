import { describe, expect, it } from 'vitest';
import { buildBulletin } from './generate';
import { chineseNumeral, headingLabel } from './numbering';
import { fixtureSnapshot, fixtureSnapshotInput } from '@/lib/deck/test-fixtures';
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
  it('has the title, recipients, the seven sections in order, the issuer and the date in words', () => {
    const d = doc();
    expect(d.title).toBe('关于“六抓六比·八大竞赛”运行情况的通报');
    expect(d.opening).toBe('现将2020年1—9月“六抓六比·八大竞赛”运行情况通报如下。');
    expect(d.sections.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、竞赛和专班排名情况',
      '三、弱项指标',
      '四、进度滞后的专班',
      '五、报送及时率',
      '六、逾期督办事项',
      '七、下步工作要求',
    ]);
    expect(d.dateLabel).toBe('2020年10月9日');
    expect(d.demoNote).toContain('演示数据');
    expect(buildBulletin(fixtureBulletinInput({ demo: false })).demoNote).toBeNull();
  });

  it('一、总体情况: headline counts and county standing (lib/metrics headlineFigures)', () => {
    const text = textOf(doc().sections[0]!.blocks);
    expect(text).toContain('序时进度为75.0%');
    expect(text).toContain(
      '纳入本期评价8项：达到序时3项，占37.5%；略滞后1项；严重滞后3项，占37.5%；未报送1项。另有1项本期数据已报送、待审核',
    );
    expect(text).toContain('比较的3项指标中，全市排名前三分之一的2项，全市排名后三分之一的1项；与上期相比，排名上升的1项，下降的1项。');
    expect(text).not.toContain('排名仅供参考');
  });

  it('二、rankings: competitions and every task force with their progress against 应完成; 红榜/黄榜 by the campaign rule', () => {
    const s = doc().sections[1]!;
    const text = textOf(s.subsections.flatMap((x) => x.blocks));
    expect(text).toContain(
      '3项竞赛中，得分居前三位的是项目攻坚竞赛（92.0分）、民生实事竞赛（60.0分）和平安法治竞赛（59.3分）。与上期相比，项目攻坚竞赛上升1位和民生实事竞赛上升1位；平安法治竞赛下降2位。',
    );
    // 项目攻坚: (74% + 52%) / 2 = 63.0% against 75.0%; 平安法治 holds ceilings only: never a completion
    expect(text).toContain(
      '表1　2020年9月各竞赛得分排名\n第1名|项目攻坚竞赛|区发改局|92.0|上升1位|63.0%|75.0%|1\n第2名|民生实事竞赛|区教育局|60.0|上升1位|150.0%|75.0%|0\n第3名|平安法治竞赛|区应急管理局|59.3|下降2位|无累计型指标|—|2',
    );
    expect(text).toContain('1.红榜。得分前1名且不低于100分的专班：项目前期专班（第1名，100.0分），共1个。');
    expect(text).toContain('2.黄榜。得分后1名或低于70分的专班：教育提升专班（第3名，60.0分）和安全生产专班（第4名，59.3分），共2个。');
    expect(text).toContain('下降3位及以上的有安全生产专班下降3位。');
    expect(text).toContain('第2名|招商引资专班|项目攻坚|84.0|上升1位|63.0%|75.0%\n第3名|教育提升专班|民生实事|60.0|上升1位|150.0%|75.0%');
  });

  it('三、weak items weakest first, with the gap in words for each kind and direction', () => {
    const s = doc().sections[2]!;
    expect(textOf(s.blocks)).toContain('全区共有弱项指标4项，其中严重滞后或节点逾期的3项，全市排名处于后三分之一的1项');
    const text = textOf(s.subsections.flatMap((x) => x.blocks));
    expect(s.subsections.map((x) => x.heading)).toEqual(['（一）进度严重滞后的指标', '（二）全市排名靠后的指标']);
    expect(text).toContain('1.项目攻坚（1项）：实际利用外资（区发改局）。');
    expect(text).toContain('2.平安法治（2项）：新增违法建筑（区应急管理局）、生产安全事故起数（区应急管理局）。');
    expect(text).toContain('1.项目攻坚（1项）：城镇登记失业率（第5名/6）。');
    expect(text).toContain('1|新增违法建筑|安全生产专班|区应急管理局|发生1处（零容忍，未达标）|—|严重滞后');
    expect(text).toContain('2|实际利用外资|招商引资专班|区发改局|慢于序时23.0个百分点（严重滞后）|—|严重滞后');
    expect(text).toContain('3|生产安全事故起数|安全生产专班|区应急管理局|超出阶段控制线1起（严重滞后）|—|严重滞后');
    // 2.7% against a 3.5% ceiling: below it, which for this rate is good
    expect(text).toContain('4|城镇登记失业率|项目前期专班|区住建局|低于目标0.8个百分点（越低越好，达标）|第5名/6|全市排名靠后');
  });

  it('三、names shared by several indicators are told apart by their task force', () => {
    const input = fixtureBulletinInput();
    input.structure.indicators = input.structure.indicators.map((i) => (i.id === 103 ? { ...i, name: '实际利用外资' } : i));
    const text = textOf(buildBulletin(input).sections[2]!.subsections.flatMap((x) => x.blocks));
    expect(text).toContain('1.项目攻坚（1项）：实际利用外资（招商引资专班，区发改局）。');
    expect(text).toContain('1.项目攻坚（1项）：实际利用外资（项目前期专班，第5名/6）。');
  });

  it('四、lagging task forces by their group progress or score; a ceiling reads 控制线, never 完成率 or 全年红', () => {
    const text = textOf(doc().sections[3]!.blocks);
    expect(text).toContain('以下3个专班累计型指标平均完成率慢于应完成进度5个百分点以上，或得分低于70分');
    expect(text).toContain(
      '1.招商引资专班（牵头单位：区发改局；牵头领导：张三（副区长））。得分84.0分（全区第2名/4）；累计型指标平均完成率63.0%（2项），慢于应完成进度12.0个百分点（严重滞后）；严重滞后指标1项：',
    );
    // 520 of 1 000 by September: 52.0% against 75.0%; 520 / 9 × 12 = 693.3 ⇒ 69.3% of the year
    expect(text).toContain(
      '（1）实际利用外资：完成率52.0%，慢于序时23.0个百分点（严重滞后）；按当前进度，全年预计完成69.3%（责任单位：区发改局）。',
    );
    expect(text).toContain('2.教育提升专班（牵头单位：区教育局）。得分60.0分（全区第3名/4）');
    expect(text).toContain(
      '3.安全生产专班（牵头单位：区应急管理局）。得分59.3分（全区第4名/4）；无累计型指标（按状态计数）；严重滞后指标2项：',
    );
    // 9起 of a 12起 ceiling, 1起 over the 8起 phased line; 9 / 9 × 12 = 12起 by December
    expect(text).toContain(
      '（1）生产安全事故起数：已用控制线75.0%，超出阶段控制线1起（严重滞后）；按当前趋势全年约12起，与控制线持平（责任单位：区应急管理局）。',
    );
    expect(text).toContain('（2）新增违法建筑：发生1处（零容忍，未达标）（责任单位：区应急管理局）。');
    expect(allText(doc())).not.toMatch(/全年红|完成率100/);
  });

  it('五、on-time submission: the rows of lib/metrics onTimeByUnit, totals, units below 90%, the table', () => {
    const s = doc().sections[4]!;
    const text = textOf(s.blocks);
    // 7 monthly indicators × 9 rounds = 63 due; 101 late and 103 missing in September
    expect(text).toContain(
      '2020年1—9月，各责任单位应报送指标数据63条，按时报送61条，报送及时率96.8%；其中2020年9月应报送7条，按时报送5条，及时率71.4%。',
    );
    // 区住建局 answers for 103 alone: 8 of 9 on time
    expect(text).toContain('报送及时率低于90%的单位有1个：区住建局（88.9%）。');
    expect(text).toContain('1|区发改局|2|1|50.0%|18|94.4%');
    expect(text).toContain('4|区应急管理局|2|2|100.0%|18|100.0%');
  });

  it('an incomplete round says how much is in where it ranks; without a previous rank nothing moved', () => {
    const snap = fixtureSnapshotInput();
    snap.entries = snap.entries.filter((e) => e.period !== '2020-09' || e.indicatorId === 101);
    const d = buildBulletin(fixtureBulletinInput({ snapshot: fixtureSnapshot(snap) }));
    expect(textOf(d.sections[0]!.blocks)).toContain('本期已报送1/7项，排名仅供参考。');
    expect(textOf(d.sections[1]!.subsections[0]!.blocks)).toMatch(/^本期已报送1\/7项，排名仅供参考。/);

    const jan = fixtureSnapshotInput('2020-01');
    jan.entries = jan.entries.map((e) => ({ ...e, period: e.period === '2020-08' ? '2020-01' : '2020-02' }));
    jan.countyValues = jan.countyValues.map((v) => ({ ...v, period: '2020-01' }));
    const j = buildBulletin(fixtureBulletinInput({ period: '2020-01', snapshot: fixtureSnapshot(jan) }));
    const rankings = textOf(j.sections[1]!.subsections.flatMap((x) => x.blocks));
    expect(rankings).toContain('本期无上期排名可比（首个统计期或上期无数据），不计名次升降。');
    expect(rankings).not.toMatch(/上升\d位|下降\d位/);
    expect(textOf(j.sections[0]!.blocks)).toContain('上期无可比排名，不计排名升降。');
  });

  it('uses every heading level of GB/T 9704', () => {
    const all = allText(doc());
    expect(all).toMatch(/一、/);
    expect(all).toMatch(/（一）/);
    expect(all).toMatch(/\n1\./);
    expect(all).toMatch(/\n（1）/);
  });
});
