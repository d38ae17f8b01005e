import { plainText } from './user-text';

/** `attachment` with an ASCII fallback name and the UTF-8 name; controls and bidi marks removed. */
export function attachmentDisposition(name: string, ext: string, asciiName = 'saima'): string {
  const safe = plainText(name.replace(/[\r\n"\\/:*?<>|]/g, ' ')) || '导出';
  const ascii = asciiName.replace(/[^A-Za-z0-9._-]/g, '') || 'saima';
  return `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${encodeURIComponent(`${safe}.${ext}`)}`;
}
