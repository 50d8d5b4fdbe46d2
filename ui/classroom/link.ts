// Classroom links: `#/classroom/trainer?token=…` opens the trainer's page, `#/classroom/join?code=…`
// (with `&seat=…` once seated) a learner's. Pure, so the routing is tested without a browser.

/** What a classroom link opens. */
export type ClassroomLink =
  | { page: 'trainer'; token: string }
  | { page: 'join'; code: string; seat: string };

/** The classroom page a location hash asks for, or null for the rest of the workbench. */
export function parseClassroomLink(hash: string): ClassroomLink | null {
  const m = /^#\/classroom\/(trainer|join)(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  const params = new URLSearchParams(m[2] ?? '');
  if (m[1] === 'trainer') return { page: 'trainer', token: params.get('token') ?? '' };
  return { page: 'join', code: (params.get('code') ?? '').trim().toUpperCase(), seat: params.get('seat') ?? '' };
}

/** The hash of a learner's link: the join code, and the seat token once they have one. */
export function joinHash(code: string, seat = ''): string {
  const params = new URLSearchParams({ code });
  if (seat) params.set('seat', seat);
  return `#/classroom/join?${params}`;
}

/** The WebSocket URL of the hub on the server that served this page. */
export function hubUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/classroom/ws`;
}
