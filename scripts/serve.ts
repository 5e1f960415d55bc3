// Serves a build as the production host would (src/lib/static-host/server.ts): for `npm start`, the browser
// tests and the benchmarks. Listens on 127.0.0.1 only, unless --host says otherwise (0.0.0.0 for a LAN).
//   node scripts/serve.ts [--port 4322] [--host 127.0.0.1] [--dir dist] [--base /signaal/] [--brotli-quality 5]
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticHost } from '../src/lib/static-host/server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4322' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    'brotli-quality': { type: 'string', default: '5' },
  },
});
const root = resolve(values.dir);
const base = values.base.replace(/^\/?/, '/').replace(/\/?$/, '/');
const server = createStaticHost({ root, base, brotliQuality: Number(values['brotli-quality']) });
server.listen(Number(values.port), values.host, () => {
  const { address, port } = server.address() as AddressInfo;
  console.log(`Serving ${root} on http://${address.includes(':') ? `[${address}]` : address}:${port}${base}`);
});
