/**
 * After the run: the pull-request comment (`comment`) and the tracking issue
 * (`tracking-issue`), through the API with github-token. Publishing is reporting: a failure
 * here is a warning naming the permission, never a change of the gate's verdict.
 */
import type { GateResult } from '../../core/result-types.js';
import type { ActionInputs } from '../read-inputs.js';
import type { EventFacts } from './event-payload.js';
import type { Repo } from './github-endpoints.js';

export interface PublishNotes {
  warnings: string[];
  info: string[];
}

export async function publishPlatform(options: {
  inputs: ActionInputs;
  result: GateResult;
  event: EventFacts;
  apiUrl: string;
  repo: Repo;
  env: Readonly<Record<string, string | undefined>>;
}): Promise<PublishNotes> {
  void options;
  return { warnings: [], info: [] };
}
