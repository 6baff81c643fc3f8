'use strict';
// The reference broadcast server of Cuedeck's fan-out benchmark (docs/benchmarks.md): plain npm
// `ws` on Node, speaking the few routes of Cuedeck that the measuring client uses, so the same
// client measures both. A fire frames its ~300-byte message ONCE (WebSocket.Sender.frame) and
// writes that frame to every socket; every viewer acks, and the fire's report gives the time from
// the fire to the last ack. Loopback only.
//
//   node server.js PORT
//
// routes:  WS   /v1/shows/:show/live?viewerId=...         a viewer
//          POST /api/v1/shows/:show/cues/:cue/fire         -> 202 {"fireId": ...}, cue to every viewer
//          POST /api/v1/shows/:show/fires/:fire/close      -> 200, "closed" to every viewer
//          GET  /api/v1/shows/:show/fires/:fire/report     -> {"acks": n, "ackLatencyMs": {"max": ms}}
const http = require('http');
const crypto = require('crypto');
const WebSocket = require('ws');

const port = Number(process.argv[2] || 9090);
const sockets = new Set();
const fires = new Map(); // fireId -> {firedAt, acks, lastAckAt}
const wss = new WebSocket.Server({ noServer: true, perMessageDeflate: false, clientTracking: false,
  maxPayload: 16 * 1024 });

function framed(text) {
  // one frame for everyone: header and payload made once, written to each socket as they are
  return WebSocket.Sender.frame(Buffer.from(text), { fin: true, rsv1: false, opcode: 1, mask: false,
    readOnly: false });
}

function broadcast(frame) {
  for (const ws of sockets) {
    const raw = ws._socket;
    if (!raw || raw.destroyed) continue;
    raw.cork();
    raw.write(frame[0]);
    raw.write(frame[1]);
    raw.uncork();
  }
}

function cueMessage(fireId, cueId) {
  // shaped like Cuedeck's CueMessage, about 300 bytes
  return JSON.stringify({ type: 'cue', fireId, cueId, kind: 'poll', lang: 'en',
    prompt: 'Who will score the next goal tonight? Vote now and see the results live on screen',
    options: ['The home team, in the first half', 'The away team, in the first half', 'Nobody before the break'],
    closesAt: new Date(Date.now() + 60000).toISOString(), sentAt: new Date().toISOString() });
}

function onMessage(ws, data) {
  let m;
  try { m = JSON.parse(data); } catch (e) { return; }
  if (m.type !== 'ack') return;
  const fire = fires.get(m.fireId);
  if (!fire || ws.acked === m.fireId) return;
  ws.acked = m.fireId;
  fire.acks++;
  fire.lastAckAt = Date.now();
}

const server = http.createServer((req, res) => {
  const parts = req.url.split('?')[0].split('/'); // ['', 'api', 'v1', 'shows', show, kind, id, action]
  req.resume();
  req.on('end', () => {
    if (req.method === 'POST' && parts[5] === 'cues' && parts[7] === 'fire') {
      const fireId = crypto.randomUUID();
      fires.set(fireId, { firedAt: Date.now(), acks: 0, lastAckAt: 0 });
      broadcast(framed(cueMessage(fireId, parts[6])));
      res.writeHead(202, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ fireId, cueId: parts[6], targeted: sockets.size }));
    } else if (req.method === 'POST' && parts[5] === 'fires' && parts[7] === 'close') {
      broadcast(framed(JSON.stringify({ type: 'closed', fireId: parts[6] })));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    } else if (req.method === 'GET' && parts[5] === 'fires' && parts[7] === 'report') {
      const f = fires.get(parts[6]);
      res.writeHead(f ? 200 : 404, { 'Content-Type': 'application/json' });
      res.end(f ? JSON.stringify({ fireId: parts[6], acks: f.acks,
        ackLatencyMs: { max: f.acks ? f.lastAckAt - f.firedAt : 0 } }) : '{}');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
});

server.on('upgrade', (req, socket, head) => {
  if (!req.url.startsWith('/v1/shows/')) { socket.destroy(); return; }
  wss.handleUpgrade(req, socket, head, (ws) => {
    sockets.add(ws);
    ws.on('message', (data) => onMessage(ws, data));
    ws.on('close', () => sockets.delete(ws));
    ws.on('error', () => sockets.delete(ws));
  });
});

server.listen(port, '127.0.0.1', 4096, () => console.log(`reference listening on 127.0.0.1:${port}`));
