import { parseId } from '@/db/queries/dashboard-context';
import { getAgendaDeck, getDeckPptx } from '@/db/queries/meeting-report';
import { getMeeting } from '@/db/queries/meetings';
import { route, RouteError } from '@/lib/actions/route';
import { buildPptx, pptxFileName } from '@/lib/pptx/build';

const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** GET /api/meetings/<id>/agenda/pptx[?live=1]: the whole run as one .pptx (as frozen once 定稿, unless live), for anyone logged in. */
export const GET = route<{ id: string }>({
  name: 'meeting.agenda.pptx',
  permission: null,
  run: async ({ params, search }) => {
    const id = parseId(params.id);
    const m = id === null ? null : getMeeting(id);
    if (!m) throw new RouteError(404, '该会议不存在或已被删除，请返回会议列表。');
    const live = search.get('live') === '1';
    const deck = getAgendaDeck(m, live);
    return {
      body: await getDeckPptx(`agenda:${m.meeting.id}:${m.meeting.updatedAt}:${live}`, deck, buildPptx),
      mime: PPTX_MIME,
      name: `${pptxFileName(deck).replace(/\.pptx$/, '')}_全程`,
      ext: 'pptx',
      asciiName: `meeting-${m.meeting.id}-agenda`,
      entity: { type: 'meeting', id: m.meeting.id },
    };
  },
});
