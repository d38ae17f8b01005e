import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings';

describe('parseSettings', () => {
  it('has the specified defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      timeProgressMode: 'month',
      tolerancePp: 5,
      levelTolerancePp: 1,
      toleranceRanks: 1,
      scoreRules: {
        cumulativeCap: 1.2,
        levelPenaltyPerPoint: 10,
        rankPenaltyPerPlace: 10,
        milestoneOnTime: 100,
        milestoneLate: 60,
        milestoneOverdue: 0,
      },
      colourScheme: 'warning',
      honourListSize: 5,
      warningScoreBelow: 60,
    });
  });
  it.each([undefined, null, 42, 'not json', '[]', [], true])('falls back to defaults for %j', (x) => {
    expect(parseSettings(x)).toEqual(DEFAULT_SETTINGS);
  });
  it('returns a fresh, mutable copy', () => {
    const s = parseSettings({});
    expect(s).not.toBe(DEFAULT_SETTINGS);
    expect(s.scoreRules).not.toBe(DEFAULT_SETTINGS.scoreRules);
    s.tolerancePp = 9;
    expect(DEFAULT_SETTINGS.tolerancePp).toBe(5);
  });
  it('keeps valid fields and replaces invalid ones field by field', () => {
    const s = parseSettings({
      timeProgressMode: 'day',
      tolerancePp: -1,
      levelTolerancePp: '0.5',
      toleranceRanks: Number.NaN,
      scoreRules: { cumulativeCap: 0.5, levelPenaltyPerPoint: 5, milestoneLate: 150 },
      colourScheme: 'purple',
      honourListSize: 3.7,
      warningScoreBelow: 50,
    });
    expect(s.timeProgressMode).toBe('day');
    expect(s.tolerancePp).toBe(5);
    expect(s.levelTolerancePp).toBe(0.5);
    expect(s.toleranceRanks).toBe(1);
    expect(s.scoreRules).toEqual({ ...DEFAULT_SETTINGS.scoreRules, levelPenaltyPerPoint: 5 });
    expect(s.colourScheme).toBe('warning');
    expect(s.honourListSize).toBe(3);
    expect(s.warningScoreBelow).toBe(50);
  });
  it('parses a JSON string', () => {
    expect(parseSettings('{"colourScheme":"honour","tolerancePp":3}')).toMatchObject({ colourScheme: 'honour', tolerancePp: 3 });
  });
  it('is idempotent', () => {
    const once = parseSettings({ tolerancePp: 2, scoreRules: { cumulativeCap: 1.5 } });
    expect(parseSettings(once)).toEqual(once);
  });
});
