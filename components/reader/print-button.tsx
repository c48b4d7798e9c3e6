'use client';

/** Opens the browser's print dialog (where "Save as PDF" is one of the printers); the page is already laid out for paper. */
export function PrintButton({ label = 'Print' }: { label?: string }) {
  return (
    <button type="button" className="button print:hidden" onClick={() => window.print()}>
      {label}
    </button>
  );
}
