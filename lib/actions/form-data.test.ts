import { describe, expect, it } from 'vitest';
import { formDataToObject } from './form-data';

function fd(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe('formDataToObject', () => {
  it('reads name[] checkboxes as an array under the bare name, one box or many', () => {
    expect(
      formDataToObject(
        fd([
          ['userId', '7'],
          ['taskForceIds[]', '3'],
        ]),
      ),
    ).toEqual({ userId: '7', taskForceIds: ['3'] });
    expect(
      formDataToObject(
        fd([
          ['competitionIds[]', '1'],
          ['competitionIds[]', '2'],
          ['taskForceIds[]', '9'],
        ]),
      ),
    ).toEqual({
      competitionIds: ['1', '2'],
      taskForceIds: ['9'],
    });
  });
  it('keeps single fields single, repeated fields as arrays, and drops Next’s own fields', () => {
    expect(
      formDataToObject(
        fd([
          ['a', '1'],
          ['b', 'x'],
          ['b', 'y'],
          ['$ACTION_ID_abc', ''],
        ]),
      ),
    ).toEqual({ a: '1', b: ['x', 'y'] });
  });
  it('a box list with nothing ticked is simply absent (the schema defaults it)', () => {
    expect(formDataToObject(fd([['userId', '7']]))).toEqual({ userId: '7' });
  });
});
