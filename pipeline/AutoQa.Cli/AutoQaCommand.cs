using System.CommandLine;

namespace AutoQa.Cli;

/// <summary>The root <c>autoqa</c> command: every verb is a subcommand built by its own class in Commands/.</summary>
internal static class AutoQaCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("AutoQa: speech and sentiment QA for contact-center call recordings, fully local.");
        // Verbs (one line each, keep alphabetical):
        return root;
    }
}
