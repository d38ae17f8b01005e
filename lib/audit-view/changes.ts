/** The before / after of an audit row as lines of Chinese: '状态：草稿 → 待审核'. */
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { SLIDE_KIND_LABELS } from '@/lib/deck/labels';
import { ENTRY_STATUS_LABELS, formatBeijingTime, formatDateZh, formatPeriodZh } from '@/lib/format';
import { FIELD_LABELS, SCOPE_LABELS } from './labels';

/** Names the caller knows: counties by GB/T 2260 code (county.save keys its values by code). */
export interface AuditNames {
  region?: (code: string) => string | undefined;
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const SCOPE_KEY = /^(competition|taskForce|indicator):(\d+)$/;
const REGION = /^\d{6}$/;

function fieldLabel(key: string, names: AuditNames): string {
  if (FIELD_LABELS[key]) return FIELD_LABELS[key]!;
  if (REGION.test(key)) return names.region?.(key) ?? `地区${key}`;
  return '其他';
}

function itemWords(field: string, v: unknown): string {
  if (typeof v === 'number') return field === 'indicators' ? `指标${v}` : String(v);
  if (typeof v !== 'string') return textOf(field, v);
  const scope = SCOPE_KEY.exec(v);
  if (scope) return `${SCOPE_LABELS[scope[1]!]}${scope[2]}`;
  if (field === 'slides') {
    const [kind, id] = v.split(':');
    const label = SLIDE_KIND_LABELS[kind as keyof typeof SLIDE_KIND_LABELS] ?? '幻灯片';
    return id ? `${label}（竞赛${id}）` : label;
  }
  return textOf(field, v);
}

/** One value in words: 空, 是/否, status and role labels, periods, dates and instants in 北京时间. */
function textOf(field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '空';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.length ? v.map((x) => itemWords(field, x)).join('、') : '无';
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return '（复杂内容）';
  if (field === 'status' && v in ENTRY_STATUS_LABELS) return ENTRY_STATUS_LABELS[v as keyof typeof ENTRY_STATUS_LABELS];
  if (field === 'role' && v in ROLE_LABELS) return ROLE_LABELS[v as keyof typeof ROLE_LABELS];
  if (PERIOD.test(v)) return formatPeriodZh(v);
  if (DATE.test(v)) return formatDateZh(v);
  if (INSTANT.test(v)) return formatBeijingTime(v);
  return v;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The change of a row, one line per field that changed (a field present on one side only is shown
 * with its value). Arrays (授权范围) are one line. Unknown fields read '其他'; nothing is English.
 */
export function changeLines(before: unknown, after: unknown, names: AuditNames = {}): string[] {
  if (Array.isArray(before) || Array.isArray(after))
    return [`授权范围：${textOf('scopes', before ?? [])} → ${textOf('scopes', after ?? [])}`];
  const b = isRecord(before) ? before : null;
  const a = isRecord(after) ? after : null;
  if (!b && !a) return [];
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const lines: string[] = [];
  for (const k of keys) {
    const label = fieldLabel(k, names);
    if (b && a) {
      if (k in b && k in a && same(b[k], a[k])) continue;
      lines.push(`${label}：${textOf(k, b[k])} → ${textOf(k, a[k])}`);
    } else lines.push(`${label}：${textOf(k, (a ?? b)![k])}`);
  }
  return lines;
}
