/**
 * The per-letter template context (pronouns, units, session, field) and the run-wide pickers of
 * shared terms (Zipf-ranked) and institutions, from vocab/terms.json.
 */
import { makeRng, zipfSampler, type Rng } from './prng.ts';
import type { FillContext } from './fill-template.ts';
import { sessionPhrase } from './title.ts';
import type { Plan } from './plan.ts';
import { unitIn } from './units.ts';
import { VOCAB } from './vocab.ts';

const T = VOCAB.terms;

/** All term templates (`“…”` and `《…》`, with {prov} and {city}); the caller ranks them. */
export const TERM_TEMPLATES: readonly string[] = [
  ...T.slogans.map((s) => `“${s}”`),
  ...T.programmeHeads.flatMap((h, i) =>
    [T.programmeTails[i % T.programmeTails.length], T.programmeTails[(i * 7 + 3) % T.programmeTails.length]].map((t) => `“${h}${t}”`),
  ),
  ...T.provinceLaws.map((s) => `《{prov}${s}》`),
  ...T.cityDocs.map((s) => `《{city}市${s}》`),
];

/** Institution templates (plain text, not quoted), real universities and invented local ones. */
const INSTITUTIONS: readonly string[] = [...T.universities, ...T.localInstitutes, ...T.localInstitutes];

/** Run-wide term ranking: the same seed gives the same most-frequent terms. */
export type TermRanking = { ranked: readonly string[]; sample: (rng: Rng) => number };

/** Ranks the term templates for a seed (a shuffled order sampled with a Zipf law). */
export function rankTerms(seed: string): TermRanking {
  const rng = makeRng(`${seed}:terms`);
  return { ranked: rng.sample(TERM_TEMPLATES, TERM_TEMPLATES.length), sample: zipfSampler(TERM_TEMPLATES.length, 1.1) };
}

/** The proposal's title: 关于…的提案 / 建议. */
export function proposalTitle(rng: Rng, p: Plan): string {
  const stem = rng.pick(p.domain.titles).replace('本地', p.level === '全国' ? '基层' : p.city.name);
  return `关于${stem}的${p.kind === 'proposal' ? '提案' : '建议'}`;
}

/** How the letter speaks of its own unit: 我市, 我局, 我委, 我厅, 我部. */
function selfOf(p: Plan): string {
  if (p.gov) return `我${p.scope}`;
  const u = p.unitFull;
  return u.endsWith('委员会') ? '我委' : u.endsWith('厅') ? '我厅' : u.endsWith('部') ? '我部' : '我局';
}

/** Fill context for one letter. */
export function letterContext(rng: Rng, p: Plan, title: string, terms: TermRanking): FillContext {
  const s = p.scope;
  const self = selfOf(p);
  const partners = rng
    .sample(p.domain.partners, rng.int(2, 3))
    .map((u) => unitIn(s, u))
    .join('、');
  const local = (t: string) => t.replace('{prov}', p.city.province).replace('{city}', p.city.name);
  return {
    year: p.year,
    words: {
      you: p.who.you,
      self,
      partners,
      kind: p.kind === 'proposal' ? '提案' : '建议',
      title,
      gov: p.gov ? (s === '国' ? '国务院' : `${s}政府`) : self,
      lead: p.gov ? unitIn(s, p.domain.unit) : '相关业务科室',
      field: p.domain.field,
      session: sessionPhrase(p),
      place: `全${s}`,
      we: `我${s}`,
      city: p.city.name,
      prov: p.city.province,
      raised: `${p.who.raisedBy}${p.kind === 'proposal' ? '委员' : '代表'}`,
      num: p.number,
      role: p.layout.role === '会办意见' ? '会办' : '协办',
      leadUnit: p.leadUnit,
    },
    term: (r) => local(terms.ranked[terms.sample(r)]),
    inst: (r) => local(r.pick(INSTITUTIONS)),
  };
}
