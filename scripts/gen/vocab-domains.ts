/** All topic domains, and the 人民政府 as an alternative replying unit for any of them. */
import type { Domain } from './vocab-types.ts';
import { science, education, eldercare } from './vocab-domains-a.ts';
import { health, employment, transport } from './vocab-domains-b.ts';
import { agriculture, ecology, housing } from './vocab-domains-c.ts';
import { tourism, industry, development } from './vocab-domains-d.ts';

export const DOMAINS: readonly Domain[] = [
  science, education, eldercare, health, employment, transport,
  agriculture, ecology, housing, tourism, industry, development,
];
