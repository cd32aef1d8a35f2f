/**
 * The "nothing lost" check: the text of an MDX body, markup stripped by the real MDX parser,
 * must equal the repaired letter's paragraphs, character for character.
 */
import { mdxToMdast } from 'satteri';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** The text blocks of an MDX body, in order: each paragraph or inline element's text. */
export async function mdxBodyText(body: string): Promise<string[]> {
  const tree = (await mdxToMdast(body, { features: { smartPunctuation: false, gfm: false } })) as unknown as Node;
  const blocks: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'paragraph') {
      blocks.push(textOf(node));
      return;
    }
    if (node.type === 'mdxJsxFlowElement' && node.children?.every((c) => c.type !== 'paragraph' && c.type !== 'mdxJsxFlowElement')) {
      const t = textOf(node);
      if (t) blocks.push(t);
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return blocks;
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Where the body's text first differs from the paragraphs, or null when nothing is lost or added. */
export async function checkNothingLost(body: string, paragraphs: string[]): Promise<string | null> {
  const got = (await mdxBodyText(body)).join('');
  const want = paragraphs.join('');
  if (got === want) return null;
  let i = 0;
  while (i < got.length && got[i] === want[i]) i++;
  return `text differs at character ${i}: expected “${want.slice(i, i + 30)}”, MDX gives “${got.slice(i, i + 30)}”`;
}
