/**
 * Just enough of a PDF reader to check what Chromium's page.pdf printed: page sizes and the text of
 * each page (through the fonts' ToUnicode maps). Handles what Skia writes — uncompressed object
 * dictionaries, FlateDecode streams, Type0/Identity-H fonts with hex strings — nothing more.
 */
import zlib from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2]!;
    const s = body.indexOf('stream');
    if (s < 0) {
      out.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, s);
    let start = m.index + m[0].indexOf(body) + s + 'stream'.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    // A direct /Length is exact; an indirect one (LibreOffice) is found by the endstream keyword.
    const direct = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    const end = direct ? start + Number(direct[1]) : text.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    out.set(Number(m[1]), {
      dict,
      stream: /\/FlateDecode/.test(dict) ? zlib.inflateSync(raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH }) : raw,
    });
  }
  return out;
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** glyph hex code → text, from a ToUnicode CMap. */
function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(src!.toUpperCase(), utf16(dst!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const a = parseInt(lo!, 16);
      const b = parseInt(hi!, 16);
      const list = dst!.startsWith('[') ? [...dst!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => x[1]!) : null;
      for (let c = a; c <= b; c++) {
        const key = c.toString(16).toUpperCase().padStart(lo!.length, '0');
        if (list) map.set(key, utf16(list[c - a]!));
        else {
          const base = Buffer.from(dst!.slice(1, -1), 'hex');
          base.writeUInt16BE(base.readUInt16BE(base.length - 2) + (c - a), base.length - 2);
          map.set(key, utf16(base.toString('hex')));
        }
      }
    }
  }
  return map;
}

function fontsOf(resources: string, objects: Map<number, PdfObject>): Map<string, Map<string, string>> {
  const fonts = new Map<string, Map<string, string>>();
  const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
  for (const [, name, ref] of fontDict.matchAll(/\/([\w.-]+)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(ref));
    const tu = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
    const cmap = tu ? objects.get(Number(tu[1]))?.stream?.toString('latin1') : undefined;
    fonts.set(name!, cmap ? parseCMap(cmap) : new Map());
  }
  return fonts;
}

/**
 * The text a content stream shows. Where Skia gives an /ActualText span (a glyph whose Unicode
 * the font cannot say, e.g. 比 drawn with the radical's glyph), the span's text is used instead of
 * its glyphs. Positioning operators become spaces or line breaks; callers compare without them.
 */
function decodeContent(content: string, fonts: Map<string, Map<string, string>>): string {
  let font = new Map<string, string>();
  let out = '';
  let actual: string | null = null;
  let skipping = false;
  const re =
    /\/ActualText\s*<([0-9A-Fa-f]*)>|\/([\w.-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\((?:\\.|[^\\)])*\)|\b(BDC|EMC|T\*|Td|TD|Tm|ET)\b/g;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    if (m[1] !== undefined) actual = utf16(m[1].replace(/^FEFF/i, ''));
    else if (m[2]) font = fonts.get(m[2]) ?? new Map();
    else if (m[3] !== undefined) {
      if (skipping) continue;
      const hex = m[3].toUpperCase();
      const width = [...font.keys()][0]?.length ?? 4;
      for (let i = 0; i + width <= hex.length; i += width) out += font.get(hex.slice(i, i + width)) ?? '';
    } else if (m[4] === 'BDC') {
      if (actual !== null) {
        out += actual;
        skipping = true;
        actual = null;
      }
    } else if (m[4] === 'EMC') skipping = false;
    else if (m[4]) out += m[4] === 'ET' ? '\n' : ' ';
  }
  return out.normalize('NFKC');
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/** The pages of a PDF in order, with their size in points and their text. */
export function readPdf(pdf: Buffer): PdfPage[] {
  const objects = parseObjects(pdf);
  const pages: PdfPage[] = [];
  for (const [, obj] of [...objects].sort((a, b) => a[0] - b[0])) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(obj.dict)) continue;
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(obj.dict);
    const resRef = /\/Resources\s+(\d+) 0 R/.exec(obj.dict);
    const resources = resRef ? (objects.get(Number(resRef[1]))?.dict ?? '') : (/\/Resources\s*(<<[\s\S]*>>)/.exec(obj.dict)?.[1] ?? '');
    const fonts = fontsOf(resources, objects);
    const contentRefs = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(obj.dict)?.[1] ?? '';
    const text = [...contentRefs.matchAll(/(\d+) 0 R/g)]
      .map((r) => decodeContent(objects.get(Number(r[1]))?.stream?.toString('latin1') ?? '', fonts))
      .join('\n');
    pages.push({ width: box ? Number(box[3]) - Number(box[1]) : 0, height: box ? Number(box[4]) - Number(box[2]) : 0, text });
  }
  return pages;
}
