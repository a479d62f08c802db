import type { SharedKey } from "./fr";

/** The English catalog: complete (a type error names any key it lacks). */
export const en: Record<SharedKey, string> = {
  "app.title": "My circles",
  "state.loading": "Loading…",
  "state.retry": "Try again",
  "state.noHost.title": "Open this page in Microsoft Teams",
  "state.noHost.body": "This tab runs inside Teams: open the “Mentoring circles” app from the Teams app bar.",
  "state.consent.title": "Permission needed",
  "state.consent.body": "Teams could not sign you in to the app. Ask your Microsoft 365 administrator to grant consent to “Mentoring circles”, then reload this tab.",
  "state.unreachable.title": "The service cannot be reached",
  "state.unreachable.body": "Check your connection, then try again in a moment. If it keeps happening, tell your administrator.",
  "state.problem.title": "Something went wrong",
  "state.broken.title": "This page could not be shown",
  "state.broken.body": "Part of the app could not be loaded (a new version, or the connection dropped). Reload the page.",
  "state.reload": "Reload the page",
  "state.conflict.title": "Changed in the meantime",
  "state.conflict": "Someone else has just changed this: nothing was overwritten. The current version is shown.",
  "circles.noUpcoming": "No upcoming session",
  "meeting.heading": "Circle session",
  "meeting.noCircle.title": "This meeting belongs to none of your circles",
  "meeting.noCircle.body": "The panel shows the agenda of meetings scheduled by a circle you are a member of.",
  "meeting.noMeeting.title": "Open this panel from a meeting",
  "meeting.session": "Session of {date}",
  "meeting.members": "Participants",
  "meeting.agenda": "Agenda",
  "meeting.objective": "Objective: {objective}",
};
