/**
 * The web app's API types are generated from the committed OpenAPI document: regenerating them
 * gives the committed file byte for byte (`npm run openapi` writes both).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, OPENAPI_FILE, renderApiTypes } from '../src/cli/openapi.js';

describe('the web API types', () => {
  it('are what openapi-typescript makes of docs/openapi.json', async () => {
    const generated = await renderApiTypes(fs.readFileSync(OPENAPI_FILE, 'utf8'));
    expect(generated).toContain('"/api/v1/cases/{caseNo}"');
    expect(generated === fs.readFileSync(API_TYPES_FILE, 'utf8'), 'src/web/api/openapi.gen.ts is stale: run npm run openapi').toBe(true);
  });
});
