import { NextResponse, type NextRequest } from 'next/server';
import { FORGED_BODY_MESSAGE, forgedActionBody, isTextActionCall } from '@/lib/actions/reply-guard';
import { oversizedBody } from '@/lib/excel/upload-limit';

/**
 * Runs before every page request: sets the security headers (a per-request CSP nonce) and sends
 * anonymous page views to /login. This redirect is convenience only — every page, action and route
 * checks the session itself — so actions (POST) and API routes pass through to their own checks.
 * A POST whose declared body is over the action limit is answered here, before its body is read,
 * with 413 and the Chinese size message (Next.js itself would answer a 500), and a text-bodied
 * action call whose body React's decoder would fail on (lib/actions/reply-guard.ts) with 400.
 */
const SESSION_COOKIE = 'saima_session';
const PUBLIC = ['/login'];

function csp(nonce: string): string {
  const dev = process.env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Next decodes each path segment before any page runs and answers 500 when that fails. */
function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const tooLarge = request.method === 'POST' ? oversizedBody(request.headers) : null;
  if (tooLarge) return NextResponse.json({ message: tooLarge.message }, { status: tooLarge.status });
  if (isTextActionCall(request.method, request.headers) && forgedActionBody(await request.text()))
    return NextResponse.json({ message: FORGED_BODY_MESSAGE }, { status: 400 });
  const { pathname, search } = request.nextUrl;
  if (!decodablePath(pathname)) {
    return new NextResponse('网址中含有无法识别的字符，请检查链接是否完整，或从页面上的链接重新进入。', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const isPage = (request.method === 'GET' || request.method === 'HEAD') && !pathname.startsWith('/api/');
  if (isPage && !PUBLIC.includes(pathname) && !request.cookies.get(SESSION_COOKIE)) {
    const url = request.nextUrl.clone();
    url.pathname = '/login';
    url.search = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = csp(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
};
