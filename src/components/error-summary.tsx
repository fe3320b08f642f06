interface ErrorSummaryItem {
  readonly fieldId: string;
  readonly message: string;
}

/** "There is a problem": announced at once (role="alert"), each message a link to its field. */
export function ErrorSummary({ items }: { readonly items: readonly ErrorSummaryItem[] }) {
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <h2>There is a problem</h2>
      <ul>
        {items.map((item) => (
          <li key={item.fieldId}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.fieldId)?.focus();
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
