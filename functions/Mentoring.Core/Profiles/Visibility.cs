namespace Mentoring.Core.Profiles;

/// <summary>Who may see a profile; <see cref="None"/> until the person chooses, and then nothing is shown to anyone.</summary>
[Flags]
public enum Visibility
{
    None = 0,
    Mentor = 1,
    Peer = 2,
    MentorAndPeer = Mentor | Peer,
}
