/** `/records.json`: every letter's id, titles, date and the URLs of its page, record and original. */
import type { APIRoute } from 'astro';
import { allLetters, letterYear } from '~/site/letters.ts';
import { sourceExt } from '~/letters/source-file.ts';
import { urls } from '~/site/urls.ts';

export const GET: APIRoute = async () => {
  const list = (await allLetters()).map((l) => {
    const year = letterYear(l);
    return {
      id: l.id,
      title: l.data.title,
      proposalTitle: l.data.proposalTitle,
      docNumber: l.data.docNumber,
      date: l.data.date,
      page: urls.letter(year, l.id),
      record: urls.record(year, l.id),
      source: urls.source(year, l.id, sourceExt(l)),
      sourceSha256: l.data.sourceSha256,
    };
  });
  return new Response(JSON.stringify(list, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
