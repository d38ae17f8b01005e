import { describe, expect, it } from 'vitest';
import { BODY_MESSAGES, UPLOAD_MAX_BYTES } from './report-messages';
import { ACTION_BODY_MAX_BYTES, oversizedBody } from './upload-limit';

const headers = (h: Record<string, string>) => new Headers(h);

describe('oversizedBody (what the server answers before reading a body over the limit)', () => {
  it('leaves room for the largest accepted upload plus its form fields', () => {
    expect(ACTION_BODY_MAX_BYTES).toBeGreaterThanOrEqual(UPLOAD_MAX_BYTES + 64 * 1024);
  });

  it('lets bodies up to the limit through', () => {
    expect(oversizedBody(headers({ 'content-length': String(ACTION_BODY_MAX_BYTES) }))).toBeNull();
    expect(oversizedBody(headers({ 'content-length': '0' }))).toBeNull();
    expect(oversizedBody(headers({}))).toBeNull();
  });

  it('refuses a declared length over the limit with 413 and the Chinese size message', () => {
    expect(oversizedBody(headers({ 'content-length': String(ACTION_BODY_MAX_BYTES + 1) }))).toEqual({
      status: 413,
      message: BODY_MESSAGES.tooLarge,
    });
  });

  it('refuses a body of undeclared length (chunked) with 411, and a malformed length with 400', () => {
    expect(oversizedBody(headers({ 'transfer-encoding': 'chunked' }))).toEqual({ status: 411, message: BODY_MESSAGES.noLength });
    expect(oversizedBody(headers({ 'content-length': '12abc' }))).toEqual({ status: 400, message: BODY_MESSAGES.badLength });
  });
});
