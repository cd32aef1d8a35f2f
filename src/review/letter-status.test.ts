import { describe, expect, it } from 'vitest';
import { letterStatus } from './letter-status.ts';

const sha = 'a'.repeat(64);
const version = (n: number, on: string) => ({
  version: n,
  replacedOn: on,
  sourceFile: `x.v${n}.source.txt`,
  sourceName: `x-v${n}.txt`,
  sourceSha256: sha,
  recordFile: `x.v${n}.record.json`,
  recordSha256: sha,
});

describe('letterStatus', () => {
  it('a letter with no decisions and no warnings', () => {
    expect(letterStatus({ category: 'A', disclosure: '主动公开', warnings: [] })).toEqual({
      heldBack: null,
      corrections: [],
      replaced: null,
      warnings: [],
    });
  });

  it.each([
    [{ disclosure: '依申请公开' }, { disclosure: '依申请公开', corrected: false }],
    [{ disclosure: '不予公开' }, { disclosure: '不予公开', corrected: false }],
    [
      { disclosure: null, corrections: { disclosure: '依申请公开' } },
      { disclosure: '依申请公开', corrected: true },
    ],
    [
      { disclosure: '主动公开', corrections: { disclosure: '不予公开' } },
      { disclosure: '不予公开', corrected: true },
    ],
    [
      { disclosure: '依申请公开', corrections: { disclosure: '依申请公开' } },
      { disclosure: '依申请公开', corrected: false },
    ],
    [{ disclosure: '依申请公开', corrections: { disclosure: '主动公开' } }, null],
    [{ disclosure: null }, null],
    [{ disclosure: '主动公开' }, null],
  ])('held back: %j → %j', (front, held) => {
    expect(letterStatus(front).heldBack).toEqual(held);
  });

  it('lists the corrections in their order, each beside the parsed value, in words', () => {
    const s = letterStatus({
      category: 'C',
      signer: null,
      kind: 'proposal',
      disclosure: null,
      corrections: { category: 'B', signer: '王明', kind: 'suggestion', disclosure: null },
    });
    expect(s.corrections).toEqual([
      { field: 'category', label: '答复类别', parsed: 'C', corrected: 'B', same: false },
      { field: 'signer', label: '签发人', parsed: '未载明', corrected: '王明', same: false },
      { field: 'kind', label: '类型', parsed: '提案', corrected: '建议', same: false },
      { field: 'disclosure', label: '公开属性', parsed: '未载明', corrected: '未载明', same: true },
    ]);
  });

  it('a replaced letter is the version after its last kept one, replaced on that one’s day', () => {
    const s = letterStatus({ versions: [version(2, '2025-10-08'), version(1, '2025-09-20')] });
    expect(s.replaced).toEqual({ version: 3, on: '2025-10-08', versions: [version(1, '2025-09-20'), version(2, '2025-10-08')] });
    expect(letterStatus({ versions: [] }).replaced).toBeNull();
  });

  it('its warnings in Chinese, an unknown one as written', () => {
    expect(letterStatus({ warnings: ['no contact', 'something new'] }).warnings).toEqual([
      { text: '未识别出联系人及电话', known: true, field: 'contact' },
      { text: 'something new', known: false },
    ]);
  });
});
