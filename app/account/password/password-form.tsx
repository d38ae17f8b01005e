'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field } from '@/components/forms/field';
import { useKeepForm } from '@/components/forms/use-keep-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { changePasswordAction } from './actions';

export function PasswordForm() {
  const [state, formAction, pending] = useActionState<ActionResult<null> | null, FormData>(changePasswordAction, null);
  const onSubmit = useKeepForm(formAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <Field label="当前密码" name="currentPassword" type="password" autoComplete="current-password" errors={errors?.currentPassword} />
      <Field
        label="新密码"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        errors={errors?.newPassword}
        hint="至少 8 个字符，包含小写字母、大写字母、数字、其他字符（符号或汉字）中的至少 3 类；不能包含用户名。"
      />
      <Field label="再次输入新密码" name="confirmPassword" type="password" autoComplete="new-password" errors={errors?.confirmPassword} />
      {state && !state.ok && <Alert tone="error">{state.message}</Alert>}
      {state?.ok && (
        <Alert>
          密码已修改。下次登录请使用新密码。{' '}
          <Link href="/" className="font-medium underline">
            进入系统
          </Link>
        </Alert>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? '正在保存…' : '修改密码'}
      </Button>
    </form>
  );
}
