import Link from 'next/link';
import type { ReactNode } from 'react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';

/** The page around one unit's or person's edit form: its name, the way back to the list, the form. */
export function ItemEditPage({
  heading,
  back,
  title,
  children,
}: {
  heading: string;
  back: { href: string; label: string };
  title: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <div className="flex items-baseline gap-4">
        <h1 className="text-2xl font-bold">{heading}</h1>
        <Link href={back.href} className="text-sm text-brand-700 underline">
          {back.label}
        </Link>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{title}</CardTitle>
        </CardHeader>
        <CardContent>{children}</CardContent>
      </Card>
    </div>
  );
}
