/**
 * Bytes of a `.txt` letter → its text. UTF-8 (with or without BOM) or GB18030/GBK, told apart by
 * the bytes alone; line endings folded to `\n`. Binary or undecodable input is refused.
 */
import iconv from 'iconv-lite';
import { LetterError } from './letter-error.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a text file's bytes, or throws a LetterError naming what is wrong. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new LetterError('empty input: file has no content');
  if (bytes.includes(0)) throw binary();
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeGb18030(bytes);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new LetterError('empty input: file has no content');
  if (isMojibake(text)) throw new LetterError('mojibake: UTF-8 text was decoded as Latin-1 and re-saved; no CJK text found');
  if (controlShare(text) > 0.01) throw binary();
  return text;
}

/** Text without CJK, most of it accented Latin-1 letters (`è¼åå¸`): UTF-8 Chinese decoded as Latin-1. */
function isMojibake(text: string): boolean {
  if (/[\u4e00-\u9fff]/.test(text)) return false;
  const chars = [...text.replace(/\s/g, '')];
  const latin1 = chars.filter((ch) => ch.charCodeAt(0) >= 0x80 && ch.charCodeAt(0) <= 0xff).length;
  return chars.length > 0 && latin1 >= 0.3 * chars.length;
}

function binary(): LetterError {
  return new LetterError('not text: binary data (NUL bytes; not valid UTF-8 or GB18030)');
}

function decodeGb18030(bytes: Uint8Array): string {
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  // iconv-lite marks byte sequences GB18030 does not define with U+FFFD: such a file is neither encoding.
  if (text.includes('\uFFFD')) throw binary();
  return text;
}

/** The share of characters that are C0/C1 control characters other than tab and line breaks. */
function controlShare(text: string): number {
  let controls = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) controls++;
  }
  return controls / text.length;
}
