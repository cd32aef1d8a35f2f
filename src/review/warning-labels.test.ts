import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { warningLabel } from './warning-labels.ts';

/** Every warning text the ingest sources can write: `warnings.push('…')` and parse-letter's table of missing fields. */
function ingestWarnings(): string[] {
  const dir = path.join(import.meta.dirname, '..', 'ingest');
  const found: string[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
    const src = fs.readFileSync(path.join(dir, name), 'utf8');
    for (const m of src.matchAll(/warnings\.push\(([^)]*)\)/g)) {
      const literal = /^\s*'([^'\\]*)'\s*$/.exec(m[1]);
      // A warning built at run time needs a pattern here and in warning-labels.ts.
      expect(literal, `${name}: warnings.push(${m[1]}) is not a plain string`).not.toBeNull();
      found.push(literal![1]);
    }
    const table = /function warningsFor\([\s\S]*?\n\}/.exec(src);
    if (table) for (const m of table[0].matchAll(/\[\s*r\.\w+(?:\.\w+)?,\s*'([^'\\]*)'\s*\]/g)) found.push(m[1]);
  }
  return found;
}

describe('warningLabel', () => {
  it.each([
    ['signing unit not printed above the date: read from the letterhead', '日期上方未署答复单位：答复单位取自版头，请核对', 'replyingUnit'],
    ['no 文号', '未识别出文号', 'docNumber'],
    ['no 签发人', '未识别出签发人', 'signer'],
    ['no title line', '未识别出答复函标题', 'title'],
    ['no session (届次)', '未识别出会议届次', 'session'],
    ['no proposal/suggestion number', '未识别出提案、建议编号', 'number'],
    ['no addressee', '未识别出提案人、代表或提案单位', 'addressees'],
    ['no proposal/suggestion title', '未识别出提案、建议标题', 'proposalTitle'],
    ['no contact', '未识别出联系人及电话', 'contact'],
  ])('%s → %s', (warning, zh, field) => {
    expect(warningLabel(warning)).toEqual({ text: zh, known: true, field });
  });

  it('has Chinese for every warning ingest can write', () => {
    const all = ingestWarnings();
    // The reading of the sources finds the table of missing fields and the letterhead warning.
    expect(all).toContain('no contact');
    expect(all).toContain('signing unit not printed above the date: read from the letterhead');
    expect(all.length).toBeGreaterThanOrEqual(9);
    for (const w of all) {
      const label = warningLabel(w);
      expect(label.known, w).toBe(true);
      expect(label.text, w).not.toMatch(/[A-Za-z]/);
    }
  });

  it.each(['no foo', '', 'constructor', 'No contact', ' no contact'])('shows an unknown warning “%s” as written, not known', (w) => {
    expect(warningLabel(w)).toEqual({ text: w, known: false });
  });
});
