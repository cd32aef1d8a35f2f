/**
 * The office's workflow as `docs/editors.md` gives it, command by command: every `npm run` line of
 * its code blocks is run as written (its `npm run` script from package.json, the paths under
 * `报送/` in a temporary batch, `--content` a temporary content folder), the hand edit it shows is
 * typed into a letter's frontmatter, and the site built at the end is read as the public reads it.
 * A command added to the guide, or one whose words stop working, fails here.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'ultrahtml';
import { beforeAll, describe, expect, it } from 'vitest';
import { $, $$, text, type Node } from './html.ts';
import { onRequestFile } from './fixture-changes.ts';
import { root, tmp } from './paths.ts';
import { zhDate } from '../../src/site/format.ts';
import { localIsoDate } from '../../src/ingest/local-date.ts';
import { field } from '../../src/i18n/zh-CN.ts';

const node = path.join(root, 'node_modules/.bin/node');
const guide = fs.readFileSync(path.join(root, 'docs/editors.md'), 'utf8');
const scripts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
const dir = path.join(tmp, 'office-workflow');
const content = path.join(dir, 'content');
const dist = path.join(dir, 'dist');
const batch = path.join(dir, '报送');
const today = localIsoDate(new Date());
const SEED = '2025-ta5-4-0361';
const TONGXI = '2025-ta7-4-0215';
const ZEYANG = '2024-ta6-3-0302';

/** The guide's code blocks, in order: `sh` lines without their comments, and the YAML of the hand edit. */
function guideBlocks(): { lang: string; lines: string[] }[] {
  return [...guide.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({
    lang,
    lines: body.split('\n').filter((l) => l.trim() !== ''),
  }));
}

/** A shell line's words: single quotes keep spaces, `#` starts a comment. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|(#.*$)|(\S+)/g)) {
    if (m[2]) break;
    out.push(m[1] ?? m[3]);
  }
  return out;
}

interface Ran {
  line: string;
  status: number | null;
  output: string;
}

/** Runs one guide line: `npm run NAME -- ARGS` as package.json's script with the test's folders. */
function runLine(line: string): Ran {
  const [npm, run, name, dashes, ...args] = words(line);
  if (npm !== 'npm' || run !== 'run' || !(name in scripts)) throw new Error(`docs/editors.md: not an npm script: ${line}`);
  if (dashes !== undefined && dashes !== '--') throw new Error(`docs/editors.md: arguments must follow --: ${line}`);
  const paths = args.map((a) => (a.startsWith('报送/') ? path.join(batch, a.slice('报送/'.length)) : a));
  const env = { ...process.env, ARCHIVE_CONTENT: content, ARCHIVE_OUT: dist, ASTRO_TELEMETRY_DISABLED: '1' };
  const [command, script] = scripts[name].replace(/^(\w+=\S+ )+/, '').split(' ');
  const argv =
    command === 'astro'
      ? ['node_modules/astro/bin/astro.mjs', script]
      : [script, '--content', content, ...(name === 'review' ? ['--out', path.join(dir, 'review.html')] : []), ...paths];
  if (command !== 'node' && command !== 'astro') throw new Error(`package.json: script ${name} is not node or astro: ${scripts[name]}`);
  const r = spawnSync(node, argv, { cwd: root, env, encoding: 'utf8' });
  return { line, status: r.status, output: r.stdout + r.stderr };
}

/** The batch the guide's paths name: a month's folder of letters, the 0215 letter, its corrected text. */
function makeBatch(): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const month = path.join(batch, '2025-09');
  fs.mkdirSync(month, { recursive: true });
  for (const f of ['seed-ordos-0361.txt', 'tongxi-jyj-0215.txt', 'zeyang-fgw-0302.txt'])
    fs.copyFileSync(path.join(root, 'tests/fixtures', f), path.join(month, f));
  onRequestFile(month);
  const tongxi = fs.readFileSync(path.join(root, 'tests/fixtures/tongxi-jyj-0215.txt'), 'utf8');
  fs.writeFileSync(path.join(batch, '第0215号.txt'), tongxi);
  fs.writeFileSync(path.join(batch, '第0215号-更正.txt'), tongxi.replace('新招聘小学科学', '新招聘并培训小学科学'));
}

const mdxOf = (id: string, folder = 'replies') => path.join(content, folder, id.slice(0, 4), `${id}.mdx`);
const pageOf = (id: string): Node => parse(fs.readFileSync(path.join(dist, 'replies', id.slice(0, 4), id, 'index.html'), 'utf8'));

const ran: Ran[] = [];

beforeAll(() => {
  makeBatch();
  for (const block of guideBlocks()) {
    if (block.lang === 'sh') for (const line of block.lines) ran.push(runLine(line));
    // The hand edit: the guide's YAML typed at the end of a letter's frontmatter.
    if (block.lang === 'yaml') {
      const mdx = fs.readFileSync(mdxOf(ZEYANG), 'utf8');
      const end = mdx.indexOf('\n---\n', 4) + 1;
      fs.writeFileSync(mdxOf(ZEYANG), mdx.slice(0, end) + block.lines.join('\n') + '\n' + mdx.slice(end));
    }
  }
}, 600_000);

describe('the office’s workflow, as docs/editors.md writes it', () => {
  it('runs every command of the guide', () => {
    expect(ran.map((r) => r.line.split('#')[0].trim())).toEqual([
      'npm run ingest -- --dry-run 报送/2025-09/',
      'npm run ingest -- 报送/2025-09/',
      'npm run review -- --since 2025-09-01',
      "npm run ingest -- --set category=B --set 'addressees=[张三, 李四]' 报送/第0215号.txt",
      'npm run ingest -- --replace 报送/第0215号-更正.txt',
      "npm run withdraw -- 2025-ta5-4-0361 --reason '误发'",
      'npm run ingest:check',
      'npm run build',
    ]);
    for (const r of ran) expect(r.status, `${r.line}\n${r.output}`).toBe(0);
  });

  it('says what each command did, as the guide says it would', () => {
    const [dry, ingest, , set, replace, withdraw, check, build] = ran.map((r) => r.output);
    expect(dry).toMatch(/would ingest +4\n/);
    expect(ingest).toMatch(/ingested +4\n/);
    expect(ingest).toContain('依申请公开');
    expect(set).toContain(`corrected`);
    expect(set).toContain('category: B, as it was, addressees: 民盟桐溪市委员会 → 张三、李四');
    expect(replace).toMatch(/replaced .*第0215号-更正\.txt/);
    expect(withdraw).toContain(SEED);
    expect(check).toContain('4 passed, 0 failed');
    expect(build).toMatch(/held back.*1|1.*held back/);
  });

  it('keeps the replaced version and moves the withdrawn letter, as the guide says', () => {
    expect(fs.existsSync(path.join(content, 'replies/2025', `${TONGXI}.v1.source.txt`))).toBe(true);
    expect(fs.existsSync(path.join(content, 'replies/2025', `${TONGXI}.v1.record.json`))).toBe(true);
    expect(fs.existsSync(mdxOf(SEED))).toBe(false);
    expect(fs.existsSync(mdxOf(SEED, 'withdrawn'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'review.html'), 'utf8')).toContain('依申请公开');
  });

  it('publishes the corrected, replaced letter with its corrections marked and its earlier version linked', () => {
    const doc = pageOf(TONGXI);
    expect(text($(doc, 'dd[data-field="category"]'))).toContain(field.corrected);
    expect(text($(doc, 'dd[data-field="addressees"]'))).toBe(`张三、李四${field.corrected}`);
    expect(text($(doc, '.letter-notes'))).toContain(`本函于 ${zhDate(today)} 更正`);
    expect(text($(doc, 'article'))).toContain('新招聘并培训小学科学');
    const earlier = $$(doc, 'a[href*="/v1/"]').map((a) => a.attributes.href as string);
    expect(earlier).toContain(`/replies/2025/${TONGXI}/v1/record.json`);
    const original = fs.readFileSync(path.join(dist, `replies/2025/${TONGXI}/v1/source.txt`));
    expect(original.equals(fs.readFileSync(path.join(root, 'tests/fixtures/tongxi-jyj-0215.txt')))).toBe(true);
    expect(earlier).toContain(`/replies/2025/${TONGXI}/v1/source.txt`);
  });

  it('publishes the hand-edited date, marked as corrected', () => {
    expect(text($(pageOf(ZEYANG), 'dd[data-field="date"]'))).toBe(`2025年9月12日${field.corrected}`);
  });

  it('answers at the withdrawn letter’s URL with the notice only, and leaves the held-back letter out', () => {
    const doc = pageOf(SEED);
    expect(text($(doc, '.withdrawn-notice'))).toContain(zhDate(today));
    expect($(doc, '[data-pagefind-body]')).toBeUndefined();
    const listed = JSON.parse(fs.readFileSync(path.join(dist, 'records.json'), 'utf8')).map((r: { id: string }) => r.id);
    expect(listed).toHaveLength(2);
    expect(listed).toContain(TONGXI);
  });
});
