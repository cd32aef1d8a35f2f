/**
 * `npm run ingest:check [-- --content DIR]`: checks every letter of the content folder and says
 * everything that is wrong, one line each, naming the file: a published letter whose MDX is not
 * what ingest derives from its kept original (out of date, or edited by hand outside `editorLinks`
 * and `corrections`), a frontmatter that is not YAML or not a valid record, a kept file missing or
 * changed, a kept file no letter claims, a temporary file of an interrupted write. Exit status 1
 * when anything is wrong.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent } from './check-content.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
  if (!existsSync(values.content)) {
    console.log(`not found: ${values.content}`);
    return 1;
  }
  const results = await checkContent(values.content);
  const bad = results.filter((r) => r.problems.length > 0);
  for (const r of bad) for (const p of r.problems) console.log(`${r.path}: ${p}`);
  console.log(`${results.length - bad.length} passed, ${bad.length} failed`);
  return bad.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    const usage = String(e?.code).startsWith('ERR_PARSE_ARGS');
    // A bad command line or a folder the system refuses is one line; anything else is a bug, with its stack.
    if (usage) console.error(`${e.message}\nusage: npm run ingest:check [-- --content DIR]`);
    else console.error(`ingest:check failed: ${e?.code ? e.message : e instanceof Error ? e.stack : e}`);
    process.exit(2);
  },
);
