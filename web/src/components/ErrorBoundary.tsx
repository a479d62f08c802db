import { Component, type ErrorInfo, type ReactNode } from "react";
import { reloadOnceForMissingChunk } from "./chunkReload";

/**
 * The page's last resort: a render that throws (a section's code that cannot load after a redeploy, a bug) shows what
 * happened instead of a blank tab. A missing chunk reloads the page once first (the new HTML names the new chunks).
 */
export class ErrorBoundary extends Component<{ fallback: (error: unknown) => ReactNode; children: ReactNode }, { error: unknown }> {
  state = { error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    if (reloadOnceForMissingChunk(this.state.error)) return null;
    return this.props.fallback(this.state.error);
  }
}
