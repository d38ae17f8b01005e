/** The 通报 (/bulletin) as a surface: its tables 表1—表3, the 红黄榜 sentences and 四、进度滞后的专班. */
import { expect, type Page } from '@playwright/test';
import type { FigureBook } from './book';
import { addDistrict } from './district';
import { addGroup } from './groups';
import { addIndicatorRow } from './indicators';
import type { Names } from './pptx';

interface BulletinText {
  tables: Record<string, string[][]>;
  /** Every paragraph and list item as [lead, text, level]. */
  items: { lead: string; text: string; level: number }[];
  body: string;
  paragraphs: string[];
}

async function readDocument(page: Page): Promise<BulletinText> {
  return page.getByTestId('bulletin').evaluate((doc) => {
    const tables: Record<string, string[][]> = {};
    for (const f of doc.querySelectorAll('figure[data-testid^="bulletin-table-"]'))
      tables[f.getAttribute('data-testid')!.replace('bulletin-table-', '')] = [...f.querySelectorAll('tr')].map((tr) =>
        [...tr.querySelectorAll('th,td')].map((c) => c.textContent ?? ''),
      );
    const items = [...doc.querySelectorAll('p.item')].map((p) => ({
      lead: p.querySelector('.lead')?.textContent ?? '',
      text: [...p.childNodes]
        .filter((n) => !(n instanceof Element && n.matches('.label,.lead')))
        .map((n) => n.textContent)
        .join(''),
      level: p.classList.contains('item-4') ? 4 : 3,
    }));
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent ?? '');
    return { tables, items, body: doc.textContent ?? '', paragraphs };
  });
}

const records = (t: string[][]) => t.slice(1).map((r) => Object.fromEntries(t[0]!.map((h, i) => [h, r[i] ?? ''])));

/** The name followed by its figures, where it stands as a whole name (after 、，：是和 or at the start). */
function mentions(body: string, name: string, tail: string): RegExpMatchArray[] {
  return [...body.matchAll(new RegExp(`(?:^|[、，：。是和])${name}${tail}`, 'g'))];
}

/** "已用控制线75.0%，超出阶段控制线1起（严重滞后）；按当前趋势…（责任单位：…）。" → figure / actual and gap. */
function standing(text: string): { figure?: string; actual?: string; gap: string } {
  const first = text.replace(/（责任单位：[^）]*）。$/, '').split('；')[0]!;
  const head = /^(完成率[^，]*|已用控制线[^，]*|当前[^，]*|全市第\d+名)，/.exec(first);
  const gap = head ? first.slice(head[0].length) : first;
  if (!head) return { gap };
  const h = head[1]!;
  if (h.startsWith('当前')) return { actual: h.slice(2), gap };
  if (h.startsWith('全市')) return { actual: h.slice(2), gap };
  return { figure: h, gap };
}

export async function readBulletin(page: Page, book: FigureBook, names: Names, period: string): Promise<void> {
  await page.goto(`/bulletin?period=${period}`);
  await expect(page.getByTestId('bulletin-table-task-forces')).toBeVisible();
  const doc = await readDocument(page);
  for (const r of records(doc.tables.competitions!))
    addGroup(book, '通报 表1', 'competition', names.competition.get(r['竞赛']!)!, {
      rank: r['名次'],
      score: r['得分'],
      movement: r['较上期'],
      completion: r['累计型指标平均完成率'],
      expected: r['应完成进度'],
      expectedBare: true,
    });
  for (const r of records(doc.tables['task-forces']!))
    addGroup(book, '通报 表2', 'task-force', names.taskForce.get(r['专班']!)!, {
      rank: r['名次'],
      score: r['得分'],
      movement: r['较上期'],
      completion: r['累计型指标平均完成率'],
      expected: r['应完成进度'],
      expectedBare: true,
    });
  for (const r of records(doc.tables.weak!))
    addIndicatorRow(book, '通报 表3', names.indicator.get(`${r['指标']}|${r['专班']}`)!, { gap: r['差距'], 'county-rank': r['全市排名'] });
  for (const [name, id] of names.competition)
    for (const m of mentions(doc.body, name, '（(\\d+\\.\\d)分）')) addGroup(book, '通报 正文', 'competition', id, { score: m[1] });
  for (const [name, id] of names.taskForce)
    for (const m of mentions(doc.body, name, '（第(\\d+)名，(\\d+\\.\\d)分）'))
      addGroup(book, '通报 正文', 'task-force', id, { rank: `第${m[1]}名`, score: m[2] });
  readLagging(book, doc, names);
  const overall = doc.paragraphs.find((p) => p.includes('序时进度为'))!;
  addDistrict(book, '通报 一、总体情况', {
    counts: overall,
    total: /纳入本期评价(\d+)项/.exec(overall)![1],
    timeProgress: /序时进度为([\d.]+%)/.exec(overall)![1],
    county: doc.paragraphs.find((p) => p.includes('比较的') && p.includes('前三分之一'))!,
  });
}

/** 四、进度滞后的专班: each task force's score, rank and progress, and its lagging indicators' standing. */
function readLagging(book: FigureBook, doc: BulletinText, names: Names): void {
  let taskForce: { id: number; name: string } | null = null;
  for (const it of doc.items) {
    const tf = /^(.+?)（牵头单位：/.exec(it.lead);
    if (it.level === 3 && tf && names.taskForce.has(tf[1]!)) {
      taskForce = { id: names.taskForce.get(tf[1]!)!, name: tf[1]! };
      const [scoreRank, progress] = it.text.split('；');
      const m = /^得分(.+?)分（全区(第\d+名)/.exec(scoreRank!)!;
      addGroup(book, '通报 四、滞后专班', 'task-force', taskForce.id, {
        score: m[1],
        rank: m[2],
        completion: progress,
        gap: progress,
        status: progress,
      });
    } else if (it.level === 4 && taskForce) {
      const id = names.indicator.get(`${it.lead.replace(/：$/, '')}|${taskForce.name}`)!;
      addIndicatorRow(book, '通报 四、滞后专班', id, standing(it.text));
    } else if (it.level === 3) taskForce = null;
  }
}
