import { useEffect, useState } from "react";
import { getApiToken } from "../../../host/teamsSignIn";

/**
 * The app roles the tenant gave me (the `roles` claim of my API token, e.g. "Coordinator"), to list the sections meant for
 * them. Only what the tab shows depends on it: the API checks the same token's roles on every call. `null` until the
 * token is read (the first section needs the same token for its first call), none when it cannot be read.
 */
export function useAppRoles(): readonly string[] | null {
  const [roles, setRoles] = useState<readonly string[] | null>(null);
  useEffect(() => {
    let live = true;
    getApiToken().then((token) => {
      if (live) setRoles(rolesOf(token));
    }, () => {
      if (live) setRoles([]);
    });
    return () => {
      live = false;
    };
  }, []);
  return roles;
}

function rolesOf(token: string): string[] {
  try {
    const payload = token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/");
    const claims = JSON.parse(atob(payload)) as { roles?: unknown };
    return Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === "string") : [];
  } catch {
    return [];
  }
}
