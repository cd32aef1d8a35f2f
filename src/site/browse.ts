/**
 * The browse dimensions (year, session, kind, replying unit, category, member) and their groups:
 * each group has an ASCII slug (stable, see slug.ts), a Chinese label and its letters in
 * date-then-number order. One route renders them all: `/browse/<dimension>/<slug>/`.
 */
import { browse as t, kind as kindLabel, category as catText } from '~/i18n/zh-CN.ts';
import { groupBy, letterYear, sessionKey, zhCollator, type Letter } from './letters.ts';
import { nameSlug } from './slug.ts';

export interface Group {
  slug: string;
  label: string;
  note?: string;
  letters: Letter[];
}
export interface Dimension {
  key: string;
  title: string;
  groups: (all: Letter[]) => Group[];
}

/** Sessions by assembly, then term, then meeting; each key's record is looked up once, not per comparison. */
const sessionOrder = (all: Letter[]) => {
  const first = new Map<string, Letter['data']>();
  for (const l of all) {
    const k = sessionKey(l);
    if (k !== null && !first.has(k)) first.set(k, l.data);
  }
  return (a: string, b: string) => {
    const x = first.get(a)!;
    const y = first.get(b)!;
    return zhCollator.compare(x.assembly, y.assembly) || x.session!.term - y.session!.term || x.session!.meeting - y.session!.meeting;
  };
};

const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const dimensions: Dimension[] = [
  {
    key: 'year',
    title: t.byYear,
    groups: (all) => groupBy(all, (l) => [letterYear(l)], plain).map(([y, letters]) => ({ slug: y, label: t.year(y), letters })),
  },
  {
    key: 'session',
    title: t.bySession,
    groups: (all) =>
      groupBy(all, (l) => [sessionKey(l)], sessionOrder(all)).map(([k, letters]) => ({ slug: nameSlug(k), label: k, letters })),
  },
  {
    key: 'kind',
    title: t.byKind,
    groups: (all) =>
      groupBy(all, (l) => [l.data.kind], plain).map(([k, letters]) => ({ slug: k, label: kindLabel[k as 'proposal'], letters })),
  },
  {
    key: 'unit',
    title: t.byUnit,
    groups: (all) => groupBy(all, (l) => [l.data.replyingUnit]).map(([u, letters]) => ({ slug: nameSlug(u), label: u, letters })),
  },
  {
    key: 'category',
    title: t.byCategory,
    groups: (all) =>
      groupBy(all, (l) => [l.data.category], plain).map(([c, letters]) => ({
        slug: c.toLowerCase(),
        label: `${c} 类`,
        note: catText[c as 'A'],
        letters,
      })),
  },
  {
    key: 'member',
    title: t.byMember,
    groups: (all) =>
      groupBy(all, (l) => l.data.addressees).map(([m, letters]) => ({
        slug: nameSlug(m),
        label: m,
        note: letters.some((l) => l.data.addresseeRole === null) ? t.org : undefined,
        letters,
      })),
  },
];

/** Every (dimension, group) pair; throws if two names of one dimension share a slug. */
export function allGroups(all: Letter[]): { dimension: Dimension; group: Group }[] {
  return dimensions.flatMap((dimension) => {
    const groups = dimension.groups(all);
    const slugs = new Set(groups.map((g) => g.slug));
    if (slugs.size !== groups.length) throw new Error(`browse: slug collision in ${dimension.key}`);
    return groups.map((group) => ({ dimension, group }));
  });
}
