/**
 * The bytes of CBOR as Pagefind writes it (definite-length arrays, strings and unsigned or
 * negative integers of up to 32 bits), read and written item by item, without building values.
 * Pure.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads CBOR heads, text and whole items from bytes, moving through them. */
export class CborReader {
  pos = 0;
  readonly buf: Uint8Array;
  constructor(buf: Uint8Array) {
    this.buf = buf;
  }
  /** The head of the next item: its major type and its argument (length or value). */
  head(): [major: number, arg: number] {
    const b = this.buf[this.pos++];
    if (b === undefined) throw new Error('CBOR ends early');
    const info = b & 31;
    if (info >= 24 && info <= 26 && this.pos + (1 << (info - 24)) > this.buf.length) throw new Error('CBOR ends early');
    let arg: number;
    if (info < 24) arg = info;
    else if (info === 24) arg = this.buf[this.pos++];
    else if (info === 25) arg = (this.buf[this.pos++] << 8) | this.buf[this.pos++];
    else if (info === 26)
      arg = ((this.buf[this.pos++] << 24) >>> 0) + ((this.buf[this.pos++] << 16) | (this.buf[this.pos++] << 8) | this.buf[this.pos++]);
    else throw new Error(`unsupported CBOR head 0x${b.toString(16)} at byte ${this.pos - 1}`);
    return [b >> 5, arg];
  }
  expect(major: number): number {
    const [m, arg] = this.head();
    if (m !== major) throw new Error(`expected CBOR major type ${major}, found ${m} at byte ${this.pos}`);
    return arg;
  }
  text(): string {
    const n = this.expect(3);
    const s = utf8.decode(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }
  /** The next unsigned integer. */
  uint(): number {
    return this.expect(0);
  }
  /** The next byte string, as a view of the bytes read (no copy). */
  byteString(): Uint8Array {
    const n = this.expect(2);
    if (this.pos + n > this.buf.length) throw new Error('CBOR ends early');
    return this.buf.subarray(this.pos, (this.pos += n));
  }
  /** Skips one whole item (integers, strings, arrays of them). */
  skip(): void {
    const [major, arg] = this.head();
    if (major === 2 || major === 3) this.pos += arg;
    else if (major === 4) for (let i = 0; i < arg; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * arg; i++) this.skip();
  }
  /** The bytes of the next `n` items, skipped. */
  items(n: number): Uint8Array {
    const start = this.pos;
    for (let i = 0; i < n; i++) this.skip();
    return this.buf.subarray(start, this.pos);
  }
}

/** Writes CBOR heads, text and raw bytes into a growing buffer. */
export class CborWriter {
  private buf = Buffer.allocUnsafe(1 << 16);
  private pos = 0;
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }
  head(major: number, arg: number): void {
    this.room(9);
    const m = major << 5;
    const b = this.buf;
    if (arg < 24) b[this.pos++] = m | arg;
    else if (arg < 0x100) {
      b[this.pos++] = m | 24;
      b[this.pos++] = arg;
    } else if (arg < 0x10000) {
      b[this.pos++] = m | 25;
      b[this.pos++] = arg >> 8;
      b[this.pos++] = arg & 255;
    } else {
      b[this.pos++] = m | 26;
      b[this.pos++] = arg >>> 24;
      b[this.pos++] = (arg >> 16) & 255;
      b[this.pos++] = (arg >> 8) & 255;
      b[this.pos++] = arg & 255;
    }
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  // Written into the buffer in place: TextEncoder.encode would allocate an array for every word of the archive.
  text(s: string): void {
    const n = Buffer.byteLength(s, 'utf8');
    this.head(3, n);
    this.room(n);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }
  /** Bytes written so far. */
  get length(): number {
    return this.pos;
  }
  /** The bytes written, as a view that the next write may change; `clear()` empties the writer. */
  view(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
  clear(): void {
    this.pos = 0;
  }
  /** The bytes written (a copy); the writer starts empty again. */
  done(): Uint8Array {
    const out = new Uint8Array(this.buf.subarray(0, this.pos));
    this.pos = 0;
    return out;
  }
}
