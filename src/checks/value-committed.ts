/**
 * `value-committed`: a tracked file holds a declared secret's value (seed rules 002-04 "no
 * live values in markdown docs or versioned config files", 003-05 "never written to disk").
 * The files were read by the repository kind; the values are searched here, in memory, in
 * each of their forms (support/value-forms.ts). A finding names the file and line, and the
 * form, never the value. A secret's own `file:` fallback is not searched (when tracked,
 * `secret-file-tracked` reports it). When no value is loaded (a fork's pull request) the
 * path rules still run and one notice says the scan was skipped.
 */
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { trackedForm, type RepositoryScan } from '../sources/read-repository.js';
import { repositoryRef } from '../subjects/repository-subjects.js';
import { secretRef } from '../subjects/secret-subject.js';
import { subjectData } from './check-types.js';
import { defineRule, ruleDocsUrl, type Report } from './rule-types.js';
import { findForm, valueForms, worthSearching, type ValueForm } from './support/value-forms.js';

const messages = {
  committed:
    'the value of {{name}} ({{form}}) is committed in {{file}} line {{line}}: remove it from the file and its history, and rotate the value',
  skipped: 'the tracked files were not searched for values: {{why}}',
  stopped:
    'the value scan stopped after {{count}} files (at most {{maxFiles}} files and {{maxMiB}} MiB are searched): narrow scanForValues.include',
  partial: '{{count}} tracked files were not searched: {{why}}',
} as const;

type MessageId = keyof typeof messages;

interface Searched {
  secret: ResolvedSecret;
  forms: ValueForm[];
  /** Its own fallback file, as git lists it: not searched. */
  own: string | null;
}

function searchable(secrets: readonly ResolvedSecret[]): {
  searched: Searched[];
  loaded: number;
} {
  const loaded = secrets.filter((secret) => secret.value !== null);
  const searched = loaded.flatMap((secret) => {
    const value = secret.value?.reveal() ?? '';
    if (!worthSearching(value)) return [];
    const own = secret.decl.file === undefined ? null : trackedForm(secret.decl.file);
    return [{ secret, forms: valueForms(value), own }];
  });
  return { searched, loaded: loaded.length };
}

function notices(scan: RepositoryScan, report: Report<MessageId>): void {
  const subject = repositoryRef('.');
  const severity = 'notice' as const;
  const keyPath = 'scanForValues';
  if (scan.stoppedAfter !== null) {
    const data = { count: scan.stoppedAfter, maxFiles: 20_000, maxMiB: 64 };
    report({ subject, messageId: 'stopped', data, severity, keyPath });
  }
  const { large, unreadable } = scan.skipped;
  if (large > 0) {
    const data = { count: large, why: 'each is larger than 1 MiB' };
    report({ subject, messageId: 'partial', data, severity, keyPath, aspect: 'large' });
  }
  if (unreadable > 0) {
    const data = { count: unreadable, why: 'they could not be read' };
    report({ subject, messageId: 'partial', data, severity, keyPath, aspect: 'unreadable' });
  }
}

export const valueCommittedCheck = defineRule({
  meta: {
    id: 'value-committed',
    subjects: ['secret', 'repository'],
    description:
      "A tracked file searched by `repository.scanForValues` holds a declared secret's value, as written or base64, base64url, hex or percent-encoded (values of at least 64 estimated bits).",
    severity: 'subject',
    docs: ruleDocsUrl('value-committed'),
    messages,
  },
  run(ctx, report) {
    const scan = subjectData(ctx, 'repository')?.scan;
    if (!scan) return;
    const { searched, loaded } = searchable(ctx.secrets);
    if (searched.length === 0) {
      const why =
        loaded === 0
          ? 'no declared value is loaded in this run (a pull request from a fork, or values not passed)'
          : 'no loaded value is long and random enough to search for (64 estimated bits)';
      const data = { why };
      report({ subject: repositoryRef('.'), messageId: 'skipped', data, severity: 'notice' });
      return;
    }
    for (const file of scan.files) {
      for (const { secret, forms, own } of searched) {
        if (file.path === own) continue;
        const found = findForm(file.bytes, forms);
        if (!found) continue;
        const { name } = secret.decl;
        const data = { name, form: found.form, file: file.path, line: found.line };
        const related = { file: file.path, line: found.line, column: 1 };
        report({
          subject: secretRef(name),
          messageId: 'committed',
          data,
          related,
          aspect: file.path,
        });
      }
    }
    notices(scan, report);
  },
});
