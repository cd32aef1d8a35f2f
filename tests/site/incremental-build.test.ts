/**
 * Incremental builds: after one letter is corrected (another withdrawn, one's record corrected,
 * one's 公开属性 corrected to 不予公开, one of the seed's other formats dropped), a build re-renders
 * only the pages that show them, and its output — in the output folder the last build left —
 * equals, file for file and byte for byte, a full build of the changed archive; another archive
 * built into that folder leaves nothing of the first behind.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, tmp, contentDir } from './paths.ts';
import { cacheDirFor } from '../../src/integrations/cache-dir.ts';
import { resealed } from './reseal.ts';
import { correct, recordOf, withdraw } from './editor-changes.ts';

const dir = path.join(tmp, 'incremental');
const SEED = 'replies/2025/2025-ta5-4-0361.mdx';
const WITHDRAWN = 'replies/2024/2024-jy14-3-52';
const RECORD_FIXED = 'replies/2026/2026-jy15-5-61.mdx';
const HELD_BACK = 'replies/2023/2023-ta12-2-31';

/**
 * Builds `content` into `dist`; returns the pages Astro rendered, as opposed to copied from its
 * incremental cache: those it wrote into the cache folder during this build.
 */
function build(content: string, dist: string): { rendered: string[] } {
  const cache = cacheDirFor(root, content, '/');
  const started = Date.now() - 1;
  const r = spawnSync(path.join(root, 'node_modules/.bin/node'), ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT: content, ARCHIVE_OUT: dist, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`build of ${content} failed:\n${r.stdout}${r.stderr}`);
  const rendered = fs
    .readdirSync(cache, { recursive: true })
    .map(String)
    .filter((n) => n.endsWith('.html') && fs.statSync(path.join(cache, n)).mtimeMs >= started)
    .map((n) => n.slice(n.indexOf('/') + 1));
  return { rendered };
}

function files(base: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of fs.readdirSync(base, { recursive: true }).map(String).sort()) {
    const file = path.join(base, name);
    if (fs.statSync(file).isFile()) out.set(name, fs.readFileSync(file));
  }
  return out;
}

let first: ReturnType<typeof build>;
let firstKeyed: string[];
let again: ReturnType<typeof build>;

beforeAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const name of ['content', 'fresh-content']) {
    fs.rmSync(cacheDirFor(root, path.join(dir, name), '/'), { recursive: true, force: true });
    fs.cpSync(contentDir, path.join(dir, name), { recursive: true });
  }
  first = build(path.join(dir, 'content'), path.join(dir, 'dist'));
  // Letter, browse-group and term pages have cache keys; the few single pages are always rendered.
  firstKeyed = [...files(path.join(dir, 'dist')).keys()].filter((n) =>
    /^(replies\/\d{4}|browse\/[a-z]+|terms)\/[^/]+\/index\.html$/.test(n),
  );
  // The correction: one character of the seed letter's body, as re-ingesting a corrected original writes
  // it, the .pdf of the same run no longer kept; a letter withdrawn; a record field corrected by an
  // editor to a value of the same length (its record.json changes, not its size); a letter's
  // 公开属性 corrected to 不予公开.
  for (const name of ['content', 'fresh-content']) {
    const content = path.join(dir, name);
    const file = path.join(content, SEED);
    const text = fs.readFileSync(file, 'utf8');
    const at = text.indexOf('。', text.indexOf('\n---\n', 4) + 5);
    const noPdf = `${text.slice(0, at)}；${text.slice(at + 1)}`.replace(/^  - sourceFile: '[^']+\.source\.pdf'\n(    .*\n)+/m, '');
    expect(noPdf).not.toContain('.source.pdf');
    fs.writeFileSync(file, resealed(noPdf));
    fs.rmSync(path.join(content, SEED.replace('.mdx', '.source.pdf')));
    withdraw(content, path.basename(WITHDRAWN), '2025-10-08', null);
    const { contact } = recordOf(path.join(content, RECORD_FIXED));
    const phone = contact!.phone!.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    correct(content, path.basename(RECORD_FIXED, '.mdx'), { contact: { name: contact!.name, phone } });
    correct(content, path.basename(HELD_BACK), { disclosure: '不予公开' });
  }
  again = build(path.join(dir, 'content'), path.join(dir, 'dist'));
  // Another content folder has a cache of its own, emptied above: this build starts from nothing.
  build(path.join(dir, 'fresh-content'), path.join(dir, 'fresh-dist'));
}, 600_000);

describe('a build after one letter is corrected', () => {
  it('re-renders the letter’s page and the pages listing it, and few others', () => {
    expect(again.rendered).toContain('replies/2025/2025-ta5-4-0361/index.html');
    expect(again.rendered).toContain('browse/year/2025/index.html');
    expect(again.rendered).not.toContain('replies/2023/2023-jy16-2-89/index.html');
    expect([...first.rendered].sort()).toEqual(firstKeyed.sort());
    expect(again.rendered.length).toBeLessThan(firstKeyed.length / 3);
  });
  it('writes the same files, byte for byte, as a full build of the corrected archive', () => {
    const incremental = files(path.join(dir, 'dist'));
    const full = files(path.join(dir, 'fresh-dist'));
    expect([...incremental.keys()]).toEqual([...full.keys()]);
    const differing = [...full].filter(([name, bytes]) => !incremental.get(name)!.equals(bytes)).map(([name]) => name);
    expect(differing).toEqual([]);
  });
  it('leaves nothing of the withdrawn letter but its notice: no record, no original', () => {
    for (const dist of ['dist', 'fresh-dist']) {
      expect(fs.readdirSync(path.join(dir, dist, WITHDRAWN))).toEqual(['index.html']);
      expect(fs.readFileSync(path.join(dir, dist, WITHDRAWN, 'index.html'), 'utf8')).toContain('本函已于');
    }
  });
  it('leaves nothing of the letter now held back, nor of the format no longer kept', () => {
    expect(fs.existsSync(path.join(dir, 'dist', HELD_BACK))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'dist', 'replies/2025/2025-ta5-4-0361/source.pdf'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'dist', 'replies/2025/2025-ta5-4-0361/source.txt'))).toBe(true);
  });
  it('empties the folder before building another archive into it, or one changed by hand', () => {
    fs.writeFileSync(path.join(dir, 'fresh-dist', 'left-by-hand.txt'), 'x');
    build(path.join(dir, 'content'), path.join(dir, 'fresh-dist'));
    expect(fs.existsSync(path.join(dir, 'fresh-dist', 'left-by-hand.txt'))).toBe(false);
    expect([...files(path.join(dir, 'fresh-dist')).keys()]).toEqual([...files(path.join(dir, 'dist')).keys()]);
    const page = path.join(dir, 'dist', 'replies/2025/2025-ta5-4-0361/index.html');
    const html = fs.readFileSync(page);
    fs.writeFileSync(page, 'edited by hand');
    build(path.join(dir, 'content'), path.join(dir, 'dist'));
    expect(fs.readFileSync(page).equals(html)).toBe(true);
  });
  it('writes the corrected record', () => {
    const record = JSON.parse(fs.readFileSync(path.join(dir, 'dist', RECORD_FIXED.replace('.mdx', ''), 'record.json'), 'utf8'));
    const { corrections } = recordOf(path.join(dir, 'content', RECORD_FIXED));
    expect(record.contact.phone).toBe(corrections!.contact!.phone);
    expect(record.corrected).toEqual(['contact']);
  });
  it('shows the correction on the letter’s page', () => {
    const html = fs.readFileSync(path.join(dir, 'dist/replies/2025/2025-ta5-4-0361/index.html'), 'utf8');
    const before = fs.readFileSync(path.join(contentDir, SEED), 'utf8');
    const at = before.indexOf('。', before.indexOf('\n---\n', 4) + 5);
    const corrected = `${before.slice(at - 6, at)}；`;
    expect(html).toContain(corrected);
  });
});
