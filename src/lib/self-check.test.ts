import { describe, expect, it } from 'vitest';
import { localizedPath } from './routes';
import { selfCheckRoute } from './self-check';

describe('selfCheckRoute', () => {
  it('puts the self-check of a lesson in the students section of each locale', () => {
    expect(selfCheckRoute('grooming')).toBe('/students/quiz/grooming/');
    expect(localizedPath('uk', selfCheckRoute('grooming'))).toBe('/uk/students/quiz/grooming/');
  });
});
