import { describe, expect, it } from 'vitest';
import { valueText } from './value-text.ts';

describe('valueText', () => {
  it.each([
    ['category', 'C', 'C'],
    ['category', null, '未载明'],
    ['signer', undefined, '未载明'],
    ['title', '', '未载明'],
    ['kind', 'proposal', '提案'],
    ['kind', 'suggestion', '建议'],
    ['session', { term: 5, meeting: 4, label: '五届四次会议' }, '五届四次会议'],
    ['contact', { name: '王明', phone: '0477-8586566' }, '王明 0477-8586566'],
    ['contact', { name: null, phone: '0477-8586566' }, '未载明 0477-8586566'],
    ['addressees', ['张三', '李四'], '张三、李四'],
    ['cc', [], '无'],
    ['disclosure', '依申请公开', '依申请公开'],
    ['date', '2025-09-03', '2025-09-03'],
    ['other', { a: 1 }, '{"a":1}'],
  ])('%s %j → %s', (key, v, text) => {
    expect(valueText(key, v)).toBe(text);
  });
});
