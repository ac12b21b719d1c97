/** A PDF worker thread (pdf.ts's pool): draws one document per task and hands its bytes back without a copy. */
import { Piscina } from 'piscina';
import { drawPdf } from './pdf-render.js';
import type { PdfSpec } from './pdf.js';

export default async function render(spec: PdfSpec): Promise<Uint8Array> {
  const pdf = await drawPdf(spec);
  const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  // a Buffer may share its memory with others (Node's pool): hand over an exact copy then
  const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? bytes : bytes.slice();
  return Piscina.move(own) as Uint8Array;
}
