import { DECK_TEXT } from '@/lib/deck/labels';
import type { Capped, Deck, HonourRow, HonourSlide as HonourData } from '@/lib/deck/types';
import { formatNumber, formatRank } from '@/lib/format';
import { CompletenessNote, SlideFrame } from './slide-frame';
import { MovementText } from './status';

/** 红榜 and 黄榜 of the task forces, side by side, with the rule that puts a task force on each. */
export function HonourSlide({ data, deck }: { data: HonourData; deck: Deck }) {
  return (
    <SlideFrame
      deck={deck}
      data={data}
      subtitle={data.completeness.note ? <CompletenessNote completeness={data.completeness} /> : undefined}
    >
      <div className="grid h-full grid-cols-2 gap-12">
        <List name={DECK_TEXT.red} icon="★" tone="deck-red" rule={DECK_TEXT.redRule(data.rule.size)} list={data.red} testId="deck-red" />
        <List
          name={DECK_TEXT.yellow}
          icon="⚠"
          tone="deck-yellow"
          rule={DECK_TEXT.yellowRule(data.rule.size, data.rule.warningBelow)}
          list={data.yellow}
          testId="deck-yellow"
        />
      </div>
    </SlideFrame>
  );
}

function List({
  name,
  icon,
  tone,
  rule,
  list,
  testId,
}: {
  name: string;
  icon: string;
  tone: string;
  rule: string;
  list: Capped<HonourRow>;
  testId: string;
}) {
  return (
    <section aria-label={name} data-testid={testId}>
      <h3 className="mb-2 flex items-baseline gap-4">
        <span className={`${tone} text-[2.5rem] font-bold`}>
          <span aria-hidden>{icon} </span>
          {name}
        </span>
        <span className="deck-muted">{rule}</span>
      </h3>
      {list.rows.length === 0 ? (
        <p className="deck-muted">{DECK_TEXT.emptyList}</p>
      ) : (
        <table className="deck-table">
          <thead>
            <tr>
              <th className="text-center">名次</th>
              <th>{DECK_TEXT.taskForce}</th>
              <th>{DECK_TEXT.competition}</th>
              <th className="num">{DECK_TEXT.score}</th>
              <th>{DECK_TEXT.movement}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr key={r.id} className="h-[3.6rem]" data-testid="honour-row" data-id={r.id}>
                <td className="text-center font-bold whitespace-nowrap" data-testid="rank">
                  {formatRank(r.rank)}
                </td>
                <td className="deck-clip max-w-[22rem] font-bold">
                  <bdi>{r.name}</bdi>
                </td>
                <td className="whitespace-nowrap">{r.competition}</td>
                <td className="num font-bold" data-testid="score">
                  {formatNumber(r.score)}
                </td>
                <td data-testid="movement">
                  <MovementText delta={r.movement} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.more > 0 && <p className="deck-muted mt-2">{DECK_TEXT.more(list.more, DECK_TEXT.taskForces)}</p>}
    </section>
  );
}
