import { describe, expect, it } from 'vitest';
import type { Operator, Venture, Village } from '@/db/schema';
import { townshipVillages, villageGroups, type VillageListInput } from './villages';

const village = (id: number, name: string): Village => ({ id, name, isDemo: false }) as Village;
const operator = (name: string, shortName: string | null): VillageListInput['operators'][number] =>
  ({ name, shortName, isDemo: false, ventures: [] as Venture[], naturalVillage: null }) as unknown as Operator & {
    ventures: Venture[];
    naturalVillage: string | null;
  };
const row = (id: number, town: [number, string], ops: VillageListInput['operators'] = [], natural: Village[] = []): VillageListInput => ({
  village: village(id, `村${id}`),
  township: { id: town[0], name: town[1] },
  natural,
  operators: ops,
});

describe('villageGroups', () => {
  const rows = [
    row(1, [9, '石梁镇'], [operator('优宿物业', '优宿')]),
    ...Array.from({ length: 300 }, (_, i) => row(10 + i, [9, '石梁镇'])),
    row(2, [7, '航埠镇']),
  ];

  it('keeps villages with an operator as cards and only counts the others, whatever their number', () => {
    const [shiliang, hangbu] = villageGroups(rows);
    expect(shiliang).toMatchObject({ id: 9, others: 300, listHref: '/villages?township=9#village-list' });
    expect(shiliang!.featured.map((v) => v.name)).toEqual(['村1']);
    expect(hangbu).toMatchObject({ id: 7, featured: [], others: 1 });
  });

  it('lists one township’s villages with their natural villages and operators', () => {
    const list = townshipVillages([row(1, [9, '石梁镇'], [operator('优宿物业', '优宿')], [village(5, '张西')]), row(2, [9, '石梁镇'])], 9);
    expect(list).toEqual({
      id: 9,
      name: '石梁镇',
      villages: [
        { name: '村1', href: '/villages/1', natural: '张西', operators: '优宿' },
        { name: '村2', href: '/villages/2', natural: '', operators: '尚未登记运营主体' },
      ],
    });
    expect(townshipVillages(rows, 12345)).toBeNull();
  });
});
