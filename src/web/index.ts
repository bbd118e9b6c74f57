// The web application: Fastify, server-rendered pages and the JSON API.
export { type AppDeps, buildApp } from './app.js';
export { startCluster } from './cluster.js';
export { startServer } from './server.js';
