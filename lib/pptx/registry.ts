/**
 * PPTX renderers by slide kind (see lib/deck/registry.ts for how a kind is added). A missing
 * renderer is a compile error.
 */
import type PptxGenJS from 'pptxgenjs';
import type { SlideKind } from '@/lib/deck/types';
import type { SlideOf } from '@/lib/deck/types';
import { renderBulletin } from './bulletin';
import { renderClosing } from './closing';
import { renderCompetition } from './competition';
import { renderCover } from './cover';
import { renderHonour } from './honour';
import { renderOverview } from './overview';
import type { RenderContext } from './parts';
import { renderProject } from './project';
import { renderVillage, renderVillages } from './villages';
import { renderReportCompare, renderReportCounty, renderReportGoals, renderReportIndicators } from './report-figures';
import { renderReportCoordination, renderReportCover, renderReportNext, renderReportWeak } from './report-texts';
import { renderWeak } from './weak';
import { renderWorkItems } from './work-items';

type Renderer<K extends SlideKind> = (pres: PptxGenJS, slide: PptxGenJS.Slide, data: SlideOf<K>, ctx: RenderContext) => void;

export const PPTX_RENDERERS: { [K in SlideKind]: Renderer<K> } = {
  cover: renderCover,
  overview: renderOverview,
  competition: renderCompetition,
  honour: renderHonour,
  weak: renderWeak,
  closing: renderClosing,
  villages: renderVillages,
  village: renderVillage,
  project: renderProject,
  work_items: renderWorkItems,
  'report-cover': renderReportCover,
  'report-compare': renderReportCompare,
  'report-goals': renderReportGoals,
  'report-indicators': renderReportIndicators,
  'report-county': renderReportCounty,
  'report-weak': renderReportWeak,
  'report-next': renderReportNext,
  'report-coordination': renderReportCoordination,
  bulletin: renderBulletin,
};
