/** The label of a measure or commitment from its anchor: `m2-3` → 措施 2.3, `n1` → 承诺 1. Pure. */
import { letter as t } from '~/i18n/zh-CN.ts';

export function itemLabel(anchor: string): string {
  const m = /^m(\d+)-(\d+)$/.exec(anchor);
  return m ? t.measure(Number(m[1]), Number(m[2])) : t.commitment(Number(anchor.slice(1)));
}
