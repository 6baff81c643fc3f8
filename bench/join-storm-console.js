// The console's side of bench/join-storm.sh: opens the show's console stream as the desktop
// console does and reports, after SECONDS, how many ticks came and the longest gap between two
// (the stream should tick every second through the storm). Loopback only.
//   node bench/join-storm-console.js PORT SHOW TOKEN SECONDS
const WebSocket = require('./reference/node_modules/ws');

const [port, show, token, seconds] = process.argv.slice(2);
const socket = new WebSocket(`ws://127.0.0.1:${port}/api/v1/shows/${show}/console?token=${token}`);
let ticks = 0;
let last = null;
let longest = 0;
socket.on('message', (data) => {
  if (JSON.parse(data).type !== 'tick') return;
  const now = Date.now();
  if (last !== null) longest = Math.max(longest, now - last);
  last = now;
  ticks++;
});
socket.on('error', (e) => {
  console.log(`CONSOLE failed: ${e.message}`);
  process.exit(1);
});
socket.on('close', (code) => {
  console.log(`CONSOLE closed by the server (${code}) after ${ticks} ticks`);
  process.exit(1);
});
setTimeout(() => {
  console.log(`CONSOLE ticks=${ticks} longest_gap_ms=${longest} over ${seconds} s`);
  process.exit(0);
}, Number(seconds) * 1000);
