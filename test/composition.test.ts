/**
 * One composition root (docs/adr/0017): in the server only src/server/services.ts constructs
 * services, itself or through a module's `<module>.module.ts` factory that only it calls (the demo
 * seed builds its own with its own clock); route plugins receive theirs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the composition root', () => {
  it('is the only place in the server that constructs a service', () => {
    const root = path.join('src', 'server', 'services.ts');
    const allowed = (p: string) => p === root || p.startsWith(path.join('src', 'server', 'demo') + path.sep) || p.endsWith('.module.ts');
    const files = sources(path.join('src', 'server'));
    const offenders = files
      .filter((p) => !allowed(p))
      .flatMap((p) => [...fs.readFileSync(p, 'utf8').matchAll(/new ([A-Z]\w*Service)\(/g)].map((m) => `${p}: new ${m[1]}`));
    expect(offenders).toEqual([]);
    // a module's factory is the composition root's helper: nothing else in the server calls it (its types may be named)
    const factoryUsers = files.filter((p) => p !== root && /^import (?!type )[^;]*from '[^']*\.module\.js'/m.test(fs.readFileSync(p, 'utf8')));
    expect(factoryUsers).toEqual([]);
  });

  it('builds each service once and hands the app the same instances', async () => {
    const { createTestApp } = await import('./harness.js');
    const t = await createTestApp();
    try {
      const s = t.services;
      // the cases' four services read a case through one reader over the one calendar and catalog; the sweeper's actions reach the commands' listeners
      const commands = s.caseCommands as unknown as { d: { calendar: unknown; reader: unknown; listeners: unknown[] } };
      const queries = s.caseQueries as unknown as { d: { calendar: unknown; reader: unknown } };
      const files = s.caseFiles as unknown as { d: { reader: unknown } };
      const sweeper = s.caseSweeper as unknown as { d: { calendar: unknown; catalog: unknown; commands: unknown } };
      const reader = commands.d.reader as { d: { calendar: unknown; catalog: unknown } };
      expect(reader.d.calendar).toBe(s.calendar);
      expect(reader.d.catalog).toBe(s.catalog);
      expect(queries.d.reader).toBe(reader);
      expect(files.d.reader).toBe(reader);
      expect(commands.d.calendar).toBe(s.calendar);
      expect(queries.d.calendar).toBe(s.calendar);
      expect(commands.d.listeners).toHaveLength(4);
      expect(sweeper.d.commands).toBe(s.caseCommands);
      expect(sweeper.d.calendar).toBe(s.calendar);
      expect(sweeper.d.catalog).toBe(s.catalog);
      // the hall's three services share one cache of zones and windows; the queue checks in through the appointments and shows the ratings' figures
      const queue = s.queue as unknown as { d: { catalog: unknown; places: unknown; appointments: unknown; ratings: unknown } };
      const appointments = s.appointments as unknown as { d: { calendar: unknown; catalog: unknown; places: unknown } };
      const ratings = s.ratings as unknown as { d: { calendar: unknown; places: unknown } };
      expect(queue.d.catalog).toBe(s.catalog);
      expect(queue.d.appointments).toBe(s.appointments);
      expect(queue.d.ratings).toBe(s.ratings);
      expect(appointments.d.calendar).toBe(s.calendar);
      expect(appointments.d.catalog).toBe(s.catalog);
      expect(ratings.d.calendar).toBe(s.calendar);
      expect(appointments.d.places).toBe(queue.d.places);
      expect(ratings.d.places).toBe(queue.d.places);
    } finally {
      await t.close();
    }
  });
});
