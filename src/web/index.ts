// The web application: Fastify, server-rendered pages and the JSON API.
export { type AppDeps, buildApp } from './app.js';
export { startWebServer, type WebServer } from './server.js';
