import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError, isMissingRoute } from "../../../lib/api-client";
import { fetchSeries, circleKeys } from "../../circles/api/queries";
import type { CircleSummary } from "../../circles/api/types";
import type { Meeting } from "../../agenda/api/types";

/**
 * The circle of this meeting chat and its current or next session: GET /api/meetings/{chatThreadId} (one index read).
 * An API without that route (before the agendas API) is searched through my circles' series instead. Not a member, or
 * not a circle's meeting: null.
 */
export function useMeetingCircle(chatId: string | undefined) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ["meeting", chatId],
    enabled: !!chatId,
    queryFn: async (): Promise<Meeting | null> => {
      try {
        return await api<Meeting>(`meetings/${encodeURIComponent(chatId!)}`);
      } catch (e) {
        if (!isMissingRoute(e)) {
          if (e instanceof ApiError && e.failure.kind === "problem" && e.failure.status === 404) return null;
          throw e;
        }
      }
      const mine = await client.fetchQuery({ queryKey: circleKeys.mine, queryFn: () => api<CircleSummary[]>("circles") });
      const all = await Promise.all(
        mine.map((c) => client.fetchQuery({ queryKey: circleKeys.sessions(c.id), queryFn: () => fetchSeries(c.id) }).then((s) => ({ c, s }))),
      );
      const found = all.find(({ s }) => s?.chatThreadId === chatId);
      if (!found?.s) return null;
      const sessions = found.s.sessions.filter((s) => s.state !== "cancelled");
      const session = sessions.find((s) => Date.parse(s.end) > Date.now()) ?? sessions[sessions.length - 1];
      return { circleId: found.c.id, circleName: found.c.name, ...(session ? { session } : {}) };
    },
  });
}
