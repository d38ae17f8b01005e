/**
 * An audit row as an administrator reads it: the event, the object, the detail and the change, all
 * in Chinese, times in 北京时间 (rows keep what was written; old English details are translated
 * here). Pure: names of counties come from the caller.
 */
import { formatBeijingTime, formatPeriodZh } from '@/lib/format';
import { changeLines, type AuditNames } from './changes';
import { ENTITY_LABELS, EVENT_LABELS, FILE_KINDS, LEGACY_DETAILS, PERMISSION_LABELS, SCOPE_LABELS } from './labels';

export type { AuditNames } from './changes';

export interface AuditRowInput {
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  detail: string | null;
}

export interface AuditWords {
  event: string;
  object: string;
  detail: string;
  /** One line per field: '状态：草稿 → 待审核', or '角色：专班填报员' for a value without a before. */
  changes: string[];
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const LOCKED_UNTIL = /^locked until (\S+)( \(password change\))?$/;

/** The name of an event or of the action a refusal names; '其他操作' for a name not known. */
export function eventLabel(action: string): string {
  return EVENT_LABELS[action] ?? PERMISSION_LABELS[action as keyof typeof PERMISSION_LABELS] ?? '其他操作';
}

/** A scope object ({"taskForceId":3,…}) or a user.scopes key ('taskForce:3') in words: '专班3'. */
function scopeWords(raw: string): string | null {
  const key = /^(competition|taskForce|indicator):(\d+)$/.exec(raw);
  if (key) return `${SCOPE_LABELS[key[1]!]}${key[2]}`;
  try {
    const scope = JSON.parse(raw) as Record<string, unknown>;
    if (!scope || typeof scope !== 'object') return null;
    const parts = Object.entries(scope)
      .filter(([k, v]) => SCOPE_LABELS[k] && (typeof v === 'number' || typeof v === 'string'))
      .map(([k, v]) => `${SCOPE_LABELS[k]}${String(v)}`);
    return parts.length ? parts.join('、') : null;
  } catch {
    return null;
  }
}

/** The object of a row: '填报条目 #12', '统计期 2020年10月', or for a refusal what was refused and where. */
export function objectWords(r: Pick<AuditRowInput, 'action' | 'entityType' | 'entityId'>): string {
  if (r.action === 'access.denied') {
    const what = r.entityType ? eventLabel(r.entityType) : '';
    const where = r.entityId ? scopeWords(r.entityId) : null;
    return [what && `操作：${what}`, where && `范围：${where}`].filter(Boolean).join('；') || '—';
  }
  if (!r.entityType) return '—';
  const kind = ENTITY_LABELS[r.entityType] ?? '对象';
  if (r.entityType === 'table' || r.entityId === null) return kind;
  if (r.entityType === 'session' && r.entityId === 'settings') return '会话设置';
  if (PERIOD.test(r.entityId)) return `${kind} ${formatPeriodZh(r.entityId)}`;
  return /^\d+$/.test(r.entityId) ? `${kind} #${r.entityId}` : kind;
}

/** A file name in words: '文件“部门排名_2020年9月”（电子表格）'; null when `s` is not a file name. */
function fileWords(s: string): string | null {
  const m = /^(.+)\.([A-Za-z0-9]{2,5})$/.exec(s);
  if (!m || !FILE_KINDS[m[2]!.toLowerCase()]) return null;
  return `文件“${m[1]}”（${FILE_KINDS[m[2]!.toLowerCase()]}）`;
}

/** The detail of a row in Chinese: old English details translated, periods, instants and files worded. */
export function detailWords(detail: string | null): string {
  if (detail === null || detail.trim() === '') return '';
  const d = detail.trim();
  if (LEGACY_DETAILS[d]) return LEGACY_DETAILS[d]!;
  const locked = LOCKED_UNTIL.exec(d);
  if (locked) return `锁定至${formatBeijingTime(locked[1])}${locked[2] ? '（修改密码时输错当前密码）' : ''}`;
  if (PERIOD.test(d)) return formatPeriodZh(d);
  if (/^[0-9a-f]{12}$/.test(d)) return '会话';
  return fileWords(d) ?? d;
}

/** Every column of an audit row in words. */
export function auditWords(r: AuditRowInput, names: AuditNames = {}): AuditWords {
  return {
    event: eventLabel(r.action),
    object: objectWords(r),
    detail: detailWords(r.detail),
    changes: changeLines(r.before, r.after, names),
  };
}
