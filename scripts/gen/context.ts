/**
 * The per-letter template context (pronouns, units, session, field) and the run-wide pickers of
 * shared terms (Zipf-ranked) and institutions.
 */
import { makeRng, zipfSampler, type Rng } from './prng.ts';
import type { FillContext } from './fill-template.ts';
import { TERM_TEMPLATES, INSTITUTIONS } from './vocab-terms.ts';
import { sessionPhrase } from './compose-frame.ts';
import type { Plan } from './plan.ts';

/** Run-wide term ranking: the same seed gives the same most-frequent terms. */
export type TermRanking = { ranked: readonly string[]; sample: (rng: Rng) => number };

/** Ranks the term templates for a seed (a shuffled order sampled with a Zipf law). */
export function rankTerms(seed: string): TermRanking {
  const rng = makeRng(`${seed}:terms`);
  return { ranked: rng.sample(TERM_TEMPLATES, TERM_TEMPLATES.length), sample: zipfSampler(TERM_TEMPLATES.length, 1.1) };
}

/** The proposal's title: 关于…的提案 / 建议. */
export function proposalTitle(rng: Rng, p: Plan): string {
  const stem = rng.pick(p.domain.titles).replace('本地', `${p.city.name}`);
  return `关于${stem}的${p.kind === 'proposal' ? '提案' : '建议'}`;
}

/** Fill context for one letter. */
export function letterContext(rng: Rng, p: Plan, title: string, terms: TermRanking): FillContext {
  const s = p.scope;
  const gov = p.unitBase === '人民政府';
  const self = gov ? `我${s}` : p.unitBase.endsWith('委员会') ? '我委' : '我局';
  const partners = rng.sample(p.domain.partners, rng.int(2, 3))
    .map((u) => (u === '团市委' ? `团${s}委` : `${s}${u}`)).join('、');
  const you = p.addresseeRole === null ? '贵委' : p.addressees.length > 1 ? '你们' : '您';
  const local = (t: string) => t.replace('{prov}', p.city.province).replace('{city}', p.city.name);
  return {
    year: p.year,
    words: {
      you, self, partners,
      kind: p.kind === 'proposal' ? '提案' : '建议',
      title,
      gov: gov ? `${s}政府` : self,
      lead: gov ? `${s}${p.domain.unit}` : '相关业务科室',
      field: p.domain.field,
      session: sessionPhrase(p),
      place: `全${s}`,
      we: `我${s}`,
      city: p.city.name,
      prov: p.city.province,
    },
    term: (r) => local(terms.ranked[terms.sample(r)]),
    inst: (r) => local(r.pick(INSTITUTIONS)),
  };
}
