// Shared pieces of the classroom's end-to-end tests: the real `shoplab classroom` process on a free
// loopback port with a temporary data directory (serving the built dist/), pages in their own
// browser contexts, joining, and the check that every form control has an accessible name.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

const repoRoot = join(import.meta.dirname, '..', '..');

export interface Classroom {
  process: ChildProcess;
  dataDir: string;
  port: number;
  trainerUrl: string;
  joinUrl: string;
  code: string;
}

/** Starts `shoplab classroom` (on a free port unless given) and reads its links from what it prints. */
export async function startClassroom(teams: number, dataDir = mkdtempSync(join(tmpdir(), 'shoplab-classroom-e2e-')), port = 0, extra: string[] = []): Promise<Classroom> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'shoplab.mjs'), 'classroom', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--dist', join(repoRoot, 'dist'), '--teams', String(teams), '--lang', 'en', ...extra], { cwd: dataDir });
  let printed = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the classroom did not start:\n${printed}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes('Ctrl-C')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the classroom exited with ${code}:\n${printed}`)));
  });
  const trainerUrl = /http:\/\/127\.0\.0\.1:\d+\/#\/classroom\/trainer\?token=[\w-]+/.exec(printed)![0];
  const joinUrl = /http:\/\/127\.0\.0\.1:\d+\/#\/classroom\/join\?code=[A-Z]+/.exec(printed)![0];
  return { process: child, dataDir, port: Number(/127\.0\.0\.1:(\d+)/.exec(trainerUrl)![1]), trainerUrl, joinUrl, code: /Join code: ([A-Z]+)/.exec(printed)![1] };
}

/** Stops the classroom with Ctrl-C (SIGINT) and expects a clean exit. */
export async function stopClassroom(c: Classroom): Promise<void> {
  const exited = new Promise<number | null>((resolve) => c.process.once('exit', (code) => resolve(code)));
  c.process.kill('SIGINT');
  expect(await exited).toBe(0);
}

/** A page in its own browser context (its own storage, as another learner's machine). */
export async function openPage(browser: Browser, url: string, locale = 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.addInitScript((l) => localStorage.setItem('shoplab.locale', l), locale);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

export async function joinAs(page: Page, name: string, role = ''): Promise<void> {
  await page.getByTestId('join-name').fill(name);
  if (role) await page.getByTestId('join-role').selectOption(role);
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('learner-seat')).toContainText(name);
}

export async function order(page: Page, cases: number): Promise<void> {
  await page.getByTestId('order-input').fill(String(cases));
  await page.getByTestId('order-submit').click();
}

/** Form controls without an accessible name (label, aria-label or button text). */
export async function unlabelled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((e) => {
        const el = e as HTMLInputElement;
        return !((el.labels?.length ?? 0) > 0 || el.getAttribute('aria-label') || (el.tagName === 'BUTTON' && el.textContent?.trim()));
      })
      .map((e) => e.outerHTML.slice(0, 120)),
  );
}
