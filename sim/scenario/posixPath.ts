// Minimal POSIX path arithmetic for resolving `extends` (sim/ may not import node:path). Paths
// use "/" separators; a Windows caller passes paths with "/" as well.

/** Resolves "." and ".." segments and repeated slashes; keeps a leading "/". */
export function normalise(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  if (absolute) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** The folder part of a path ("a/b/c.yaml" → "a/b", "c.yaml" → "."). */
export function dirname(path: string): string {
  const norm = normalise(path);
  const cut = norm.lastIndexOf('/');
  if (cut < 0) return '.';
  if (cut === 0) return '/';
  return norm.slice(0, cut);
}

/** Joins `rel` onto `base`; an absolute `rel` wins. */
export function join(base: string, rel: string): string {
  if (rel.startsWith('/')) return normalise(rel);
  return normalise(`${base}/${rel}`);
}

/** The file-name extension, lower case, without the dot ("" when none). */
export function extension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** `to` written relative to the folder `fromDir` (both normalised the same way). */
export function relative(fromDir: string, to: string): string {
  const a = normalise(fromDir).split('/').filter((s) => s !== '' && s !== '.');
  const b = normalise(to).split('/').filter((s) => s !== '' && s !== '.');
  if (normalise(fromDir).startsWith('/') !== normalise(to).startsWith('/')) return normalise(to);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => '..');
  const rest = [...up, ...b.slice(i)].join('/');
  return rest === '' ? '.' : rest;
}
