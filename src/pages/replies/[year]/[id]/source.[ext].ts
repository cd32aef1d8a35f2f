/** `/replies/<year>/<id>/source.<ext>`: the letter's kept original, byte for byte. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allLetters, letterYear, type Letter } from '../../../../site/letters.ts';
import { sourceBytes, sourceExt } from '../../../../site/source-file.ts';

const types: Record<string, string> = {
  txt: 'text/plain',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const getStaticPaths = (async () => {
  const all = await allLetters();
  return all.map((letter) => ({
    params: { year: letterYear(letter), id: letter.id, ext: sourceExt(letter) },
    props: { letter },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { letter } = props as { letter: Letter };
  return new Response(new Uint8Array(sourceBytes(letter)), {
    headers: { 'Content-Type': types[sourceExt(letter)] ?? 'application/octet-stream' },
  });
};
