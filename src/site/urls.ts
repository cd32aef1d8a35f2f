/**
 * Every internal URL of the site, built in one place; all honour Astro's `base`, all end in `/`
 * (pages) or a file name (downloads).
 */
import { nameSlug } from './slug.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-relative path (`replies/2025/`) made absolute under the configured base. */
export function href(path = ''): string {
  return base + path.replace(/^\//, '');
}

export const urls = {
  home: () => href(),
  search: (q?: string) => href('search/') + (q ? `?q=${encodeURIComponent(q)}` : ''),
  filterOptions: (key: string) => href(`search/filters/${key}.json`),
  browse: () => href('browse/'),
  openData: () => href('open-data/'),
  terms: () => href('terms/'),
  term: (slug: string) => href(`terms/${slug}/`),
  letter: (year: string, id: string) => href(`replies/${year}/${id}/`),
  record: (year: string, id: string) => href(`replies/${year}/${id}/record.json`),
  source: (year: string, id: string, ext: string) => href(`replies/${year}/${id}/source.${ext}`),
  /** A file published beside a letter's page, by its name there (src/letters/published-files.ts): `v1/record.json`. */
  letterFile: (year: string, id: string, name: string) => href(`replies/${year}/${id}/${name}`),
  year: (year: string) => href(`browse/year/${year}/`),
  kind: (kind: string) => href(`browse/kind/${kind}/`),
  category: (cat: string) => href(`browse/category/${cat.toLowerCase()}/`),
  session: (key: string) => href(`browse/session/${nameSlug(key)}/`),
  unit: (name: string) => href(`browse/unit/${nameSlug(name)}/`),
  member: (name: string) => href(`browse/member/${nameSlug(name)}/`),
} as const;
