/**
 * What a competition report deck is built from: the meeting's deck source (structure and evaluated
 * period), plus the competition's indicator facts, the counties' values and the entries' texts.
 * Plain data (db/queries/meeting-report.ts loads it; tests build it by hand).
 */
import type { Indicator } from '@/db/schema';
import type { DeckSource } from '../source';

export type ReportIndicatorFacts = Pick<
  Indicator,
  'id' | 'taskForceId' | 'name' | 'kind' | 'direction' | 'unit' | 'annualTarget' | 'targetRank' | 'hasCountyComparison'
>;

export interface ReportEntryText {
  indicatorId: number;
  period: string;
  workProgress: string;
  problems: string;
  nextSteps: string;
}

export interface ReportSource {
  deck: DeckSource;
  competitionId: number;
  homeRegionCode: string;
  /** The competition's indicators in display order. */
  indicators: ReportIndicatorFacts[];
  /** The counties' values of those indicators for the year up to the period, with the county's name. */
  countyValues: { indicatorId: number; period: string; regionCode: string; name: string; value: number }[];
  /** Entries of those indicators for the year up to the period (any status). */
  texts: ReportEntryText[];
}

/** The texts a presenter prepares for the meeting (stored as JSON in meeting_reports.texts). */
export interface ReportTexts {
  /** 下步打算 by task force id. */
  nextSteps: Record<string, string>;
  /** 存在问题 by task force id. */
  problems: Record<string, string>;
  /** 需协调事项. */
  coordination: string;
}
