// The runtime: what a server process runs — one ordered list of services (the web server, the task worker, the
// housekeeping; later the consultant's SMTP listener), started and stopped in order around the database.
export { createProcessLog, type ProcessLog } from './log.js';
export { type RunningProcess, startProcess } from './process.js';
export { housekeepingService, processServices, taskWorkerService, webService } from './process-services.js';
export { serve } from './serve.js';
export { type RunningServices, type Service, startServices } from './services.js';
