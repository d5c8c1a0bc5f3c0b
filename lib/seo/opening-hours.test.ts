import { describe, expect, it } from 'vitest';
import { parseOpeningHours } from './opening-hours';

describe('parseOpeningHours', () => {
  it('reads a day range with hours', () => {
    expect(parseOpeningHours('Lunes a sábado, 9:00 a 19:00')).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
        opens: '09:00',
        closes: '19:00',
      },
    ]);
  });

  it('reads several parts and single days', () => {
    expect(parseOpeningHours('Lunes a viernes, 8:00 a 18:00; domingo 10 a 14')).toEqual([
      expect.objectContaining({ dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '08:00' }),
      expect.objectContaining({ dayOfWeek: ['Sunday'], opens: '10:00', closes: '14:00' }),
    ]);
  });

  it('leaves out what it cannot read instead of guessing', () => {
    expect(parseOpeningHours('Con cita previa')).toEqual([]);
    expect(parseOpeningHours('Sábado a lunes, 9:00 a 12:00')).toEqual([]);
  });
});
