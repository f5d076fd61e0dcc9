import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const root = '.output/chrome-mv3';
const html = readFileSync(root + '/popup.html', 'utf8');
const files = []; const queue = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map(m => m[1].replace(/^\//, ''));
while (queue.length) { const f = queue.shift(); if (files.includes(f)) continue; files.push(f);
  const code = readFileSync(root + '/' + f, 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) { const dir = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : ''; queue.push(new URL(m[1], `file:///${dir}/`).pathname.slice(1)); } }
const bySrc = {};
for (const f of files) {
  const code = readFileSync(root + '/' + f, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(root + '/' + f + '.map', 'utf8')));
  const lines = code.split('\n');
  // attribute each char by mapping segments
  const segs = [];
  map.eachMapping(m => segs.push(m));
  segs.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
  for (let i=0;i<segs.length;i++){ const s=segs[i], n=segs[i+1];
    const line=lines[s.generatedLine-1]; const end = n && n.generatedLine===s.generatedLine ? n.generatedColumn : line.length;
    const text=line.slice(s.generatedColumn,end); let src=(s.source||'?').replace(/.*node_modules\//,'nm:').replace(/.*popupsize\//,'');
    (bySrc[src] ??= []).push(text);
  }
}
const rows = Object.entries(bySrc).map(([s,t])=>[s, t.join('').length, gzipSync(t.join(''),{level:9}).length]).sort((a,b)=>b[1]-a[1]);
let tot=0; for (const r of rows) tot+=r[1];
console.log(files.join(' '));
for (const r of rows.slice(0,70)) console.log(String(r[1]).padStart(8), String(r[2]).padStart(7), r[0]);
console.log('total raw', tot);
const all2 = Object.entries(bySrc).map(([s,t])=>[s,t.join('')]);
const whole2 = gzipSync(all2.map(x=>x[1]).join(''),{level:9}).length;
const nonReact = all2.filter(x=>!/nm:(react|react-dom|scheduler)\//.test(x[0]));
const rows2 = nonReact.map(([s,t]) => { const rest = gzipSync(all2.filter(x=>x[0]!==s).map(x=>x[1]).join(''),{level:9}).length; return [s, whole2-rest]; }).sort((a,b)=>b[1]-a[1]);
console.log('marginal:'); for (const r of rows2.slice(0,45)) console.log(String(r[1]).padStart(6), r[0]);
