/**
 * `materials-rotated-together`: more of the `settings.materials` changed within one change
 * window than `maxPerWindow` allows (seed rule 000-30, OpenClaw SOP §2: "Never rotate all
 * three materials in one change window"). A material whose last change is unknown is a
 * notice, never skipped in silence: the rule cannot vouch for a window it cannot see.
 */
import type { MaterialRef } from '../policy/materials.js';
import { materialsRef } from '../subjects/materials-subject.js';
import { subjectData } from './check-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { materialTime } from './support/material-times.js';
import { messageTime } from './support/time-text.js';

interface Changed {
  ref: MaterialRef;
  at: Date;
}

export const materialsRotatedTogetherCheck = defineRule({
  meta: {
    id: 'materials-rotated-together',
    subjects: ['materials'],
    description:
      'More of the materials in `settings.materials` last changed within one `window` than `maxPerWindow` allows (a material with no known change time is a notice).',
    severity: 'error',
    docs: ruleDocsUrl('materials-rotated-together'),
    messages: {
      together:
        '{{count}} materials changed within {{window}}: {{materials}}; at most {{max}} may change in one window',
      unknown: 'cannot tell when {{material}} last changed: {{why}}',
    },
  },
  run(ctx, report) {
    const decl = subjectData(ctx, 'materials');
    if (!decl) return;
    const changed: Changed[] = [];
    for (const ref of decl.of) {
      const time = materialTime(ctx, ref);
      if (time.at !== null) changed.push({ ref, at: time.at });
      else {
        const data = { material: ref.text, why: time.why };
        report({ subject: materialsRef(ref.text), messageId: 'unknown', data, severity: 'notice' });
      }
    }
    const group = largestWindow(changed, decl.windowMs);
    if (group.length <= decl.maxPerWindow) return;
    const materials = group.map((m) => `${m.ref.text} (${messageTime(m.at)})`).join(', ');
    report({
      subject: materialsRef(),
      messageId: 'together',
      data: { count: group.length, window: decl.window, materials, max: decl.maxPerWindow },
    });
  },
});

/**
 * The most materials whose change times lie less than `windowMs` apart, in time order
 * (the earliest such group when several are as large): a sliding window over the sorted
 * times, linear after the sort.
 */
function largestWindow(changed: readonly Changed[], windowMs: number): Changed[] {
  const sorted = [...changed].sort((a, b) => a.at.getTime() - b.at.getTime());
  let best: Changed[] = [];
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    const last = (sorted[end] as Changed).at.getTime();
    while (last - (sorted[start] as Changed).at.getTime() >= windowMs) start++;
    if (end - start + 1 > best.length) best = sorted.slice(start, end + 1);
  }
  return best;
}
