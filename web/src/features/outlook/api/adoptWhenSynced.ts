import { ApiError } from "../../../lib/api-client";
import { adopt } from "./outlookApi";

/** How long the pane waits for Outlook to put a saved item on the server: every 2 s, for 3 minutes. */
const RETRY_MS = 2_000;
const ATTEMPTS = 90;

const problem = (e: unknown) => (e instanceof ApiError && e.failure.kind === "problem" ? e.failure : null);

/**
 * Adopts the saved item once the server has it. Outlook in cached mode saves locally first: "until the item is synced,
 * using the itemId will return an error" (learn.microsoft.com/javascript/api/outlook/office.appointmentcompose, saveAsync),
 * which the API answers as adopt.itemNotFound. A 503 is not retried: the adoption is recorded and the timer finishes it.
 */
export async function adoptWhenSynced(circleId: string, itemId: string, onWaiting: () => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await adopt(circleId, itemId);
      return;
    } catch (e) {
      if (problem(e)?.status === 503) return;
      if (problem(e)?.code !== "adopt.itemNotFound" || attempt >= ATTEMPTS) throw e;
      onWaiting();
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}
