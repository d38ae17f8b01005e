/**
 * The largest request body the server accepts, and the refusal it answers with before reading a
 * byte of a larger one. Server actions carry the Excel upload (at most UPLOAD_MAX_BYTES) plus a few
 * form fields; Next.js refuses a larger action body itself, but answers that with a 500, so
 * proxy.ts checks the declared length first and answers 413 with the Chinese size message.
 * Dependency-free: next.config.ts and proxy.ts import it.
 */
import { BODY_MESSAGES, UPLOAD_MAX_BYTES } from './report-messages';

/** The upload, its multipart framing and the other fields, with room to spare. */
export const ACTION_BODY_MAX_BYTES = UPLOAD_MAX_BYTES + 1024 * 1024;

export interface BodyRefusal {
  status: 400 | 411 | 413;
  message: string;
}

/** The refusal for a request whose body is over the limit (or of undeclared length); null when it may be read. */
export function oversizedBody(headers: Headers): BodyRefusal | null {
  const declared = headers.get('content-length');
  if (declared === null) return headers.has('transfer-encoding') ? { status: 411, message: BODY_MESSAGES.noLength } : null;
  if (!/^\d{1,15}$/.test(declared.trim())) return { status: 400, message: BODY_MESSAGES.badLength };
  return Number(declared) > ACTION_BODY_MAX_BYTES ? { status: 413, message: BODY_MESSAGES.tooLarge } : null;
}
