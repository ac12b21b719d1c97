/**
 * `shenpi guide eval FILE.json [--misses]`: top-1 and top-3 hit rates and precision of the guide over any file of
 * `[{"q":"…","expect":["item name",…]}]` (`[]`: no item answers it), next to a plain `name LIKE '%q%'` search on the same questions.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import pino from 'pino';
import { evalFileSchema, type EvalFigures } from '../domain/guide.js';
import { loadConfig } from '../server/config.js';
import { GuideService, readGuideFiles } from '../server/modules/guide/guide.service.js';
import { OrgService } from '../server/modules/org/org.service.js';
import { openDatabase } from '../server/platform/db.js';
import { zodFieldErrors } from '../server/platform/errors.js';
import { migrate } from '../server/platform/migrate.js';

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const line = (label: string, f: EvalFigures) =>
  `${label.padEnd(14)} top-1 ${pct(f.top1)}   top-3 ${pct(f.top3)}   precision ${pct(f.precision)}   no item for ${f.none.empty}/${f.none.n} questions no item answers`;

/** Add the guide sub-commands. */
export function registerGuideCommands(program: Command) {
  const guide = program.command('guide').description('the intelligent guide (智能导服)');
  guide
    .command('eval')
    .description('top-1 / top-3 hit rates and precision of the guide and of a LIKE search over item names')
    .argument('<file>', 'JSON: [{"q":"…","expect":["item name",…]}], expect [] when no item answers the question')
    .option('--misses', 'list the questions the guide missed in its top 3')
    .action(async (file: string, opts: { misses?: boolean }) => {
      const parsed = evalFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (!parsed.success) {
        for (const e of zodFieldErrors(parsed.error)) console.error(`${file}: ${e.path}: ${e.message}`);
        process.exitCode = 1;
        return;
      }
      const handle = await openDatabase(loadConfig());
      try {
        await migrate(handle);
        const service = new GuideService(handle.db, readGuideFiles(), pino({ level: 'warn' }), new OrgService(handle.db));
        const { guide: g, like } = await service.evaluate(parsed.data);
        console.log(`${g.n} questions from ${file}`);
        console.log(line('guide', g));
        console.log(line('LIKE on names', like));
        if (opts.misses) for (const m of g.misses) console.log(`  miss: ${m.q} → ${m.got.join(' | ') || '（无结果）'}   expected: ${m.expect.join(' | ') || '（无事项）'}`);
      } finally {
        await handle.close();
      }
    });
}
