/**
 * `/search/filters/<key>.json`, one file per lazy filter (src/search-build/search-filters.ts,
 * `lazyFilterKeys`): every value with its number of letters, in zh-CN order, as
 * `[["澄岚市民政局",12],…]`. The search page loads it when the filter's field is first used.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { filterOptions, lazyFilterKeys, type FilterKey } from '~/search-build/search-filters.ts';

export const getStaticPaths = (() => lazyFilterKeys.map((key) => ({ params: { key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const options = (await filterOptions())[params.key as FilterKey];
  return new Response(JSON.stringify(options), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
