using AutoQa.Calls;
using AutoQa.Synth.Catalog;
using AutoQa.Synth.Conditions;
using AutoQa.Synth.Output;
using AutoQa.Transcripts;

namespace AutoQa.Synth;

/// <summary>
/// Generates a whole night (<c>autoqa synth --calls N --seed S</c>): call specs drawn deterministically from the
/// night mix, generated in parallel, written in the night layout with a metadata.csv.
/// </summary>
public sealed class NightGenerator(SynthData? data = null)
{
    private readonly SynthData _data = data ?? SynthData.Default;

    /// <summary>The specs of the night <paramref name="options"/> describe; the same options give the same specs.</summary>
    /// <exception cref="ArgumentException">A fixed scenario, language, condition or format is unknown.</exception>
    public IReadOnlyList<CallSpec> Plan(NightOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var night = _data.Night;
        var random = new Random(options.Seed);
        var scenarioWeights = _data.Scenarios.Values.ToDictionary(s => s.Name, s => s.Weight);
        var specs = new List<CallSpec>(options.Calls);
        for (var i = 0; i < options.Calls; i++)
        {
            var scenario = _data.Scenario(options.Scenario ?? Weighted.Pick(scenarioWeights, random));
            var format = options.Format ?? Weighted.Pick(night.Formats, random);
            var mono = format == RecordingFormats.MonoMixdown;
            var condition = options.Condition ?? (mono ? ConditionKinds.Clean : Weighted.Pick(night.Conditions, random));
            var length = options.CallSeconds ?? _data.Settings.CallLength.Min + ((_data.Settings.CallLength.Max - _data.Settings.CallLength.Min) * Math.Pow(random.NextDouble(), 2));
            var agent = random.Next(night.Agents);
            specs.Add(new CallSpec($"call-{i + 1:D4}", scenario.Name, random.Next())
            {
                Language = options.Language ?? scenario.Language ?? Weighted.Pick(night.Languages, random),
                TargetSeconds = Math.Round(length),
                AgentChannel = !mono && random.NextDouble() < night.AgentOnSecondChannel ? 1 : 0,
                Condition = condition,
                ConditionTarget = random.Next(2) == 0 ? Speaker.Agent : Speaker.Customer,
                Format = format,
                AgentId = $"agent-{agent + 1:D2}",
                Team = night.Teams[agent % night.Teams.Count],
                StartTime = night.Start.AddSeconds(Math.Round(random.NextDouble() * night.Hours * 3600)),
            });
        }

        return specs;
    }

    /// <summary>Generates and writes the night into <paramref name="folder"/>; reports each call when it is written.</summary>
    /// <returns>The truth of every call, in plan order.</returns>
    /// <exception cref="Processes.ExternalToolException">espeak-ng, flite or ffmpeg is missing or failed.</exception>
    public async Task<IReadOnlyList<AutoQa.Truth.CallTruth>> GenerateAsync(
        string folder,
        NightOptions options,
        IProgress<SynthesizedCall>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var specs = Plan(options);
        var synthesizer = new CallSynthesizer(_data);
        var writer = new NightWriter(folder, _data);
        var metadata = new CallMetadata[specs.Count];
        var truths = new AutoQa.Truth.CallTruth[specs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, specs.Count), parallel, async (index, ct) =>
        {
            var call = await synthesizer.SynthesizeAsync(specs[index], ct);
            await writer.WriteCallAsync(call, ct);
            metadata[index] = call.Metadata;
            truths[index] = call.Truth;
            progress?.Report(call);
        });
        await writer.WriteMetadataAsync(metadata, cancellationToken);
        return truths;
    }
}
