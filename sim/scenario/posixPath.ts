// Minimal path arithmetic for resolving `extends` (sim/ may not import node:path). Paths come
// back with "/" separators; Windows paths ("C:\shop\a.yaml") are accepted and read as "C:/shop/a.yaml".

const DRIVE = /^[A-Za-z]:\//;

/** True for "/x", "C:/x" and "C:\x". */
export function isAbsolute(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  return p.startsWith('/') || DRIVE.test(p);
}

/** Resolves "." and ".." segments and repeated separators; keeps a leading "/" or drive. */
export function normalise(path: string): string {
  const p = path.replace(/\\/g, '/');
  const root = p.startsWith('/') ? '/' : DRIVE.test(p) ? p.slice(0, 3) : '';
  const out: string[] = [];
  for (const seg of p.slice(root.length).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!root) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  if (root) return `${root}${joined}`;
  return joined === '' ? '.' : joined;
}

/** The folder part of a path ("a/b/c.yaml" → "a/b", "c.yaml" → ".", "/c.yaml" → "/"). */
export function dirname(path: string): string {
  const norm = normalise(path);
  const cut = norm.lastIndexOf('/');
  if (cut < 0) return '.';
  if (cut === 0 || (cut === 2 && DRIVE.test(norm))) return norm.slice(0, cut + 1);
  return norm.slice(0, cut);
}

/** Joins `rel` onto `base`; an absolute `rel` wins. */
export function join(base: string, rel: string): string {
  if (isAbsolute(rel)) return normalise(rel);
  return normalise(`${base}/${rel}`);
}

/** The file-name extension, lower case, without the dot ("" when none). */
export function extension(path: string): string {
  const p = path.replace(/\\/g, '/');
  const name = p.slice(p.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** `to` written relative to the folder `fromDir` (or `to` itself when they share no root). */
export function relative(fromDir: string, to: string): string {
  const from = normalise(fromDir);
  const target = normalise(to);
  if (isAbsolute(from) !== isAbsolute(target)) return target;
  const a = from.split('/').filter((s) => s !== '' && s !== '.');
  const b = target.split('/').filter((s) => s !== '' && s !== '.');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === 0 && isAbsolute(from) && a[0] !== b[0] && DRIVE.test(`${a[0]}/`)) return target; // different drives
  const rest = [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
  return rest === '' ? '.' : rest;
}
