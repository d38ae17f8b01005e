import type { Instrumentation } from 'next';

/**
 * Every error Next catches while serving a request becomes one line in the service's log, with the
 * digest the user sees as 错误编号 (lib/server-log.ts says what is kept out of it).
 */
export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { serverErrorLine } = await import('./lib/server-log');
  console.error(serverErrorLine(err, request, context));
};
