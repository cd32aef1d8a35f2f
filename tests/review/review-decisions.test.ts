/**
 * What the review page shows of the editors' decisions, as `npm run review` writes it over ingested
 * letters edited as the editors do: the summary, held-back letters first and marked, corrections
 * beside the parsed values, replaced letters with their earlier versions, warnings in Chinese; and
 * that its words are Chinese and its structure accessible.
 */
import { parse } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { renderReview } from '../../src/review/render-review.ts';
import { warningLabel } from '../../src/review/warning-labels.ts';
import { $, $$, text, type Node } from '../site/html.ts';
import { edited, generated, reviewedFixtures } from './reviewed-fixtures.ts';

const fixtures = reviewedFixtures();
const page = () => parse(fixtures.html);
const article = (id: string) => $(page(), `article[data-id="${id}"]`)!;
const texts = (node: Node, sel: string) => $$(node, sel).map((n) => text(n).trim());
const frontOf = (id: string) => fixtures.letters.find((l) => l.front.id === id)!.front;
/** The table-of-contents entry of a letter. */
const tocEntry = (id: string) => {
  const n = article(id).attributes.id;
  return $$(page(), 'nav li').find((li) => $(li, 'a')!.attributes.href === `#${n}`)!;
};

describe('review page: the editors’ decisions', () => {
  it('sums up at the top: how many letters, held back, with warnings, corrected, replaced; the withdrawn counted, not listed', () => {
    const counts = Object.fromEntries($$(page(), '.counts li').map((li) => [li.attributes['data-count'], text(li)]));
    const warned = fixtures.letters.filter((l) => l.front.warnings.length).length;
    expect(counts).toEqual({
      letters: `答复函 ${fixtures.letters.length} 封`,
      held: '不公开发布 2 封',
      warned: `有整理说明 ${warned} 封`,
      corrected: '已更正 3 封',
      replaced: '已替换 2 封',
    });
    expect(text($(page(), '.summary .withdrawn'))).toBe('另有已撤回的答复函 1 封，不在本清单中列出。');
    expect($(page(), `article[data-id="${edited.withdrawn}"]`)).toBeUndefined();
  });

  it('lists the held-back letters first, in their own group, marked and explained', () => {
    const held = $(page(), '#group-held')!;
    expect(text($(held, 'h2'))).toBe('不公开发布的答复函（2 封）');
    expect(text($(held, '.group-note'))).toContain('公开网站不会发布');
    expect($$(held, 'article').map((a) => a.attributes['data-id'])).toEqual([edited.printedHeld, edited.correctedHeld]);
    expect($$(page(), 'article')[0].attributes['data-id']).toBe(edited.printedHeld);
    expect(texts(article(edited.printedHeld), '.held-note')).toEqual([
      '不公开发布（依申请公开） 公开属性为“依申请公开”（函中所印），公开网站不会发布此函。',
    ]);
    expect(texts(article(edited.correctedHeld), '.held-note')).toEqual([
      '不公开发布（依申请公开） 公开属性为“依申请公开”（编辑更正），公开网站不会发布此函。',
    ]);
    for (const id of [edited.printedHeld, edited.correctedHeld]) {
      expect(texts(article(id), 'h3 .badge')).toContain('不公开发布（依申请公开）');
      expect(texts(tocEntry(id), '.badge')).toContain('不公开发布（依申请公开）');
    }
    // The letter held back with warnings shows them too.
    expect(texts(article(edited.printedHeld), '.warnings li')).toEqual(['未识别出签发人']);
    // The summary's count leads to the group.
    const heldCount = $$(page(), '.counts li').find((li) => li.attributes['data-count'] === 'held')!;
    expect($(heldCount, 'a')!.attributes.href).toBe('#group-held');
  });

  it('shows each correction beside the parsed value, linked to its field, and marks the letter 已更正', () => {
    const cases: [string, string, string][] = [
      [edited.category, 'category', '答复类别：识读 C → 更正为 B'],
      [edited.signer, 'signer', '签发人：识读 未载明 → 更正为 李华'],
      [edited.correctedHeld, 'disclosure', '公开属性：识读 未载明 → 更正为 依申请公开'],
    ];
    for (const [id, key, line] of cases) {
      const a = article(id);
      expect(text($(a, '.corrections h4'))).toBe('编辑更正（1 项）');
      expect(texts(a, '.corrections li')).toEqual([line]);
      const row = $(a, `.field[data-field="${key}"]`)!;
      expect(row.attributes.class).toBe('field corrected');
      expect($($(a, '.corrections li')!, 'a')!.attributes.href).toBe(`#${row.attributes.id}`);
      expect(text($(row, '.corrected-to'))).toMatch(/^已更正 更正为 /);
      expect(texts(a, 'h3 .badge')).toContain('已更正');
      expect(texts(tocEntry(id), '.badge')).toContain('已更正');
    }
    // The parsed value stays in the record, the editor's under it.
    expect(text($(article(edited.category), '.field[data-field="category"] dd'))).toMatch(/^C .*已更正 更正为 B /);
    // A letter without corrections has no such marks.
    expect($(article('2023-ta3-2-0064'), '.corrections')).toBeUndefined();
    expect(texts(tocEntry('2023-ta3-2-0064'), '.badge')).not.toContain('已更正');
  });

  it('marks a replaced letter with its version and day, and lists the earlier versions', () => {
    const one = article(edited.replaced);
    expect(texts(one, 'h3 .badge')).toContain('已替换（第 2 版，2025年10月8日）');
    expect(texts(tocEntry(edited.replaced), '.badge')).toContain('已替换（第 2 版，2025年10月8日）');
    expect(text($(one, '.versions h4'))).toBe('已替换（第 2 版，2025年10月8日）');
    const [v1] = texts(one, '.versions li');
    expect(v1).toContain(
      '第 1 版：原始文件 seed-ordos-0361-初稿.txt，存档为 2025-ta5-4-0361.v1.source.txt；记录 2025-ta5-4-0361.v1.record.json；',
    );
    expect(v1).toContain('2025年10月8日 被第 2 版替换');
    expect(v1).not.toContain('文件缺失');

    const two = article(edited.replacedTwice);
    expect(text($(two, '.versions h4'))).toBe('已替换（第 3 版，2026年7月9日）');
    const vs = texts(two, '.versions li');
    expect(vs).toHaveLength(2);
    expect(vs[0]).toMatch(/^第 1 版：原始文件 初稿\.txt.*2026年7月1日 被第 2 版替换/);
    expect(vs[1]).toMatch(/^第 2 版：原始文件 二稿\.txt.*2026年7月9日 被第 3 版替换/);
    // Their kept files are not beside the MDX file: each is marked.
    for (const v of vs) expect(v.match(/（文件缺失）/g)).toHaveLength(2);
  });

  it('shows each letter’s warnings in Chinese, and never ingest’s English', () => {
    for (const l of fixtures.letters) {
      const shown = texts(article(l.front.id), '.warnings li');
      expect(shown, l.front.id).toEqual(l.front.warnings.map((w: string) => warningLabel(w).text));
      for (const w of l.front.warnings) expect(fixtures.html).not.toContain(w);
    }
  });

  it('shows a warning it has no Chinese for as written, marked', () => {
    const base = fixtures.letters.find((l) => l.front.id === '2023-ta3-2-0064')!;
    const out = parse(
      renderReview([{ ...base, front: { ...base.front, warnings: ['no contact', 'a warning from a newer ingest'] } }], {
        generated,
        contentDir: fixtures.content,
      }),
    );
    expect(texts(out, '.warnings li')).toEqual(['未识别出联系人及电话', 'a warning from a newer ingest （未收录的整理说明，按原文列出）']);
    expect($(out, '.warnings li.unknown')).toBeDefined();
  });
});

describe('review page: Chinese and accessible', () => {
  it('speaks Chinese in every heading, label, badge and note', () => {
    // The field keys (what an editor writes under corrections:) are shown beside their labels on purpose.
    const doc = parse(fixtures.html.replace(/<span class="key">[^<]*<\/span>/g, ''));
    const words = [
      ...[
        'h1',
        'h2',
        'h4',
        'nav h3',
        '.badge',
        '.counts li',
        '.selection',
        '.group-note',
        '.held-note',
        '.corrections li',
        '.warnings li',
        'dt',
      ].flatMap((sel) => texts(doc, sel)),
      text($(doc, 'title')),
      text($(doc, 'header > p')),
    ];
    expect(words.length).toBeGreaterThan(100);
    for (const w of words) {
      expect(w, w).toMatch(/[\u4e00-\u9fff]/);
      // Allowed: the option, the file format and the digest named as such.
      expect(w.replace(/--since|MDX|SHA-256/g, ''), w).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('is one accessible document: unique ids, every link lands, headings in order, each letter and part named by its heading', () => {
    const doc = page();
    expect(fixtures.html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    const ids = $$(doc, '[id]').map((n) => n.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of $$(doc, 'a')) expect(ids).toContain(a.attributes.href.replace(/^#/, ''));
    for (const n of $$(doc, '[aria-labelledby]')) expect(ids).toContain(n.attributes['aria-labelledby']);
    const levels = [...fixtures.html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => i && expect(l - levels[i - 1]).toBeLessThanOrEqual(1));
  });
});
