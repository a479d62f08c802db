namespace Mentoring.LocalHost;

/// <summary>Finds the repository root (the folder of MentoringAddin.sln) from wherever the host or a test runs.</summary>
public static class RepositoryRoot
{
    public static string Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MentoringAddin.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MentoringAddin.sln not found above " + (start ?? AppContext.BaseDirectory));
    }
}
