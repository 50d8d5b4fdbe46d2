// The classroom's HTTP side: the built workbench from dist/ (GET and HEAD only, nothing outside
// it), and the trainer's exports (CSV, XLSX) behind the trainer's token in an Authorization header.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { ClassroomError } from './protocol.ts';
import { exportCsv, exportXlsx } from './export.ts';
import type { ClassroomRoom } from './room.ts';

/** Paths of the exports. */
export const EXPORT_PATHS = { csv: '/classroom/export.csv', xlsx: '/classroom/export.xlsx' } as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

function reply(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${text}\n`);
}

/** Serves one request against `distDir` and `room`. */
export async function handleHttp(req: IncomingMessage, res: ServerResponse, distDir: string, room: ClassroomRoom): Promise<void> {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, `method ${req.method} is not allowed; use GET`);
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return reply(res, 400, 'the path is not valid URL encoding');
  }
  if (path === EXPORT_PATHS.csv || path === EXPORT_PATHS.xlsx) return exportFile(req, res, room, path === EXPORT_PATHS.csv ? 'csv' : 'xlsx');
  const file = normalize(join(distDir, path === '/' ? 'index.html' : path));
  if (!file.startsWith(normalize(distDir + sep)) || path.includes('\0')) return reply(res, 404, 'not found');
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return reply(res, 404, 'not found');
    size = stat.size;
  } catch {
    return reply(res, 404, 'not found');
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    // Built assets carry a content hash in their names; the page itself must always be fresh.
    'cache-control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

async function exportFile(req: IncomingMessage, res: ServerResponse, room: ClassroomRoom, kind: 'csv' | 'xlsx'): Promise<void> {
  const auth = req.headers.authorization ?? '';
  const token = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(auth)?.[1];
  if (!token) return reply(res, 401, 'send the trainer token as "Authorization: Bearer TOKEN"');
  try {
    room.checkTrainer(token);
  } catch (error) {
    if (error instanceof ClassroomError) return reply(res, 403, error.message);
    throw error;
  }
  const name = `classroom-${room.session.code}.${kind}`;
  const body = kind === 'csv' ? exportCsv(room) : await exportXlsx(room);
  res.writeHead(200, {
    'content-type': kind === 'csv' ? TYPES['.csv'] : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${name}"`,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
