import { useQuery } from "@tanstack/react-query";
import { api, ApiError } from "../../../lib/api-client";
import type { Meeting } from "../../agenda/api/types";

/**
 * The circle of this meeting chat and its current or next session: GET /api/meetings/{chatThreadId} (one index read).
 * Not a member, or not a circle's meeting, is the API's 404: null, so the panel says so instead of showing an error.
 */
export function useMeetingCircle(chatId: string | undefined) {
  return useQuery({
    queryKey: ["meeting", chatId],
    enabled: !!chatId,
    queryFn: async (): Promise<Meeting | null> => {
      try {
        return await api<Meeting>(`meetings/${encodeURIComponent(chatId!)}`);
      } catch (e) {
        if (e instanceof ApiError && e.failure.kind === "problem" && e.failure.status === 404) return null;
        throw e;
      }
    },
  });
}
