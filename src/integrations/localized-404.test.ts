import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveLocalized404 } from './localized-404';

describe('moveLocalized404', () => {
  it('moves <locale>/404/index.html to <locale>/404.html and leaves other locales alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signaal-404-'));
    mkdirSync(join(dir, 'en', '404'), { recursive: true });
    writeFileSync(join(dir, 'en', '404', 'index.html'), '<h1>Not found</h1>');
    mkdirSync(join(dir, 'uk'), { recursive: true });
    writeFileSync(join(dir, 'uk', '404.html'), 'already there');
    expect(moveLocalized404(dir, ['en', 'uk'])).toEqual([join(dir, 'en', '404.html')]);
    expect(readFileSync(join(dir, 'en', '404.html'), 'utf8')).toBe('<h1>Not found</h1>');
    expect(existsSync(join(dir, 'en', '404'))).toBe(false);
    expect(readFileSync(join(dir, 'uk', '404.html'), 'utf8')).toBe('already there');
  });
});
