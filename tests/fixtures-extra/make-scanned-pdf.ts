/**
 * Writes two small PDFs beside this script, deterministically:
 * - `scanned.pdf`: one A4 page whose only content is a grey-scale image
 *   (blocks laid out like lines of text), i.e. a scan with no text layer;
 * - `cjk-cmap-font.pdf`: one line `答复如下` drawn in the non-embedded
 *   STSong-Light through the predefined CMap UniGB-UCS2-H, as older Chinese
 *   PDFs do; pdfjs extracts it only when it has CMap data (pdfjs-dist).
 *
 *   node tests/fixtures-extra/make-scanned-pdf.ts
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const W = 300;
const H = 424;

/** White page with dark "glyph" blocks in rows, like a scanned letter at low resolution. */
function pixels(): Uint8Array {
  const img = new Uint8Array(W * H).fill(255);
  for (let row = 0; row < 18; row++) {
    const top = 40 + row * 19;
    const glyphs = row % 4 === 3 ? 9 : 22; // short last line of each "paragraph"
    for (let g = 0; g < glyphs; g++) {
      const left = 30 + g * 11;
      for (let y = top; y < top + 10; y++) {
        for (let x = left; x < left + 9; x++) {
          // A fixed pattern of strokes, so blocks are not solid.
          if ((x * 7 + y * 3 + g) % 5 !== 0) img[y * W + x] = 40;
        }
      }
    }
  }
  return img;
}

function scanned(): Buffer {
  const image = deflateSync(pixels(), { level: 9 });
  const content = Buffer.from('q 595 0 0 842 0 0 cm /Im0 Do Q\n', 'latin1');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'latin1'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>',
      'latin1',
    ),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]),
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${W} /Height ${H} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`,
        'latin1',
      ),
      image,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ];
  return assemble(objects);
}

function cjkCmapFont(): Buffer {
  const ucs2 = [...'答复如下'].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 12 Tf 72 700 Td <${ucs2}> Tj ET`;
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
    ].map((o) => Buffer.from(o, 'latin1')),
  );
}

/** Header, numbered objects, cross-reference table and trailer. */
function assemble(objects: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(obj);
    offset += obj.length;
  });
  // xref entries are exactly 20 bytes each: "nnnnnnnnnn ggggg n \n".
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)];
  parts.push(Buffer.from(xref.join('') + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

writeFileSync(new URL('./scanned.pdf', import.meta.url), scanned());
writeFileSync(new URL('./cjk-cmap-font.pdf', import.meta.url), cjkCmapFont());
