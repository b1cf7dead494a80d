using System.Runtime.InteropServices;

namespace AutoQa.Sphinx.Native;

/// <summary>
/// A SphinxBase <c>cmd_ln_t</c> built from name/value pairs with PocketSphinx's argument definitions.
/// It also owns the UTF-8 argument strings, which SphinxBase may keep pointing at for the config's lifetime.
/// </summary>
internal sealed unsafe class ConfigHandle : SafeHandle
{
    private IntPtr[] arguments = [];

    private ConfigHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Parses <paramref name="settings"/> ("-hmm" -> folder, ...) strictly.</summary>
    /// <exception cref="SphinxException">SphinxBase rejected an argument.</exception>
    public static ConfigHandle Create(IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        var config = new ConfigHandle();
        // argv[0] is the program name, skipped by the parser.
        var strings = new List<string> { "autoqa" };
        foreach (var (name, value) in settings)
        {
            strings.Add(name);
            strings.Add(value);
        }

        config.arguments = strings.Select(Marshal.StringToCoTaskMemUTF8).ToArray();
        fixed (IntPtr* argv = config.arguments)
        {
            var parsed = SphinxNative.CmdLnParse(IntPtr.Zero, SphinxNative.PsArgs(), config.arguments.Length, argv, strict: 1);
            config.SetHandle(parsed);
        }

        if (config.IsInvalid)
        {
            config.Dispose();
            throw new SphinxException(
                $"PocketSphinx rejected its configuration ({string.Join(' ', strings.Skip(1))}).");
        }

        return config;
    }

    protected override bool ReleaseHandle()
    {
        if (handle != IntPtr.Zero)
        {
            SphinxNative.CmdLnFree(handle);
        }

        FreeArguments();
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // A config that never parsed has no handle to release, but its strings still need freeing.
        if (IsInvalid)
        {
            FreeArguments();
        }
    }

    private void FreeArguments()
    {
        foreach (var argument in arguments)
        {
            Marshal.FreeCoTaskMem(argument);
        }

        arguments = [];
    }
}
