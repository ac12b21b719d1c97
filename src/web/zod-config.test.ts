import { expect, it } from 'vitest';

it('zod-config makes zod jitless without importing zod: zod reads the global configuration it sets', async () => {
  await import('./zod-config');
  const { config, z } = await import('zod');
  expect(config().jitless).toBe(true);
  expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' });
});
