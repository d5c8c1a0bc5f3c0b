import { describe, expect, it } from 'vitest';
import { addressLineProblem, normalizeColombianPhone } from './colombia';

describe('addressLineProblem', () => {
  it.each([
    'Calle 123 #45-67',
    'Calle 123 # 45-67',
    'calle 10 #5B-20',
    'Carrera 64 #1c-87',
    'Cra 7 # 12 - 34 Apto 301',
    'Cra. 15 No. 93-47',
    'Av 68 #22-10 Torre 2',
    'Kr 50 #10-20',
    'Tv 5 bis #3-14',
    'Dg 40A Sur #52-18',
    'Cl 72 N° 10-34',
  ])('accepts %s', (line) => expect(addressLineProblem(line)).toBeNull());

  it.each([
    ['Mi casa cerca del parque 12', 'ROAD_TYPE'],
    ['Nariño 123 #4-5', 'ROAD_TYPE'],
    ['Avenue 5 #1-2', 'ROAD_TYPE'],
    ['Calle 10', 'NUMBERING'],
    ['Calle 10 No 5', 'NUMBERING'],
    ['Calle #45-67', 'NUMBERING'],
    ['Carrera 7 12-34', 'NUMBERING'],
  ])('refuses %s (%s)', (line, problem) => expect(addressLineProblem(line)).toBe(problem));
});

describe('normalizeColombianPhone', () => {
  it.each([
    ['300 123 4567', '3001234567'],
    ['+57 310-555-1234', '3105551234'],
    ['601 345 6789', '6013456789'],
    ['12345', null],
    ['2001234567', null],
  ])('%s → %s', (raw, expected) => expect(normalizeColombianPhone(raw)).toBe(expected));
});
