/**
 * `backup-stale`: the newest backup of a material is older than the material's last change
 * (its modification time, or a declared secret's rotation marker), or older than `maxAge`.
 * A backup is timed by the timestamp in its name (`…20261201T120000Z…`), else by its
 * modification time; times compare in whole seconds.
 */
import type { BackupFact } from '../sources/read-file-facts.js';
import { backupRef } from '../subjects/file-subjects.js';
import type { CheckContext } from './check-types.js';
import { defineRule, ruleDocsUrl, type Report } from './rule-types.js';
import { backupFactsOf, toSeconds } from './support/file-facts.js';
import { distance, messageTime } from './support/time-text.js';

type Messages = 'olderThanChange' | 'unknownChange' | 'tooOld';

export const backupStaleCheck = defineRule({
  meta: {
    id: 'backup-stale',
    subjects: ['backup'],
    description:
      "The newest backup of a `backups:` entry is older than the material's last change (`newerThan`) or than `maxAge`.",
    severity: 'subject',
    docs: ruleDocsUrl('backup-stale'),
    messages: {
      olderThanChange:
        'the newest backup of {{of}}, {{backup}} ({{at}}, by its {{from}}), is older than the last change {{changedAt}} ({{change}}): take a new backup',
      unknownChange:
        'cannot tell whether the newest backup of {{of}}, {{backup}}, follows the last rotation of {{secret}}: it has no valid rotation marker',
      tooOld:
        'the newest backup of {{of}}, {{backup}}, is from {{at}} ({{ago}} ago), older than maxAge {{maxAge}}',
    },
  },
  run(ctx, report) {
    for (const fact of backupFactsOf(ctx)) {
      if (!fact.newest) continue; // backup-missing
      judgeChange(fact, ctx, report);
      judgeAge(fact, ctx, report);
    }
  },
});

const FROM = { name: 'name', mtime: 'modification time' } as const;

/** The material's last change, and how it is known; null when there is none to compare. */
type Change = { ms: number; change: string } | { unknown: string };

function lastChange(fact: BackupFact, ctx: CheckContext): Change | null {
  const baseline = fact.decl.newerThan;
  if (baseline.kind === 'material') {
    if (fact.materialMtimeMs === null) return null; // no material: nothing to back up
    return { ms: fact.materialMtimeMs, change: `modification time of ${fact.shown}` };
  }
  const marker = ctx.byName.get(baseline.secret)?.rotatedAt;
  if (marker?.state !== 'valid') return { unknown: baseline.secret };
  return { ms: marker.at.getTime(), change: `rotation marker of ${baseline.secret}` };
}

function judgeChange(fact: BackupFact, ctx: CheckContext, report: Report<Messages>): void {
  const newest = fact.newest;
  const change = lastChange(fact, ctx);
  if (!newest || !change) return;
  const subject = backupRef(fact.decl.of);
  const common = { of: fact.shown, backup: newest.path };
  if ('unknown' in change) {
    const data = { ...common, secret: change.unknown };
    report({
      subject,
      messageId: 'unknownChange',
      data,
      keyPath: 'newerThan',
      aspect: 'newerThan',
    });
    return;
  }
  if (toSeconds(newest.atMs) >= toSeconds(change.ms)) return;
  const data = {
    ...common,
    at: messageTime(new Date(toSeconds(newest.atMs) * 1000)),
    from: FROM[newest.from],
    changedAt: messageTime(new Date(toSeconds(change.ms) * 1000)),
    change: change.change,
  };
  report({
    subject,
    messageId: 'olderThanChange',
    data,
    keyPath: 'newerThan',
    aspect: 'newerThan',
  });
}

function judgeAge(fact: BackupFact, ctx: CheckContext, report: Report<Messages>): void {
  const { newest } = fact;
  const maxAge = fact.decl.maxAge;
  if (!newest || !maxAge) return;
  const now = ctx.now.getTime();
  if (now - newest.atMs <= maxAge.ms) return;
  const data = {
    of: fact.shown,
    backup: newest.path,
    at: messageTime(new Date(toSeconds(newest.atMs) * 1000)),
    ago: distance(newest.atMs, now),
    maxAge: maxAge.text,
  };
  report({
    subject: backupRef(fact.decl.of),
    messageId: 'tooOld',
    data,
    keyPath: 'maxAge',
    aspect: 'maxAge',
  });
}
