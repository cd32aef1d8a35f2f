/**
 * The Vite plugin that gives pages (and the content config) the archive's configuration as the
 * module `virtual:reply-archive/config` (its type: virtual.d.ts), written from the options the
 * archive integration resolved.
 */
import type { ViteUserConfig } from 'astro';
import type { ArchiveConfig } from './archive-options.ts';

export const CONFIG_MODULE = 'virtual:reply-archive/config';
const resolved = `\0${CONFIG_MODULE}`;

export function virtualConfig(config: ArchiveConfig): NonNullable<ViteUserConfig['plugins']>[number] {
  return {
    name: 'reply-archive:config',
    resolveId: (id: string) => (id === CONFIG_MODULE ? resolved : undefined),
    load: (id: string) => (id === resolved ? `export default ${JSON.stringify(config)};` : undefined),
  };
}
