/**
 * Live slides by kind (see lib/deck/registry.ts for how a kind is added). A missing component is a
 * compile error.
 */
import type { SlideKind } from '@/lib/deck/types';
import type { Deck, SlideData, SlideOf } from '@/lib/deck/types';
import { BulletinSlide } from './bulletin-slide';
import { ClosingSlide } from './closing-slide';
import { CompetitionSlide } from './competition-slide';
import { CoverSlide } from './cover-slide';
import { HonourSlide } from './honour-slide';
import { OverviewSlide } from './overview-slide';
import { ProjectSlide } from './project-slide';
import { VillageSlide, VillagesSlide } from './villages-slide';
import { ReportCompare } from './report/report-compare-slide';
import { ReportCounty } from './report/report-county-slide';
import { ReportGoals, ReportIndicators } from './report/report-figure-slides';
import { ReportCoordination, ReportCover, ReportNext, ReportWeak } from './report/report-text-slides';
import { WeakSlide } from './weak-slide';
import { WorkItemsSlide } from './work-items-slide';

type SlideComponent<K extends SlideKind> = (props: { data: SlideOf<K>; deck: Deck }) => React.ReactNode;

export const SLIDE_COMPONENTS: { [K in SlideKind]: SlideComponent<K> } = {
  cover: CoverSlide,
  overview: OverviewSlide,
  competition: CompetitionSlide,
  honour: HonourSlide,
  weak: WeakSlide,
  closing: ClosingSlide,
  villages: VillagesSlide,
  village: VillageSlide,
  project: ProjectSlide,
  work_items: WorkItemsSlide,
  'report-cover': ReportCover,
  'report-compare': ReportCompare,
  'report-goals': ReportGoals,
  'report-indicators': ReportIndicators,
  'report-county': ReportCounty,
  'report-weak': ReportWeak,
  'report-next': ReportNext,
  'report-coordination': ReportCoordination,
  bulletin: BulletinSlide,
};

/** The live slide of `data`. */
export function LiveSlide({ data, deck }: { data: SlideData; deck: Deck }) {
  const Component = SLIDE_COMPONENTS[data.kind] as SlideComponent<typeof data.kind>;
  return <Component data={data as never} deck={deck} />;
}
