'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { loginAction, type LoginState } from './actions';

export function LoginForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(loginAction, {});
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <div className="space-y-1">
        <label htmlFor="username" className="block text-sm font-medium text-slate-800">
          用户名
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          required
          defaultValue={state.username}
          key={state.username ?? ''}
          aria-describedby={state.message ? 'login-error' : undefined}
          className="h-10 w-full rounded-md border border-slate-300 px-3 text-base focus:border-brand-600 focus:outline-none"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          密码
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={state.message ? 'login-error' : undefined}
          className="h-10 w-full rounded-md border border-slate-300 px-3 text-base focus:border-brand-600 focus:outline-none"
        />
      </div>
      {state.message && (
        <Alert tone="error" id="login-error">
          {state.message}
        </Alert>
      )}
      <Button type="submit" size="lg" className="w-full" disabled={pending}>
        {pending ? '正在登录…' : '登录'}
      </Button>
    </form>
  );
}
