/** Requests to the app on 127.0.0.1, as a browser sends them: pages, and server actions by id. */
import { listBuiltActions } from '../../e2e/support/build';

export interface ActionReply {
  status: number;
  text: string;
  /** The action's return value (`{ ok, … }`), when the response carried one. */
  result: { ok: boolean; code?: string; message?: string; data?: Record<string, unknown>; conflict?: Record<string, unknown> } | null;
}

/** The id and page path of a built server action, by its exported name. */
export function builtAction(name: string): { id: string; path: string } {
  const a = listBuiltActions().find((x) => x.name === name);
  if (!a) throw new Error(`${name} is not in the build`);
  return { id: a.id, path: a.path };
}

/** The action's value from a React Server Components reply (the row numbered 1). */
export function parseActionReply(text: string): ActionReply['result'] {
  for (const line of text.split('\n')) {
    if (line.startsWith('1:')) {
      try {
        return JSON.parse(line.slice(2)) as ActionReply['result'];
      } catch {
        return null;
      }
    }
  }
  return null;
}

export async function callAction(
  origin: string,
  action: { id: string; path: string },
  input: Record<string, unknown>,
  token: string,
  timeoutMs = 120_000,
): Promise<ActionReply> {
  const res = await fetch(origin + action.path, {
    method: 'POST',
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      'Next-Action': action.id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: origin,
      Cookie: `saima_session=${token}`,
    },
    body: JSON.stringify([null, input]),
  });
  const text = await res.text();
  return { status: res.status, text, result: res.status === 200 ? parseActionReply(text) : null };
}

export async function getPage(
  origin: string,
  urlPath: string,
  token?: string,
  timeoutMs = 120_000,
): Promise<{ status: number; text: string }> {
  const res = await fetch(origin + urlPath, {
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
    headers: token ? { Cookie: `saima_session=${token}` } : {},
  });
  return { status: res.status, text: await res.text() };
}
