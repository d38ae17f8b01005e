'use server';

import { getMeeting, getMeetingDeck } from '@/db/queries/meetings';
import { getLiveBulletinSlides, getLiveReportDeck, type FrozenRecord } from '@/db/queries/meeting-report';
import { getCampaignStructure } from '@/db/queries/structure';
import { assertNotFrozen, freezeMeeting, saveReportTexts } from '@/db/mutations/meeting-reports';
import { campaignOfMeeting } from '@/db/mutations/campaign-years';
import { getMeetingOrThrow } from '@/db/mutations/meetings';
import { action } from '@/lib/actions/action';
import { ActionError } from '@/lib/actions/result';
import { FreezeMeetingInput, SaveReportInput } from '@/lib/validation/report';

/** The competition's task forces of the meeting's campaign, or null when the meeting or competition is not there. */
function reportScope(meetingId: number, competitionId: number) {
  const m = getMeeting(meetingId);
  if (!m) return null;
  const structure = getCampaignStructure(m.campaign.id);
  if (!structure.competitions.some((c) => c.id === competitionId)) return null;
  return { m, taskForceIds: new Set(structure.taskForces.filter((t) => t.competitionId === competitionId).map((t) => String(t.id))) };
}

export const saveReportAction = action({
  name: 'meeting.report.save',
  schema: SaveReportInput,
  permission: 'report:prepare',
  scope: (input) => (reportScope(input.meetingId, input.competitionId) ? { competitionId: input.competitionId } : null),
  run: ({ db, input, user, audit }) => {
    const scope = reportScope(input.meetingId, input.competitionId)!;
    assertNotFrozen(db, input.meetingId);
    for (const key of [...Object.keys(input.nextSteps), ...Object.keys(input.problems)])
      if (!scope.taskForceIds.has(key)) throw new ActionError('所填专班不属于本竞赛，请刷新页面后重试。', 'invalid');
    saveReportTexts(db, { user, now: new Date(), audit }, input.meetingId, input.competitionId, {
      nextSteps: input.nextSteps,
      problems: input.problems,
      coordination: input.coordination,
    });
    return { notice: '已保存汇报材料，演示和PPTX即按此显示。' };
  },
  revalidate: ['/meetings', '/present'],
});

export const freezeMeetingAction = action({
  name: 'meeting.freeze',
  schema: FreezeMeetingInput,
  permission: 'meeting:freeze',
  campaign: (input, db) => [campaignOfMeeting(db, input.meetingId)],
  run: ({ db, input, user, audit }) => {
    getMeetingOrThrow(db, input.meetingId);
    const m = getMeeting(input.meetingId)!;
    const deck = getMeetingDeck(m);
    const reports = Object.fromEntries(
      getCampaignStructure(m.campaign.id).competitions.map((c) => [String(c.id), getLiveReportDeck(m, c.id)!]),
    );
    const bulletin = getLiveBulletinSlides(m);
    const record: FrozenRecord = { deck, reports, bulletin };
    freezeMeeting(db, { user, now: new Date(), audit }, m.meeting.id, record, {
      slides: deck.slides.length,
      reports: Object.fromEntries(Object.entries(reports).map(([k, d]) => [k, d.slides.length])),
      bulletin: bulletin.length,
    });
    return {
      notice: `会议已定稿：会议幻灯片${deck.slides.length}张、竞赛汇报${Object.keys(reports).length}份、通报${bulletin.length}页按当前所示保存，此后只读。`,
    };
  },
  revalidate: ['/meetings', '/present'],
});
