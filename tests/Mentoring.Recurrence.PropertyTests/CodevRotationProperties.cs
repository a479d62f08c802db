using CsCheck;
using Mentoring.Core.Codev;
using Mentoring.Core.People;

namespace Mentoring.Recurrence.PropertyTests;

/// <summary>The co-développement rotation: over a cycle every member is client exactly once, absences included.</summary>
public sealed class CodevRotationProperties
{
    /// <summary>3 to 5 peers, 1 to 30 sessions, each with any set of absent members (as many as leave 3 present, or more).</summary>
    private static readonly Gen<(int Members, bool[][] Absences)> Cycles =
        from members in Gen.Int[3, 5]
        from absences in Gen.Bool.Array[members].Array[1, 30]
        select (members, absences);

    [Fact]
    public void Over_every_cycle_each_member_is_client_exactly_once_whoever_was_absent()
    {
        Cycles.Sample(c =>
        {
            var members = Members(c.Members);
            var clients = Run(members, c.Absences).Select(r => r.Client).ToArray();
            foreach (var cycle in clients.Chunk(members.Count))
            {
                // A full cycle is every member once; the cycle still running holds nobody twice.
                Assert.Equal(cycle.Length, cycle.Distinct().Count());
            }

            Assert.True(clients.Length <= members.Count * c.Absences.Length);
        }, iter: 2_000);
    }

    [Fact]
    public void A_member_absent_when_their_turn_came_is_client_at_the_first_session_they_attend_after()
    {
        Cycles.Sample(c =>
        {
            var members = Members(c.Members);
            var held = new List<CodevRoles>();
            var cycle = new HashSet<PersonId>();
            var skipped = new HashSet<PersonId>();
            foreach (var absentNow in c.Absences)
            {
                var absent = Absent(members, absentNow);
                var proposed = CodevRotation.Propose(members, held, absent);
                if (!proposed.IsSuccess)
                {
                    continue;
                }

                // Whoever was passed over while absent comes before anyone else once present (the first of them in the circle's order).
                var client = proposed.Value.Client;
                if (members.Where(m => skipped.Contains(m) && !absent.Contains(m)).ToArray() is [var first, ..])
                {
                    Assert.Equal(first, client);
                }

                foreach (var passedOver in members.Where(m => !cycle.Contains(m)).TakeWhile(m => m != client))
                {
                    skipped.Add(passedOver);
                }

                skipped.Remove(client);
                cycle.Add(client);
                if (cycle.Count == members.Count)
                {
                    cycle.Clear();
                }

                held.Add(proposed.Value);
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Without_absences_a_cycle_of_n_sessions_makes_each_member_client_once_and_animateur_once_never_both()
    {
        Gen.Int[3, 5].Sample(n =>
        {
            var members = Members(n);
            var roles = Run(members, [.. Enumerable.Range(0, n).Select(_ => new bool[n])]);
            Assert.Equal(members.Select(m => m.Value).Order(), roles.Select(r => r.Client.Value).Order());
            Assert.Equal(members.Select(m => m.Value).Order(), roles.Select(r => r.Animateur.Value).Order());
            Assert.All(roles, r => Assert.NotEqual(r.Client, r.Animateur));
            Assert.All(roles, r => Assert.Equal(n - 2, r.Consultants.Count));
        });
    }

    /// <summary>Sessions held with the proposal each time; a session whose proposal is refused (too few present) is not held.</summary>
    private static List<CodevRoles> Run(IReadOnlyList<PersonId> members, bool[][] absences)
    {
        var held = new List<CodevRoles>();
        foreach (var absentNow in absences)
        {
            var proposed = CodevRotation.Propose(members, held, Absent(members, absentNow));
            if (proposed.IsSuccess)
            {
                Assert.NotEqual(proposed.Value.Client, proposed.Value.Animateur);
                held.Add(proposed.Value);
            }
        }

        return held;
    }

    private static HashSet<PersonId> Absent(IReadOnlyList<PersonId> members, bool[] absent) => [.. members.Where((_, i) => absent[i])];

    private static IReadOnlyList<PersonId> Members(int n) => [.. Enumerable.Range(1, n).Select(i => new PersonId(new Guid(i, 0, 0, new byte[8])))];
}
