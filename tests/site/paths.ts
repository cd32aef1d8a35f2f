/** Where the test setup puts the fixture site: content ingested from tests/fixtures, and its build. */
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const tmp = path.join(root, 'tests/.tmp/site');
export const contentDir = process.env.ARCHIVE_TEST_CONTENT || path.join(tmp, 'content');
export const distDir = path.join(tmp, 'dist');
/** What the fixture build printed. */
export const buildLog = path.join(tmp, 'build.log');
