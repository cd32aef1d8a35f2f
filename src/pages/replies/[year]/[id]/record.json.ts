/** `/replies/<year>/<id>/record.json`: the letter's open-data record (record-format.md + id). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allLetters, letterYear, type Letter } from '../../../../site/letters.ts';
import { openRecord } from '../../../../site/record-lookup.ts';

export const getStaticPaths = (async () => {
  const all = await allLetters();
  return all.map((letter) => ({ params: { year: letterYear(letter), id: letter.id }, props: { letter } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { letter } = props as { letter: Letter };
  return new Response(JSON.stringify(openRecord(letter.data), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
