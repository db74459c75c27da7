import { describe, expect, it } from 'vitest';
import { measureGold } from '../../bench/gold';

// The article fixtures and their hand-written gold: kinds, dates and names as a reader would mark them.
describe('the parser against the gold of tests/fixtures/articles', async () => {
  const report = await measureGold();
  const detail = report.misses.join('\n');

  it('labels at least 95% of passages with the right kind', () => {
    expect(report.kinds.accuracy, detail).toBeGreaterThanOrEqual(0.95);
  });

  it('detects dates with precision ≥ 95% and recall ≥ 90%', () => {
    expect(report.dates.precision, detail).toBeGreaterThanOrEqual(0.95);
    expect(report.dates.recall, detail).toBeGreaterThanOrEqual(0.9);
  });

  it('links names with precision ≥ 98% and recall ≥ 95%, and no trap', () => {
    expect(report.mentions.precision, detail).toBeGreaterThanOrEqual(0.98);
    expect(report.mentions.recall, detail).toBeGreaterThanOrEqual(0.95);
    expect(report.mentions.trapsLinked, detail).toBe(0);
  });
});
