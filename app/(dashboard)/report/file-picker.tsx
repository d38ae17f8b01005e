'use client';

import { buttonVariants } from '@/components/ui/button';
import { PANEL_TEXT } from '@/lib/excel/report-messages';
import { cn } from '@/lib/utils';

/**
 * The template file input in Chinese: the browser's own control (which reads "Choose File" in an
 * English browser) is visually hidden but keeps its label and keyboard focus; a labelled button
 * opens it, and the chosen file's name is said beside it.
 */
export function FilePicker({ file, onChange }: { file: File | null; onChange: (file: File | null) => void }) {
  return (
    <div className="space-y-1">
      <label htmlFor="excel-upload" className="block text-sm font-medium text-slate-800">
        {PANEL_TEXT.fileLabel}
      </label>
      <div className="flex items-center gap-2">
        <input
          id="excel-upload"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
          className="peer sr-only"
        />
        <label
          htmlFor="excel-upload"
          data-testid="choose-file"
          className={cn(
            buttonVariants({ variant: 'outline', size: 'sm' }),
            'cursor-pointer peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 peer-focus-visible:ring-offset-2',
          )}
        >
          {PANEL_TEXT.chooseFile}
        </label>
        <span className="text-sm text-slate-600" aria-live="polite" data-testid="chosen-file">
          {file ? PANEL_TEXT.chosenFile(file.name) : PANEL_TEXT.noFileChosen}
        </span>
      </div>
    </div>
  );
}
