/**
 * The PDF renderer behind platform/pdf.ts's renderPdf, loaded on the first document (its libraries take a
 * second or more to import): A4 pages with the bureau's header, wrapped paragraphs, a table of facts, the red
 * seal, an optional QR code. The font is Noto Serif SC from @fontsource/noto-serif-sc, subset per document.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import subsetFont from 'subset-font';
import woff from 'woff2sfnt-sfnt2woff';
import { chineseDate, type DateStr } from '../../domain/calendar.js';

/** One block of a page, top to bottom. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'para'; text: string; indent?: boolean; bold?: boolean }
  | { kind: 'bullet'; text: string }
  | { kind: 'right'; text: string }
  | { kind: 'facts'; rows: [label: string, value: string][] }
  | { kind: 'space'; height: number };

/** What a document is made of. */
export interface PdfSpec {
  /** document title in the PDF metadata */
  title: string;
  blocks: Block[];
  /** the day the document is issued (YYYY-MM-DD): printed under the seal as 2026年11月25日, and the file's creation date */
  on: DateStr;
  /** text encoded in a QR code at the bottom left (the verification link) */
  qr?: string;
  /** its printed size in points (default 110) */
  qrSize?: number;
  /** small print at the bottom of the page */
  footer?: string;
  /** the body issuing the document, on the header, the signature line and the seal (default: the bureau) */
  issuer?: Issuer;
}

/** An issuing body: its name and the words of its seal. */
export interface Issuer {
  name: string;
  seal: string;
}

const require = createRequire(import.meta.url);

interface Fonts {
  regular: Buffer;
  bold: Buffer;
}
let fonts: Fonts | null = null;

/** The two weights as TrueType, converted from the package's WOFF once per process. */
function loadFonts(): Fonts {
  if (!fonts) {
    const file = (w: number) => require.resolve(`@fontsource/noto-serif-sc/files/noto-serif-sc-chinese-simplified-${w}-normal.woff`);
    fonts = { regular: Buffer.from(woff.toSfnt(fs.readFileSync(file(400)))), bold: Buffer.from(woff.toSfnt(fs.readFileSync(file(700)))) };
  }
  return fonts;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
const BODY = 12;
const LEADING = 1.75;
const RED = rgb(0.85, 0.1, 0.1);

/** Everything the spec will print, for the font subset. */
function textOf(spec: PdfSpec, issuer: Issuer): string {
  const parts = [issuer.name, issuer.seal, chineseDate(spec.on), spec.footer ?? '', '第页共 0123456789'];
  for (const b of spec.blocks) {
    if (b.kind === 'facts') for (const [l, v] of b.rows) parts.push(l, v);
    else if (b.kind !== 'space') parts.push(b.text);
  }
  return [...new Set(parts.join(''))].join('');
}

/** Break a paragraph into lines that fit `width` (CJK text may break anywhere; spaces are kept). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const hard of text.split('\n')) {
    let line = '';
    for (const ch of hard) {
      const next = line + ch;
      const closing = '，。、；：！？）》」”'.includes(ch);
      if (!line && closing && lines.length) {
        // a line never starts with closing punctuation (避头点): it hangs at the end of the last one
        lines[lines.length - 1] += ch;
      } else if (line && font.widthOfTextAtSize(next, size) > width) {
        if (closing) {
          lines.push(next);
          line = '';
        } else {
          lines.push(line);
          line = ch;
        }
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The subset keeps no OpenType layout (GSUB/GPOS): pdf-lib draws glyph by glyph with the
 * advance widths, and the font's CJK positioning features spread runs of digits apart.
 */
const SUBSET = { targetFormat: 'truetype' as const, keepFeatures: [], noLayoutClosure: true, dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE'] };

/** Render a document to PDF bytes (unsigned); `issuer` is the spec's, or the default platform/pdf.ts chose. */
export async function renderPdf(spec: PdfSpec, issuer: Issuer): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const chars = textOf(spec, issuer);
  const [regSub, boldSub] = await Promise.all([subsetFont(regular, chars, SUBSET), subsetFont(bold, chars, SUBSET)]);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(spec.title);
  doc.setAuthor(issuer.name);
  doc.setCreator('Shenpi 审批');
  doc.setProducer('Shenpi 审批');
  // the issuing day, not the wall clock: the same input gives the same bytes
  const issued = new Date(`${spec.on}T00:00:00+08:00`);
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  const font = await doc.embedFont(regSub, { subset: false });
  const fontBold = await doc.embedFont(boldSub, { subset: false });

  const pages: PDFPage[] = [];
  let page = doc.addPage(A4);
  pages.push(page);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;
  const need = (h: number) => {
    if (y - h < MARGIN + 10) {
      page = doc.addPage(A4);
      pages.push(page);
      y = A4[1] - MARGIN;
    }
  };
  const line = (text: string, size: number, f: PDFFont, x = MARGIN, color = rgb(0, 0, 0)) => {
    need(size * LEADING);
    y -= size * LEADING;
    page.drawText(text, { x, y, size, font: f, color });
  };

  // header: the issuing body in red over a red rule (红头)
  const head = issuer.name;
  const headSize = 22;
  y -= headSize;
  page.drawText(head, { x: (A4[0] - fontBold.widthOfTextAtSize(head, headSize)) / 2, y, size: headSize, font: fontBold, color: RED });
  y -= 12;
  page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 1.5, color: RED });
  y -= 10;

  for (const b of spec.blocks) {
    switch (b.kind) {
      case 'title': {
        const size = 20;
        need(size * 2);
        y -= size * 1.8;
        page.drawText(b.text, { x: (A4[0] - fontBold.widthOfTextAtSize(b.text, size)) / 2, y, size, font: fontBold });
        y -= 6;
        break;
      }
      case 'subtitle': {
        const size = BODY;
        y -= size * LEADING;
        page.drawText(b.text, { x: (A4[0] - font.widthOfTextAtSize(b.text, size)) / 2, y, size, font });
        y -= 8;
        break;
      }
      case 'para':
        for (const [i, l] of wrap(b.indent === false ? b.text : `\u3000\u3000${b.text}`, font, BODY, width).entries())
          line(l, BODY, b.bold && i === 0 ? fontBold : font);
        break;
      case 'bullet':
        for (const [i, l] of wrap(b.text, font, BODY, width - 24).entries()) line(i === 0 ? `· ${l}` : l, BODY, font, MARGIN + (i === 0 ? 12 : 24));
        break;
      case 'right': {
        for (const l of wrap(b.text, font, BODY, width)) {
          need(BODY * LEADING);
          y -= BODY * LEADING;
          page.drawText(l, { x: A4[0] - MARGIN - font.widthOfTextAtSize(l, BODY), y, size: BODY, font });
        }
        break;
      }
      case 'facts': {
        const labelWidth = 110;
        y -= 8;
        for (const [label, value] of b.rows) {
          const lines = wrap(value || '—', font, BODY, width - labelWidth - 12);
          need(lines.length * BODY * LEADING + 6);
          const top = y;
          y -= 4;
          page.drawText(label, { x: MARGIN + 6, y: y - BODY * 1.3, size: BODY, font: fontBold });
          for (const l of lines) {
            y -= BODY * LEADING;
            page.drawText(l, { x: MARGIN + labelWidth + 6, y: y + BODY * 0.45, size: BODY, font });
          }
          y -= 6;
          page.drawRectangle({ x: MARGIN, y, width, height: top - y, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.6 });
          page.drawLine({ start: { x: MARGIN + labelWidth, y }, end: { x: MARGIN + labelWidth, y: top }, thickness: 0.6, color: rgb(0.6, 0.6, 0.6) });
        }
        y -= 6;
        break;
      }
      case 'space':
        y -= b.height;
        break;
    }
  }

  // the issuing body, the date and the seal over them at the right under the text; the QR code
  // sits at the bottom left, beside them, so the text must end above both
  need(Math.max(150, spec.qr ? (spec.qrSize ?? 110) + 30 : 0));
  const sealX = A4[0] - MARGIN - 80;
  const sealY = y - 70;
  page.drawText(issuer.name, { x: A4[0] - MARGIN - font.widthOfTextAtSize(issuer.name, BODY), y: sealY + 8, size: BODY, font });
  const sealDate = chineseDate(spec.on);
  page.drawText(sealDate, { x: A4[0] - MARGIN - font.widthOfTextAtSize(sealDate, BODY), y: sealY - 14, size: BODY, font });
  drawSeal(page, fontBold, sealX, sealY, issuer);

  if (spec.qr) drawQr(pages[pages.length - 1] ?? page, spec.qr, MARGIN, MARGIN + 10, spec.qrSize ?? 110);
  pages.forEach((p, i) => {
    const text = `${spec.footer ? `${spec.footer}　` : ''}第 ${i + 1} 页 共 ${pages.length} 页`;
    for (const [j, l] of wrap(text, font, 8, A4[0] - 2 * MARGIN).entries()) p.drawText(l, { x: MARGIN, y: MARGIN - 4 - j * 11, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
  });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A QR code as vector squares (one path of the dark runs of each row): sharp at any print size. */
function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'L' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + 2 * quiet);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  const runs: string[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; ) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      const x0 = (quiet + start) * cell;
      const y0 = (quiet + r) * cell;
      const w = (c - start) * cell;
      runs.push(`M${x0.toFixed(2)} ${y0.toFixed(2)}h${w.toFixed(2)}v${cell.toFixed(2)}h${(-w).toFixed(2)}Z`);
    }
  }
  // SVG paths run downward from the top-left corner they are drawn at
  page.drawSvgPath(runs.join(''), { x, y: y + size, color: rgb(0, 0, 0) });
}

/** The round red seal: the issuer's name along the upper arc, a star, the seal's words (行政审批专用章) below. */
function drawSeal(page: PDFPage, font: PDFFont, cx: number, cy: number, issuer: Issuer): void {
  const r = 58;
  const opacity = 0.85;
  page.drawCircle({ x: cx, y: cy, size: r, borderColor: RED, borderWidth: 3, borderOpacity: opacity });
  const chars = [...issuer.name];
  const size = 13;
  const span = 220; // degrees of arc the name covers
  chars.forEach((ch, i) => {
    const angle = 90 + span / 2 - (span * (i + 0.5)) / chars.length;
    const rad = (angle * Math.PI) / 180;
    const rr = r - 16;
    const w = font.widthOfTextAtSize(ch, size);
    // each character stands on the arc, its baseline tangent to it, upright toward the centre's outside
    const rot = angle - 90;
    const x = cx + rr * Math.cos(rad) - (w / 2) * Math.cos(((rot) * Math.PI) / 180);
    const y = cy + rr * Math.sin(rad) - (w / 2) * Math.sin((rot * Math.PI) / 180);
    page.drawText(ch, { x, y, size, font, color: RED, rotate: degrees(rot), opacity });
  });
  // the five-pointed star
  const star: { x: number; y: number }[] = [];
  for (let k = 0; k < 10; k++) {
    const a = ((90 + k * 36) * Math.PI) / 180;
    const rr = k % 2 === 0 ? 15 : 6;
    star.push({ x: rr * Math.cos(a), y: rr * Math.sin(a) });
  }
  const path = `M ${star.map((p) => `${p.x.toFixed(2)} ${(-p.y).toFixed(2)}`).join(' L ')} Z`;
  page.drawSvgPath(path, { x: cx, y: cy + 2, color: RED, opacity });
  const label = issuer.seal;
  page.drawText(label, { x: cx - font.widthOfTextAtSize(label, 9) / 2, y: cy - 30, size: 9, font, color: RED, opacity });
}
