/**
 * The app-level undo/redo a key press asks for: Ctrl/⌘+Z undo, Ctrl/⌘+Y or Ctrl/⌘+Shift+Z redo.
 * Left to the browser while the user is typing in a field that has not been committed yet
 * (`data-dirty="true"`), so a half-typed number is undone natively first.
 */
export function isUndoKey(e: KeyboardEvent): "undo" | "redo" | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  const kind = k === "z" ? (e.shiftKey ? "redo" : "undo") : k === "y" && !e.shiftKey ? "redo" : null;
  if (!kind) return null;
  const target = e.composedPath()[0];
  if (target instanceof HTMLElement && (target.dataset["dirty"] === "true" || target.tagName === "TEXTAREA")) return null;
  return kind;
}
