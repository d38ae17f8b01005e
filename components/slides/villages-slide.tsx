import type { VillageComparisonRow, VillageSlide as VillageData, VillagesSlide as VillagesData } from '@/lib/deck/place-types';
import { DECK_TEXT } from '@/lib/deck/labels';
import type { Deck } from '@/lib/deck/types';
import { SlideChart } from './slide-chart';
import { SlideFrame } from './slide-frame';

function ComparisonTable({ caption, rows, testId }: { caption: string; rows: VillageComparisonRow[]; testId: string }) {
  return (
    <table className="deck-table text-[1.5rem]" data-testid={testId}>
      <caption className="deck-accent text-left text-[1.5rem] font-bold">{caption}</caption>
      <thead>
        <tr>
          <th>名称</th>
          <th className="num">带动农户</th>
          <th className="num">排名</th>
          <th className="num">增收幅度</th>
          <th className="num">排名</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.township}-${r.name}`} data-testid="comparison-row">
            <td className="deck-clip max-w-[22rem]">
              <bdi>{r.name}</bdi>
              {r.township && <span className="deck-muted">（{r.township}）</span>}
            </td>
            <td className="num">{r.households}</td>
            <td className="num">{r.householdsRank}</td>
            <td className="num">{r.growth}</td>
            <td className="num">{r.growthRank}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 村庄经营比较: households benefited and income growth across villages, ranked; townships below. */
export function VillagesSlide({ data, deck }: { data: VillagesData; deck: Deck }) {
  return (
    <SlideFrame deck={deck} data={data} subtitle={<span>{data.summary}</span>}>
      <div className="grid h-full grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)] gap-10">
        <div className="space-y-6">
          {data.charts.length === 0 && <p className="deck-muted text-[1.75rem]">尚无经审核的村庄经营数据。</p>}
          {data.charts.map((c) => (
            <SlideChart key={c.id} chart={c} />
          ))}
        </div>
        <div className="space-y-4">
          <ComparisonTable caption="行政村" rows={data.villages.rows} testId="villages-table" />
          {data.villages.more > 0 && <p className="deck-muted">{DECK_TEXT.more(data.villages.more, '个村')}</p>}
          <ComparisonTable caption="乡镇（街道）" rows={data.townships.rows} testId="townships-table" />
          {data.townships.more > 0 && <p className="deck-muted">{DECK_TEXT.more(data.townships.more, '个乡镇（街道）')}</p>}
        </div>
      </div>
    </SlideFrame>
  );
}

/** One village's story: operators in the band, up to four story charts. */
export function VillageSlide({ data, deck }: { data: VillageData; deck: Deck }) {
  return (
    <SlideFrame
      deck={deck}
      data={data}
      subtitle={
        <>
          <span>{data.township}</span>
          {data.operators.map((o) => (
            <span key={o}>{o}</span>
          ))}
          {data.demo && !deck.demo && <span className="deck-demo rounded px-2 font-bold">{DECK_TEXT.demo}</span>}
        </>
      }
    >
      {data.charts.length === 0 ? (
        <p className="deck-muted text-[1.75rem]">{data.name}尚无经审核的经营数据。</p>
      ) : (
        <div className="grid grid-cols-2 gap-x-12 gap-y-6">
          {data.charts.map((c) => (
            <SlideChart key={c.id} chart={c} stacked />
          ))}
        </div>
      )}
    </SlideFrame>
  );
}
