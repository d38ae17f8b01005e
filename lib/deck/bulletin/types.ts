/**
 * The 通报 as slides (the end of a meeting's full run): the bulletin's document model (lib/bulletin)
 * cut into pages that fit the 16:9 canvas. Same rule as ../types: the live deck and the PPTX draw
 * the same data, and 会议定稿 stores it as shown.
 */
import type { Column } from '@/lib/bulletin/types';

export type BulletinSlideBlock =
  /** The bulletin's own title (关于…的通报), on its first page. */
  | { type: 'title'; text: string }
  /** The first page's list of the sections. */
  | { type: 'outline'; headings: string[] }
  /** （一）… */
  | { type: 'heading'; text: string }
  | { type: 'p'; text: string }
  /** 1. or （1） items: `label` before the text, `lead` in bold after it. */
  | { type: 'item'; label: string; lead?: string; text: string }
  /** A table, or one page of a long one (`continued`: rows before it are on an earlier page). */
  | {
      type: 'table';
      caption: string;
      columns: Column[];
      /** Each column's share of the table's width, in per cent (the same on every page of the table). */
      widths: number[];
      rows: string[][];
      continued: boolean;
    }
  /** The issuer and date, and the 演示数据 note. */
  | { type: 'signature'; issuer: string; dateLabel: string; demoNote: string | null };

export interface BulletinSlide {
  kind: 'bulletin';
  number: number;
  /** The section on this page (一、总体情况), with （续） on its later pages; 运行情况通报 on the first. */
  title: string;
  notes: string;
  summary: string;
  /** The bulletin's title (关于…的通报). */
  bulletinTitle: string;
  /** This page among the bulletin's pages, 1-based. */
  page: number;
  pages: number;
  blocks: BulletinSlideBlock[];
}
