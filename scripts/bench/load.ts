/** HTTP load for the benchmark: keep-alive workers, latencies, nearest-rank percentiles. */
import http from 'node:http';

export interface Measurement {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

export interface Reply {
  status: number;
  body: Buffer;
  type: string;
  headers: http.IncomingHttpHeaders;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Nearest-rank percentile of sorted milliseconds. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** One request; the body is read in full (identity encoding unless the caller asks otherwise). */
export function request(
  agent: http.Agent | false,
  port: number,
  urlPath: string,
  cookie: string,
  opts: RequestOptions = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        agent,
        method: opts.method ?? 'GET',
        headers: { cookie, 'accept-encoding': 'identity', ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks),
            type: String(res.headers['content-type'] ?? ''),
            headers: res.headers,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export interface Limits {
  requests: number;
  seconds: number;
}

/** Runs `connections` workers, each repeating `task` until the request or time bound; latencies of each task. */
export async function measureTask(
  connections: number,
  limits: Limits,
  task: (worker: number, agent: http.Agent) => Promise<boolean>,
): Promise<Measurement> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let issued = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + limits.seconds * 1000;
  const worker = async (w: number) => {
    while (issued < limits.requests && performance.now() < deadline) {
      issued++;
      const t0 = performance.now();
      try {
        if (!(await task(w, agent))) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** GET `urlPath` repeatedly over `connections` keep-alive sockets; a non-200 answer counts as an error. */
export function measure(
  port: number,
  urlPath: string,
  cookie: string,
  connections: number,
  limits: Limits,
  headers: Record<string, string> = {},
): Promise<Measurement> {
  return measureTask(connections, limits, async (_w, agent) => (await request(agent, port, urlPath, cookie, { headers })).status === 200);
}

/** Waits until `urlPath` answers 200 (a redirect means the session cookie is not accepted). */
export async function waitForHttp(port: number, urlPath: string, cookie: string, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const res = await request(false, port, urlPath, cookie);
      if (res.status === 200) return;
      if (res.status >= 300 && res.status < 400) throw new Error(`${urlPath} answered ${res.status}: is the session cookie valid?`);
    } catch (e) {
      if (e instanceof Error && e.message.includes('session')) throw e;
    }
    if (Date.now() > until) throw new Error(`no answer on port ${port} after ${seconds} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
