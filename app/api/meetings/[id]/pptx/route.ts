import { parseId } from '@/db/queries/dashboard-context';
import { getMeeting, getMeetingDeck } from '@/db/queries/meetings';
import { authenticateRoute } from '@/lib/auth/session';
import { buildPptx, pptxFileName } from '@/lib/pptx/build';

const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const json = (status: number, message: string) => Response.json({ message }, { status });

/** GET /api/meetings/<id>/pptx: the meeting's deck as .pptx from live data, for anyone logged in. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authenticateRoute('meeting.pptx');
  if (!auth.ok) return auth.response;
  const id = parseId((await params).id);
  const m = id === null ? null : getMeeting(id);
  if (!m) return json(404, '该会议不存在或已被删除，请返回会议列表。');
  const deck = getMeetingDeck(m);
  const body = await buildPptx(deck);
  const name = pptxFileName(deck);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': PPTX_MIME,
      'Content-Disposition': `attachment; filename="meeting-${m.meeting.id}.pptx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'private, no-store',
    },
  });
}
