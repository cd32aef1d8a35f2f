/**
 * A letter's MDX body → the tree of blocks the letter page renders: the components of
 * docs/mdx-format.md holding paragraphs of plain text. Read with the real MDX parser (Sätteri),
 * at load time, so that no letter is compiled to JavaScript. Anything else in a body — a
 * heading, a list, an expression, an import — is refused, naming what and where. Pure.
 */
import { mdxToMdast } from 'satteri';

/** The components a body may use, and the attribute each takes. */
export const BODY_COMPONENTS = [
  'Preamble', 'Opening', 'Section', 'SectionHeading', 'Measure', 'NextSteps', 'Commitment',
  'Closing', 'Signature', 'Contact', 'Distribution',
] as const;

export type BodyNode =
  | { kind: 'p'; text: string }
  | { kind: 'block'; name: (typeof BODY_COMPONENTS)[number]; id?: string; children: BodyNode[] };

interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

const PHRASING = new Set(['text', 'break']);

/** Parses the body (the MDX after its frontmatter); throws an Error naming the offending line. */
export function parseLetterBody(body: string): BodyNode[] {
  const tree = mdxToMdast(body, { features: { smartPunctuation: false, gfm: false } }) as unknown as MdNode;
  return (tree.children ?? []).map(toNode);
}

function toNode(node: MdNode): BodyNode {
  const line = node.position?.start.line ?? '?';
  if (node.type === 'paragraph') return { kind: 'p', text: textOf(node, line) };
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const name = node.name ?? '';
    if (!(BODY_COMPONENTS as readonly string[]).includes(name)) throw new Error(`line ${line}: <${name}> is not a letter component`);
    const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const children = node.children ?? [];
    const inline = children.length > 0 && children.every((c) => PHRASING.has(c.type));
    return {
      kind: 'block',
      name: name as BodyNode & { kind: 'block' } extends { name: infer N } ? N : never,
      ...(typeof id === 'string' ? { id } : {}),
      children: inline ? [{ kind: 'p', text: textOf(node, line) }] : children.map(toNode),
    };
  }
  throw new Error(`line ${line}: a ${node.type} is not part of a letter (escape its characters, see docs/mdx-format.md)`);
}

function textOf(node: MdNode, line: number | string): string {
  return (node.children ?? [])
    .map((c) => {
      if (c.type === 'text') return c.value ?? '';
      if (c.type === 'break') return '\n';
      throw new Error(`line ${c.position?.start.line ?? line}: ${c.type} inside a paragraph is not part of a letter`);
    })
    .join('');
}
