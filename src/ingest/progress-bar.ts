/** A one-line progress bar for a terminal: `[█████░░░░░] 512/1024 seed.txt`. Pure rendering. */

/** The bar for `done` of `total`, `width` cells wide, with the current file's name cut to fit. */
export function progressLine(done: number, total: number, current: string, width = 30, columns = 100): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const head = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} `;
  const room = Math.max(0, columns - head.length - 1);
  const name = current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
  return head + name;
}
