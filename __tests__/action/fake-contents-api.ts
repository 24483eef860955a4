/**
 * Starts fake-contents-api.worker.mjs (a stand-in for GitHub's contents API on 127.0.0.1,
 * random port) in a worker thread, so it answers while the test runs the bundle with
 * spawnSync. The real Octokit inside the bundle talks to it through GITHUB_API_URL.
 */
import { Worker } from 'node:worker_threads';

export interface FakeApiOptions {
  /** The token the `authorization` header must carry (`token <value>`). */
  token: string;
  owner: string;
  repo: string;
  /** The one commit the fake repository has; other refs answer 404. */
  sha: string;
  /** Path inside the repository -> UTF-8 text at `sha`. */
  files: Record<string, string>;
  /** Answer every authorised request with this status instead (e.g. 403, 500). */
  status?: number;
  /** Files larger than this come with `encoding: none` and must be fetched raw (GitHub: 1 MB). */
  inlineLimit?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  ref: string | null;
  accept: string;
}

export interface FakeApi {
  /** The value for GITHUB_API_URL. */
  url: string;
  requests(): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

const WORKER = new URL('./fake-contents-api.worker.mjs', import.meta.url);

export async function startFakeContentsApi(options: FakeApiOptions): Promise<FakeApi> {
  const worker = new Worker(WORKER, {
    workerData: { inlineLimit: 1024 * 1024, status: 0, ...options },
  });
  const port = await nextMessage<{ port: number }>(worker);
  return {
    url: `http://127.0.0.1:${port.port}`,
    async requests() {
      const reply = nextMessage<{ requests: RecordedRequest[] }>(worker);
      worker.postMessage('requests');
      return (await reply).requests;
    },
    async close() {
      await worker.terminate();
    },
  };
}

function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
