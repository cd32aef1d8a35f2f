/**
 * A record field's value as one line of plain text, for the corrections list (`答复类别：识读 C →
 * 更正为 B`): a field the letter lacks as 未载明, an empty list as 无, the kind and the session in
 * words, the contact as name and phone, a list joined with 、. Pure.
 */
import { kind as kindNames } from '../i18n/zh-CN.ts';
import { str } from './html.ts';
import { reviewText as t } from './labels.ts';

export function valueText(key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return t.missing;
  if (key === 'kind' && (v === 'proposal' || v === 'suggestion')) return kindNames[v];
  if (Array.isArray(v)) return v.length ? v.map((x) => valueText('', x)).join('、') : t.empty;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (key === 'session' && typeof o.label === 'string') return o.label;
    if (key === 'contact') return `${valueText('', o.name)} ${valueText('', o.phone)}`;
    return JSON.stringify(v);
  }
  return str(v);
}
