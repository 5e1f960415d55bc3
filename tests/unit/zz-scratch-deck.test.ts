import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { buildDeck } from '../../src/lib/downloads/slides';
import { context, lesson, slugsOf } from '../../src/lib/downloads/test-fixtures';
it('writes decks', async () => {
  for (const loc of ['nl', 'en', 'uk'] as const) for (const slug of slugsOf('lessons'))
    writeFileSync(`scratch-tmp/${loc}-${slug}.pptx`, await buildDeck(lesson(loc, slug).data, context(loc)));
}, 120000);
