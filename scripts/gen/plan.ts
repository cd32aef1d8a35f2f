/**
 * The facts of one letter, decided before any text is composed: who raised the item in which
 * session, its number, who replies and when, the category and how each block is printed.
 * Pure apart from `NumberRegistry`, which the caller owns and which keeps (year, kind, term,
 * meeting, number) unique across a run, so that numbers collide only across sessions.
 */
import type { Rng } from './prng.ts';
import { addDays, cnCount, daysInMonth, type Ymd, type DateStyle } from './cn-numbers.ts';
import { sessionFor, localOf, phoneIn, type World, type Member, type City } from './world.ts';
import { personName } from './names.ts';
import { ORGANISATIONS } from './vocab-terms.ts';
import { DOMAINS } from './vocab-domains.ts';
import type { Domain } from './vocab-types.ts';

export type Category = 'A' | 'B' | 'C' | 'D';
export type CategoryStyle = 'afterHalf' | 'afterFull' | 'afterSpaced' | 'line' | 'lineCn' | 'top';
export type ContactStyle = 'halfParen' | 'fullParen' | 'block' | 'plain' | 'none';

/** Keys already used in this run: `year|kind|term|meeting|number`, and `doc|prefix|year|seq` for 文号. */
export type NumberRegistry = Set<string>;

export type Plan = {
  city: City;
  kind: 'proposal' | 'suggestion';
  assembly: string;
  /** `市`, or the county/district name for 县/区 assemblies. */
  localName: string | null;
  year: number;
  term: number;
  meeting: number;
  number: string;
  addressees: string[];
  addresseeRole: '委员' | '代表' | null;
  domain: Domain;
  /** Unit name without place, `人民政府` or the bureau. */
  unitBase: string;
  replyingUnit: string;
  /** Prefix of sibling units: `市`, `县`, `区`. */
  scope: '市' | '县' | '区';
  docNumber: string;
  signer: string | null;
  category: Category | null;
  categoryStyle: CategoryStyle;
  date: Ymd;
  dateStyle: DateStyle;
  issued: Ymd | null;
  contactStyle: ContactStyle;
  contact: { name: string; phone: string } | null;
  spaced: boolean;
  titleTail: '答复' | '答复函';
  letterhead: 'unit' | 'wenjian' | 'banner' | 'none';
};

const CN_CAT: Record<Category, string> = { A: '甲', B: '乙', C: '丙', D: '丁' };
export const categoryCn = (c: Category): string => CN_CAT[c];
export const sessionLabel = (term: number, meeting: number): string =>
  `${cnCount(term)}届${cnCount(meeting)}次会议`;

function drawNumber(rng: Rng, reg: NumberRegistry, key: string, max: number): number {
  for (let tries = 0; ; tries++) {
    const n = rng.int(1, tries < 40 ? max : max + 2000);
    const k = `${key}|${n}`;
    if (!reg.has(k)) { reg.add(k); return n; }
  }
}

function addresseesOf(rng: Rng, world: World, m: Member, place: string): [string[], Plan['addresseeRole']] {
  if (m.body === '政协' && rng.chance(0.1)) return [[rng.pick(ORGANISATIONS).replace('{place}', place)], null];
  const role = m.body === '政协' ? '委员' : '代表';
  if (!rng.chance(0.15)) return [[m.name], role];
  const peers = world.members.filter((o) => o !== m && o.city === m.city && o.body === m.body && o.level === m.level);
  return [[m.name, ...rng.sample(peers, rng.int(1, 2)).map((o) => o.name)], role];
}

/** Decides one letter's facts. */
export function planLetter(rng: Rng, world: World, reg: NumberRegistry): Plan {
  const m = rng.pick(world.members);
  const city = world.cities[m.city];
  const local = localOf(world, m);
  const scope = m.level;
  const place = local ?? `${city.name}市`;
  const kind = m.body === '政协' ? 'proposal' : 'suggestion';
  const assembly = `${m.level}${m.body}`;
  const year = rng.int(2016, 2026);
  const { term, meeting } = sessionFor(city.termIn2022[assembly], year);
  const n = drawNumber(rng, reg, `${year}|${kind}|${term}|${meeting}`, kind === 'proposal' ? 480 : 320);
  const [addressees, addresseeRole] = addresseesOf(rng, world, m, place);
  const domain = rng.pick(DOMAINS);
  const unitBase = rng.chance(0.3) ? '人民政府' : domain.unit;
  const replyingUnit = scope === '区' ? `${city.name}市${place}${unitBase}` : `${place}${unitBase}`;
  const abbr = place[0] + (unitBase === '人民政府' ? '政' : domain.abbr) + (kind === 'proposal' ? '提' : '建') +
    rng.weighted([['复', 8], ['复字', 1], ['', 1]] as const);
  const month = rng.int(3, 11);
  const date = { y: year, m: month, d: rng.int(1, daysInMonth(year, month)) };
  const category = rng.weighted<Category | null>([['A', 22], ['B', 25], ['C', 15], ['D', 8], [null, 30]]);
  const contactStyle = rng.weighted<ContactStyle>([['halfParen', 30], ['fullParen', 25], ['block', 25], ['plain', 8], ['none', 12]]);
  const issueLag = rng.weighted([[0, 3], [1, 3], [2, 2], [3, 1]] as const);
  return {
    city, kind, assembly, localName: local, year, term, meeting,
    number: kind === 'proposal' ? String(n).padStart(4, '0') : String(n),
    addressees, addresseeRole, domain, unitBase, replyingUnit, scope,
    docNumber: `${abbr}〔${year}〕${drawNumber(rng, reg, `doc|${abbr}|${year}`, 400)}号`,
    signer: rng.chance(0.75) ? personName(rng) : null,
    category,
    categoryStyle: rng.weighted<CategoryStyle>([['afterHalf', 3], ['afterFull', 2], ['afterSpaced', 1], ['line', 3], ['lineCn', 1], ['top', 1]]),
    date,
    dateStyle: rng.weighted<DateStyle>([['arabic', 5], ['spaced', 3], ['chinese', 2]]),
    issued: rng.chance(0.55) ? addDays(date, issueLag) : null,
    contactStyle,
    contact: contactStyle === 'none' ? null : { name: personName(rng), phone: phoneIn(rng, city) },
    spaced: rng.chance(0.4),
    titleTail: rng.chance(0.85) ? '答复' : '答复函',
    letterhead: rng.weighted([['unit', 55], ['wenjian', 30], ['banner', 5], ['none', 10]] as const),
  };
}

