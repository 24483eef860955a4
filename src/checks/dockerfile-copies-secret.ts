/**
 * `dockerfile-copies-secret`: a tracked Dockerfile copies a secret file into an image (seed
 * rule 004-35: `COPY .env /app/.env  # NO!`): a COPY or ADD source from the build context
 * that a `repository.dockerfiles.forbidCopy` glob matches. The finding is about the
 * Dockerfile, points at the glob in the policy, and its second location is the Dockerfile's
 * line (annotated there too).
 */
import { repositoryRef } from '../subjects/repository-subjects.js';
import { subjectData } from './check-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const dockerfileCopiesSecretCheck = defineRule({
  meta: {
    id: 'dockerfile-copies-secret',
    subjects: ['repository'],
    description:
      'A tracked Dockerfile COPYs or ADDs a build-context path that a `repository.dockerfiles.forbidCopy` glob matches.',
    severity: 'error',
    docs: ruleDocsUrl('dockerfile-copies-secret'),
    messages: {
      copies:
        "{{dockerfile}} line {{line}} copies {{source}} into the image (forbidCopy pattern '{{pattern}}'): pass the value at run time (environment, secret mount) and keep the file out of the build context (.dockerignore)",
    },
  },
  run(ctx, report) {
    for (const copy of subjectData(ctx, 'repository')?.copies ?? []) {
      const { dockerfile, line, source, pattern, keyPath } = copy;
      report({
        subject: repositoryRef(dockerfile),
        messageId: 'copies',
        data: { dockerfile, line, source, pattern },
        keyPath,
        related: { file: dockerfile, line, column: 1 },
        aspect: `${source}`,
      });
    }
  },
});
