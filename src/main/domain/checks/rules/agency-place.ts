// agency.place: the body's name starts with a place that is no administrative division but is one
// look-alike character away from one (沐阳县 for 沭阳县, an OCR or typing slip). A warning the reviewer
// confirms or dismisses; the body is still recognised as the division it most likely means.
import { makeFinding } from '../../findings';
import { placeName, readName } from '../../places/divisions';
import { BASIS, placeSlipMessage } from '../messages';
import type { Rule } from '../rule';

export const agencyPlace: Rule = {
  id: 'agency.place',
  check({ report }) {
    if (!report.agency) return [];
    const { nearMiss } = readName(report.agency.replace(/[\s\u3000]/g, ''));
    if (!nearMiss) return [];
    const candidates = nearMiss.places.map(placeName);
    return [
      makeFinding({
        rule: this.id,
        severity: 'warning',
        message: placeSlipMessage(report.agency, nearMiss.written, candidates),
        cells: [],
        basis: BASIS.places,
        discriminator: nearMiss.written,
      }),
    ];
  },
};
