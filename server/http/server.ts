/**
 * The HTTP server around the app, with its timeouts and connection cap set explicitly: a client that sends
 * its headers or body a byte at a time is cut off, idle keep-alive connections are closed, and the number of
 * open connections is bounded.
 */
import http, { type Server } from 'node:http';
import type { Express } from 'express';
import type { AppConfig } from '../config.ts';
import { answerClientErrors } from './errors.ts';

export function listen(app: Express, config: AppConfig, port = config.server.port, host = config.server.host): Promise<Server> {
  const server = http.createServer(
    {
      headersTimeout: config.http.headersTimeoutMs,
      requestTimeout: config.http.requestTimeoutMs,
      keepAliveTimeout: config.http.keepAliveTimeoutMs,
      // How often those timeouts are checked (Node's default, 30 s, would let a slow request live that much longer).
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  server.maxConnections = config.http.maxConnections;
  answerClientErrors(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
