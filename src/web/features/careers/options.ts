// What CareerCenter's plugins are registered with: the app's dependencies and the one CareersDeps of this process
// (its job index is shared by the API and the pages, so a posting saved through one is found by the other).
import type { CareersDeps } from '../../../careers/index.js';
import type { FullDeps } from '../../deps.js';

export interface CareersFeatureOptions {
  deps: FullDeps;
  careers: CareersDeps;
}
