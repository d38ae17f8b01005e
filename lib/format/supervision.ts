/** Words of 督办 work items and project milestones: statuses, flags, milestone states, 延期申请. */

export const WORK_ITEM_STATUS_WORDS = {
  not_started: '未启动',
  in_progress: '推进中',
  done: '已完成',
  closed: '已销号',
} as const;

/** Short flag words for badges (the long ones are SUPERVISE_LABELS). */
export const SUPERVISE_SHORT = { red: '红色督办', yellow: '黄色督办', blue: '蓝色督办' } as const;

export const MILESTONE_STATE_LABELS = {
  done: '已完成',
  done_late: '逾期完成',
  behind: '滞后',
  pending: '未到期',
  undated: '未定计划日期',
} as const;

export const EXTENSION_STATUS_LABELS = { pending: '待审批', approved: '已批准', refused: '未批准' } as const;
