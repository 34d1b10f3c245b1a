// The first-load budget: the JavaScript a browser loads for the sign-in and Today screens (the
// entry chunk, its static imports, and the Today screen's lazy chunk with its static imports),
// gzipped, must stay within 200 KB. Reads the Vite manifest of the last build; exits 1 above it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 200 * 1024;
const manifest = JSON.parse(readFileSync(new URL('../dist/.vite/manifest.json', import.meta.url), 'utf8'));
const seen = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return;
  seen.add(chunk.file);
  (chunk.imports ?? []).forEach(collect);
}
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
collect(entry);
const today = Object.keys(manifest).find((k) => k.endsWith('contexts/today/TodayScreen.tsx'));
if (!today) throw new Error('the Today screen is not a chunk of the build');
collect(today);
let total = 0;
const rows = [...seen].filter((f) => f.endsWith('.js')).map((file) => {
  const gz = gzipSync(readFileSync(new URL(`../dist/${file}`, import.meta.url)), { level: 9 }).length;
  total += gz;
  return `${(gz / 1024).toFixed(1).padStart(7)} KB  ${file}`;
});
console.log(`First load (sign-in and Today), gzipped JavaScript:\n${rows.join('\n')}\n${(total / 1024).toFixed(1).padStart(7)} KB  total (budget ${BUDGET / 1024} KB)`);
if (total > BUDGET) {
  console.error(`over the budget by ${((total - BUDGET) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
