import { analysePage, listPages } from './size-lib.mjs';
import { readFileSync } from 'node:fs'; import { join } from 'node:path'; import { gzipSync } from 'node:zlib';
for (const p of listPages('dist').filter(p => /(en|fr)\/runbooks\/deploy-um-lync\/$/.test(p.path))) {
  const r = analysePage('dist', p);
  console.log(p.path, (r.idleJsGzip/1024).toFixed(2), r.idleJsGzip);
  const rows = r.idleJs.map(u => [u, gzipSync(readFileSync(join('dist', u)), {level: 9}).length]).sort((a,b)=>b[1]-a[1]);
  for (const [u, n] of rows) console.log('  ', String(n).padStart(6), u);
}
