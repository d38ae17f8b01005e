'use client';

/** Opens the browser's print dialog (A4, margins and page numbers come from the page's CSS). */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-800"
    >
      打印 / 另存为PDF
    </button>
  );
}
