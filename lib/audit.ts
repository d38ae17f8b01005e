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
  'village.save': '保存村庄经营数据草稿',
  'village.submit': '提交村庄经营数据',
  'village.approve': '审核通过村庄经营数据',
  'village.return': '退回村庄经营数据',
  'village.import': '村庄经营数据 Excel 导入',
  'village.import_preview': '村庄经营数据 Excel 导入预览',
  'village.metric_create': '新增村庄经营指标',
  'village.metric_update': '修改村庄经营指标',
  'project.save': '保存项目数据草稿',
  'project.submit': '提交项目数据',
  'project.approve': '审核通过项目数据',
  'project.return': '退回项目数据',
  'project.milestone': '更新项目节点',
  'project.investment': '更新项目累计完成投资',
  'workitem.create': '登记督办事项',
  'workitem.milestone': '更新督办事项节点',
  'workitem.status': '变更督办事项状态',
  'workitem.close': '督办事项核实销号',
  'workitem.extension_request': '提交延期申请',
  'workitem.extension_approve': '批准延期申请',
  'workitem.extension_refuse': '不批准延期申请',
  'download.village.template': '下载村庄经营填报模板',
  'download.export.table': '导出表格',
  'download.meeting.pptx': '下载会议PPT',
  'download.report.export': '导出填报数据',
  'download.report.template': '下载填报模板',
};
