/**
 * A letter's MDX body → the tree of blocks the letter page renders: the components of
 * docs/mdx-format.md holding paragraphs of plain text. Read with the real MDX parser (Sätteri),
 * at load time, so that no letter is compiled to JavaScript. Anything else in a body — a
 * heading, a list, an expression, an import — is refused, naming what and where. Pure.
 */
import { mdxToMdast } from 'satteri';
import { z } from 'zod';

/**
 * The components a body may use: the one list of them. Each is rendered by
 * `src/components/mdx/<name>.astro` (src/components/mdx/index.ts); an optional `id` is its anchor.
 */
export const BODY_COMPONENTS = [
  'Preamble',
  'Opening',
  'Section',
  'SectionHeading',
  'Measure',
  'NextSteps',
  'Commitment',
  'Closing',
  'Signature',
  'Contact',
  'Distribution',
] as const;

export type BodyComponent = (typeof BODY_COMPONENTS)[number];

export type BodyNode = { kind: 'p'; text: string } | { kind: 'block'; name: BodyComponent; id?: string; children: BodyNode[] };

/** The blocks as parseLetterBody gives them, for reading them back from JSON. */
export const bodySchema: z.ZodType<BodyNode[]> = z.array(
  z.lazy(() =>
    z.union([
      z.object({ kind: z.literal('p'), text: z.string() }),
      z.object({ kind: z.literal('block'), name: z.enum(BODY_COMPONENTS), id: z.string().optional(), children: bodySchema }),
    ]),
  ),
);

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
    if (!isBodyComponent(name)) throw new Error(`line ${line}: <${name}> is not a letter component`);
    const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const children = node.children ?? [];
    const inline = children.length > 0 && children.every((c) => PHRASING.has(c.type));
    return {
      kind: 'block',
      name,
      ...(typeof id === 'string' ? { id } : {}),
      children: inline ? [{ kind: 'p', text: textOf(node, line) }] : children.map(toNode),
    };
  }
  throw new Error(`line ${line}: a ${node.type} is not part of a letter (escape its characters, see docs/mdx-format.md)`);
}

function isBodyComponent(name: string): name is BodyComponent {
  return (BODY_COMPONENTS as readonly string[]).includes(name);
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
