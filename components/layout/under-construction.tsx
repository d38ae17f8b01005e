import { Alert } from '@/components/ui/alert';

/** An honest placeholder for a module that a later release delivers. */
export function UnderConstruction({ title, description }: { title: string; description: string }) {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="text-2xl font-bold">{title}</h1>
      <Alert className="mt-4">
        <p className="font-semibold">建设中</p>
        <p className="mt-1">{description}</p>
      </Alert>
    </div>
  );
}
