using AutoQa.Analysis.Results;
using AutoQa.Analysis.Rubrics;
using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests;

/// <summary>The shipped phrase packs and default rubric, loaded once for all tests.</summary>
internal static class Analyzers
{
    private static readonly Lazy<QaEngine> DefaultEngine = new(() => new QaEngine(RubricLoader.LoadDefault()));

    public static QaEngine Engine => DefaultEngine.Value;

    public static CallAnalysis Analyze(this CallBuilder call, bool mono = false) => Engine.Analyzer.Analyze(call.Build(mono), call.Metadata);

    public static CallQaResult Run(this CallBuilder call) => Engine.Run(call.Build(), call.Metadata);

    public static List<QaEvent> Of(this CallAnalysis analysis, QaEventKind kind, Speaker? speaker = null) =>
        [.. analysis.Events.Where(e => e.Kind == kind && (speaker is null || e.Speaker == speaker))];
}
