/** Unit names at a letter's level: a bureau of a 市/县/区/州, a 省 department, a ministry. */
import type { Level } from './world.ts';

/** A unit of the given scope: `市财政局`, `省财政厅`, `财政部`. */
export function unitIn(scope: string, unit: string): string {
  if (scope === '国') return unit === '团市委' ? '共青团中央' : unit.replace(/局$/, '部');
  if (scope === '省') return unit === '团市委' ? '团省委' : `省${unit.replace(/局$/, '厅')}`;
  return unit === '团市委' ? `团${scope}委` : `${scope}${unit}`;
}

/** A partner bureau's full name at the letter's level: `澜江市财政局`, `江岚省财政厅`, `财政部`. */
export function fullUnit(level: Level, place: string, prefix: string, partner: string): string {
  if (level === '全国') return unitIn('国', partner);
  if (partner === '团市委') return `共青团${place}委员会`;
  return level === '省' ? `${place}${partner.replace(/局$/, '厅')}` : `${prefix}${partner}`;
}
