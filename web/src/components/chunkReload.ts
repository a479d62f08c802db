/** Set for the tab's session once the page reloaded for a missing chunk: a second miss explains instead of looping. */
const RELOADED = "mentoring.reloadedForChunk";

/**
 * A dynamic import that fails is what a tab open across a redeploy meets: its HTML names chunks the server no longer has
 * (Vite's docs, "Load Error Handling": reload on `vite:preloadError`). Reloading once fetches the new HTML; the flag in
 * sessionStorage stops a chunk that is really missing from reloading the tab forever. Returns true when it reloads.
 */
export function reloadOnceForMissingChunk(error: unknown): boolean {
  if (!isMissingChunk(error)) return false;
  if (sessionStorage.getItem(RELOADED)) return false;
  sessionStorage.setItem(RELOADED, "1");
  window.location.reload();
  return true;
}

/** A page that rendered its content has the chunks it needs: the next redeploy may reload it once again. */
export function forgetChunkReload(): void {
  sessionStorage.removeItem(RELOADED);
}

// Chromium: "Failed to fetch dynamically imported module"; Firefox: "error loading dynamically imported module";
// Safari: "Importing a module script failed"; Vite's preload helper: "Unable to preload CSS".
function isMissingChunk(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload/i.test(message);
}
