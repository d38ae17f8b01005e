import type { APIRequestContext } from '@playwright/test';
import { E2E_PORT } from '../env';

export const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

/** Posts to a server action the way the browser does (Next-Action header, JSON-encoded arguments). */
export function callAction(request: APIRequestContext, path: string, id: string, args: unknown[], headers: Record<string, string> = {}) {
  return request.post(path, {
    headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: ORIGIN, ...headers },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}
