/**
 * Who a letter is addressed to and how the salutation prints it: one member, several, a group
 * printed as `甲、乙等5位委员`, `同志`, an organisation (a party, the 工商联, a 界别), or the lead
 * unit a 协办/会办 opinion goes to; with or without 尊敬的, and `您好！` after the colon.
 */
import type { Rng } from './prng.ts';
import type { World, Member } from './world.ts';
import type { Layout } from './layout.ts';
import { VOCAB } from './vocab.ts';

export type Addressees = {
  /** The names (or organisation) the record lists: only those printed. */
  names: string[];
  role: '委员' | '代表' | null;
  /** The salutation paragraph(s) as printed. */
  lines: string[];
  /** How the body speaks of them: 您, 你们, 贵委, 贵会, or the member for an opinion to the lead unit. */
  you: string;
  /** The member who raised the item (named in a 协办 opinion's opening). */
  raisedBy: string;
};

function organisation(rng: Rng, place: string, scope: string): string {
  const all = [...VOCAB.terms.organisations, ...VOCAB.forms.organisations];
  return rng.pick(all).replace('{place}', place).replace('{scope}', scope);
}

const youOf = (org: string) => (org.endsWith('委员会') ? '贵委' : /工商/.test(org) ? '贵会' : '你们');

/** The addressees of one letter. */
export function addresseesOf(
  rng: Rng,
  world: World,
  m: Member,
  l: Layout,
  at: { place: string; scope: string; kind: 'proposal' | 'suggestion'; leadUnit: string },
): Addressees {
  const role = m.body === '政协' ? '委员' : '代表';
  const raisedBy = m.name;
  if (l.salutation === 'leadUnit') {
    // The body speaks of the member's item to the lead unit: 认真吸纳某某代表的意见建议.
    return { names: [at.leadUnit], role: null, lines: [`${at.leadUnit}：`], you: `${raisedBy}${role}`, raisedBy };
  }
  if (l.salutation === 'organisation') {
    const org = organisation(rng, at.place === '全国' ? '' : at.place, at.scope === '国' ? '全国' : at.scope);
    return { names: [org], role: null, lines: hello(`${org}：`, l, '你们'), you: youOf(org), raisedBy };
  }
  const peers = () => world.members.filter((o) => o !== m && o.city === m.city && o.body === m.body && o.level === m.level);
  const several = l.salutation === 'group' || rng.chance(0.15);
  const names = several ? [m.name, ...rng.sample(peers(), rng.int(1, 2)).map((o) => o.name)] : [m.name];
  const you = names.length > 1 || l.salutation === 'group' ? '你们' : '您';
  const joined = names.join('、');
  const respect = l.salutation === 'respect' || (l.salutation === 'plain' && m.body === '人大' && rng.chance(0.5));
  const line =
    l.salutation === 'comrade'
      ? `${joined}同志：`
      : l.salutation === 'group'
        ? `${respect || rng.chance(0.5) ? '尊敬的' : ''}${joined}等${names.length + rng.int(1, 6)}${rng.pick(['名', '位'])}${role}：`
        : `${respect ? '尊敬的' : ''}${joined}${role}：`;
  return { names, role, lines: hello(line, l, you), you, raisedBy };
}

function hello(line: string, l: Layout, you: string): string[] {
  const greeting = you === '您' ? '您好！' : '你们好！';
  if (l.hello === 'sameLine') return [`${line}${greeting}`];
  if (l.hello === 'nextLine') return [line, greeting];
  return [line];
}
