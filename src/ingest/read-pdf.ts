import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { LetterError } from './letter-error.ts';
import { repairPdfText, type PdfItem, type PdfPage } from './repair-pdf-text.ts';

/** The parts of a pdfjs text item this reader uses (marked-content items lack `str`). */
type RawItem = { str?: string; transform?: number[]; width?: number };

function toItem(raw: RawItem): PdfItem | null {
  if (typeof raw.str !== 'string' || !raw.transform) return null;
  const [a, b, c, d, e, f] = raw.transform;
  // Font size is the length of the glyph's vertical axis; whitespace runs
  // pdfjs synthesises report height 0 but still carry the transform.
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  return { str: raw.str, x: e, y: f, width: raw.width ?? 0, size };
}

type Pdf = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * Whether any page draws text at all. Only asked when extraction found none:
 * a scan draws none, while fonts pdfjs cannot map to Unicode (no ToUnicode, or
 * a predefined CJK CMap it has no data for) draw text that extracts as nothing.
 */
async function drawsText(pdf: Pdf): Promise<boolean> {
  const { OPS } = await getResolvedPDFJS();
  const textOps = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const { fnArray } = await page.getOperatorList();
    page.cleanup();
    if (fnArray.some((fn) => textOps.has(fn))) return true;
  }
  return false;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

/**
 * The text of a PDF letter, one paragraph per line (see `repairPdfText`).
 * Loads one document, reads page by page, and destroys it, so batches of
 * thousands stay flat in memory. Throws `LetterError` for an unreadable PDF
 * and for one with no text layer (a scan: `no text layer — run OCR first`).
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  let pdf: Pdf;
  try {
    // A copy: pdfjs may take ownership of (detach) the buffer it is given.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (error) {
    throw new LetterError(`unreadable PDF: ${firstLine(error)}`);
  }
  const pages: PdfPage[] = [];
  let hasText = false;
  let drawnText = false;
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = (content.items as RawItem[]).map(toItem).filter((i): i is PdfItem => i !== null);
      // The media box, in the same (unrotated) user space as the items.
      pages.push({ width: page.view[2] - page.view[0], items });
      page.cleanup();
      hasText ||= items.some((i) => i.str.trim() !== '');
    }
    if (!hasText) drawnText = await drawsText(pdf);
  } catch (error) {
    throw new LetterError(`unreadable PDF: ${firstLine(error)}`);
  } finally {
    await pdf.destroy();
  }
  if (drawnText) throw new LetterError('unreadable text layer — fonts lack Unicode data; run OCR first');
  if (!hasText) throw new LetterError('no text layer — run OCR first');
  return repairPdfText(pages);
}
