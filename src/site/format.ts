/**
 * Small formatters shared by pages: Chinese dates, kind and number labels of a letter, file sizes
 * and formats.
 */
import { kind as kindLabel } from '~/i18n/zh-CN.ts';
import type { ArchivedRecord } from '~/record/record-schema.ts';

/** `2025-09-03` → `2025年9月3日`. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** `第0361号提案`, or the kind alone when the number is unknown. */
export function numberLabel(r: Pick<ArchivedRecord, 'number' | 'kind'>): string {
  return r.number ? `第${r.number}号${kindLabel[r.kind]}` : kindLabel[r.kind];
}

/** What a list shows as a letter's title: its proposal title, else its own title, else its id. */
export function listTitle(r: Pick<ArchivedRecord, 'proposalTitle' | 'title' | 'id'>): string {
  return r.proposalTitle ?? r.title ?? r.id;
}

/** A file's size in whole KB, at least 1: what a download link shows. */
export function kiloBytes(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}

/** `txt` → `TXT`: a format as a download link names it. */
export function formatName(ext: string): string {
  return ext.toUpperCase();
}
