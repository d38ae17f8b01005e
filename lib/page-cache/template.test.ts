import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32Combine, crc32Shift } from './crc32';
import { frameOf, giveBack, stamp } from './frame';
import { freshNonce, gzipTemplate, plainTemplate, renderTemplate, splitByNonce } from './template';

const page = (nonce: string, parts: string[]) => parts.join(nonce);

describe('crc32Combine', () => {
  it('gives the checksum of a concatenation from the parts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 3000 }), (a, b) => {
        const whole = zlib.crc32(Buffer.concat([a, b]));
        expect(crc32Combine(zlib.crc32(a), zlib.crc32(b), crc32Shift(b.length))).toBe(whole);
      }),
    );
  });
});

describe('a page template', () => {
  const old = freshNonce();

  it('makes nonces as proxy.ts does, 48 characters, never the same twice', () => {
    const a = freshNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{48}$/);
    expect(freshNonce()).not.toBe(a);
  });

  it('cuts the body at every occurrence of the nonce', () => {
    const body = Buffer.from(page(old, ['<html><script nonce="', '">a</script><script nonce="', '">', '</html>']));
    expect(splitByNonce(body, old).map(String)).toEqual(['<html><script nonce="', '">a</script><script nonce="', '">', '</html>']);
  });

  it('sends the page with the fresh nonce in every place of the old one, plain and gzip', async () => {
    const parts = ['<!DOCTYPE html><html><head><script nonce="', '">self.__next_f.push([0])</script>', 'x'.repeat(50_000), '</html>'];
    const body = Buffer.from(page(old, parts));
    const fresh = freshNonce();
    const want = page(fresh, parts);
    expect(Buffer.concat(renderTemplate(plainTemplate(body, old), fresh)).toString()).toBe(want);
    const gz = await gzipTemplate(body, old);
    expect(zlib.gunzipSync(Buffer.concat(renderTemplate(gz, fresh))).toString()).toBe(want);
    expect(Buffer.concat(renderTemplate(gz, fresh)).toString()).not.toContain(old);
  });

  it('decodes to the page for any text around the nonce, including text repeating the page before it', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '"', '<', '中', 'n', 'o', 'c', 'e'), maxLength: 400 });
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 8 }), fc.boolean(), async (parts, repeat) => {
        const all = repeat ? [...parts, ...parts] : parts;
        const fresh = freshNonce();
        const gz = await gzipTemplate(Buffer.from(page(old, all)), old);
        expect(zlib.gunzipSync(Buffer.concat(renderTemplate(gz, fresh))).toString()).toBe(page(fresh, all));
        expect(zlib.gunzipSync(stamp(frameOf(gz, old), fresh)).toString()).toBe(page(fresh, all));
      }),
      { numRuns: 60 },
    );
  });

  it('compresses as well as gzipping the whole page, but for some 150 bytes per nonce', async () => {
    const row = (i: number) => `<tr><td>专班${i % 17}</td><td>${(i * 7.3).toFixed(1)}</td></tr>`;
    const parts = Array.from({ length: 30 }, (_, k) => `">${Array.from({ length: 200 }, (_, i) => row(i + k)).join('')}<script nonce="`);
    const body = Buffer.from(page(old, parts));
    const gz = await gzipTemplate(body, old);
    const sent = Buffer.concat(renderTemplate(gz, freshNonce())).length;
    expect(sent - zlib.gzipSync(body).length).toBeLessThan(parts.length * 150);
  });

  it('refuses a nonce of another length', () => {
    expect(() => renderTemplate(plainTemplate(Buffer.from(page(old, ['a', 'b'])), old), 'short')).toThrow();
  });
});

describe('a page laid out once (frame)', () => {
  it('is the rendered template with each fresh nonce, also when its spare copy is written over again', async () => {
    const old = freshNonce();
    const parts = ['<!DOCTYPE html><script nonce="', '">a</script>', 'y'.repeat(70_000), '<script nonce="', '"></script>'];
    const body = Buffer.from(page(old, parts));
    for (const t of [plainTemplate(body, old), await gzipTemplate(body, old)]) {
      const frame = frameOf(t, old);
      expect(frame.at).toHaveLength(parts.length - 1);
      let previous: Buffer | null = null;
      for (let round = 0; round < 3; round++) {
        const fresh = freshNonce();
        const sent = stamp(frame, fresh);
        expect(sent).not.toBe(frame.body);
        if (previous) expect(sent).toBe(previous); // the copy given back is written over, not a new one
        expect(sent.equals(Buffer.concat(renderTemplate(t, fresh)))).toBe(true);
        const text = (t.encoding === 'gzip' ? zlib.gunzipSync(sent) : sent).toString();
        expect(text).toBe(page(fresh, parts));
        giveBack(frame, sent);
        previous = sent;
      }
      expect(frame.body.equals(Buffer.concat(renderTemplate(t, old)))).toBe(true);
    }
  });
});
