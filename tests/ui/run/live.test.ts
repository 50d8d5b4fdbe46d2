// Live what-if: a lever move drops the run under way at once and starts one new run once the
// lever rests; the user's choice to switch it off is remembered.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_DEBOUNCE_MS, LIVE_STORAGE_KEY, LiveMode, type LiveStorage } from '../../../ui/run/live.svelte.ts';

function memoryStorage(initial: Record<string, string> = {}): LiveStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function target() {
  const calls: string[] = [];
  return { calls, supersede: () => void calls.push('supersede'), start: async () => void calls.push('start') };
}

describe('live mode', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is on by default and starts one run after a burst of lever moves, dropping the stale run at each move', async () => {
    const t = target();
    const live = new LiveMode(t, memoryStorage());
    expect(live.enabled).toBe(true);
    for (let i = 0; i < 4; i++) {
      live.leverMoved();
      await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS - 50);
    }
    expect(t.calls).toEqual(['supersede', 'supersede', 'supersede', 'supersede']);
    expect(live.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(60);
    expect(t.calls.filter((c) => c === 'start')).toHaveLength(1);
    expect(live.pending).toBe(false);
  });

  it('does nothing when switched off, forgets a pending re-run, and remembers the choice', async () => {
    const t = target();
    const storage = memoryStorage();
    const live = new LiveMode(t, storage);
    live.leverMoved();
    live.setEnabled(false);
    live.leverMoved();
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS * 3);
    expect(t.calls).toEqual(['supersede']);
    expect(live.pending).toBe(false);
    expect(storage.data.get(LIVE_STORAGE_KEY)).toBe('off');
    expect(new LiveMode(target(), storage).enabled).toBe(false);
    live.setEnabled(true);
    expect(new LiveMode(target(), storage).enabled).toBe(true);
  });

  it('works on without storage (a private window that refuses it)', () => {
    const refusing: LiveStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const live = new LiveMode(target(), refusing);
    expect(live.enabled).toBe(true);
    live.setEnabled(false);
    expect(live.enabled).toBe(false);
  });
});
