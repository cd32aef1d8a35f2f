/**
 * `--set FIELD=VALUE` → an editor's corrections (record-schema.ts `correctionsSchema`), each
 * VALUE read by its field's type (docs/mdx-format.md): text as is; `null`; a list as YAML flow
 * `[张三, 李四]` or `张三、李四`; a date `2025-09-12` (or as letters print it); a session
 * `五届四次会议` or YAML `{term: 5, meeting: 4, label: 五届四次会议}`; a contact as YAML
 * `{name: 苏浩, phone: '0477-8586566'}`. And the way back, for the lines ingest prints. Pure.
 */
import { load } from 'js-yaml';
import { parseCount, toChineseCount } from './chinese-numerals.ts';
import { toIsoDate } from './letter-dates.ts';
import { parseSession } from './proposal-facts.ts';
import { correctionsSchema, type Corrections, type LetterRecord } from '../record/record-schema.ts';

/** A `--set` the CLI cannot take: the message names it. */
export class SetOptionError extends Error {}

type Field = keyof Corrections;
type Kind = 'text' | 'list' | 'date' | 'session' | 'yaml' | 'enum';

const KINDS: Record<Field, Kind> = {
  docNumber: 'text',
  signer: 'text',
  title: 'text',
  kind: 'enum',
  assembly: 'text',
  session: 'session',
  number: 'text',
  addressees: 'list',
  addresseeRole: 'enum',
  proposalTitle: 'text',
  replyingUnit: 'text',
  date: 'date',
  category: 'enum',
  contact: 'yaml',
  cc: 'list',
  issuedBy: 'text',
  issuedDate: 'date',
  terms: 'list',
  disclosure: 'enum',
};

/** Other spellings of enum values a clerk may type. */
const ALIASES: Partial<Record<Field, Record<string, string>>> = {
  kind: { 提案: 'proposal', 建议: 'suggestion' },
  category: { 甲: 'A', 乙: 'B', 丙: 'C', 丁: 'D', a: 'A', b: 'B', c: 'C', d: 'D' },
};

/** The fields `--set` takes, in record order. */
export const SETTABLE_FIELDS = Object.keys(KINDS) as Field[];

/** The corrections that `--set` arguments give; throws SetOptionError naming the first bad one. */
export function parseSetOptions(args: string[]): Corrections {
  const out: Record<string, unknown> = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new SetOptionError(`--set ${arg}: expected FIELD=VALUE`);
    const field = arg.slice(0, eq).trim();
    const raw = arg.slice(eq + 1).trim();
    if (field === 'sections' || field === 'nextSteps') {
      throw new SetOptionError(`--set ${arg}: ${field} are the letter's text: correct them by --replace with a corrected file`);
    }
    if (!(field in KINDS)) throw new SetOptionError(`--set ${arg}: ${field} is not a record field (fields: ${SETTABLE_FIELDS.join(', ')})`);
    if (field in out) throw new SetOptionError(`--set ${field} given twice`);
    out[field] = readValue(field as Field, raw, arg);
    const checked = correctionsSchema.safeParse({ [field]: out[field] });
    if (!checked.success) throw new SetOptionError(`--set ${arg}: ${checked.error.issues.map(issueText).join('; ')}`);
    const value = (checked.data as Record<string, unknown>)[field];
    // The schema drops keys a session or contact does not have: name them rather than lose them.
    const dropped = isObject(out[field]) && isObject(value) ? Object.keys(out[field]).filter((k) => !(k in value)) : [];
    if (dropped.length) throw new SetOptionError(`--set ${arg}: ${dropped.join(', ')}: not a field of ${field}`);
    out[field] = value;
  }
  return out as Corrections;
}

function readValue(field: Field, raw: string, arg: string): unknown {
  if (raw === 'null') return null;
  const kind = KINDS[field];
  if (kind === 'text') return raw;
  if (kind === 'enum') return ALIASES[field]?.[raw] ?? raw;
  if (kind === 'date') {
    try {
      return toIsoDate(raw);
    } catch (e) {
      throw new SetOptionError(`--set ${arg}: ${(e as Error).message}`);
    }
  }
  if (kind === 'list') {
    if (raw === '') return [];
    if (!raw.startsWith('[')) return raw.split('、').map((s) => s.trim());
    const list = yaml(raw, arg);
    return Array.isArray(list) ? list.map((v) => (typeof v === 'number' ? String(v) : v)) : list;
  }
  if (kind === 'session') return sessionOf(raw) ?? yaml(raw, arg);
  return yaml(raw, arg);
}

/** `五届四次会议`, `第十四届第三次会议`, `市政协五届四次会议` → the session; null for another form. */
function sessionOf(raw: string): LetterRecord['session'] {
  const t = raw.replace(/\s+/g, '');
  const m = /^第?([一二三四五六七八九十\d]{1,4})届第?([一二三四五六七八九十\d]{1,4})次(?:全体)?会议$/.exec(t);
  const term = m && parseCount(m[1]);
  const meeting = m && parseCount(m[2]);
  if (term && meeting) return { term, meeting, label: `${toChineseCount(term)}届${toChineseCount(meeting)}次会议` };
  return parseSession(t)?.session ?? null;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function yaml(raw: string, arg: string): unknown {
  try {
    return load(raw);
  } catch (e) {
    throw new SetOptionError(`--set ${arg}: not YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

function issueText(i: { path: PropertyKey[]; message: string; code: string; keys?: string[] }): string {
  const at = i.path.slice(1).join('.');
  if (i.code === 'unrecognized_keys') return `${i.keys!.join(', ')}: not a field here`;
  return at ? `${at}: ${i.message}` : i.message;
}

/** A value as the lines ingest prints show it: `null`, `张三、李四`, `五届四次会议`, `苏浩 0477-8586566`. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return value.length ? value.map(shownValue).join('、') : '[]';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.label === 'string') return o.label;
    return Object.values(o).map(shownValue).join(' ');
  }
  return String(value);
}

/** `category: C → B, date: 2025-09-03 → 2025-09-12`: each field `set` gives, from its value in `before`. */
export function describeCorrections(before: Partial<LetterRecord>, set: Corrections): string {
  return (Object.keys(set) as Field[])
    .map((f) => {
      const [was, is] = [shownValue(before[f]), shownValue(set[f])];
      // A correction that repeats the value read is kept (it fixes the value for later readings), but changes nothing shown.
      return was === is ? `${f}: ${is}, as it was` : `${f}: ${was} → ${is}`;
    })
    .join(', ');
}
