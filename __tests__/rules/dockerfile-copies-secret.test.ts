/**
 * `dockerfile-copies-secret` through the engine: COPY / ADD sources of tracked Dockerfiles
 * matched against `dockerfiles.forbidCopy`; the Dockerfile's line is the finding's second
 * location (annotated there), the policy glob its first.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import { dockerfileCopiesSecretCheck } from '../../src/checks/dockerfile-copies-secret.js';
import { context } from '../helpers/build-context.js';
import { runRule } from '../helpers/rule-tester.js';
import { buildSarifLog } from '../../src/reporters/sarif-reporter.js';
import { gitRepo } from '../helpers/git-repo.js';
import { POLICY, findingsOf, runIn } from '../helpers/repository-run.js';

const POLICY_TEXT = `version: 1
repository:
  dockerfiles:
    forbidCopy: ['.env', 'config/secret*.key']
`;

const DOCKERFILE = `FROM node:24 AS build
# COPY .env /app/.env  (a comment, not an instruction)
COPY .env /app/.env
COPY --from=build /app/.env /srv/.env
copy --chown=app:app \\
  ./config/secret_v2.key /srv/
ADD ["config/secret.key", "/srv/key"]
COPY *.env /app/
COPY package.json .env.example /app/
COPY . /app
`;

describe('dockerfile-copies-secret', () => {
  it('reports each forbidden source with its Dockerfile line', async () => {
    const dir = gitRepo({
      [POLICY]: POLICY_TEXT,
      Dockerfile: DOCKERFILE,
      'deploy/api.Dockerfile': 'FROM scratch\nADD config/secret.key /k\n',
      'docs/Dockerfile.md': 'COPY .env /app/.env\n',
    });
    const findings = await findingsOf('dockerfile-copies-secret', dir);
    expect(findings.map((f) => [f.subject, f.related?.line, f.location.line])).toEqual([
      ['Dockerfile', 3, 4],
      ['Dockerfile', 8, 4],
      ['Dockerfile', 5, 4],
      ['Dockerfile', 7, 4],
      ['deploy/api.Dockerfile', 2, 4],
    ]);
    expect(findings[0]).toMatchObject({
      message:
        "Dockerfile line 3 copies .env into the image (forbidCopy pattern '.env'): pass the value at run time (environment, secret mount) and keep the file out of the build context (.dockerignore)",
      related: { file: 'Dockerfile', line: 3, column: 1 },
    });
  });

  it('points SARIF at the policy and relates the Dockerfile line', async () => {
    const dir = gitRepo({ [POLICY]: POLICY_TEXT, Dockerfile: 'FROM x\nCOPY .env .\n' });
    const { result } = await runIn(dir);
    const sarif = JSON.parse(JSON.stringify(buildSarifLog(result, CHECKS))) as {
      runs: { results: { relatedLocations?: { physicalLocation: unknown }[] }[] }[];
    };
    const related = sarif.runs[0]?.results[0]?.relatedLocations?.[0]?.physicalLocation;
    expect(related).toEqual({
      artifactLocation: { uri: 'Dockerfile' },
      region: { startLine: 2, startColumn: 1 },
    });
  });

  it('passes a Dockerfile that takes values at run time', async () => {
    const dir = gitRepo({
      [POLICY]: POLICY_TEXT,
      Dockerfile: 'FROM node:24\nCOPY package.json .env.example /app/\nCMD ["node"]\n',
    });
    expect(await findingsOf('dockerfile-copies-secret', dir)).toEqual([]);
  });

  it('reports nothing without a repository section', () => {
    expect(runRule(dockerfileCopiesSecretCheck, context([]))).toEqual([]);
  });
});
