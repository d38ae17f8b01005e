import { parseId } from '@/db/queries/dashboard-context';
import { getDeckPptx, getReportDeck } from '@/db/queries/meeting-report';
import { getMeeting } from '@/db/queries/meetings';
import { route, RouteError } from '@/lib/actions/route';
import { buildPptx, pptxFileName } from '@/lib/pptx/build';

const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * GET /api/meetings/<id>/reports/<competition>/pptx[?live=1]: one lead unit's report deck as .pptx
 * (as frozen once 定稿, unless live), for anyone logged in (reading is open; preparing is scoped).
 */
export const GET = route<{ id: string; competitionId: string }>({
  name: 'meeting.report.pptx',
  permission: null,
  run: async ({ params, search }) => {
    const id = parseId(params.id);
    const competitionId = parseId(params.competitionId);
    const m = id === null ? null : getMeeting(id);
    const live = search.get('live') === '1';
    const deck = m && competitionId !== null ? getReportDeck(m, competitionId, live) : null;
    if (!m || !deck) throw new RouteError(404, '该会议或竞赛汇报不存在，请返回会议页面。');
    return {
      body: await getDeckPptx(`report:${m.meeting.id}:${m.meeting.updatedAt}:${competitionId}:${live}`, deck, buildPptx),
      mime: PPTX_MIME,
      name: pptxFileName(deck).replace(/\.pptx$/, ''),
      ext: 'pptx',
      asciiName: `meeting-${m.meeting.id}-report-${competitionId}`,
      entity: { type: 'meeting', id: m.meeting.id },
    };
  },
});
