/**
 * CRC-32 (the gzip checksum) of a concatenation from the checksums of its parts, after zlib's
 * crc32_combine (multiplication modulo the CRC polynomial). Used to checksum a cached page with a
 * fresh nonce without reading the page's bytes again.
 */
const POLY = 0xedb88320;

/** a · b modulo the CRC-32 polynomial (bit-reflected). */
export function multModP(a: number, b: number): number {
  if (a === 0) return 0;
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** X2N[k] = x^(2^k) modulo the polynomial. */
const X2N: number[] = [0x40000000];
for (let k = 1; k < 32; k++) X2N.push(multModP(X2N[k - 1]!, X2N[k - 1]!));

/** The operator that appends `bytes` zero bytes to a CRC: x^(8·bytes) modulo the polynomial. */
export function crc32Shift(bytes: number): number {
  let p = 0x80000000;
  let n = bytes;
  let k = 3;
  while (n > 0) {
    if (n % 2 === 1) p = multModP(X2N[k & 31]!, p);
    n = Math.floor(n / 2);
    k++;
  }
  return p >>> 0;
}

/** CRC-32 of A‖B from crc(A), crc(B) and the shift of B's length (crc32Shift(B.length)). */
export function crc32Combine(crcA: number, crcB: number, shiftB: number): number {
  return (multModP(shiftB, crcA) ^ crcB) >>> 0;
}
