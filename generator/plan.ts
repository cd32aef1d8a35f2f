/**
 * The facts of one letter, decided before any text is composed: its layout, who raised the item
 * in which session, its number, who replies and signs, when, the category and the contact.
 * Pure apart from `NumberRegistry`, which the caller owns and which keeps (year, kind, term,
 * meeting, number) unique across a run, so that numbers collide only across sessions.
 */
import type { Rng } from './prng.ts';
import { addDays, daysInMonth, type Ymd } from './cn-numbers.ts';
import { sessionFor, termStart, placeOf, phoneIn, mobile, type World, type Member, type City, type Level } from './world.ts';
import { personName } from './names.ts';
import { drawLayout, type Layout } from './layout.ts';
import { addresseesOf, type Addressees } from './addressees.ts';
import { VOCAB, type Domain } from './vocab.ts';
import { fullUnit, unitIn } from './units.ts';

export type Category = 'A' | 'B' | 'C' | 'D';

/** Keys already used in this run: `year|kind|term|meeting|number`, and `doc|prefix|year|seq` for 文号. */
export type NumberRegistry = Set<string>;

export type Plan = {
  layout: Layout;
  city: City;
  level: Level;
  /** The place of the assembly: `澜江市`, `石渡县`, `江岚省`, `全国`. */
  place: string;
  /** The one-character scope of sibling units and pronouns: 市 县 区 州 省, or 国 for 全国. */
  scope: string;
  kind: 'proposal' | 'suggestion';
  assembly: string;
  year: number;
  term: number;
  meeting: number;
  /** The number as the record gives it (digits, leading zeros kept). */
  number: string;
  who: Addressees;
  domain: Domain;
  /** True when the 人民政府 (or its 办公室) replies rather than a bureau. */
  gov: boolean;
  /** The unit as the title and letterhead name it. */
  unitFull: string;
  /** The unit leading the handling, to which a 协办/会办 unit contributes. */
  leadUnit: string;
  /** The second unit of a joint reply. */
  otherUnit: string | null;
  /** The unit(s) as the signature prints them. */
  signatureUnits: string[];
  replyingUnit: string;
  docNumber: string | null;
  signer: string | null;
  category: Category | null;
  date: Ymd;
  issued: Ymd | null;
  contact: { name: string; phone: string } | null;
  /** The phone(s) as printed: one number, or two joined with 、. */
  phonePrinted: string;
};

function drawNumber(rng: Rng, reg: NumberRegistry, key: string, max: number): number {
  for (let tries = 0; ; tries++) {
    const n = rng.int(1, tries < 40 ? max : max + 2000);
    const k = `${key}|${n}`;
    if (!reg.has(k)) {
      reg.add(k);
      return n;
    }
  }
}

/** Replaces forms that cannot apply to this letter with ones that can. */
function settle(l: Layout, level: Level, kind: Plan['kind']): void {
  const local = level !== '省' && level !== '全国';
  if (!(level === '全国' && kind === 'proposal')) l.classNumber = 'no';
  if (!local && l.role !== '分办' && l.role !== '主办') l.role = '主办';
  if (l.role !== '主办' && l.role !== '分办') l.title = l.role;
  if (l.role === '协办意见' || l.role === '会办意见') {
    l.salutation = 'leadUnit';
    l.hello = 'none';
    if (l.signature !== 'shortName') l.signature = 'single';
  }
  if (l.role === '协办答复' && (l.signature === 'joint' || l.signature === 'office')) l.signature = 'single';
  if (level === '全国' && l.signature !== 'joint') l.signature = 'single';
  if (level === '省' && l.signature === 'shortName') l.signature = 'single';
  if (l.salutation === 'organisation' && kind !== 'proposal') l.salutation = 'respect';
  if (l.headings === 'none' && l.nextSteps === 'heading') l.nextSteps = 'inline';
  if (l.footer === 'none') l.runningHeader = 'none';
  if (l.docBracket === 'none') {
    if (l.signer === 'withDocNumber') l.signer = 'line';
    if (l.category.startsWith('after')) l.category = '答复类别';
  }
  if (l.docBracket === 'none') l.docSerial = 'plain';
  if (l.contact === 'none') {
    l.contactPlace = 'after';
    l.phone = 'landline';
  }
}

function docNumberOf(
  rng: Rng,
  reg: NumberRegistry,
  p: { place: string; gov: boolean; domain: Domain; kind: string; year: number },
  l: Layout,
): string | null {
  if (l.docBracket === 'none') return null;
  const abbr =
    (p.place === '全国' ? '' : p.place[0]) +
    (p.gov ? '政' : p.domain.abbr) +
    (p.kind === 'proposal' ? '提' : '建') +
    rng.weighted([
      ['复', 8],
      ['复字', 1],
      ['', 1],
    ] as const);
  const seq = drawNumber(rng, reg, `doc|${abbr}|${p.year}`, 400);
  const serial =
    l.docSerial === 'letter'
      ? `${rng.pick(['A', 'B', 'C'])}${String(seq).padStart(3, '0')}`
      : l.docSerial === 'hyphen'
        ? `${seq}-${rng.int(1, 3)}`
        : String(seq);
  const [open, close] = [...l.docBracket];
  return `${abbr}${open}${p.year}${close}${serial}号`;
}

/** Decides one letter's facts. */
export function planLetter(rng: Rng, world: World, reg: NumberRegistry): Plan {
  const layout = drawLayout(rng);
  const m: Member = rng.pick(world.members);
  const city = world.cities[m.city];
  const level = m.level;
  const place = placeOf(world, m);
  const scope = level === '全国' ? '国' : level;
  const kind = m.body === '政协' ? 'proposal' : 'suggestion';
  settle(layout, level, kind);
  const assembly = `${level}${m.body}`;
  const year = rng.int(2016, 2026);
  const { term, meeting } = sessionFor(city.termAtStart[assembly], year, termStart(level));
  const max = level === '全国' ? (kind === 'proposal' ? 6000 : 9000) : kind === 'proposal' ? 480 : 320;
  // Keyed without the assembly: a number is unique per (year, kind, session label) across a run.
  const n = drawNumber(rng, reg, `${year}|${kind}|${term}|${meeting}`, max);
  const number = kind === 'proposal' ? String(n).padStart(level === '全国' ? 5 : 4, '0') : String(n);
  const domain = rng.pick(VOCAB.domains);
  const gov =
    level !== '全国' && (layout.signature === 'office' || (layout.role === '主办' && layout.signature !== 'joint' && rng.chance(0.3)));
  const prefix = level === '区' ? `${city.name}市${place}` : level === '全国' ? '' : place;
  const bureau = level === '全国' ? domain.ministry : level === '省' ? domain.provinceUnit : domain.unit;
  const unitFull = `${prefix}${gov ? '人民政府' : bureau}`;
  const partner = rng.pick(domain.partners);
  const otherUnit = layout.signature !== 'joint' ? null : fullUnit(level, place, prefix, partner);
  const short = gov ? `${prefix}政府` : `${prefix}${domain.shortUnit}`;
  const signatureUnits =
    layout.signature === 'office'
      ? [`${prefix}人民政府办公室`]
      : layout.signature === 'joint'
        ? [unitFull, otherUnit!]
        : layout.signature === 'shortName'
          ? [short]
          : [unitFull];
  const month = rng.int(3, 11);
  const date = { y: year, m: month, d: rng.int(1, daysInMonth(year, month)) };
  const category = layout.category === 'none' ? null : rng.pick<Category>(['A', 'B', 'C', 'D']);
  const issueLag = rng.weighted([
    [0, 3],
    [1, 3],
    [2, 2],
    [3, 1],
  ] as const);
  const contact =
    layout.contact === 'none'
      ? null
      : {
          name: personName(rng),
          phone: layout.phone === 'mobile' ? mobile(rng) : phoneIn(rng, city, level === '全国'),
        };
  const phonePrinted = !contact ? '' : layout.phone === 'two' ? `${contact.phone}、${mobile(rng)}` : contact.phone;
  return {
    layout,
    city,
    level,
    place,
    scope,
    kind,
    assembly,
    year,
    term,
    meeting,
    number,
    leadUnit: unitIn(scope, partner),
    who: addresseesOf(rng, world, m, layout, { place, scope, kind, leadUnit: unitIn(scope, partner) }),
    domain,
    gov,
    unitFull,
    otherUnit,
    signatureUnits,
    replyingUnit: signatureUnits[0],
    docNumber: docNumberOf(rng, reg, { place, gov, domain, kind, year }, layout),
    signer: layout.signer === 'none' ? null : personName(rng),
    category,
    date,
    issued: layout.issued === 'none' ? null : addDays(date, issueLag),
    contact,
    phonePrinted,
  };
}
