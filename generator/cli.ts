/**
 * `npm run gen -- --letters N --out DIR [--seed S] [--truth]`: writes N synthetic reply letters
 * (建议提案办理答复函) as `000001.txt` … into DIR, deterministic for the seed; with --truth also
 * `000001.truth.json`, the record ingest should extract. Letters are generated and written one
 * at a time, each in a layout drawn from the forms of layout.ts. Prints one JSON summary line:
 * {"letters","bytes","seconds",…}. A broken vocabulary file (vocab/*.json) stops the run with
 * its name and the path of the error inside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run gen -- --letters N --out DIR [--seed S] [--truth]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      letters: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      truth: { type: 'boolean', default: false },
    },
  });
  const letters = Number(values.letters);
  if (!values.out || !Number.isInteger(letters) || letters < 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const started = performance.now();
  // Imported here so that a broken vocabulary file is reported as a message, not a stack trace.
  const { makeGenerator, generateLetter } = await import('./compose-letter.ts').catch((e: Error) => {
    console.error(`gen: ${e.message}`);
    process.exit(2);
  });
  mkdirSync(values.out, { recursive: true });
  const gen = makeGenerator(values.seed, letters);
  const width = Math.max(6, String(letters).length);
  let bytes = 0;
  for (let i = 0; i < letters; i++) {
    const letter = generateLetter(gen, i);
    const name = String(i + 1).padStart(width, '0');
    writeFileSync(join(values.out, `${name}.txt`), letter.text);
    if (values.truth) writeFileSync(join(values.out, `${name}.truth.json`), JSON.stringify(letter.truth, null, 2) + '\n');
    bytes += letter.bytes;
  }
  const seconds = Math.round(performance.now() - started) / 1000;
  console.log(JSON.stringify({ letters, bytes, seconds, out: values.out, seed: values.seed }));
}

await main();
