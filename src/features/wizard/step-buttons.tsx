/** Back and Next (the form's submit). */
export function StepButtons({ onBack, nextLabel = 'Next' }: { readonly onBack: () => void; readonly nextLabel?: string }) {
  return (
    <div className="step-buttons">
      <button type="button" className="button secondary" onClick={onBack}>
        Back
      </button>
      <button type="submit" className="button primary">
        {nextLabel}
      </button>
    </div>
  );
}
