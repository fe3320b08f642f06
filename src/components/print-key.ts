/** Ctrl+P or ⌘P (without Alt or Shift): the browser's print shortcut, which the app answers itself. */
export const isPrintKey = (event: KeyboardEvent): boolean => (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';
