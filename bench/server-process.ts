/**
 * Starting and stopping a server process for the benchmarks that time one (startup.bench.ts, catch-up.bench.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import readline from 'node:readline';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

export interface Start {
  child: ChildProcess;
  listening: number;
  ready: number;
  port: number;
}

/**
 * Spawn `args` in `cwd`, poll every 20 ms: seconds to /healthz (listening) and to /readyz (ready). `onLine` receives
 * each line the process writes to its standard output (its JSON log).
 */
export async function timedStart(cwd: string, args: string[], env: Record<string, string | undefined>, readyPath = '/readyz', onLine?: (line: string) => void): Promise<Start> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', onLine ? 'pipe' : 'ignore', 'pipe'] });
  if (onLine && child.stdout) readline.createInterface({ input: child.stdout }).on('line', onLine);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let listening = 0;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${stderr.slice(-2000)}`);
    if (!listening && (await answers(`http://127.0.0.1:${port}/healthz`))) listening = (performance.now() - t0) / 1000;
    if (listening && (await answers(`http://127.0.0.1:${port}${readyPath}`))) return { child, listening, ready: (performance.now() - t0) / 1000, port };
    if (performance.now() - t0 > 300_000) throw new Error('no answer in 300 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
