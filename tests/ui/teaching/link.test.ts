import { describe, expect, it } from 'vitest';
import { parseLessonLink } from '../../../ui/teaching/teaching.svelte.ts';

describe('lesson links', () => {
  it('open a lesson by id or the Beer Game, and ignore anything else', () => {
    expect(parseLessonLink('#lesson=bullwhip')).toEqual({ lesson: 'bullwhip' });
    expect(parseLessonLink('#beergame')).toEqual({ beerGame: true });
    expect(parseLessonLink('#lesson=../x')).toBeNull();
    expect(parseLessonLink('#s=abc')).toBeNull();
    expect(parseLessonLink('')).toBeNull();
  });
});
