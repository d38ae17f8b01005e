/**
 * The audit log: append-only (database triggers refuse UPDATE and DELETE). Security events and
 * every change of every entry are written here; times are stored in UTC and shown in 北京时间.
 */
import type { Db } from '@/db/connection';
import { auditLog } from '@/db/schema';

export interface AuditEvent {
  action: string;
  userId?: number | null;
  username?: string | null;
  ip?: string | null;
  entityType?: string | null;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  detail?: string | null;
}

export function writeAudit(db: Db, e: AuditEvent): void {
  db.insert(auditLog)
    .values({
      action: e.action,
      userId: e.userId ?? null,
      username: e.username ?? null,
      ip: e.ip ?? null,
      entityType: e.entityType ?? null,
      entityId: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
      before: e.before === undefined ? null : e.before,
      after: e.after === undefined ? null : e.after,
      detail: e.detail ?? null,
    })
    .run();
}

/** Labels of audit actions, shown in the admin views. */
export const AUDIT_LABELS: Record<string, string> = {
  'login.success': '登录成功',
  'login.failure': '登录失败',
  'login.locked': '账号锁定',
  'login.rate_limited': '登录过于频繁',
  logout: '退出登录',
  'password.change': '修改密码',
  'password.change_failure': '修改密码失败（当前密码错误）',
  'password.reset': '重置密码',
  'user.create': '创建账号',
  'user.disable': '停用账号',
  'user.enable': '启用账号',
  'user.role': '变更角色',
  'user.scopes': '变更授权范围',
  'session.revoke': '注销会话',
  'access.denied': '越权访问被拒绝',
  'settings.update': '修改设置',
  'progress.save': '保存草稿',
  'progress.submit': '提交填报',
  'progress.approve': '审核通过',
  'progress.return': '退回',
  'progress.import': 'Excel 导入',
  'progress.import_preview': 'Excel 导入预览',
  'step.update': '更新节点',
  'county.save': '录入县（市、区）数据',
  'period.open': '开放统计期',
  'period.lock': '锁定统计期',
  'period.unlock': '解锁统计期',
  'meeting.create': '新建会议',
  'meeting.update': '修改会议',
  'meeting.delete': '删除会议',
  'download.export.table': '导出表格',
  'download.meeting.pptx': '下载会议PPT',
  'download.report.export': '导出填报数据',
  'download.report.template': '下载填报模板',
  'backup.create': '创建数据库备份',
};
