// Spreads expensive chart creation over separate tasks (one per frame), so a view that mounts
// many charts at once never blocks the main thread for long.

const queue: (() => void)[] = [];
let scheduled = false;

function drain(): void {
  scheduled = false;
  const job = queue.shift();
  if (job) job();
  if (queue.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // A macrotask per job: rendering and input get their turn between charts.
  setTimeout(() => requestAnimationFrame(drain), 0);
}

/** Runs `job` in its own task after the jobs queued before it; the returned function cancels it. */
export function schedulePaint(job: () => void): () => void {
  queue.push(job);
  schedule();
  return () => {
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
  };
}
