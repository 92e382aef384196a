// Finding ids are stable across re-checks and short enough to travel through IPC and storage.
import { describe, expect, it } from 'vitest';
import { findingId } from '../../../src/main/domain/findings';
import { cellIdsOf } from '../../../src/main/domain/template/definitions';

describe('findingId', () => {
  it('spells out a short list of cells', () => {
    expect(findingId('requests.balance', ['requests.new.natural', 'requests.total.natural'])).toBe(
      'requests.balance|requests.new.natural,requests.total.natural',
    );
  });
  it('fingerprints a long list: short, the same every time, different for other cells', () => {
    const cells = cellIdsOf('2019').filter((id) => id.startsWith('requests.'));
    const id = findingId('structure.unplaced', cells);
    expect(id.length).toBeLessThan(120);
    expect(findingId('structure.unplaced', [...cells])).toBe(id);
    expect(findingId('structure.unplaced', cells.slice(1))).not.toBe(id);
    expect(id.startsWith('structure.unplaced|requests.new.natural+')).toBe(true);
  });
});
