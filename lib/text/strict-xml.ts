/**
 * Checks a generated Office file (.xlsx, .pptx) the way a strict reader does: every XML part
 * (.xml, .rels, .vml) must be valid UTF-8 and well-formed XML 1.0 with only legal characters, and
 * embedded Office files (a chart's workbook) are checked in turn. Used by the tests of the
 * writers; a file that passes opens in a conforming reader as far as XML is concerned.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

const XML_PART = /\.(xml|rels|vml)$/i;
const EMBEDDED = /\.(xlsx|pptx|docx)$/i;

/** The parse error of one XML document, or null when it is well-formed. */
export function xmlProblem(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not valid UTF-8';
  }
  const parser = new SaxesParser({ xmlns: true });
  let problem: string | null = null;
  parser.on('error', (e) => {
    problem ??= e.message;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    problem ??= e instanceof Error ? e.message : String(e);
  }
  return problem;
}

/** Every part of the zip `file` that is not well-formed XML, as 'path: problem' (empty when all parse). */
export async function invalidXmlParts(file: Uint8Array, prefix = ''): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  const out: string[] = [];
  let xmlParts = 0;
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    if (XML_PART.test(name)) {
      xmlParts += 1;
      const problem = xmlProblem(await entry.async('uint8array'));
      if (problem) out.push(`${prefix}${name}: ${problem}`);
    } else if (EMBEDDED.test(name)) {
      out.push(...(await invalidXmlParts(await entry.async('uint8array'), `${prefix}${name}/`)));
    }
  }
  if (xmlParts === 0) out.push(`${prefix}(no XML part at all)`);
  return out;
}
