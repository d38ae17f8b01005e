import { redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';

export default async function AdminHome() {
  await requirePermission('user:manage');
  redirect('/admin/campaigns');
}
