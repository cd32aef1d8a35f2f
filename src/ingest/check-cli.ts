/**
 * `npm run ingest:check [-- --content DIR]`: fails, naming the files, where an archived letter's
 * MDX is not what ingest derives from its kept original (out of date, or edited by hand outside
 * `editorLinks`).
 */
import { parseArgs } from 'node:util';
import { checkContent } from './check-content.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
const results = await checkContent(values.content);
const bad = results.filter((r) => r.problem);
for (const r of bad) console.log(`${r.path}: ${r.problem}`);
console.log(`${results.length - bad.length} passed, ${bad.length} failed`);
process.exit(bad.length > 0 ? 1 : 0);
