import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { fetchSeries, circleKeys } from "../../circles/api/queries";
import type { CircleSummary, Series } from "../../circles/api/types";

export interface MeetingCircle {
  circleId: string;
  series: Series;
}

/**
 * The circle whose series owns this meeting chat, among my circles (one read of my index, then each circle's series).
 * Not a member, or not a circle's meeting: null. The series are shared with the personal tab's cache.
 */
export function useMeetingCircle(chatId: string | undefined) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ["meeting", chatId],
    enabled: !!chatId,
    queryFn: async (): Promise<MeetingCircle | null> => {
      const mine = await client.fetchQuery({ queryKey: circleKeys.mine, queryFn: () => api<CircleSummary[]>("circles") });
      const all = await Promise.all(
        mine.map((c) => client.fetchQuery({ queryKey: circleKeys.sessions(c.id), queryFn: () => fetchSeries(c.id) }).then((s) => ({ c, s }))),
      );
      const found = all.find(({ s }) => s?.chatThreadId === chatId);
      return found?.s ? { circleId: found.c.id, series: found.s } : null;
    },
  });
}
