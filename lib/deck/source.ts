/**
 * What the slide builders read: the campaign's structure and the evaluated period. Plain data, so
 * the builders stay pure (db/queries/meetings.ts loads it; tests build it by hand).
 */
import type { Competition, Indicator, Person, TaskForce, Unit } from '@/db/schema';
import type { CampaignSettings, IndicatorResult, PeriodSnapshot } from '@/lib/metrics';
import type { ProjectInput } from '@/lib/views/projects';
import type { LoadedFigure } from '@/lib/views/village-figures';
import type { VillageListInput } from '@/lib/views/villages';
import type { WorkItemInput } from '@/lib/views/work-item';

export interface DeckStructure {
  competitions: Pick<Competition, 'id' | 'name' | 'shortName' | 'leadPersonId' | 'leadUnitId'>[];
  taskForces: Pick<TaskForce, 'id' | 'competitionId' | 'name' | 'goal' | 'leadPersonId' | 'leadUnitId'>[];
  indicators: Pick<Indicator, 'id' | 'taskForceId' | 'name' | 'responsibleUnitId'>[];
  units: Map<number, Pick<Unit, 'name'>>;
  people: Map<number, Pick<Person, 'name' | 'title'>>;
}

/** Villages, projects and 督办 items for their slides (loaded only when a meeting has such slides). */
export interface DeckPlaces {
  villages: VillageListInput[];
  /** Approved village figures (the charts and the comparison count approved figures only). */
  villageFigures: LoadedFigure[];
  /** Projects with their approved figures. */
  projects: ProjectInput[];
  workItems: WorkItemInput[];
}

export interface DeckSource {
  campaign: { name: string; year: number };
  settings: CampaignSettings;
  demo: boolean;
  snapshot: PeriodSnapshot;
  structure: DeckStructure;
  places?: DeckPlaces;
}

/** Lookups the builders share, made once per deck. */
export interface DeckIndex {
  src: DeckSource;
  competition: Map<number, DeckStructure['competitions'][number]>;
  taskForce: Map<number, DeckStructure['taskForces'][number]>;
  indicator: Map<number, DeckStructure['indicators'][number]>;
  resultsByTaskForce: Map<number, IndicatorResult[]>;
  /** The indicator results of the given task forces, in their order. */
  resultsOf: (taskForceIds: number[]) => IndicatorResult[];
  unitName: (id: number | null) => string | null;
  personLabel: (id: number | null) => string | null;
}

export function indexSource(src: DeckSource): DeckIndex {
  const s = src.structure;
  const resultsByTaskForce = new Map<number, IndicatorResult[]>();
  for (const r of src.snapshot.indicators) {
    const list = resultsByTaskForce.get(r.taskForceId);
    if (list) list.push(r);
    else resultsByTaskForce.set(r.taskForceId, [r]);
  }
  return {
    src,
    competition: new Map(s.competitions.map((c) => [c.id, c])),
    taskForce: new Map(s.taskForces.map((t) => [t.id, t])),
    indicator: new Map(s.indicators.map((i) => [i.id, i])),
    resultsByTaskForce,
    resultsOf: (ids) => ids.flatMap((id) => resultsByTaskForce.get(id) ?? []),
    unitName: (id) => (id === null ? null : (s.units.get(id)?.name ?? null)),
    personLabel: (id) => {
      const p = id === null ? undefined : s.people.get(id);
      return p ? `${p.name}（${p.title}）` : null;
    },
  };
}
