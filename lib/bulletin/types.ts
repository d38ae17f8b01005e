/** The 通报 as a document model: numbered sections of paragraphs, list items and tables. */
import type { Unit } from '@/db/schema';
import type { CampaignSettings, PeriodSnapshot, UnitOnTime } from '@/lib/metrics';
import type { DeckStructure } from '@/lib/deck/source';
import type { WorkItemInput } from '@/lib/views/work-item';

export interface BulletinStructure extends Omit<DeckStructure, 'units'> {
  units: Map<number, Pick<Unit, 'name' | 'kind' | 'sortOrder'>>;
}

export interface BulletinInput {
  campaign: { name: string; year: number };
  period: string;
  /** The bulletin's date, `YYYY-MM-DD`. */
  date: string;
  settings: CampaignSettings;
  demo: boolean;
  snapshot: PeriodSnapshot;
  structure: BulletinStructure;
  /** 报送及时率 per responsible unit for the period, as of the bulletin's date (lib/metrics onTimeByUnit). */
  onTime: Map<number, UnitOnTime>;
  /** Every 督办 work item with its milestones, owner and task force (the overdue section). */
  workItems: WorkItemInput[];
}

export interface Column {
  header: string;
  align?: 'left' | 'right' | 'center';
  /** Keep the cells on one line (short names), so that longer columns wrap instead. */
  nowrap?: boolean;
}

export type Block =
  | { type: 'p'; text: string }
  /** 1. or （1） items: `label` is printed before the text, in the heading font of its level. */
  | { type: 'item'; level: 3 | 4; label: string; lead?: string; text: string }
  | { type: 'table'; id: string; caption: string; columns: Column[]; rows: string[][] };

export interface Subsection {
  /** （一）… */
  heading: string;
  blocks: Block[];
}

export interface Section {
  /** 一、… */
  heading: string;
  blocks: Block[];
  subsections: Subsection[];
}

export interface BulletinDoc {
  title: string;
  recipients: string;
  opening: string;
  sections: Section[];
  issuer: string;
  dateLabel: string;
  demoNote: string | null;
}
