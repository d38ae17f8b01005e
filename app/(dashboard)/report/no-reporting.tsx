import Link from 'next/link';
import { Alert } from '@/components/ui/alert';

/** /report for a role that does not report: who does, and where reviews are done. */
export function NoReporting({ role, reviews }: { role: string; reviews: boolean }) {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="text-2xl font-bold">填报</h1>
      <Alert className="mt-4">
        月度数据由专班填报员填报。您的角色是“{role}”，没有填报权限。
        {reviews && (
          <>
            {' '}
            待审核的条目请到{' '}
            <Link href="/review" className="underline">
              审核
            </Link>{' '}
            页面处理。
          </>
        )}
      </Alert>
    </div>
  );
}
