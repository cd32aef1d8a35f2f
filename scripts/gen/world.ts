/**
 * The invented world the letters come from: cities (with their counties and districts, phone
 * area codes and the 届 numbering of each assembly) and the pool of members who raise proposals
 * and suggestions. Built once per run from the seed; all place names are invented.
 */
import { makeRng, type Rng } from './prng.ts';
import { distinctNames } from './names.ts';

const CITY_NAMES = (
  '澜江 青岚 霁川 桐溪 岚港 栖梧 鹤汀 星潭 临沣 云岫 澄岚 霁阳 翠汀 蘅州 芷汀 棠溪 沐澜 苓川 涟汀 澹川 ' +
  '潆州 漱溪 泠江 璟川 琅溪 珂港 黛川 杳溪 渌汀 篁溪 蔚岚 翎江 瑶汀 霏川 溱阳 洺湾 澈源 渲州'
).split(' ');
const PROVINCES = ['江岚省', '青澜省', '霁云省', '澄川省'];
const COUNTY_A = '石梅杉苇蒲荻菱茗禾稷桑柘栎槐芦蓼'.split('');
const COUNTY_B = '渡湖坪岭塘坳滩峪原田屿埠冈溪源'.split('');
const DISTRICT_A = '望观拱迎揽栖怀映照听问'.split('');
const DISTRICT_B = '澜湖山江月泉岚霞潮云汀'.split('');
const REAL = new Set(['芦溪', '桑田', '梅岭', '石屿', '迎江', '望江', '观澜', '怀山', '照山', '映月', '揽月']);

/** An assembly level: 市, 县 or 区. */
export type Level = '市' | '县' | '区';
/** 政协 (CPPCC: proposals) or 人大 (people's congress: suggestions). */
export type Body = '政协' | '人大';

export type City = {
  name: string;
  province: string;
  areaCode: string;
  counties: string[];
  districts: string[];
  /** 届 number in 2022 (the first year of the current term) per `<level><body>`, e.g. `市人大`. */
  termIn2022: Record<string, number>;
};

/** Someone who raises items: belongs to one city's assembly at one level. */
export type Member = { name: string; city: number; level: Level; body: Body; local: number };

export type World = { cities: City[]; members: Member[] };

/** The term and meeting an assembly holds in a year: 5-year terms, the 1st meeting in 2022, 2027…. */
export function sessionFor(termIn2022: number, year: number): { term: number; meeting: number } {
  const offset = year - 2022;
  return { term: termIn2022 + Math.floor(offset / 5), meeting: (((offset % 5) + 5) % 5) + 1 };
}

function localNames(rng: Rng, a: string[], b: string[], n: number, suffix: string): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const name = rng.pick(a) + rng.pick(b);
    if (!REAL.has(name) && name[0] !== name[1]) out.add(name + suffix);
  }
  return [...out];
}

function buildCity(rng: Rng, name: string): City {
  return {
    name,
    province: rng.pick(PROVINCES),
    areaCode: `07${rng.int(30, 99)}`,
    counties: localNames(rng, COUNTY_A, COUNTY_B, rng.int(2, 3), '县'),
    districts: localNames(rng, DISTRICT_A, DISTRICT_B, rng.int(2, 3), '区'),
    termIn2022: {
      市人大: rng.int(12, 18), 市政协: rng.int(5, 13),
      县人大: rng.int(15, 19), 县政协: rng.int(9, 12),
      区人大: rng.int(3, 8), 区政协: rng.int(3, 7),
    },
  };
}

const MEMBER_KINDS: (readonly [[Level, Body], number])[] = [
  [['市', '政协'], 34], [['市', '人大'], 34], [['县', '政协'], 9],
  [['区', '政协'], 9], [['县', '人大'], 8], [['区', '人大'], 6],
];

/** Pool size for a run: a few thousand for big runs, so that each member has several letters. */
export function memberPoolSize(letters: number): number {
  return Math.max(12, Math.min(3000, Math.ceil(letters / 3.3)));
}

/** Builds the world for a seed and a run of `letters` letters. */
export function buildWorld(seed: string, letters: number): World {
  const rng = makeRng(`${seed}:world`);
  const cities = CITY_NAMES.map((name) => buildCity(rng, name));
  const names = distinctNames(rng, memberPoolSize(letters));
  const members = names.map((name): Member => {
    const city = rng.int(0, cities.length - 1);
    const [level, body] = rng.weighted(MEMBER_KINDS);
    const locals = level === '县' ? cities[city].counties : cities[city].districts;
    return { name, city, level, body, local: rng.int(0, locals.length - 1) };
  });
  return { cities, members };
}

/** The county or district a member of a 县/区 assembly belongs to, or null for 市. */
export function localOf(world: World, m: Member): string | null {
  const city = world.cities[m.city];
  if (m.level === '市') return null;
  return m.level === '县' ? city.counties[m.local] : city.districts[m.local];
}

/** A phone number in the city's area code: `0736-5512088`. */
export function phoneIn(rng: Rng, city: City): string {
  return `${city.areaCode}-${rng.int(2, 8)}${String(rng.int(0, 999999)).padStart(6, '0')}`;
}
