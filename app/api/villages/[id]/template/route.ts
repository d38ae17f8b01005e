import { getDb } from '@/db';
import { villageScope } from '@/db/mutations/scopes';
import { getVillageExcelData } from '@/db/queries/village-excel';
import { route, RouteError } from '@/lib/actions/route';
import { buildVillageTemplate } from '@/lib/excel/village-template';
import { XLSX_MIME } from '@/lib/excel/xlsx';
import { formatLooseDate } from '@/lib/format';
import { figurePeriodSchema } from '@/lib/validation/village';

/**
 * GET /api/villages/[id]/template?period=2020 (or 2020-10): the Excel template of the village's
 * figures for that year or month, current values filled in, for users with the village (or its
 * township) in scope.
 */
export const GET = route<{ id: string }>({
  name: 'village.template',
  permission: 'village:edit',
  notFound: '该村不存在，请从村庄页面下载模板。',
  scope: ({ params }) => {
    const id = /^[1-9]\d{0,9}$/.test(params.id) ? Number(params.id) : null;
    return id === null ? null : villageScope(getDb(), id);
  },
  run: async ({ params, user, search }) => {
    const period = figurePeriodSchema.safeParse(search.get('period') ?? '');
    if (!period.success) throw new RouteError(400, '期间格式应为年份 2020 或年月 2020-10。');
    const data = getVillageExcelData(user, Number(params.id), period.data);
    if (!data) throw new RouteError(403, '该村不在您的填报范围内。');
    if (data.template.length === 0)
      throw new RouteError(
        422,
        `该村在${formatLooseDate(period.data)}没有可填报的指标（请检查填报周期：按年的指标填年份，按月的填年月）。`,
      );
    const body = await buildVillageTemplate({
      villageId: data.row.village.id,
      village: data.row.village.name,
      period: period.data,
      rows: data.template,
    });
    return {
      body,
      mime: XLSX_MIME,
      name: `村庄经营填报模板_${data.row.village.name}_${period.data}`,
      ext: 'xlsx',
      asciiName: 'village',
      entity: { type: 'village', id: data.row.village.id },
    };
  },
});
