/**
 * A child process of index-folder.ts: indexes the HTML pages under the folder `argv[2]` into a
 * Pagefind bundle at `argv[3]` through Pagefind's Node API, sends its parent the number of pages
 * indexed (`{ pages }`) or why it could not (`{ error }`), and exits, ending its Pagefind service.
 */
import * as pagefind from 'pagefind';

async function index(site: string, out: string): Promise<number> {
  const fail = (step: string, errors: string[]) =>
    new Error(`pagefind could not ${step} (${site}): ${errors.join('; ') || 'no reason given'}`);
  const created = await pagefind.createIndex({});
  if (!created.index || created.errors.length) throw fail('start an index', created.errors);
  const added = await created.index.addDirectory({ path: site });
  if (added.errors.length) throw fail('index the pages', added.errors);
  const written = await created.index.writeFiles({ outputPath: out });
  if (written.errors.length) throw fail(`write the bundle to ${out}`, written.errors);
  return added.page_count;
}

const [site, out] = process.argv.slice(2);
const reply = await index(site, out).then(
  (pages) => ({ pages }),
  (e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }),
);
await pagefind.close();
process.send!(reply, () => process.exit(0));
