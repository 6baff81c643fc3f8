// The producer API as the console would call it, with the test's token.
import { randomUUID } from 'node:crypto';

export function api(baseUrl, token) {
  async function call(method, path, body, headers = {}) {
    const r = await fetch(baseUrl + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, json: text ? JSON.parse(text) : null, headers: r.headers };
  }
  async function expect(status, method, path, body, headers) {
    const r = await call(method, path, body, headers);
    if (r.status !== status) {
      throw new Error(`${method} ${path} answered ${r.status}, expected ${status}: ${JSON.stringify(r.json)}`);
    }
    return r.json;
  }
  return {
    call,
    async liveShow(title) {
      const show = await expect(201, 'POST', '/api/v1/shows', { title });
      await expect(200, 'PATCH', `/api/v1/shows/${show.id}`, { status: 'live' });
      return show.id;
    },
    cue: (showId, draft) => expect(201, 'POST', `/api/v1/shows/${showId}/cues`, draft).then((c) => c.id),
    fire: (showId, cueId) => expect(202, 'POST', `/api/v1/shows/${showId}/cues/${cueId}/fire`, undefined,
      { 'Idempotency-Key': randomUUID() }),
    reveal: (showId, fireId) => expect(200, 'POST', `/api/v1/shows/${showId}/fires/${fireId}/reveal`),
    close: (showId, fireId) => expect(200, 'POST', `/api/v1/shows/${showId}/fires/${fireId}/close`),
    live: (showId) => expect(200, 'GET', `/api/v1/shows/${showId}/live`),
    report: (showId, fireId) => expect(200, 'GET', `/api/v1/shows/${showId}/fires/${fireId}/report`),
  };
}

/** Polls until check() returns a truthy value, or fails with what it last saw. */
export async function eventually(what, check, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) { return last; }
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not true within ${timeoutMs} ms (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
