// A loopback TCP proxy in front of the backend, for one browser page: cut() really drops every
// connection through it (a reset, as a lost network does) and refuses new ones until restore().
// Chromium's context.setOffline does not close WebSockets that are already open.
import net from 'node:net';

export async function startProxy(targetPort) {
  const open = new Set();
  let down = false;
  let refused = 0;
  let accepted = 0;
  const server = net.createServer((client) => {
    if (down) {
      refused++;
      client.resetAndDestroy();
      return;
    }
    accepted++;
    const upstream = net.connect(targetPort, '127.0.0.1');
    const pair = { client, upstream };
    open.add(pair);
    const drop = () => {
      open.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    /** Drops every open connection (with a reset) and refuses new ones. */
    cut() {
      down = true;
      refused = 0;
      for (const { client, upstream } of open) {
        client.resetAndDestroy();
        upstream.destroy();
      }
      open.clear();
    },
    restore() { down = false; },
    /** Connections refused since the last cut. */
    refused: () => refused,
    accepted: () => accepted,
    open: () => open.size,
    close: () => new Promise((resolve) => {
      for (const { client, upstream } of open) { client.destroy(); upstream.destroy(); }
      server.close(resolve);
    }),
  };
}
