/** Invented (演示数据) villages, work items and projects that fill the modules around the seed's facts. */
import type { Db } from '../connection';
import { eq } from 'drizzle-orm';
import { projectMilestones, projects, taskForces, villages, workItemMilestones, workItems } from '../schema';
import type { Rng } from './random';

const SYLLABLES = ['溪', '山', '塘', '口', '源', '坞', '桥', '岭', '湖', '田', '坑', '垄', '畈', '园', '岗', '铺', '埠', '头', '下', '里'];
const FIRST = [
  '双',
  '上',
  '下',
  '东',
  '西',
  '南',
  '北',
  '石',
  '黄',
  '杨',
  '严',
  '沈',
  '徐',
  '毛',
  '余',
  '姜',
  '柳',
  '梅',
  '竹',
  '新',
  '大',
  '小',
  '九',
  '七',
  '花',
  '荷',
  '白',
  '青',
];

/** About 12 administrative villages per township (×scale), names made up from common syllables. */
export function seedVillages(db: Db, rng: Rng, townshipIds: number[], scale: number): void {
  const seen = new Set<string>(['双溪村']);
  const rows: { name: string; kind: 'administrative'; townshipUnitId: number; isDemo: boolean }[] = [];
  for (const townshipUnitId of townshipIds) {
    const n = Math.round(rng.int(9, 15) * scale);
    for (let i = 0; i < n; i++) {
      let name = '';
      for (let tries = 0; tries < 20 && (!name || seen.has(name)); tries++) name = `${rng.pick(FIRST)}${rng.pick(SYLLABLES)}村`;
      if (seen.has(name)) name = `${name.replace(/村$/, '')}${i + 1}村`;
      seen.add(name);
      rows.push({ name, kind: 'administrative', townshipUnitId, isDemo: true });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    db.insert(villages)
      .values(rows.slice(i, i + 500))
      .run();
}

const WORK_ITEMS = [
  ['完成项目用地征收', '完成征收并交地', ['完成土地丈量', '签订征收协议', '完成交地']],
  ['重点企业走访服务', '走访服务企业全覆盖', ['制定走访计划', '完成首轮走访', '问题清单销号']],
  ['争取上级政策资金', '争取资金到位', ['梳理政策清单', '完成项目申报', '资金到位']],
  ['编制专项规划', '规划通过评审', ['完成初稿', '征求意见', '通过专家评审']],
] as const;

/**
 * Two invented closed-loop work items per task force with dated milestones. A milestone is done
 * only by `lastDay` (the demo's evening before the meeting); later ones are still open.
 */
export function seedWorkItems(
  db: Db,
  rng: Rng,
  taskForceIds: number[],
  unitIdOf: (tfIndex: number) => number,
  o: { year: number; lastDay: string },
): void {
  taskForceIds.forEach((taskForceId, i) => {
    for (let k = 0; k < 2; k++) {
      const [title, target, steps] = WORK_ITEMS[(i + k) % WORK_ITEMS.length]!;
      const deadlineMonth = rng.int(8, 12);
      const drawnDone = rng.int(0, steps.length);
      const closed = drawnDone === steps.length && rng.chance(0.5);
      const milestones = steps.map((s, j) => {
        const month = String(Math.max(1, Math.round(((j + 1) / steps.length) * deadlineMonth))).padStart(2, '0');
        const actual = j < drawnDone ? `${o.year}-${month}-${rng.int(10, 25)}` : null;
        return { title: s, plannedDate: `${o.year}-${month}-15`, actual, sortOrder: j + 1 };
      });
      const firstOpen = milestones.findIndex((m) => m.actual === null || m.actual > o.lastDay);
      const done = firstOpen === -1 ? steps.length : firstOpen;
      const item = db
        .insert(workItems)
        .values({
          taskForceId,
          title,
          target,
          ownerUnitId: unitIdOf(i),
          deadline: `${o.year}-${String(deadlineMonth).padStart(2, '0')}-28`,
          status: done === steps.length ? (closed ? 'closed' : 'done') : done === 0 ? 'not_started' : 'in_progress',
          isDemo: true,
        })
        .returning({ id: workItems.id })
        .get();
      db.insert(workItemMilestones)
        .values(milestones.map(({ actual, ...m }, j) => ({ workItemId: item.id, ...m, actualDate: j < done ? actual : null })))
        .run();
    }
  });
}

/** A few invented investment projects with milestones. */
export function seedProjects(db: Db, rng: Rng, campaignId: number, year: number): void {
  const names = [
    ['衢州数字经济产业园二期', '衢州柯城数字产业发展有限公司'],
    ['航埠镇现代农业综合体', '柯城区农业发展投资有限公司'],
    ['荷花街道城中村改造安置房', '柯城区城市建设投资有限公司'],
  ] as const;
  const taskForceId = db.select({ id: taskForces.id }).from(taskForces).where(eq(taskForces.name, '重大项目推进专班')).get()?.id ?? null;
  for (const [name, owner] of names) {
    const p = db
      .insert(projects)
      .values({
        campaignId,
        taskForceId,
        name,
        ownerEnterprise: owner,
        landMu: Math.round(rng.range(30, 180)),
        plannedInvestment: Math.round(rng.range(2, 12)) * 10000,
        phase: '一期',
        isDemo: true,
      })
      .returning({ id: projects.id })
      .get();
    db.insert(projectMilestones)
      .values([
        { projectId: p.id, title: '开工', plannedDate: `${year}-03-31`, actualDate: `${year}-04-${rng.int(10, 28)}`, sortOrder: 1 },
        { projectId: p.id, title: '结顶', plannedDate: `${year}-10-31`, sortOrder: 2 },
        { projectId: p.id, title: '投入使用', plannedDate: `${year + 1}-06-30`, sortOrder: 3 },
      ])
      .run();
  }
}
