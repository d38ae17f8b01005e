/**
 * Every word of the audit log as an administrator reads it: events, objects, the fields of a
 * change and the details written before they were written in Chinese. One place, for review.
 */
import type { Permission } from '@/lib/auth/permissions';

/** Audit events, and the names of actions and downloads a refusal names. */
export const EVENT_LABELS: Record<string, string> = {
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
  'settings.update': '修改会话设置',
  'progress.save': '保存草稿',
  'progress.submit': '提交填报',
  'progress.review': '审核',
  'progress.bulk_approve': '批量通过',
  'progress.approve': '审核通过',
  'progress.return': '退回',
  'progress.import': '电子表格导入',
  'progress.import_preview': '电子表格导入预览',
  'step.update': '更新节点',
  'county.save': '录入县（市、区）数据',
  'period.open': '开放统计期',
  'period.lock': '锁定统计期',
  'period.unlock': '解锁统计期',
  'meeting.create': '新建会议',
  'meeting.update': '修改会议',
  'meeting.delete': '删除会议',
  'meeting.pptx': '下载会议演示文稿',
  'meeting.report.save': '保存竞赛汇报材料',
  'meeting.freeze': '会议定稿',
  'meeting.report.pptx': '下载竞赛汇报演示文稿',
  'meeting.agenda.pptx': '下载会议全程演示文稿',
  'export.table': '导出表格',
  'report.export': '导出填报数据',
  'report.template': '下载填报模板',
  'download.export.table': '导出表格',
  'download.meeting.pptx': '下载会议演示文稿',
  'download.meeting.report.pptx': '下载竞赛汇报演示文稿',
  'download.meeting.agenda.pptx': '下载会议全程演示文稿',
  'download.report.export': '导出填报数据',
  'download.report.template': '下载填报模板',
  'backup.create': '创建数据库备份',
};

/** Pages refused by permission (access.denied names the permission). */
export const PERMISSION_LABELS: Record<Permission, string> = {
  'dashboard:read': '查看看板',
  'progress:edit': '填报',
  'progress:review': '审核',
  'county:edit': '录入县（市、区）数据',
  'period:manage': '统计期管理',
  'period:edit-locked': '修改已锁定的统计期',
  'user:manage': '账号与授权管理',
  'audit:read': '安全审计',
  'meeting:manage': '会议汇报管理',
  'report:prepare': '准备本竞赛汇报材料',
  'meeting:freeze': '会议定稿',
  'campaign:manage': '活动管理',
  'backup:manage': '数据库备份',
};

export const ENTITY_LABELS: Record<string, string> = {
  progress_entry: '填报条目',
  indicator: '指标',
  indicator_step: '节点',
  period: '统计期',
  user: '账号',
  session: '会话',
  meeting: '会议',
  table: '表格',
  backup: '数据库备份',
};

/** Field names of before / after. */
export const FIELD_LABELS: Record<string, string> = {
  value: '数值',
  workProgress: '工作进展',
  problems: '存在问题',
  nextSteps: '下步打算',
  status: '状态',
  version: '版本',
  late: '逾期',
  returnReason: '退回原因',
  disabled: '停用',
  role: '角色',
  username: '用户名',
  period: '统计期',
  deadline: '截止时间',
  locked: '锁定',
  doneDate: '完成日期',
  title: '名称',
  meetingDate: '会议日期',
  slides: '幻灯片',
  idleMinutes: '空闲超时（分钟）',
  absoluteHours: '最长有效期（小时）',
  indicators: '指标',
  update: '将更新',
  unchanged: '无变化',
  error: '有错误',
  skip: '跳过',
  name: '文件名',
  size: '大小（字节）',
  sha256: '校验和',
  removed: '按保留份数删除',
};

/** Details written in English before the audit log was worded in Chinese, as they read now. */
export const LEGACY_DETAILS: Record<string, string> = {
  'wrong password': '密码错误',
  'unknown user': '用户名不存在',
  'account locked': '账号已锁定',
  'no session': '未登录或会话已过期',
  role: '角色无此权限',
  'must change password': '须先修改密码',
  disabled: '账号已停用',
  page: '打开页面',
  'wrong current password': '当前密码错误',
};

/** File kinds of downloads and uploads, by extension. */
export const FILE_KINDS: Record<string, string> = { xlsx: '电子表格', pptx: '演示文稿', pdf: '便携文档', csv: '逗号分隔表格' };

/** Kinds of scope a refusal names, by their key in the scope object and in user.scopes rows. */
export const SCOPE_LABELS: Record<string, string> = {
  competitionId: '竞赛',
  taskForceId: '专班',
  indicatorId: '指标',
  competition: '竞赛',
  taskForce: '专班',
  indicator: '指标',
};
