#!/usr/bin/env node
/**
 * Child process of `npm run bench:fleet`: starts COUNT look-alike endpoints, each on its own
 * loopback address (127.20.x.y) and all on one port, so every scanner gets the same host list and
 * one port. Prints one JSON line {"port":P,"targets":[{host,kind}...]} when ready; runs until
 * stdin closes. Loopback only (startSimulatedEndpoint refuses anything else).
 */
'use strict';
const net = require('node:net');
const { startSimulatedEndpoint } = require('../dist/probe/sim');

/** The lab's kinds, round robin; 'closed' has no listener (the address answers with RST). */
const KINDS = ['tls10only', 'ce81', 'tls12only', 'tls13hrr', 'tc733', 'http', 'closed', 'silent'];

const hostOf = (i) => `127.20.${Math.floor(i / 254)}.${(i % 254) + 1}`;

function freePort(host) {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

(async () => {
  const count = Number(process.argv[2] || 500);
  const keyBits = Number(process.argv[3] || 2048);
  let port = Number(process.argv[4] || 0);
  if (!port) port = await freePort(hostOf(0));
  const sims = [];
  const targets = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length];
    const host = hostOf(i);
    if (kind !== 'closed') sims.push(await startSimulatedEndpoint(kind, { host, port, keyBits }));
    targets.push({ host, kind });
  }
  process.stdout.write(JSON.stringify({ port, targets }) + '\n');
  process.stdin.resume();
  process.stdin.on('end', async () => {
    await Promise.all(sims.map((s) => s.close()));
    process.exit(0);
  });
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
