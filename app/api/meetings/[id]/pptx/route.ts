import { parseId } from '@/db/queries/dashboard-context';
import { getShownMeetingDeck } from '@/db/queries/meeting-report';
import { getMeeting } from '@/db/queries/meetings';
import { route, RouteError } from '@/lib/actions/route';
import { buildPptx, pptxFileName } from '@/lib/pptx/build';

const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** GET /api/meetings/<id>/pptx[?live=1]: the meeting's deck as .pptx (as frozen once 定稿, unless live), for anyone logged in. */
export const GET = route<{ id: string }>({
  name: 'meeting.pptx',
  permission: null,
  run: async ({ params, search }) => {
    const id = parseId(params.id);
    const m = id === null ? null : getMeeting(id);
    if (!m) throw new RouteError(404, '该会议不存在或已被删除，请返回会议列表。');
    const deck = getShownMeetingDeck(m, search.get('live') === '1');
    const body = await buildPptx(deck);
    return {
      body,
      mime: PPTX_MIME,
      name: pptxFileName(deck).replace(/\.pptx$/, ''),
      ext: 'pptx',
      asciiName: `meeting-${m.meeting.id}`,
      entity: { type: 'meeting', id: m.meeting.id },
    };
  },
});
