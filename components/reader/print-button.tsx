'use client';

/** Opens the browser's print dialog; the page itself is already laid out for paper. */
export function PrintButton() {
  return (
    <button type="button" className="button print:hidden" onClick={() => window.print()}>
      Print
    </button>
  );
}
