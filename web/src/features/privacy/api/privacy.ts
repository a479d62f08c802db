import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { myDataFile } from "./myDataFile";

export interface ErasureProgress {
  done: number;
  total: number;
}

export interface PrivacyStatus {
  paused: boolean;
  erasure: "none" | "running" | "done";
  /** While running: the steps done of all steps (each circle to leave, then each store). */
  progress?: ErasureProgress | null;
}

const statusKey = ["me", "privacy"] as const;

/** The status; while an erasure runs (queued work on the server), read again every two seconds to show its progress. */
export const usePrivacyStatus = () =>
  useQuery({
    queryKey: statusKey,
    queryFn: () => api<PrivacyStatus>("me/privacy"),
    refetchInterval: (query) => (query.state.data?.erasure === "running" ? 2000 : false),
  });

export function useSetPause() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (paused: boolean) => api<PrivacyStatus>("me/pause", { method: "PUT", body: { paused } }),
    // The switch moves at once; a refusal puts it back to what the server says.
    onMutate: (paused) => client.setQueryData<PrivacyStatus>(statusKey, (old) => (old ? { ...old, paused } : old)),
    onSuccess: (status) => client.setQueryData(statusKey, status),
    onError: () => client.invalidateQueries({ queryKey: statusKey }),
  });
}

export function useErase() {
  const client = useQueryClient();
  return useMutation({
    // 202: the erasure is queued; the status says "running" (and polls) until the worker is done.
    mutationFn: () => api<ErasureProgress>("me/erase", { method: "POST" }),
    onSuccess: (progress) => client.setQueryData<PrivacyStatus>(statusKey, (old) => (old ? { ...old, erasure: "running", progress } : old)),
    onSettled: () => client.invalidateQueries(),
  });
}

/** The export as one HTML file (see myDataFile): the readable summary with the complete JSON inside. */
export async function fetchMyDataFile(jsonHeading: string): Promise<string> {
  const [data, summary] = await Promise.all([api<unknown>("me/export"), api<string>("me/export/summary", { asText: true })]);
  return myDataFile(summary, data, jsonHeading);
}

/** Saves the file through the browser (one download: see canDownload). */
export function save(html: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
