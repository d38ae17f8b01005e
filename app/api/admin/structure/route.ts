import { findCampaign, getStructureForExport } from '@/db/queries/campaign-admin';
import { route, RouteError } from '@/lib/actions/route';
import { writeStructureWorkbook } from '@/lib/excel/structure-workbook';
import { XLSX_MIME } from '@/lib/excel/xlsx';
import { STRUCTURE_TEXT } from '@/lib/structure/sheets';

/**
 * GET /api/admin/structure?campaignId=N: the campaign's structure workbook; without campaignId
 * the blank template (with the district's units and people, so references can be chosen).
 * Administrators only.
 */
export const GET = route({
  name: 'structure.export',
  permission: 'campaign:manage',
  run: async ({ search }) => {
    const raw = search.get('campaignId');
    if (raw === null || raw === '') {
      const body = await writeStructureWorkbook(getStructureForExport(null), STRUCTURE_TEXT.templateName);
      return { body, mime: XLSX_MIME, name: STRUCTURE_TEXT.templateName, ext: 'xlsx', asciiName: 'structure-template' };
    }
    const campaign = /^\d{1,9}$/.test(raw) ? findCampaign(Number(raw)) : undefined;
    if (!campaign) throw new RouteError(404, '要导出的活动不存在，请返回“竞赛活动”页面重新选择。');
    const name = STRUCTURE_TEXT.exportName(campaign.name, campaign.year);
    const body = await writeStructureWorkbook(getStructureForExport(campaign.id), name);
    return { body, mime: XLSX_MIME, name, ext: 'xlsx', asciiName: 'structure', entity: { type: 'campaign', id: campaign.id } };
  },
});
