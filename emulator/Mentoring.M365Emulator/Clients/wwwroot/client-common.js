// What the emulator's Teams and Outlook clients share (served beside each one's own files, as ./client-common.js):
// the URL as the page's state, a small element builder, and user tokens from the emulator's Entra ID.

/** Opens another view: the state lives in the URL, so a test or a reviewer can open any view directly. */
export function go(changes) {
  const next = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) v == null ? next.delete(k) : next.set(k, v);
  location.search = next.toString();
}

/** An element with its attributes (an "on…" one becomes an event listener) and children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) k.startsWith("on") ? node.addEventListener(k.slice(2), v) : node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/**
 * The token function of a client app: a user token per person and scope from the emulator's Entra ID (ROPC, as the
 * client's own sign-in would have produced), kept until five minutes before it expires (MSAL's refresh margin), asked
 * again after a failure.
 */
export function tokensOf(clientId) {
  const tokens = new Map();
  return function token(user, scope) {
    const key = `${user.id} ${scope}`;
    const cached = tokens.get(key);
    if (!cached || Date.now() >= cached.renewAt) {
      const entry = { renewAt: Infinity };
      entry.promise = (async () => {
        const body = new URLSearchParams({ grant_type: "password", client_id: clientId, username: user.userPrincipalName, password: "demo", scope });
        const response = await fetch(`/${user.tenantId}/oauth2/v2.0/token`, { method: "POST", body });
        const json = await response.json();
        if (!response.ok) throw new Error(json.error_description || json.error || `HTTP ${response.status}`);
        entry.renewAt = Date.now() + (json.expires_in - 300) * 1000;
        return json.access_token;
      })();
      entry.promise.catch(() => tokens.delete(key));
      tokens.set(key, entry);
    }
    return tokens.get(key).promise;
  };
}

/**
 * The demo people, the installed apps and who is signed in (?user=…), whose name and language the page then shows;
 * with nobody signed in, the list to sign in as someone, each opening <firstView>.
 */
export async function signedIn(stage, firstView) {
  const params = new URLSearchParams(location.search);
  const [people, apps] = await Promise.all([fetch("/teams/api/people").then((r) => r.json()), fetch("/teams/api/apps").then((r) => r.json())]);
  const user = people.find((p) => p.userPrincipalName === params.get("user"));
  if (!user) {
    stage.append(el("section", { class: "signin", "aria-label": "Connexion" },
      el("h2", {}, "Se connecter en tant que…"),
      el("ul", {}, ...people.map((p) => el("li", {}, el("button", { onclick: () => go({ user: p.userPrincipalName, view: firstView }) },
        `${p.displayName} — ${p.userPrincipalName}`))))));
    return { people, apps, user: null };
  }
  document.getElementById("who").textContent = user.displayName;
  document.documentElement.lang = (params.get("locale") || user.locale).slice(0, 2);
  return { people, apps, user };
}
