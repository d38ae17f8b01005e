import 'server-only';
import type { DeckPlaces } from '@/lib/deck/source';
import { listProjects } from './projects';
import { listVillageFigures, listVillages } from './villages';
import { listWorkItems } from './work-items';

/** Villages with their approved figures, projects with their approved figures, and every 督办 item: what the place slides read. */
export function getDeckPlaces(): DeckPlaces {
  return {
    villages: listVillages(),
    villageFigures: listVillageFigures({ statuses: ['approved'] }),
    projects: listProjects({ statuses: ['approved'] }),
    workItems: listWorkItems(),
  };
}

export interface SlideSubjects {
  /** Administrative villages with a village operator (those with a story to tell), township first. */
  villages: { id: number; name: string }[];
  projects: { id: number; name: string }[];
}

/** What a 村庄故事 or 重点项目 slide may be about: the editor's choices, and what the meeting actions accept. */
export function getSlideSubjects(): SlideSubjects {
  return {
    villages: listVillages()
      .filter((v) => v.operators.length > 0)
      .map((v) => ({ id: v.village.id, name: `${v.village.name}（${v.township.name}）` })),
    projects: listProjects().map((p) => ({ id: p.project.id, name: p.project.name })),
  };
}
