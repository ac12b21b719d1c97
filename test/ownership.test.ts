/**
 * Modules own their tables (docs/adr/0017, "Table ownership"): every table of migrations/*.sql has
 * exactly one owner in src/server/platform/ownership.ts, and a module's code names only its own
 * tables. The names are found by reading the source with the TypeScript compiler: string literals
 * given to Kysely's table-taking methods (selectFrom, insertInto, updateTable, deleteFrom, the
 * joins, …) and the tables after FROM/JOIN/INTO/UPDATE in sql`` templates and sql.raw strings.
 * Today's exceptions are in ALLOWED below; it only shrinks: a new cross-module name fails, and so
 * does an entry that no longer occurs.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { TABLE_OWNERS, type Owner } from '../src/server/platform/ownership.js';

const MODULES = path.join('src', 'server', 'modules');

const OWNER_OF = new Map<string, Owner>(
  (Object.entries(TABLE_OWNERS) as [Owner, readonly string[]][]).flatMap(([owner, tables]) => tables.map((t) => [t, owner] as const)),
);

/**
 * Today's exceptions: module → table of another module → 'owner: the files that name it'. Remove an
 * entry when the module reads through the owner instead (the test then insists); never add one.
 */
const ALLOWED: Record<string, Record<string, string>> = {
  // a read model over the others' tables (ADR 0017: to be built from the outbox or the owners' queries)
  analytics: {
    users: 'auth: analytics.generate.ts',
    case_actions: 'cases: analytics.generate.ts, analytics.repository.ts',
    case_sequences: 'cases: analytics.generate.ts',
    cases: 'cases: analytics.generate.ts, analytics.repository.ts, analytics.service.ts',
    catalog_public: 'catalog: analytics.generate.ts, analytics.repository.ts, analytics.service.ts',
    catalog_versions: 'catalog: analytics.repository.ts',
    exchange_deliveries: 'exchange: analytics.service.ts',
    fee_assessments: 'fees: analytics.service.ts',
    hall_appointments: 'hall: analytics.service.ts',
    hall_ratings: 'hall: analytics.generate.ts, analytics.service.ts',
    hall_rectifications: 'hall: analytics.service.ts',
    hall_tickets: 'hall: analytics.generate.ts, analytics.repository.ts, analytics.service.ts',
    departments: 'org: analytics.service.ts',
    zones: 'org: analytics.service.ts',
  },
  // a read model over the hall's, the cases' and org's tables (the window staff's monthly figures)
  assessment: {
    user_roles: 'auth: assessment.repository.ts',
    users: 'auth: assessment.repository.ts, assessment.service.ts',
    case_actions: 'cases: assessment.repository.ts',
    cases: 'cases: assessment.repository.ts',
    catalog_versions: 'catalog: assessment.repository.ts',
    hall_ratings: 'hall: assessment.repository.ts',
    hall_rectifications: 'hall: assessment.repository.ts',
    hall_sessions: 'hall: assessment.repository.ts',
    hall_tickets: 'hall: assessment.repository.ts',
    departments: 'org: assessment.repository.ts',
    windows: 'org: assessment.repository.ts',
  },
  // the agent's authorisation (identity.ts, ADR 0018)
  auth: {
    agency_authorisations: 'projects: identity.ts',
  },
  // the item's published terms and version, the hall session a case was taken at
  cases: {
    catalog_public: 'catalog: cases.repository.ts',
    catalog_versions: 'catalog: cases.repository.ts',
    hall_sessions: 'hall: cases.repository.ts',
  },
  // the catch-up finds case actions whose documents a crash left unmade
  documents: {
    case_actions: 'cases: documents.repository.ts',
  },
  // the outbound payloads are built from the case, item and licence; the fan-out inserts the regulators' acknowledgements
  exchange: {
    cases: 'cases: exchange.repository.ts',
    catalog_versions: 'catalog: exchange.repository.ts',
    item_regulators: 'catalog: exchange.repository.ts, exchange.service.ts',
    licences: 'licences: exchange.repository.ts, exchange.service.ts',
    outbox: 'platform: exchange.repository.ts',
    exchange_acks: 'regulators: exchange.service.ts',
  },
  // the guide shows an item's public terms and a case's materials
  guide: {
    case_materials: 'cases: guide.repository.ts',
    cases: 'cases: guide.repository.ts',
    files: 'cases: guide.repository.ts',
    catalog_public: 'catalog: guide.repository.ts',
  },
  // cases to inspect; the catch-up looks for report documents not made
  inspections: {
    cases: 'cases: inspections.repository.ts',
    documents: 'documents: inspections.repository.ts',
  },
  // the catch-up finds approvals with no licence; an item's terms and regulators
  licences: {
    case_actions: 'cases: licences.repository.ts',
    cases: 'cases: licences.repository.ts',
    catalog_versions: 'catalog: licences.repository.ts',
    item_regulators: 'catalog: licences.service.ts',
  },
  // the consumer reads the case, its actions, materials and licence to address a notice
  notices: {
    users: 'auth: notices.service.ts, notices.settings.ts, notices.templates.ts',
    case_actions: 'cases: notices.service.ts',
    case_materials: 'cases: notices.service.ts',
    cases: 'cases: notices.service.ts',
    licences: 'licences: notices.service.ts',
  },
  // a project's cases and items
  projects: {
    cases: 'cases: projects.repository.ts, projects.service.ts',
    catalog_public: 'catalog: projects.repository.ts, projects.service.ts',
  },
  // the pushes to the province read cases, actions, ratings and licences; the push queue is the outbox
  province: {
    case_actions: 'cases: province.service.ts',
    cases: 'cases: province.service.ts',
    hall_ratings: 'hall: province.service.ts',
    licences: 'licences: province.service.ts',
    outbox: 'platform: province.service.ts',
  },
  // the workbench reads the exchange's events, deliveries, subscriptions and inbound messages
  regulators: {
    catalog_public: 'catalog: regulators.repository.ts',
    item_regulators: 'catalog: regulators.repository.ts',
    exchange_deliveries: 'exchange: regulators.repository.ts',
    exchange_events: 'exchange: regulators.repository.ts',
    exchange_inbound: 'exchange: regulators.repository.ts',
    exchange_subscriptions: 'exchange: regulators.repository.ts',
    licences: 'licences: regulators.repository.ts',
  },
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Kysely methods whose first argument names a table ("t" or "t as alias", or an array of them) */
const TABLE_METHODS = new Set([
  'selectFrom',
  'insertInto',
  'replaceInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
  'using',
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'crossJoin',
  'innerJoinLateral',
  'leftJoinLateral',
  'crossJoinLateral',
]);
const SQL_TABLE = /\b(?:from|join|into|update|table)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi;

interface Use {
  file: string;
  line: number;
  table: string;
}

/** the tables (of the migrations) a file names, with where */
function tablesNamed(file: string, text = fs.readFileSync(file, 'utf8')): Use[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const uses: Use[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const fromArgument = (arg: ts.Expression) => {
    const literals = ts.isArrayLiteralExpression(arg) ? arg.elements : [arg];
    for (const l of literals) {
      const table = ts.isStringLiteralLike(l) ? l.text.trim().split(/\s+/)[0]! : '';
      if (OWNER_OF.has(table)) uses.push({ file, line: at(l), table });
    }
  };
  const fromSql = (node: ts.Node, sqlText: string) => {
    for (const m of sqlText.matchAll(SQL_TABLE)) {
      const table = m[1]!.toLowerCase();
      if (OWNER_OF.has(table)) uses.push({ file, line: at(node), table });
    }
  };
  const templateText = (t: ts.TemplateLiteral) =>
    ts.isNoSubstitutionTemplateLiteral(t) ? t.text : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)].join(' ? ');
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      const [first] = node.arguments;
      if (first && TABLE_METHODS.has(name)) fromArgument(first);
      // sql.raw('… FROM t …') and sql.table('t')
      if (first && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'sql') {
        if (name === 'table') fromArgument(first);
        if (name === 'raw' && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) fromSql(first, ts.isStringLiteralLike(first) ? first.text : templateText(first));
      }
    }
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql') fromSql(node, templateText(node.template));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** every cross-module name: module → table → the places */
function crossModuleNames(): Map<string, Map<string, Use[]>> {
  const found = new Map<string, Map<string, Use[]>>();
  for (const module of fs.readdirSync(MODULES).sort()) {
    for (const file of sources(path.join(MODULES, module))) {
      for (const use of tablesNamed(file)) {
        if (OWNER_OF.get(use.table) === module) continue;
        const tables = found.get(module) ?? new Map<string, Use[]>();
        tables.set(use.table, [...(tables.get(use.table) ?? []), use]);
        found.set(module, tables);
      }
    }
  }
  return found;
}

function migrationTables(): string[] {
  return fs
    .readdirSync('migrations')
    .filter((f) => f.endsWith('.sql'))
    .flatMap((f) => [...fs.readFileSync(path.join('migrations', f), 'utf8').matchAll(/create table (?:if not exists )?([a-z_][a-z0-9_]*)/gi)].map((m) => m[1]!.toLowerCase()));
}

describe('table ownership', () => {
  it('gives every table of the migrations exactly one owner, and owners only tables that exist', () => {
    const created = new Set([...migrationTables(), 'schema_migrations']); // the migrator's own (platform/migrate.ts)
    const owned = Object.values(TABLE_OWNERS).flat() as string[];
    expect(owned.filter((t, i) => owned.indexOf(t) !== i), 'owned twice').toEqual([]);
    expect([...created].filter((t) => !OWNER_OF.has(t)).sort(), 'tables with no owner').toEqual([]);
    expect(owned.filter((t) => !created.has(t)).sort(), 'owned but created by no migration').toEqual([]);
  });

  it('finds table names in Kysely calls, sql templates and sql.raw, and nothing else', () => {
    const sample = [
      "db.selectFrom('cases as c').innerJoin('users as u', 'u.id', 'c.applicant_id').leftJoin(['zones'], 'x', 'y');",
      "trx.insertInto('outbox').values(v); trx.updateTable('licences').set(s); trx.deleteFrom('hall_tickets');",
      'sql`SELECT n FROM catalog_public p JOIN departments d ON d.code = ${code} WHERE x IN (SELECT 1 FROM files)`;',
      "sql.raw('UPDATE windows SET a = 1'); sql.table('documents');",
      // not table names: a column, a CTE, words in a comment-like string, extract(… from a column)
      "db.with('recent', (q) => q).selectFrom('recent').select('cases.id'); log('from experts'); sql`extract(hour from taken_at)`;",
    ].join('\n');
    const named = tablesNamed('sample.ts', sample).map((u) => u.table);
    expect(named.sort()).toEqual(['cases', 'catalog_public', 'departments', 'documents', 'files', 'hall_tickets', 'licences', 'outbox', 'users', 'windows', 'zones'].sort());
  });

  it("keeps each module to its own tables, but for the allowlisted names (which must still occur)", () => {
    const found = crossModuleNames();
    const fresh: string[] = [];
    for (const [module, tables] of found) {
      for (const [table, uses] of tables) {
        if (ALLOWED[module]?.[table]) continue;
        for (const u of uses) fresh.push(`${u.file}:${u.line}: module ${module} names table ${table}, owned by ${OWNER_OF.get(table)}`);
      }
    }
    const stale = Object.entries(ALLOWED).flatMap(([module, tables]) =>
      Object.keys(tables)
        .filter((t) => !found.get(module)?.has(t))
        .map((t) => `${module} → ${t}: no longer named; remove it from ALLOWED`),
    );
    // a new name: read through the owner's query functions instead (docs/adr/0017); a stale entry: delete it
    expect({ fresh, stale }).toEqual({ fresh: [], stale: [] });
  });
});
