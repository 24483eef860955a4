/**
 * A local stand-in for GitHub's repository contents API
 * (`GET /repos/{owner}/{repo}/contents/{path}?ref={sha}`), run in a worker thread so that it
 * keeps answering while the test blocks in spawnSync running the action bundle. It checks
 * the `authorization` header, knows one commit, answers the object media type (base64
 * `content` up to `inlineLimit` bytes, `encoding: none` past it, arrays for directories)
 * and the raw media type, and records every request for the test to inspect.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { URL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { token, owner, repo, sha, files, status, inlineLimit } = workerData;
const requests = [];

function send(res, code, body, type = 'application/json; charset=utf-8') {
  const bytes = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(code, { 'content-type': type, 'content-length': Buffer.byteLength(bytes) });
  res.end(bytes);
}

function entry(path, text) {
  const bytes = Buffer.from(text, 'utf8');
  const inline = bytes.length <= inlineLimit;
  const content = inline ? (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') : '';
  return {
    type: 'file',
    name: path.split('/').at(-1),
    path,
    sha: createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex'),
    size: bytes.length,
    encoding: inline ? 'base64' : 'none',
    content,
  };
}

function answer(req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const accept = req.headers.accept ?? '';
  requests.push({
    method: req.method,
    path: url.pathname,
    ref: url.searchParams.get('ref'),
    accept,
  });
  if (req.headers.authorization !== `token ${token}`) {
    return send(res, 401, { message: 'Bad credentials', status: '401' });
  }
  if (status) return send(res, status, { message: `forced ${status}`, status: String(status) });
  const prefix = `/repos/${owner}/${repo}/contents/`;
  if (req.method !== 'GET' || !url.pathname.startsWith(prefix)) {
    return send(res, 404, { message: 'Not Found', status: '404' });
  }
  if (url.searchParams.get('ref') !== sha) {
    return send(res, 404, { message: `No commit found for the ref`, status: '404' });
  }
  const path = url.pathname.slice(prefix.length).split('/').map(decodeURIComponent).join('/');
  if (Object.hasOwn(files, path)) {
    if (accept.includes('raw')) {
      return send(res, 200, Buffer.from(files[path], 'utf8'), 'application/vnd.github.raw+json');
    }
    return send(res, 200, entry(path, files[path]));
  }
  const children = Object.keys(files).filter((name) => name.startsWith(`${path}/`));
  if (children.length > 0)
    return send(
      res,
      200,
      children.map((name) => entry(name, files[name])),
    );
  return send(res, 404, { message: 'Not Found', status: '404' });
}

const server = createServer(answer);
server.listen(0, '127.0.0.1', () => {
  parentPort.postMessage({ port: server.address().port });
});
parentPort.on('message', (message) => {
  if (message === 'requests') parentPort.postMessage({ requests });
  if (message === 'close') server.close(() => parentPort.close());
});
