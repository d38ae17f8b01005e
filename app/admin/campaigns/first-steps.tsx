import Link from 'next/link';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';

const STEPS = [
  {
    title: '下载结构模板',
    text: '一个 Excel 工作簿：竞赛、专班、指标、阶段目标、节点、单位、人员各一张表，带填写说明和下拉选项。',
    href: '/api/admin/structure',
    label: '下载结构模板',
    download: true,
  },
  {
    title: '导入结构',
    text: '上传填好的工作簿：系统逐行检查并预览，全部无误才写入，一次建好整个活动。',
    href: '/admin/campaigns/import',
    label: '导入结构',
  },
  {
    title: '手动创建',
    text: '先建立一个空的活动（名称、年度、本区县），以后再导入或补充结构。',
    href: '/admin/campaigns/new',
    label: '手动创建',
  },
];

/** The empty installation's first page: three ways to set up the first campaign. */
export function FirstSteps() {
  return (
    <section aria-labelledby="first-steps" className="space-y-4">
      <p id="first-steps" className="rounded-md border border-brand-100 bg-brand-50 p-4 text-sm text-brand-900">
        系统中还没有竞赛活动。请按下面任一方式建立第一个活动；建好后到“统计期”开放填报，到“账号与授权”为填报员和审核员分配范围。
      </p>
      <div className="grid gap-4 md:grid-cols-3">
        {STEPS.map((s) => (
          <Card key={s.title}>
            <CardHeader>
              <CardTitle>{s.title}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-3 text-sm text-slate-600">
              <p>{s.text}</p>
              {s.download ? (
                <a href={s.href} download className={buttonVariants({ variant: 'outline', size: 'sm' })}>
                  {s.label}
                </a>
              ) : (
                <Link href={s.href} className={buttonVariants({ size: 'sm' })}>
                  {s.label}
                </Link>
              )}
            </CardContent>
          </Card>
        ))}
      </div>
    </section>
  );
}
