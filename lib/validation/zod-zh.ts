/**
 * zod's messages in Chinese, for every schema that does not give its own: installed once as the
 * global error map (importing `z` from here) and passed to every parse in the action wrapper, so
 * that no English message ("Invalid input: expected array…") can reach a screen. Schemas still
 * give field-specific messages where they can say more.
 */
import { z } from 'zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const MISSING = '缺少此项，请填写后重新提交。';

function sizeText(origin: unknown, bound: number | bigint, over: boolean): string {
  const n = String(bound);
  switch (origin) {
    case 'string':
      return over ? `最多 ${n} 个字` : Number(bound) <= 1 ? '请填写此项' : `至少 ${n} 个字`;
    case 'array':
    case 'set':
      return over ? `最多选择 ${n} 项` : `请至少选择 ${n} 项`;
    case 'file':
      return over ? '文件过大' : '文件为空';
    default:
      return over ? `不能大于 ${n}` : `不能小于 ${n}`;
  }
}

/** The Chinese message of one zod issue. */
export function zhIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return MISSING;
      if (issue.expected === 'number' || issue.expected === 'int') return '请填写数字';
      if (issue.expected === 'array') return '请选择一项或多项后重新提交';
      return '格式不正确，请按提示重新填写';
    case 'too_small':
      return sizeText(issue.origin, issue.minimum as number | bigint, false);
    case 'too_big':
      return sizeText(issue.origin, issue.maximum as number | bigint, true);
    case 'invalid_format':
      return '格式不正确，请按提示重新填写';
    case 'invalid_value':
      return '请从列表中选择';
    case 'not_multiple_of':
      return '数值不符合要求，请检查后重新填写';
    case 'unrecognized_keys':
      return '提交了无法识别的内容，请刷新页面后重试';
    default:
      return '填写内容无效，请检查后重新提交';
  }
}

/** The error map for `z.config` and for `schema.safeParse(input, { error })`. */
export const zhErrorMap: z.core.$ZodErrorMap = (issue) => zhIssueMessage(issue);

z.config({ customError: zhErrorMap });

export { z };
