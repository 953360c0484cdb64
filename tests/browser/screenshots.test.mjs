// Screenshots of the demo for people to judge (saved under build/screenshots/):
// desktop 1280×800 and phone 390×844 at DPR 3, light and dark, with the Q&A open,
// in English and Korean.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startServer, launchBrowser, openDemo, settle, screenshotDir } from "./harness.mjs";

const server = await startServer();
after(() => server.stop());

const devices = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
};

for (const [device, options] of Object.entries(devices)) {
  test(`screenshots on ${device}`, async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const browser = await launchBrowser(options);
    try {
      for (const lang of ["en", "ko"]) {
        for (const theme of ["light", "dark"]) {
          const { page, errors } = await openDemo(browser.context, server.url, { query: `?post=${lang}&theme=${theme}` });
          const shot = (name) => page.screenshot({ path: path.join(screenshotDir, `${device}-${lang}-${theme}-${name}.png`) });
          await settle(page);
          await shot("top");
          await page.evaluate(() => window.clinicReader.expandAll());
          await settle(page);
          const qaTop = await page.evaluate(() => {
            const q = window.clinicReader.state().qa[0];
            return document.getElementById("reader").getBoundingClientRect().top + scrollY + q.top - 80;
          });
          await page.evaluate((y) => scrollTo(0, y), qaTop);
          await settle(page);
          await shot("qa");
          await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
          await settle(page);
          await shot("end");
          assert.deepEqual(errors, []);
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
  });
}
