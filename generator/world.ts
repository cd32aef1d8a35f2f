/**
 * The invented world the letters come from: cities (with their counties and districts, phone
 * area codes and the 届 numbering of each assembly) and the pool of members who raise proposals
 * and suggestions, at every level from 县/区 to 全国. Built once per run from the seed; the
 * place names come from vocab/world.json and are invented.
 */
import { makeRng, type Rng } from './prng.ts';
import { distinctNames } from './names.ts';
import { VOCAB } from './vocab.ts';

/** An assembly level. A 州 letter treats the member's city as an autonomous prefecture. */
export type Level = '市' | '县' | '区' | '州' | '省' | '全国';
/** 政协 (CPPCC: proposals) or 人大 (people's congress: suggestions). */
export type Body = '政协' | '人大';

export type City = {
  name: string;
  province: string;
  areaCode: string;
  counties: string[];
  districts: string[];
  /** 届 number in the first year of the current term per `<level><body>`, e.g. `市人大`. */
  termAtStart: Record<string, number>;
};

/** Someone who raises items: belongs to one city's assembly at one level. */
export type Member = { name: string; city: number; level: Level; body: Body; local: number };

export type World = { cities: City[]; members: Member[] };

/** The first year of the current five-year term: 2023 for 省 and 全国, 2022 below. */
export const termStart = (level: Level): number => (level === '省' || level === '全国' ? 2023 : 2022);

/** The term and meeting an assembly holds in a year: 5-year terms, the 1st meeting in `start`, `start`+5…. */
export function sessionFor(termAtStart: number, year: number, start = 2022): { term: number; meeting: number } {
  const offset = year - start;
  return { term: termAtStart + Math.floor(offset / 5), meeting: (((offset % 5) + 5) % 5) + 1 };
}

function localNames(rng: Rng, a: string[], b: string[], n: number, suffix: string): string[] {
  const real = new Set(VOCAB.world.realNames);
  const out = new Set<string>();
  while (out.size < n) {
    const name = rng.pick(a) + rng.pick(b);
    if (!real.has(name) && name[0] !== name[1]) out.add(name + suffix);
  }
  return [...out];
}

function buildCity(rng: Rng, name: string): City {
  const w = VOCAB.world;
  return {
    name,
    province: rng.pick(w.provinces),
    areaCode: `07${rng.int(30, 99)}`,
    counties: localNames(rng, [...w.countyFirst], [...w.countySecond], rng.int(2, 3), '县'),
    districts: localNames(rng, [...w.districtFirst], [...w.districtSecond], rng.int(2, 3), '区'),
    termAtStart: {
      市人大: rng.int(12, 18),
      市政协: rng.int(5, 13),
      县人大: rng.int(15, 19),
      县政协: rng.int(9, 12),
      区人大: rng.int(3, 8),
      区政协: rng.int(3, 7),
      州人大: rng.int(12, 16),
      州政协: rng.int(11, 14),
      省人大: 14,
      省政协: 13,
      全国人大: 14,
      全国政协: 14,
    },
  };
}

const MEMBER_KINDS: (readonly [[Level, Body], number])[] = [
  [['市', '政协'], 26],
  [['市', '人大'], 26],
  [['县', '政协'], 8],
  [['区', '政协'], 8],
  [['县', '人大'], 7],
  [['区', '人大'], 6],
  [['州', '政协'], 3],
  [['州', '人大'], 3],
  [['省', '政协'], 4],
  [['省', '人大'], 4],
  [['全国', '政协'], 3],
  [['全国', '人大'], 3],
];

/** Pool size for a run: a few thousand for big runs, so that each member has several letters. */
export function memberPoolSize(letters: number): number {
  return Math.max(12, Math.min(3000, Math.ceil(letters / 3.3)));
}

/** Builds the world for a seed and a run of `letters` letters. */
export function buildWorld(seed: string, letters: number): World {
  const rng = makeRng(`${seed}:world`);
  const cities = VOCAB.world.cityNames.map((name) => buildCity(rng, name));
  const names = distinctNames(rng, memberPoolSize(letters));
  const members = names.map((name): Member => {
    const city = rng.int(0, cities.length - 1);
    const [level, body] = rng.weighted(MEMBER_KINDS);
    const locals = level === '县' ? cities[city].counties : cities[city].districts;
    return { name, city, level, body, local: rng.int(0, locals.length - 1) };
  });
  return { cities, members };
}

/** The place a member's assembly belongs to: `澜江市`, `石渡县`, `望澜区`, `澜江州`, `江岚省`, `全国`. */
export function placeOf(world: World, m: Member): string {
  const city = world.cities[m.city];
  switch (m.level) {
    case '县':
      return city.counties[m.local];
    case '区':
      return city.districts[m.local];
    case '州':
      return `${city.name.replace(/州$/, '')}州`;
    case '省':
      return city.province;
    case '全国':
      return '全国';
    default:
      return `${city.name}市`;
  }
}

/** A phone number in the city's area code (`0736-5512088`), Beijing's for a ministry. */
export function phoneIn(rng: Rng, city: City, national = false): string {
  if (national) return `010-6${String(rng.int(0, 9999999)).padStart(7, '0')}`;
  return `${city.areaCode}-${rng.int(2, 8)}${String(rng.int(0, 999999)).padStart(6, '0')}`;
}

/** A mobile number: `13812345678`. */
export function mobile(rng: Rng): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999999999)).padStart(9, '0')}`;
}
