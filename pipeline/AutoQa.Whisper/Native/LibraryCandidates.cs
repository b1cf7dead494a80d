using System.Runtime.InteropServices;

namespace AutoQa.Whisper.Native;

/// <summary>
/// Where the whisper.cpp library may be, in order: the explicit option, <c>AUTOQA_WHISPER_LIB</c> (either one, when
/// set, is the only place tried), the tools/build-whisper.sh cache, then the application folder.
/// </summary>
internal static class LibraryCandidates
{
    /// <summary>The files to try, and whether they are the only acceptable ones (an explicit path or the environment variable).</summary>
    public static (IReadOnlyList<string> Candidates, bool Authoritative) For(string? explicitPath, bool preferGpuBuild, string version)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return (Expand(explicitPath), true);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(WhisperLibrary.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return (Expand(fromEnvironment), true);
        }

        var cacheRoot = Environment.GetEnvironmentVariable("AUTOQA_NATIVE_CACHE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(UserCacheFolder(), "autoqa", "native");
        string[] flavours = preferGpuBuild ? ["cuda", "cpu"] : ["cpu", "cuda"];
        var folders = flavours
            .Select(flavour => Path.Combine(cacheRoot, $"whisper.cpp-{version}-{flavour}", "lib"))
            .Append(AppContext.BaseDirectory)
            .Append(Path.Combine(AppContext.BaseDirectory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native"));
        return ([.. folders.SelectMany(FilesIn)], false);
    }

    private static string UserCacheFolder() =>
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");

    private static string[] Expand(string fileOrFolder)
    {
        var full = Path.GetFullPath(fileOrFolder);
        return Directory.Exists(full) ? FilesIn(full) : [full];
    }

    private static string[] FilesIn(string folder)
    {
        string[] names = OperatingSystem.IsWindows() ? ["whisper.dll", "libwhisper.dll"]
            : OperatingSystem.IsMacOS() ? ["libwhisper.dylib", "libwhisper.1.dylib"]
            : ["libwhisper.so", "libwhisper.so.1"];
        return [.. names.Select(name => Path.Combine(folder, name))];
    }
}
