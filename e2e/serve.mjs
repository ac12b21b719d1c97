// Start the built server for the browser tests on a fresh embedded database with the demo bureau.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const port = process.argv[2] ?? '3199';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-e2e-'));
// the provincial platform and its e-licence library: the stand-in, on the next port (e2e/province.spec.ts reads what it received)
const simPort = String(Number(port) + 1);
const sim = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'province-sim', '--port', simPort, '--app-id', 'shenpi-e2e', '--app-secret', 'e2e-province-secret'], { stdio: 'ignore' });
// the unified public payment platform's stand-in, three ports on (e2e/fees.spec.ts pays on its page)
const payPort = String(Number(port) + 3);
const PAY_SECRET = 'whsec_ZTJlLXBheS1zZWNyZXQtZm9yLXNoZW5waS1mZWVz';
const pay = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'pay-sim', '--port', payPort, '--merchant-id', 'TA-SPJ', '--secret', PAY_SECRET], { stdio: 'ignore' });
const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  stdio: 'inherit',
  // loopback regulators: the exchange spec registers one on this machine; the unified identity platform
  // is the test provider the oidc spec starts on the port after that (e2e/oidc.spec.ts, test/oidc-idp.ts)
  env: {
    ...process.env,
    PORT: port,
    SHENPI_DATA_DIR: dataDir,
    SHENPI_DEMO: '1',
    LOG_LEVEL: 'warn',
    SHENPI_EXCHANGE_ALLOW_INSECURE: '1',
    SHENPI_PROVINCE_URL: `http://127.0.0.1:${simPort}`,
    SHENPI_PROVINCE_APP_ID: 'shenpi-e2e',
    SHENPI_PROVINCE_APP_SECRET: 'e2e-province-secret',
    SHENPI_OIDC_ISSUER: `http://127.0.0.1:${Number(port) + 2}`,
    SHENPI_OIDC_CLIENT_ID: 'shenpi',
    SHENPI_OIDC_CLIENT_SECRET: 'shenpi-test-secret-0123456789',
    SHENPI_OIDC_ALLOW_INSECURE: '1',
    SHENPI_PAY_URL: `http://127.0.0.1:${payPort}`,
    SHENPI_PAY_SECRET: PAY_SECRET,
  },
});
const stop = () => {
  child.kill('SIGTERM');
  sim.kill('SIGTERM');
  pay.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  sim.kill('SIGTERM');
  pay.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
