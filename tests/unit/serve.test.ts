import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// scripts/serve.mjs as `npm start` runs it, on a build of two files.
const dir = mkdtempSync(join(tmpdir(), 'serve-'));
const big = 'console.log("a line of the app");\n'.repeat(20_000);
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(dir, 'app.js'), big);
let server: ChildProcess;
let base = '';

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs', dir], { env: { ...process.env, PORT: '0' } });
  base = await new Promise<string>((done) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const url = /at (http:\/\/\S+)/.exec(String(chunk))?.[1];
      if (url) done(url);
    });
  });
});
afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
    const req = request(`${base}${path.slice(1)}`, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => { done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }); });
    });
    req.on('error', fail);
    req.end();
  });

describe('npm start compresses once and answers HEAD without a body', () => {
  it('sends brotli where the client takes it, gzip otherwise, and the file as is when neither', async () => {
    const br = await get('/app.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(big);
    const gz = await get('/app.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(big);
    const plain = await get('/app.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(big);
    expect(br.headers.vary).toBe('Accept-Encoding');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get('/app.js', { 'accept-encoding': 'br' }, 'HEAD');
    const full = await get('/app.js', { 'accept-encoding': 'br' });
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.headers['content-encoding']).toBe('br');
  });

  it('keeps a small request quick while 40 large ones are under way, and serves a changed file anew', async () => {
    const large = Array.from({ length: 40 }, () => get('/app.js', { 'accept-encoding': 'gzip' }));
    const started = performance.now();
    const small = await get('/index.html', { 'accept-encoding': 'gzip' });
    const took = performance.now() - started;
    await Promise.all(large);
    expect(small.status).toBe(200);
    // Compressed once and kept, the large file costs the loop a copy, not a compression, per request.
    expect(took).toBeLessThan(250);
    writeFileSync(join(dir, 'app.js'), 'changed();\n');
    utimesSync(join(dir, 'app.js'), new Date(), new Date(Date.now() + 5000));
    expect(gunzipSync((await get('/app.js', { 'accept-encoding': 'gzip' })).body).toString()).toBe('changed();\n');
  });
});
