// metrics.mjs URL... : per URL, main-thread durations from CDP Performance.getMetrics after load+idle, 4x CPU, phone viewport
import { chromium } from 'playwright';
const urls = process.argv.slice(2);
const rounds = +(process.env.ROUNDS ?? 3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const rows = {};
for (let r = 0; r < rounds; r++) for (const url of urls) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(e.duration); }).observe({ type: 'longtask', buffered: true }); window.__fcp = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime; }).observe({ type: 'paint', buffered: true }); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(8000);
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const lt = await page.evaluate(() => window.__lt); const fcp = await page.evaluate(() => window.__fcp);
  const tbt = lt.reduce((s, d) => s + Math.max(0, d - 50), 0);
  (rows[url] ??= []).push({ layout: Math.round(m.LayoutDuration * 1000), style: Math.round(m.RecalcStyleDuration * 1000), script: Math.round(m.ScriptDuration * 1000), task: Math.round(m.TaskDuration * 1000), layouts: m.LayoutCount, tbt: Math.round(tbt), longest: Math.round(Math.max(0, ...lt)), fcp: Math.round(fcp), nodes: m.Nodes });
  await ctx.close();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [url, rs] of Object.entries(rows)) {
  const keys = Object.keys(rs[0]);
  console.log(url, keys.map((k) => `${k} ${med(rs.map((r) => r[k]))} [${rs.map((r) => r[k]).join(',')}]`).join(' | '));
}
await browser.close();
