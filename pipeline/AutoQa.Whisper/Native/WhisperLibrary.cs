using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace AutoQa.Whisper.Native;

/// <summary>
/// Finds and loads the whisper.cpp shared library once per process, lazily, and serves it to every
/// <see cref="WhisperNative"/> import through a <see cref="NativeLibrary.SetDllImportResolver"/> resolver.
/// A failure lists every path that was tried.
/// </summary>
internal static class WhisperLibrary
{
    /// <summary>Environment variable naming the library file or its folder.</summary>
    public const string EnvironmentVariable = "AUTOQA_WHISPER_LIB";

    private const string Version = "1.9.1";
    private static readonly Lock Gate = new();
    private static IntPtr loadedHandle;
    private static string? loadedPath;

    static WhisperLibrary() =>
        NativeLibrary.SetDllImportResolver(typeof(WhisperLibrary).Assembly, Resolve);

    /// <summary>Loads the library unless it already is, and returns the file it was loaded from.</summary>
    /// <param name="explicitPath">A file or folder that must hold the library, or null to search.</param>
    /// <param name="preferGpuBuild">Try the CUDA build's cache before the CPU build's.</param>
    /// <exception cref="WhisperException">The library is not at any candidate path, or another one is already loaded.</exception>
    public static string EnsureLoaded(string? explicitPath, bool preferGpuBuild)
    {
        lock (Gate)
        {
            var (candidates, authoritative) = LibraryCandidates.For(explicitPath, preferGpuBuild, Version);
            if (loadedPath is not null)
            {
                return authoritative ? CheckSameLibrary(candidates) : loadedPath;
            }

            var tried = new StringBuilder();
            foreach (var candidate in candidates)
            {
                if (!File.Exists(candidate))
                {
                    tried.Append("\n  ").Append(candidate).Append(" (absent)");
                    continue;
                }

                try
                {
                    loadedHandle = NativeLibrary.Load(candidate);
                    loadedPath = candidate;
                    NativeLog.Install();
                    return candidate;
                }
                catch (DllNotFoundException exception)
                {
                    tried.Append("\n  ").Append(candidate).Append(" (failed to load: ").Append(exception.Message).Append(')');
                }
            }

            throw new WhisperException(
                WhisperErrorKind.NativeLibraryNotFound,
                $"The whisper.cpp {Version} native library was not found or did not load. Tried:{tried}\n" +
                "Run tools/setup.sh (or tools/build-whisper.sh) to build it, or set " +
                $"{EnvironmentVariable} to the library file or its folder.");
        }
    }

    private static string CheckSameLibrary(IReadOnlyList<string> candidates)
    {
        var existing = candidates.FirstOrDefault(File.Exists);
        if (existing is null)
        {
            throw new WhisperException(
                WhisperErrorKind.NativeLibraryNotFound,
                $"The whisper.cpp native library was not found. Tried:\n  {string.Join(" (absent)\n  ", candidates)} (absent)\n" +
                "Run tools/setup.sh (or tools/build-whisper.sh) to build it, or point the option at the library file or its folder.");
        }

        if (!SameFile(existing, loadedPath!))
        {
            throw new WhisperException(
                WhisperErrorKind.NativeLibraryNotFound,
                $"The whisper.cpp native library is already loaded from {loadedPath}; this process cannot also load {existing}.");
        }

        return loadedPath!;
    }

    private static bool SameFile(string first, string second) =>
        string.Equals(Canonical(first), Canonical(second), StringComparison.Ordinal);

    private static string Canonical(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != WhisperNative.LibraryName)
        {
            return IntPtr.Zero;
        }

        lock (Gate)
        {
            if (loadedPath is not null)
            {
                return loadedHandle;
            }
        }

        EnsureLoaded(explicitPath: null, preferGpuBuild: false);
        return loadedHandle;
    }
}
