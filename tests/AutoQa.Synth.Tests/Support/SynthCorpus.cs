using System.Collections.Concurrent;
using AutoQa.Synth.Output;

[assembly: AssemblyFixture(typeof(AutoQa.Synth.Tests.Support.SynthCorpus))]

namespace AutoQa.Synth.Tests.Support;

/// <summary>
/// Short calls generated once per test run and shared by every test that asks for the same spec, written in the
/// night layout into a temporary folder, so the suite pays for each TTS call only once.
/// </summary>
public sealed class SynthCorpus : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ConcurrentDictionary<CallSpec, Lazy<Task<SynthesizedCall>>> _calls = new();
    private readonly CallSynthesizer _synthesizer = new();

    public NightWriter Writer => new(_folder.Path);

    /// <summary>The call of a scenario in English: short, clean, 16 kHz stereo WAV, written.</summary>
    public Task<SynthesizedCall> CallAsync(string scenario, int seed = 11) =>
        CallAsync(new CallSpec($"{scenario}-{seed}", scenario, seed) { TargetSeconds = 45 });

    /// <summary>The call <paramref name="spec"/> describes, generated and written on first request.</summary>
    public Task<SynthesizedCall> CallAsync(CallSpec spec)
    {
        SynthTools.Require();
        return _calls.GetOrAdd(spec, s => new Lazy<Task<SynthesizedCall>>(() => GenerateAsync(s))).Value;
    }

    /// <summary>The written recording's path.</summary>
    public string RecordingPath(SynthesizedCall call) => Writer.RecordingPath(call);

    public void Dispose() => _folder.Dispose();

    private async Task<SynthesizedCall> GenerateAsync(CallSpec spec)
    {
        var call = await _synthesizer.SynthesizeAsync(spec);
        await Writer.WriteCallAsync(call);
        return call;
    }
}
