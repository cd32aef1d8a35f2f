/** The archive's configuration as pages import it (written by virtual-config.ts). */
declare module 'virtual:reply-archive/config' {
  const config: import('./archive-options.ts').ArchiveConfig;
  export default config;
}
