import { describe, expect, it } from 'vitest';
import { anchoredTexts, describeChanges, recordChanges } from './record-changes.ts';
import type { LetterRecord } from '../record/record-schema.ts';

const record = (over: Partial<LetterRecord> = {}): LetterRecord => ({
  docNumber: '鄂建提复字〔2025〕333号',
  signer: '张秀玲',
  title: null,
  kind: 'proposal',
  assembly: '市政协',
  session: { term: 5, meeting: 4, label: '五届四次会议' },
  number: '0361',
  addressees: ['乌力吉仓'],
  addresseeRole: '委员',
  proposalTitle: null,
  replyingUnit: '鄂尔多斯市人民政府',
  date: '2025-09-03',
  category: 'C',
  contact: null,
  cc: [],
  issuedBy: null,
  issuedDate: null,
  sections: [{ heading: '一、激发活力', anchor: 's1', measures: [] }],
  nextSteps: [],
  terms: [],
  disclosure: null,
  ...over,
});

const measure = (id: string, text: string) => `<Measure id="${id}">\n\n${text}\n\n</Measure>`;
const commitment = (id: string, text: string) => `<Commitment id="${id}">\n\n${text}\n\n</Commitment>`;
const body = (...blocks: string[]) => `\n<Section id="s1">\n\n${blocks.join('\n\n')}\n\n</Section>\n`;

describe('what a replacement changed', () => {
  it.each([
    ['nothing', record(), body(measure('m1-1', '一是…')), record(), body(measure('m1-1', '一是…')), ''],
    [
      'fields, in record order',
      record(),
      body(),
      record({ date: '2025-09-12', category: 'B', addressees: ['乌力吉仓', '李四'] }),
      body(),
      'fields: addressees, date, category',
    ],
    [
      'a section heading',
      record(),
      body(),
      record({ sections: [{ heading: '一、激发创新活力', measures: [] }] }),
      body(),
      'fields: sections',
    ],
    [
      'measures changed, added and removed, commitments after measures',
      record(),
      body(measure('m2-3', '三是旧'), measure('m2-10', '十是'), commitment('n2', '二是')),
      record(),
      body(measure('m2-3', '三是新'), measure('m2-5', '五是'), measure('m2-10', '十是')),
      'measures: m2-3 changed, m2-5 added, n2 removed',
    ],
    [
      'fields and measures',
      record(),
      body(measure('m1-1', 'a')),
      record({ category: 'B' }),
      body(measure('m1-1', 'b')),
      'fields: category; measures: m1-1 changed',
    ],
  ])('%s', (_, beforeRecord, beforeBody, afterRecord, afterBody, described) => {
    const changes = recordChanges({ record: beforeRecord, body: beforeBody }, { record: afterRecord, body: afterBody });
    expect(describeChanges(changes)).toBe(described);
  });

  it('reads each measure and commitment of an MDX body by anchor', () => {
    expect([...anchoredTexts(body(measure('m1-1', '一是甲。'), commitment('n1', '一是乙。')))]).toEqual([
      ['m1-1', '一是甲。'],
      ['n1', '一是乙。'],
    ]);
  });
});
