/**
 * Issue 15 item 6: a workbook that declares a huge inflated size or too many entries is refused
 * before it is parsed (413/400), and one import runs at a time.
 */
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_MEDIA_TYPE } from '../../src/server/modules/catalog/catalog.excel.js';
import { createTestApp, type TestContext } from '../harness.js';

let t: TestContext;
let editor: string;
beforeAll(async () => {
  t = await createTestApp();
  editor = await t.login('editor1');
});
afterAll(() => t.close());

const upload = (content: Uint8Array) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type: XLSX_MEDIA_TYPE }), '目录.xlsx');
  return t.app.inject({ method: 'POST', url: '/api/v1/catalog/import', payload: form, headers: { cookie: editor } });
};

/** A small zip whose headers claim that `name` inflates to `declared` bytes (a bomb's shape without its weight). */
function lyingZip(declared: number): Uint8Array {
  const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') }, { level: 0 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, declared, true); // local header: uncompressed size
    if (sig === 0x02014b50) view.setUint32(i + 24, declared, true); // central directory: uncompressed size
  }
  return zip;
}

describe('catalog import limits', () => {
  it('a workbook declaring gigabytes once inflated is 413 before parsing', async () => {
    const res = await upload(lyingZip(0xfffffff0));
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('CATALOG.WORKBOOK_TOO_LARGE');
    expect(res.json().errors[0].path).toBe('file');
  });

  it('a workbook with thousands of entries is 400', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 3000; i++) files[`xl/x${i}.xml`] = strToU8('<a/>');
    const res = await upload(zipSync(files, { level: 0 }));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('CATALOG.WORKBOOK_TOO_MANY_ENTRIES');
  });

  it('a second import while one runs is 409; afterwards imports run again', async () => {
    const book = (await t.app.inject({ method: 'GET', url: '/api/v1/catalog/export', headers: { cookie: editor } })).rawPayload;
    const [a, b] = await Promise.all([upload(book), upload(book)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)?.json().code).toBe('CATALOG.IMPORT_BUSY');
    expect((await upload(book)).statusCode).toBe(200);
  });
});
