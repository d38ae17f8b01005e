/** Writes through the running app: saves of the entry form's action by concurrent leads, and a read right after a write. */
import fs from 'node:fs';
import path from 'node:path';
import { measureTask, percentile, request, type Measurement } from './load';
import { root } from './servers';

interface Form {
  indicatorId: number;
  period: string;
  version: number;
}

/** The id of saveEntryAction in the build's server-reference manifest. */
function saveActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === 'saveEntryAction');
  if (!hit) throw new Error('saveEntryAction is not in the build');
  return hit[0];
}

/** The entry forms of a lead's /report page (hidden inputs: indicator, period, version). */
async function formsOf(port: number, cookie: string): Promise<Form[]> {
  const html = (await request(false, port, '/report', cookie)).body.toString('utf8');
  const re =
    /name="indicatorId" value="(\d+)"\/><input type="hidden" name="period" value="([\d-]+)"\/><input type="hidden" name="version" value="(\d+)"/g;
  return [...html.matchAll(re)].map((m) => ({ indicatorId: Number(m[1]), period: m[2]!, version: Number(m[3]) }));
}

/** Every save of the run sends a value of its own: a save that changes nothing writes nothing (and invalidates nothing). */
let serial = 0;

export interface SaveResult extends Measurement {
  replyBytes: number;
}

/** `cookies.length` leads each saving drafts of their own figures as fast as the app answers. */
export async function benchSaves(port: number, cookies: string[], saves: number): Promise<SaveResult> {
  const id = saveActionId();
  const forms = await Promise.all(cookies.map((c) => formsOf(port, c)));
  if (forms.some((f) => f.length === 0)) throw new Error('a bench lead sees no entry form on /report');
  const next = cookies.map(() => 0);
  let replyBytes = 0;
  const m = await measureTask(cookies.length, { requests: saves, seconds: 120 }, async (w, agent) => {
    const form = forms[w]![next[w]!++ % forms[w]!.length]!;
    const input = {
      indicatorId: form.indicatorId,
      period: form.period,
      version: form.version,
      value: String(100 + ++serial),
      workProgress: '基准测试保存',
      problems: '',
      nextSteps: '',
      intent: 'save',
    };
    const res = await request(agent, port, '/report', cookies[w]!, {
      method: 'POST',
      headers: {
        'next-action': id,
        'content-type': 'text/plain;charset=UTF-8',
        accept: 'text/x-component',
        origin: `http://127.0.0.1:${port}`,
      },
      body: JSON.stringify([null, input]),
    });
    const text = res.body.toString('utf8');
    const version = /"ok":true,"data":\{[^}]*"version":(\d+)/.exec(text);
    replyBytes = res.body.length;
    if (res.status !== 200 || !version) return false;
    form.version = Number(version[1]);
    return true;
  });
  return { ...m, replyBytes };
}

/** p99 of reading `urlPath` right after a lead's save (the derived data is invalidated by each save). */
export async function benchReadAfterWrite(
  port: number,
  reader: string,
  writer: string,
  urlPath: string,
  rounds: number,
): Promise<{ p50Ms: number; p99Ms: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  for (let i = 0; i < rounds; i++) {
    const saved = await benchSaves(port, [writer], 1);
    errors += saved.errors;
    const t0 = performance.now();
    const res = await request(false, port, urlPath, reader);
    latencies.push(performance.now() - t0);
    if (res.status !== 200) errors++;
  }
  latencies.sort((a, b) => a - b);
  return { p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), errors };
}
