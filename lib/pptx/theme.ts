/**
 * The PPTX look: 16:9 (13.333 × 7.5 in), white background, dark text, status colours of the
 * warning-light scheme. Fonts are named, not embedded: 'Microsoft YaHei' where installed; otherwise
 * PowerPoint falls back to the theme's Chinese font (DengXian) and LibreOffice to its own
 * substitute (e.g. Noto Sans CJK). Every run says lang zh-CN so the East Asian font is used.
 */
import type PptxGenJS from 'pptxgenjs';
import type { StatusKey } from '@/lib/format';

export const SLIDE = { w: 13.333, h: 7.5, margin: 0.5 } as const;

export const FONT_FACE = 'Microsoft YaHei';

export const COLORS = {
  text: '111827',
  muted: '4B5563',
  brand: '12305A',
  rule: 'CBD5E1',
  headerFill: 'E8EEF6',
  red: 'B91C1C',
  yellow: '92400E',
  expected: '64748B',
  completion: '1F4E8C',
} as const;

/** Warning-light colours; the word or icon is always written next to them. */
export const STATUS_COLORS: Record<StatusKey, string> = {
  ahead: '15803D',
  done: '15803D',
  behind: 'B45309',
  lagging: 'B91C1C',
  overdue: 'B91C1C',
  no_data: '4B5563',
  not_due: '4B5563',
};

/** Text options every run starts from. */
export const TEXT: PptxGenJS.TextPropsOptions = { fontFace: FONT_FACE, lang: 'zh-CN', color: COLORS.text, margin: 0 };
