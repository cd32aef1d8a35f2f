/**
 * The components a letter's body is rendered with (src/components/letter/LetterBody.astro): for
 * each name of BODY_COMPONENTS, the one list of them (src/letters/letter-body.ts), the component
 * of the same name in this folder.
 */
import { BODY_COMPONENTS, type BodyComponent } from '~/letters/letter-body.ts';

type Component = (props: { id?: string }) => unknown;

const files = import.meta.glob<{ default: Component }>('./*.astro', { eager: true });

export const letterComponents = Object.fromEntries(
  BODY_COMPONENTS.map((name) => {
    const file = files[`./${name}.astro`];
    if (!file) throw new Error(`src/components/mdx/${name}.astro is missing: every letter component needs one`);
    return [name, file.default];
  }),
) as Record<BodyComponent, Component>;
