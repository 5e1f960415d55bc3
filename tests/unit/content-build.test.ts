import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The one slow test of the content check: a real `astro build` of a copy of the site with one broken
 * file, to prove the check is wired into the build (the corpus in broken-content.test.ts tests the same
 * functions fast). The check runs before Astro reads any content, so the build stops within seconds.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'signaal-content-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('astro build with a broken content file', () => {
  it('fails, naming the file, the line and the field, without a misleading hint', () => {
    for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(copy, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const file = join(copy, 'src/content/projects/nl/safe-havens.mdx');
    // Unquoted, as an editor writes it: js-yaml would make this 2 March 2018 and the build would pass.
    writeFileSync(file, readFileSync(file, 'utf8').replace('start: 2016-11', 'start: 2018-02-30'));

    const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: copy,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, OUT_DIR: join(copy, 'dist'), FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output).not.toBe(0);
    expect(output).toContain('src/content/projects/nl/safe-havens.mdx:13  period.start: "2018-02-30" is not a day in the calendar: February 2018 has 28 days');
    expect(output).not.toContain('Browser APIs');
    expect(output).not.toMatch(/:0:0/);
  }, 90_000);
});
