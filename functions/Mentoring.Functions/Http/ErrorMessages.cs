using System.Collections.Frozen;
using System.Globalization;

namespace Mentoring.Functions.Http;

/// <summary>What each error code says to a person, in French first and in English; {name} takes the error's argument.</summary>
public static class ErrorMessages
{
    private static readonly FrozenDictionary<string, (string Fr, string En)> Messages = new Dictionary<string, (string, string)>
    {
        ["required"] = ("Ce champ est obligatoire.", "This field is required."),
        ["id.invalid"] = ("Cet identifiant n'est pas valide.", "This id is not valid."),
        ["text.required"] = ("Ce texte ne peut pas être vide.", "This text cannot be empty."),
        ["text.tooLong"] = ("Ce texte dépasse {max} caractères.", "This text is longer than {max} characters."),
        ["text.controlCharacter"] = ("Ce texte contient un caractère de contrôle.", "This text contains a control character."),
        ["cadence.timeZone.unknown"] = ("Fuseau horaire inconnu : utilisez un nom IANA comme Europe/Paris.", "Unknown time zone: use an IANA name such as Europe/Paris."),
        ["cadence.firstDate.past"] = ("La première date est déjà passée.", "The first date is in the past."),
        ["cadence.firstDate.mismatch"] = ("La première date ne tombe pas sur le jour de la récurrence.", "The first date does not fall on the recurrence's day."),
        ["cadence.duration.range"] = ("La durée doit être comprise entre {min} et {max} minutes.", "The duration must be between {min} and {max} minutes."),
        ["cadence.interval.range"] = ("L'intervalle doit être compris entre {min} et {max}.", "The interval must be between {min} and {max}."),
        ["cadence.occurrences.range"] = ("Le nombre de séances doit être compris entre {min} et {max}.", "The number of sessions must be between {min} and {max}."),
        ["cadence.range.both"] = ("Indiquez un nombre de séances ou une date de fin, pas les deux.", "Give a number of sessions or an end date, not both."),
        ["cadence.endDate.range"] = ("La date de fin doit suivre la première date, de deux ans au plus.", "The end date must follow the first date, by two years at most."),
        ["peerGroup.size"] = ("Un groupe de pairs compte de {min} à {max} personnes (ici {actual}).", "A peer group has {min} to {max} people (here {actual})."),
        ["peerGroup.roles"] = ("Dans un groupe de pairs, chacun est pair.", "In a peer group everyone is a peer."),
        ["mentorship.roles"] = ("Un mentorat réunit exactement un mentor et un mentoré.", "A mentorship has exactly one mentor and one mentee."),
        ["mentorship.samePerson"] = ("Le mentor et le mentoré doivent être deux personnes différentes.", "The mentor and the mentee must be two different people."),
        ["mentorship.fixedMembers"] = ("On ne change pas les membres d'un mentorat : créez-en un autre.", "A mentorship's members do not change: create another one."),
        ["member.duplicate"] = ("Cette personne figure déjà dans la liste.", "This person is already in the list."),
        ["member.unknown"] = ("Personne inconnue dans votre organisation.", "No such person in your organization."),
        ["member.alreadyIn"] = ("Cette personne fait déjà partie du cercle.", "This person is already in the circle."),
        ["member.notFound"] = ("Cette personne ne fait pas partie du cercle.", "This person is not in the circle."),
        ["circle.callerNotMember"] = ("Vous devez faire partie du cercle que vous créez.", "You must be a member of the circle you create."),
        ["circle.notFound"] = ("Ce cercle n'existe pas.", "This circle does not exist."),
        ["circle.closed"] = ("Ce cercle est clos : il ne peut plus changer.", "This circle is closed: it can no longer change."),
        ["circle.changed"] = ("Quelqu'un vient de modifier ce cercle : rechargez-le puis recommencez.", "Someone just changed this circle: reload it and try again."),
        ["circle.notActive"] = ("Le cercle est en pause ou clos : réactivez-le pour planifier ses séances.", "The circle is paused or closed: resume it to schedule its sessions."),
        ["series.ended"] = ("La série de ce cercle est terminée.", "This circle's series has ended."),
        ["series.notScheduled"] = ("Ce cercle n'a pas encore de série de réunions.", "This circle has no meeting series yet."),
        ["series.deletedInOutlook"] = ("La série de réunions a été supprimée dans Outlook : ses séances ne sont plus suivies.", "The meeting series was deleted in Outlook: its sessions are no longer followed."),
        ["series.pending"] = ("La série est en cours de création dans le calendrier ; réessayez dans un instant.", "The series is being created in the calendar; try again in a moment."),
        ["session.notFound"] = ("Cette séance n'existe pas.", "This session does not exist."),
        ["session.notUpcoming"] = ("Seule une séance à venir peut être annulée.", "Only an upcoming session can be cancelled."),
        ["graph.permissionMissing"] = ("Microsoft 365 refuse l'accès : l'administrateur de votre organisation n'a pas (ou plus) accordé à MentoringAddin une autorisation dont il a besoin (calendriers, annuaire). Rien n'est perdu : la demande sera terminée automatiquement dès que l'autorisation sera accordée (nouvel essai dans {retryAfterSeconds} s).", "Microsoft 365 refused access: your organisation's administrator has not granted (or has revoked) a permission MentoringAddin needs (calendars, directory). Nothing is lost: the request will be completed automatically once it is granted (next try in {retryAfterSeconds} s)."),
        ["calendar.unavailable"] = ("Le calendrier Microsoft 365 est momentanément indisponible ; réessayez dans {retryAfterSeconds} s. Rien n'est perdu : la demande sera terminée automatiquement si besoin.", "The Microsoft 365 calendar is briefly unavailable; retry in {retryAfterSeconds} s. Nothing is lost: the request will be completed automatically if needed."),
        ["directory.unavailable"] = ("L'annuaire Microsoft 365 est momentanément indisponible ; réessayez dans {retryAfterSeconds} s. Rien n'a été enregistré.", "The Microsoft 365 directory is briefly unavailable; retry in {retryAfterSeconds} s. Nothing was saved."),
        ["calendar.eventNotFound"] = ("La réunion n'existe plus dans le calendrier de l'organisateur.", "The meeting no longer exists in the organizer's calendar."),
        ["idempotencyKey.invalid"] = ("L'en-tête Idempotency-Key doit compter de 1 à {max} caractères ASCII visibles.", "The Idempotency-Key header must be 1 to {max} visible ASCII characters."),
        ["idempotencyKey.reused"] = ("Cette clé d'idempotence a déjà servi pour un autre cercle.", "This idempotency key was already used for another circle."),
        ["request.body.missing"] = ("Le corps de la requête est vide.", "The request body is empty."),
        ["request.body.tooLarge"] = ("Le corps de la requête dépasse {max} octets.", "The request body is larger than {max} bytes."),
        ["request.json.invalid"] = ("Le corps de la requête n'est pas du JSON valide.", "The request body is not valid JSON."),
        ["request.json.notObject"] = ("Le corps de la requête doit être un objet JSON.", "The request body must be a JSON object."),
        ["request.json.type"] = ("Cette valeur n'a pas le type attendu.", "This value does not have the expected type."),
        ["text.bidiControl"] = ("Ce texte contient un caractère qui inverse le sens de lecture (U+202A–U+202E, U+2066–U+2069).", "This text contains a character that reverses reading order (U+202A–U+202E, U+2066–U+2069)."),
        ["agenda.kind.unknown"] = ("Type de point inconnu : choisissez parmi {kinds}.", "Unknown item kind: choose among {kinds}."),
        ["agenda.item.notFound"] = ("Ce point de l'ordre du jour n'existe pas.", "This agenda item does not exist."),
        ["agenda.item.notAuthor"] = ("Seul l'auteur de ce point peut le modifier ou le retirer.", "Only the author of this item can change or remove it."),
        ["agenda.organizerOnly"] = ("Seul l'organisateur des séances peut réordonner les points ou les marquer comme traités.", "Only the sessions' organizer can reorder items or mark them discussed."),
        ["agenda.full"] = ("L'ordre du jour de cette séance compte déjà {max} points : une séance d'une heure ne peut en traiter davantage. Regroupez ou retirez des points.", "This session's agenda already has {max} items: an hour-long session cannot cover more. Merge or remove items."),
        ["agenda.order.invalid"] = ("La liste doit contenir des identifiants de points, chacun une seule fois.", "The list must contain item ids, each once."),
        ["session.cancelled"] = ("Cette séance est annulée.", "This session is cancelled."),
        ["session.over"] = ("Cette séance est terminée : son ordre du jour ne change plus.", "This session is over: its agenda no longer changes."),
        ["commitment.dueDate.past"] = ("L'échéance est déjà passée (dans le fuseau horaire du cercle).", "The due date is in the past (in the circle's time zone)."),
        ["commitment.notAuthor"] = ("Seul l'auteur d'un engagement peut le marquer tenu ou abandonné.", "Only the author of a commitment can mark it done or dropped."),
        ["commitment.state.invalid"] = ("Indiquez « done » (tenu) ou « dropped » (abandonné).", "Give \"done\" or \"dropped\"."),
        ["commitment.closed"] = ("Cet engagement est déjà clos.", "This commitment is already closed."),
        ["commitment.notFound"] = ("Cet engagement n'existe pas.", "This commitment does not exist."),
        ["note.notFound"] = ("Cette note n'existe pas.", "This note does not exist."),
        ["thanks.peerGroupOnly"] = ("Les remerciements entre pairs sont propres aux groupes de pairs.", "Thanks between peers belong to peer groups."),
        ["thanks.self"] = ("On ne se remercie pas soi-même : choisissez un autre membre.", "You cannot thank yourself: choose another member."),
        ["news.menteeOnly"] = ("Seul le mentoré d'un mentorat donne des nouvelles à son mentor.", "Only the mentee of a mentorship sends news to their mentor."),
        ["meeting.notFound"] = ("Aucun de vos cercles ne correspond à cette réunion.", "None of your circles matches this meeting."),
        ["entry.changed"] = ("Quelqu'un vient de modifier cet élément : rechargez-le puis recommencez.", "Someone just changed this: reload it and try again."),
        ["idempotencyKey.otherRequest"] = ("Cette clé d'idempotence a déjà servi pour une autre demande.", "This idempotency key was already used for another request."),
        ["auth.required"] = ("Authentification requise : jeton Entra ID absent, expiré ou invalide.", "Authentication required: the Entra ID token is missing, expired or invalid."),
        ["server.error"] = ("Une erreur inattendue s'est produite ; rien n'a été modifié.", "An unexpected error occurred; nothing was changed."),
        ["auth.tenant.notAllowed"] = ("Votre organisation n'est pas autorisée à utiliser ce service : demandez à votre administrateur de l'ajouter.", "Your organization is not allowed to use this service: ask your administrator to add it."),
        ["auth.client.notAllowed"] = ("Ce jeton a été obtenu par une application que ce service n'accepte pas : passez par Teams ou Outlook.", "This token was obtained by an app this service does not accept: go through Teams or Outlook."),
        ["auth.scope.missing"] = ("Ce jeton n'accorde pas la permission {scope} que ce service demande.", "This token does not grant the {scope} permission this service needs."),
        ["cadence.organizerOnly"] = ("Seul·e {organizer}, qui organise la série dans son calendrier, peut en changer le rythme.", "Only {organizer}, who organizes the series in their calendar, can change its cadence."),
        ["session.organizerOnly"] = ("Seul·e {organizer}, qui organise la série dans son calendrier, peut annuler une séance.", "Only {organizer}, who organizes the series in their calendar, can cancel a session."),
        ["circle.close.organizerOnly"] = ("Seul·e {organizer} peut clore ce cercle, car cela termine la série dans son calendrier. Vous pouvez le quitter.", "Only {organizer} can close this circle, as it ends the series in their calendar. You can leave it."),
        ["circle.pause.organizerOnly"] = ("Seul·e {organizer} peut mettre en pause ou reprendre ce cercle, car cela change la série dans son calendrier.", "Only {organizer} can pause or resume this circle, as it changes the series in their calendar."),
        ["member.removeOthers.organizerOnly"] = ("Vous ne pouvez retirer que vous-même ; seule la personne qui organise la série peut retirer quelqu'un d'autre.", "You can only remove yourself; only the person who organizes the series can remove someone else."),
        ["member.organizerLeaving"] = ("Vous organisez la série de ce groupe, dans votre calendrier : clôturez le cercle plutôt que de le quitter.", "You organize this group's series, in your calendar: close the circle rather than leave it."),
        ["series.pausing"] = ("La mise en pause est en cours dans le calendrier ; réessayez dans un instant.", "The pause is being applied to the calendar; try again in a moment."),
        ["teamsMeeting.unavailable"] = ("Pas de réunion Teams pour cette série : l'organisateur n'a pas de licence Teams. Les séances sont bien dans les calendriers ; ajoutez un lien de visioconférence à l'invitation.", "No Teams meeting for this series: the organizer has no Teams licence. The sessions are in everyone's calendar; add a video call link to the invitation."),
        ["service.unavailable"] = ("Le service est momentanément indisponible ; réessayez dans {retryAfterSeconds} s.", "The service is briefly unavailable; retry in {retryAfterSeconds} s."),
        ["bot.cardsNotYet"] = ("Les cartes de suivi arrivent bientôt : cette action n'est pas encore prise en charge.", "Follow-up cards are coming soon: this action is not handled yet."),
        ["availability.slot.invalid"] = ("Chaque disponibilité indique un jour de la semaine et un moment (matin, après-midi ou soir).", "Each free slot gives a day of the week and a part of the day (morning, afternoon or evening)."),
        ["language.invalid"] = ("Langue non reconnue : utilisez un code comme fr, en ou pt-BR.", "Unknown language: use a code such as fr, en or pt-BR."),
        ["list.tooLong"] = ("Cette liste compte plus de {max} éléments.", "This list has more than {max} items."),
        ["timeZone.unknown"] = ("Fuseau horaire inconnu : utilisez un nom IANA comme Europe/Paris.", "Unknown time zone: use an IANA name such as Europe/Paris."),
        ["visibility.invalid"] = ("Visibilité inconnue : aucune, mentor, pair ou les deux.", "Unknown visibility: none, mentor, peer or both."),
        ["mentor.required"] = ("Pour être visible comme mentor, indiquez vos domaines, votre expérience et le nombre de mentorés que vous pouvez accompagner.", "To be visible as a mentor, give your fields, your experience and how many mentees you can take."),
        ["number.range"] = ("Ce nombre doit être compris entre {min} et {max}.", "This number must be between {min} and {max}."),
        ["cohort.tooSmall"] = ("Il faut au moins {min} personnes pour former un groupe de pairs, la cohorte en compte {count} : ajoutez des personnes à la cohorte, ou invitez-les à rejoindre un groupe ouvert.", "A peer group needs at least {min} people and the cohort has {count}: add people to the cohort, or invite them to join an open group."),
        ["cadence.timeZone.windows"] = ("Nom de fuseau Windows : utilisez le nom IANA de votre ville, comme Europe/Paris ou America/Toronto.", "Windows time zone name: use the IANA name of your city, such as Europe/Paris or America/Toronto."),
        ["cadence.timeZone.unsupported"] = ("Ce fuseau horaire ne peut pas être donné au calendrier Outlook : choisissez celui d'une ville voisine.", "Outlook's calendar cannot be given this time zone: pick the zone of a nearby city."),
        ["privacy.ownDataOnly"] = ("Vous ne pouvez exporter ou effacer que vos propres données.", "You can only export or erase your own data."),
        ["privacy.erasing"] = ("L'effacement de vos données est en cours : pas d'export tant qu'il n'est pas terminé.", "Your data is being erased: no export until it is done."),
        ["privacy.alreadyErased"] = ("Vos données ont déjà été effacées : il n'y a plus rien à effacer.", "Your data has already been erased: there is nothing left to erase."),
        ["privacy.sight.coordinator"] = ("Une coordinatrice ou un coordinateur voit l'activité d'un cercle, jamais les notes ni le contenu des ordres du jour.", "A coordinator sees a circle's activity, never notes nor agenda contents."),
        ["privacy.sight.tenantAdmin"] = ("L'administration du tenant ne lit pas les données des personnes dans l'application.", "Tenant administrators do not read people's data in the app."),
        ["privacy.sight.member"] = ("Ces données sont privées : seule la personne qui les a écrites peut les lire.", "This data is private: only the person who wrote it can read it."),
        ["privacy.sight.organizer"] = ("Organiser la série ne donne pas accès à ces données privées.", "Organizing the series gives no access to this private data."),
        ["series.organizerErased"] = ("La personne qui organisait la série a effacé ses données : la série est terminée, un membre peut en planifier une nouvelle.", "The series' organizer erased their data: the series has ended, a member can schedule a new one."),
    }.ToFrozenDictionary();

    public static IEnumerable<string> Codes => Messages.Keys;

    public static string Format(string code, IReadOnlyDictionary<string, object>? args, bool english)
    {
        var (fr, en) = Messages.TryGetValue(code, out var texts) ? texts : (code, code);
        var text = english ? en : fr;
        foreach (var (name, value) in args ?? new Dictionary<string, object>())
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }
}
