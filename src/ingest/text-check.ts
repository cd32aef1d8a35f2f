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
    if (node.type === 'paragraph' || (node.type === 'mdxJsxTextElement' && false)) {
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

/**
 * Where the body's text first differs from the paragraphs, or null when nothing is lost or added.
 * White space where the text is cut into blocks (`…。 二是…` split before `二是`) belongs to the
 * cut, not the letter: Markdown trims it from a block's ends, so it is skipped there and only
 * there.
 */
export async function checkNothingLost(body: string, paragraphs: string[]): Promise<string | null> {
  const blocks = await mdxBodyText(body);
  const want = paragraphs.join('');
  let at = 0;
  const skipSpace = (before: string) => {
    while (at < want.length && /\s/.test(want[at]) && want[at] !== before[0]) at++;
  };
  for (const block of blocks) {
    skipSpace(block);
    let k = 0;
    while (k < block.length && block[k] === want[at + k]) k++;
    if (k < block.length) return differs(want, at + k, block.slice(k));
    at += block.length;
  }
  skipSpace('');
  return at < want.length ? differs(want, at, '') : null;
}

function differs(want: string, at: number, got: string): string {
  return `text differs at character ${at}: expected “${want.slice(at, at + 30)}”, MDX gives “${got.slice(0, 30)}”`;
}
