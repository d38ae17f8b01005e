import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { Campaign } from '@/db/schema';
import { copyCampaignAction } from '../actions';

/** 复制到新年度: the structure into a new year, targets carried over or blank; the old year is only read. */
export function CopyCard({ campaign }: { campaign: Campaign }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>复制到新年度</CardTitle>
      </CardHeader>
      <CardContent>
        <ActionForm action={copyCampaignAction} submitLabel="复制到新年度" label="复制到新年度">
          <input type="hidden" name="campaignId" value={campaign.id} />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="copy-year" label="新年度" name="year" inputMode="numeric" defaultValue={campaign.year + 1} />
            <Field id="copy-name" label="新活动名称" name="name" defaultValue={campaign.name} />
          </div>
          <fieldset className="space-y-1 text-sm">
            <legend className="font-medium text-slate-800">目标</legend>
            <label className="mr-6 inline-flex items-center gap-2">
              <input type="radio" name="targets" value="carry" defaultChecked />
              沿用上年（年度目标、阶段目标和节点日期顺延一年）
            </label>
            <label className="inline-flex items-center gap-2">
              <input type="radio" name="targets" value="blank" />
              留空（新年度重新设定目标）
            </label>
          </fieldset>
          <p className="text-xs text-slate-500">
            只复制竞赛、专班、指标和目标，不复制填报数据；{campaign.year}年的页面、排名和数据保持不变。
          </p>
          <p className="text-xs text-slate-500">
            复制后新年度成为当前年度，各月统计期于每月1日按计划自动开放（截止次月5日17:00）；往年只能查看，不能修改，可在页眉“年度”中切换查看。
          </p>
        </ActionForm>
      </CardContent>
    </Card>
  );
}
