// Starts the real server jar on a free loopback port with a temporary data directory and a known
// producer token, and stops it (SIGTERM, then SIGKILL) when the test is done.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export async function startBackend(jar, { startTimeoutMs = 90_000 } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cuedeck-web-'));
  const token = randomBytes(18).toString('base64url');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CUEDECK_')));
  Object.assign(env, {
    CUEDECK_PORT: '0',
    CUEDECK_BIND: '127.0.0.1',
    CUEDECK_DATA_DIR: dataDir,
    CUEDECK_TOKENS: `producer:${token}`,
  });
  const child = spawn('java', ['-jar', jar], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${startTimeoutMs} ms:\n${log}`)),
      startTimeoutMs);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the server exited with ${code}:\n${out}\n${log}`)); });
  });
  return {
    baseUrl,
    port: Number(new URL(baseUrl).port),
    token,
    log: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
